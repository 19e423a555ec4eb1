//! Shares of the box key: a member's, unlocked with their box passphrase, and the district
//! office's, given by its administrator; with the key's threshold the box opens.

use chrono::Utc;
use entity::box_opening::{self, OpeningStatus};
use entity::school;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, DatabaseConnection, DatabaseTransaction, EntityTrait, QueryFilter,
    TransactionTrait,
};
use serde_json::json;
use uuid::Uuid;

use super::prologue::{load_unchecked, locked_in_progress};
use crate::appeals::lifecycle;
use crate::audit::{self, AuditAction, AuditChain, AuditEvent, AuditSubject};
use crate::auth::{Caller, Permission, Target};
use crate::box_keys::crypto::Seed;
use crate::box_keys::service::{self as box_keys, Given};
use crate::box_keys::store as box_key_store;
use crate::error::ApiError;
use crate::error::ProblemCode;
use crate::secrets::Secrets;
use crate::state::AppState;

/// A member's share, unlocked with their box passphrase (or recovery code) before the
/// opening's lock is taken: `None` when the school has no box key yet, or the member holds no
/// share of it (named after it was made). A member who holds one must type the passphrase.
pub(super) async fn unlock_share(
    db: &DatabaseConnection,
    caller: &Caller,
    school: &school::Model,
    passphrase: Option<String>,
) -> Result<Option<(entity::holder_key::Model, Seed)>, ApiError> {
    let Some(key) = box_key_store::current_box_key(db, school.id).await? else {
        return Ok(None);
    };
    let Some(holder) = box_key_store::holder_of_user(db, caller.user_id).await? else {
        return Ok(None);
    };
    let holds_share = entity::box_key_share::Entity::find_by_id((key.id, holder.id))
        .one(db)
        .await?
        .is_some();
    if !holds_share {
        return Ok(None);
    }
    let Some(passphrase) = passphrase.filter(|p| !p.is_empty()) else {
        return Err(ApiError::rejected(
            ProblemCode::BoxPassphraseRequired,
            "the box is sealed to the working group: type your box passphrase to give your share",
        ));
    };
    let unlocked = box_keys::unlock(&holder, passphrase).await?;
    let seed = unlocked.seed().clone();
    Ok(Some((holder, seed)))
}

/// Gives a share to the opening; with a box key, the box opens when the shares reach the
/// key's threshold. Returns the rebuilt key when they do.
pub(super) async fn give_share(
    txn: &DatabaseTransaction,
    opening_id: Uuid,
    school: &school::Model,
    share: Option<(entity::holder_key::Model, Seed)>,
) -> Result<(Option<entity::box_key::Model>, Option<Seed>), ApiError> {
    let key = box_key_store::current_box_key(txn, school.id).await?;
    let (Some(key), Some((holder, seed))) = (key.clone(), share) else {
        return Ok((key, None));
    };
    match box_keys::give_share(txn, opening_id, &key, &holder, &seed).await? {
        Given::Rebuilt(rebuilt) => Ok((Some(key), Some(rebuilt))),
        Given::Gathering | Given::NoShare => Ok((Some(key), None)),
    }
}

/// The box opens: every sealed appeal of the school is retrieved into the opening; those
/// sealed to the box key are opened with the rebuilt key and sealed again under the data key,
/// and a new box key is made for the group as it stands.
pub(super) async fn open_the_box(
    secrets: &Secrets,
    txn: &DatabaseTransaction,
    school: &school::Model,
    opening: box_opening::Model,
    rebuilt: Option<(entity::box_key::Model, Seed)>,
) -> Result<box_opening::Model, ApiError> {
    lifecycle::retrieve_sealed(txn, school.id, opening.id).await?;
    if let Some((key, seed)) = rebuilt {
        box_keys::open_retrieved(txn, secrets, school, opening.id, &key, seed).await?;
    }
    let opened_at = Utc::now();
    box_opening::Entity::update_many()
        .col_expr(
            box_opening::Column::Status,
            Expr::value(OpeningStatus::Open),
        )
        .col_expr(box_opening::Column::OpenedAt, Expr::value(opened_at))
        .filter(box_opening::Column::Id.eq(opening.id))
        .exec(txn)
        .await?;
    Ok(box_opening::Model {
        status: OpeningStatus::Open,
        opened_at: Some(opened_at),
        ..opening
    })
}

/// The district administrator gives the district office's share to an opening, with the
/// district's box passphrase: with quorum − 1 members' shares, the box opens. The district
/// alone never can (the threshold is at least 2). Recorded in the district's audit trail.
pub async fn give_district_share(
    state: &AppState,
    caller: &Caller,
    id: Uuid,
    passphrase: String,
) -> Result<box_opening::Model, ApiError> {
    let (opening, school) = load_unchecked(&state.db, id).await?;
    caller.authorize(
        Permission::ManageDistrictSettings,
        Target::District {
            id: school.district_id,
        },
    )?;
    let holder = box_key_store::holder_of_district(&state.db, school.district_id)
        .await?
        .ok_or_else(|| {
            ApiError::rejected(
                ProblemCode::BoxKeyMissing,
                "the district has not set its box passphrase",
            )
        })?;
    let unlocked = box_keys::unlock(&holder, passphrase).await?;
    let seed = unlocked.seed().clone();
    drop(unlocked);
    let txn = state.db.begin().await?;
    let opening = locked_in_progress(&txn, &opening).await?;
    if opening.status != OpeningStatus::AwaitingQuorum {
        return Err(ApiError::rejected(
            ProblemCode::BoxAlreadyOpen,
            "this opening has already opened the box",
        ));
    }
    let key = box_key_store::current_box_key(&txn, school.id)
        .await?
        .ok_or_else(|| {
            ApiError::rejected(
                ProblemCode::BoxNotProtected,
                "this school's box has no box key",
            )
        })?;
    let given = box_keys::give_share(&txn, opening.id, &key, &holder, &seed).await?;
    let opening = match given {
        Given::NoShare => {
            return Err(ApiError::rejected(
                ProblemCode::DistrictHoldsNoShare,
                "the district holds no share of this school's current box key",
            ))
        }
        Given::Gathering => opening,
        Given::Rebuilt(rebuilt) => {
            open_the_box(&state.secrets, &txn, &school, opening, Some((key, rebuilt))).await?
        }
    };
    audit::record(
        &txn,
        AuditEvent {
            chain: AuditChain::District(school.district_id),
            actor: caller.actor(),
            action: AuditAction::DistrictShareGiven,
            subject: Some(AuditSubject::BoxOpening(opening.id)),
            details: json!({"school": school.slug}),
        },
    )
    .await?;
    txn.commit().await?;
    if opening.status == OpeningStatus::Open {
        state.school_cache.forget(&school.slug);
    }
    Ok(opening)
}

/// How many signatures freeze the act: the quorum, one fewer when the district's share
/// stood in for a member.
pub(super) async fn signatures_needed<C: sea_orm::ConnectionTrait>(
    db: &C,
    school: &school::Model,
    opening_id: Uuid,
) -> Result<i32, ApiError> {
    let helped = box_keys::district_helped(db, opening_id).await?;
    Ok(school.opening_quorum - i32::from(helped))
}
