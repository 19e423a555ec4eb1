//! The prologue of every step on a case: one transaction that takes the school's journal lock
//! first, re-reads the appeal, and checks the caller's part in it before anything about the
//! appeal is said.

use chrono::NaiveDate;
use entity::appeal::{self, AppealStatus};
use entity::school;
use sea_orm::{DatabaseConnection, DatabaseTransaction, TransactionTrait};
use uuid::Uuid;

use crate::appeals::intake::appeal_sealed;
use crate::appeals::store::find_appeal;
use crate::auth::{Caller, Permission, Target};
use crate::calendar::today_in;
use crate::cases::access::{case_access, CaseAccess};
use crate::cases::store;
use crate::error::ApiError;
use crate::error::ProblemCode;
use crate::journal::event::{CaseStep, JournalEvent};
use crate::journal::store::{self as journal, NewJournalEntry};
use crate::schools::store::find_school;

fn not_directing() -> ApiError {
    ApiError::rejected(
        ProblemCode::NotDirecting,
        "only the director — or the district office, for an appeal that concerns the director — does this",
    )
}

pub(super) fn not_handling() -> ApiError {
    ApiError::rejected(
        ProblemCode::NotHandling,
        "only the official the appeal is assigned to, or the director, does this",
    )
}

fn case_closed() -> ApiError {
    ApiError::rejected(
        ProblemCode::CaseClosed,
        "this appeal is closed; nothing more can be added to it",
    )
}

fn date_in_future() -> ApiError {
    ApiError::rejected(ProblemCode::DateInFuture, "the date is later than today")
}

/// A case opened for one step: the transaction holding the school's journal lock, the appeal
/// as re-read under it, its school and the caller's part.
pub(super) struct OpenCase {
    pub txn: DatabaseTransaction,
    pub appeal: appeal::Model,
    pub school: school::Model,
    pub access: CaseAccess,
}

/// The appeal and its school, re-read under the school's journal lock. Staff of another
/// school get `forbidden` before anything about the appeal is said.
pub(super) async fn locked_appeal(
    txn: &DatabaseTransaction,
    caller: &Caller,
    id: Uuid,
) -> Result<(appeal::Model, school::Model), ApiError> {
    let appeal = find_appeal(txn, id).await?.ok_or(ApiError::NotFound)?;
    let school = find_school(txn, appeal.school_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    caller.authorize(Permission::ViewAppealOverview, Target::of_school(&school))?;
    journal::lock(txn, school.id).await?;
    let appeal = find_appeal(txn, id).await?.ok_or(ApiError::NotFound)?;
    Ok((appeal, school))
}

/// Which statuses a step on a case may start from: an appeal still in the box is
/// `appeal_sealed`; one taken out but never registered is not a case.
pub(super) fn require_registered(status: AppealStatus) -> Result<(), ApiError> {
    match status {
        AppealStatus::Sealed => Err(appeal_sealed()),
        AppealStatus::Retrieved | AppealStatus::NotAccepted => Err(ApiError::rejected(
            ProblemCode::AppealNotRegistered,
            "this appeal is not registered in the journal",
        )),
        _ => Ok(()),
    }
}

impl OpenCase {
    /// Appends the step to the school's journal.
    pub async fn record(&self, caller: &Caller, step: CaseStep) -> Result<(), ApiError> {
        journal::append(
            &self.txn,
            self.school.id,
            vec![entry(&self.appeal, caller, step)],
        )
        .await?;
        Ok(())
    }
}

/// Begins a step on a case, for anyone who may read it.
pub(super) async fn begin(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
) -> Result<OpenCase, ApiError> {
    let txn = db.begin().await?;
    let (appeal, school) = locked_appeal(&txn, caller, id).await?;
    require_registered(appeal.status)?;
    let concerned = store::concerned_staff(&txn, appeal.id)
        .await?
        .contains(&caller.user_id);
    let access = case_access(caller, &appeal, &school, concerned);
    if !access.reading {
        return Err(ApiError::Forbidden);
    }
    Ok(OpenCase {
        txn,
        appeal,
        school,
        access,
    })
}

/// Begins a step that changes an open case: `may` says whether the caller's part allows it.
pub(super) async fn begin_open(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
    may: impl FnOnce(CaseAccess) -> Result<(), ApiError>,
) -> Result<OpenCase, ApiError> {
    let case = begin(db, caller, id).await?;
    may(case.access)?;
    require_open(&case.appeal)?;
    Ok(case)
}

/// Begins a step that adds to an open case: for those handling it only.
pub(super) async fn begin_handling(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
) -> Result<OpenCase, ApiError> {
    begin_open(db, caller, id, handling).await
}

/// Those who direct the case: the director, or the district office when it concerns them.
pub(super) fn directing(access: CaseAccess) -> Result<(), ApiError> {
    directing_as(access, not_directing)
}

/// Those who direct the case, with the refusal the step gives everyone else.
pub(super) fn directing_as(access: CaseAccess, refusal: fn() -> ApiError) -> Result<(), ApiError> {
    if access.directing {
        Ok(())
    } else {
        Err(refusal())
    }
}

/// Those who handle the case: the assigned official and those directing.
pub(super) fn handling(access: CaseAccess) -> Result<(), ApiError> {
    if access.handling {
        Ok(())
    } else {
        Err(not_handling())
    }
}

pub(super) fn require_open(appeal: &appeal::Model) -> Result<(), ApiError> {
    if appeal.status == AppealStatus::Closed {
        Err(case_closed())
    } else {
        Ok(())
    }
}

pub(super) fn not_after_today(day: NaiveDate, school: &school::Model) -> Result<(), ApiError> {
    if day > today_in(&school.time_zone) {
        Err(date_in_future())
    } else {
        Ok(())
    }
}

/// The journal entry of a step on a case.
pub(super) fn entry(appeal: &appeal::Model, caller: &Caller, step: CaseStep) -> NewJournalEntry {
    NewJournalEntry {
        appeal_id: Some(appeal.id),
        box_opening_id: None,
        actor_id: Some(caller.user_id),
        event: JournalEvent::Case {
            registration_number: appeal.registration_number.clone(),
            step,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(result: Result<(), ApiError>) -> Option<&'static str> {
        result.err().map(|error| error.code().as_str())
    }

    #[test]
    fn a_step_on_a_case_starts_only_from_a_registered_appeal() {
        assert_eq!(
            code(require_registered(AppealStatus::Sealed)),
            Some("appeal_sealed")
        );
        for status in [AppealStatus::Retrieved, AppealStatus::NotAccepted] {
            assert_eq!(
                code(require_registered(status)),
                Some("appeal_not_registered")
            );
        }
        for status in [
            AppealStatus::Registered,
            AppealStatus::Assigned,
            AppealStatus::Answered,
            AppealStatus::Closed,
        ] {
            assert_eq!(code(require_registered(status)), None);
        }
    }

    #[test]
    fn directing_and_handling_refuse_with_their_own_codes() {
        let reader = CaseAccess {
            reading: true,
            ..CaseAccess::default()
        };
        assert_eq!(code(directing(reader)), Some("not_directing"));
        assert_eq!(code(handling(reader)), Some("not_handling"));
        let official = CaseAccess {
            handling: true,
            ..reader
        };
        assert_eq!(code(handling(official)), None);
        assert_eq!(code(directing(official)), Some("not_directing"));
    }
}
