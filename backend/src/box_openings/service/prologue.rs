//! The prologue of every step on an opening: load the opening and its school, check the
//! caller's part (a member of the working group, one who confirmed this opening), and re-read
//! the opening under the school's journal lock.

use entity::box_opening::{self, OpeningStatus};
use entity::{box_opening_member, school};
use sea_orm::{DatabaseConnection, DatabaseTransaction, TransactionTrait};
use uuid::Uuid;

use crate::auth::{Caller, Permission, Target};
use crate::box_openings::store;
use crate::error::ApiError;
use crate::error::ProblemCode;
use crate::journal::store as journal;
use crate::schools::store::find_school;

fn not_a_member() -> ApiError {
    ApiError::rejected(
        ProblemCode::NotWorkingGroupMember,
        "only members of the school's working group take part in an opening",
    )
}

pub(super) fn not_confirmed() -> ApiError {
    ApiError::rejected(
        ProblemCode::NotConfirmed,
        "only members who confirmed this opening may do this",
    )
}

/// Checks that the caller is a working-group member of the school.
pub(super) fn require_member(caller: &Caller, school: &school::Model) -> Result<(), ApiError> {
    if caller.may(Permission::TakePartInOpening, Target::of_school(school)) {
        Ok(())
    } else if caller.school_id == Some(school.id) {
        Err(not_a_member())
    } else {
        Err(ApiError::Forbidden)
    }
}

/// The opening and its school, with the caller allowed to see it.
pub async fn load(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
) -> Result<(box_opening::Model, school::Model), ApiError> {
    let (opening, school) = load_unchecked(db, id).await?;
    caller.authorize(Permission::ViewOpenings, Target::of_school(&school))?;
    Ok((opening, school))
}

/// The opening and its school, for steps that check the caller themselves.
pub(super) async fn load_unchecked(
    db: &DatabaseConnection,
    id: Uuid,
) -> Result<(box_opening::Model, school::Model), ApiError> {
    let opening = store::find_opening(db, id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let school = find_school(db, opening.school_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok((opening, school))
}

/// The opening and its school, for a member of the school's working group.
pub(super) async fn opening_for_member(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
) -> Result<(box_opening::Model, school::Model), ApiError> {
    let (opening, school) = load_unchecked(db, id).await?;
    require_member(caller, &school)?;
    Ok((opening, school))
}

/// Re-reads an opening inside a transaction that holds the school's journal lock.
pub(super) async fn locked(
    txn: &DatabaseTransaction,
    opening: &box_opening::Model,
) -> Result<box_opening::Model, ApiError> {
    journal::lock(txn, opening.school_id).await?;
    store::find_opening(txn, opening.id)
        .await?
        .ok_or(ApiError::NotFound)
}

/// Re-reads an opening under the lock and checks it is still in progress.
pub(super) async fn locked_in_progress(
    txn: &DatabaseTransaction,
    opening: &box_opening::Model,
) -> Result<box_opening::Model, ApiError> {
    let opening = locked(txn, opening).await?;
    require_in_progress(opening.status)?;
    Ok(opening)
}

pub(super) async fn member_row(
    txn: &DatabaseTransaction,
    opening_id: Uuid,
    user_id: Uuid,
) -> Result<Option<box_opening_member::Model>, ApiError> {
    Ok(store::find_member(txn, opening_id, user_id).await?)
}

/// Checks that the opening is still in progress: neither signed nor abandoned.
fn require_in_progress(status: OpeningStatus) -> Result<(), ApiError> {
    match status {
        OpeningStatus::AwaitingQuorum | OpeningStatus::Open => Ok(()),
        OpeningStatus::Signed => Err(ApiError::rejected(
            ProblemCode::ActSigned,
            "the act of this opening is signed",
        )),
        OpeningStatus::Abandoned => Err(ApiError::rejected(
            ProblemCode::OpeningAbandoned,
            "this opening was abandoned",
        )),
    }
}

/// Checks that the box is open: the quorum reached, the act not yet signed.
fn require_box_open(status: OpeningStatus) -> Result<(), ApiError> {
    if status == OpeningStatus::AwaitingQuorum {
        return Err(ApiError::rejected(
            ProblemCode::QuorumNotReached,
            "not enough members have confirmed the opening yet",
        ));
    }
    require_in_progress(status)
}

/// Checks that the opening is open and the caller confirmed it; their member row.
pub(super) async fn confirmed_member(
    txn: &DatabaseTransaction,
    opening: &box_opening::Model,
    caller: &Caller,
) -> Result<box_opening_member::Model, ApiError> {
    require_box_open(opening.status)?;
    member_row(txn, opening.id, caller.user_id)
        .await?
        .ok_or_else(not_confirmed)
}

/// An opening opened for one step by a member who confirmed it: the transaction holding the
/// school's journal lock, the opening as re-read under it, its school and the member's row.
pub(super) struct OpenOpening {
    pub txn: DatabaseTransaction,
    pub opening: box_opening::Model,
    pub school: school::Model,
    pub member: box_opening_member::Model,
}

/// Begins a step that only members who confirmed the open opening take.
pub(super) async fn begin_confirmed(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
) -> Result<OpenOpening, ApiError> {
    let (opening, school) = load(db, caller, id).await?;
    let txn = db.begin().await?;
    let opening = locked(&txn, &opening).await?;
    let member = confirmed_member(&txn, &opening, caller).await?;
    Ok(OpenOpening {
        txn,
        opening,
        school,
        member,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(result: Result<(), ApiError>) -> Option<&'static str> {
        result.err().map(|error| error.code().as_str())
    }

    #[test]
    fn an_opening_is_in_progress_until_it_is_signed_or_abandoned() {
        assert_eq!(
            code(require_in_progress(OpeningStatus::AwaitingQuorum)),
            None
        );
        assert_eq!(code(require_in_progress(OpeningStatus::Open)), None);
        assert_eq!(
            code(require_in_progress(OpeningStatus::Signed)),
            Some("act_signed")
        );
        assert_eq!(
            code(require_in_progress(OpeningStatus::Abandoned)),
            Some("opening_abandoned")
        );
    }

    #[test]
    fn the_box_is_open_only_between_the_quorum_and_the_signatures() {
        assert_eq!(
            code(require_box_open(OpeningStatus::AwaitingQuorum)),
            Some("quorum_not_reached")
        );
        assert_eq!(code(require_box_open(OpeningStatus::Open)), None);
        assert_eq!(
            code(require_box_open(OpeningStatus::Signed)),
            Some("act_signed")
        );
    }
}
