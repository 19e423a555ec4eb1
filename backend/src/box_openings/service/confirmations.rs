//! Confirmations: a member starts an opening, the others confirm it, and with the quorum (or,
//! with a box key, its threshold of shares) the box opens.

use chrono::Utc;
use entity::box_opening::{self, OpeningStatus};
use entity::box_opening_member;
use entity::school;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, TransactionTrait,
};
use serde_json::json;
use uuid::Uuid;

use super::prologue::{locked_in_progress, member_row, opening_for_member, require_member};
use super::shares::{give_share, open_the_box, unlock_share};
use crate::audit::{self, AuditAction, AuditEvent, AuditSubject};
use crate::auth::Caller;
use crate::box_keys::crypto::Seed;
use crate::box_openings::store;
use crate::error::ApiError;
use crate::error::ProblemCode;
use crate::journal::store as journal;
use crate::schools::store::find_school_by_slug;
use crate::secrets::Secrets;
use crate::state::AppState;

/// A working-group member starts an opening; they are its first confirmation.
pub async fn start(
    state: &AppState,
    caller: &Caller,
    school_slug: &str,
    extraordinary: bool,
    passphrase: Option<String>,
) -> Result<box_opening::Model, ApiError> {
    let school = find_school_by_slug(&state.db, school_slug)
        .await?
        .ok_or(ApiError::NotFound)?;
    require_member(caller, &school)?;
    let share = unlock_share(&state.db, caller, &school, passphrase).await?;
    let txn = state.db.begin().await?;
    journal::lock(&txn, school.id).await?;
    if store::active_opening(&txn, school.id).await?.is_some() {
        return Err(ApiError::rejected(
            ProblemCode::OpeningInProgress,
            "an opening of this box is already in progress",
        ));
    }
    let now = Utc::now();
    let opening = box_opening::Model {
        id: Uuid::new_v4(),
        school_id: school.id,
        active_school_id: Some(school.id),
        status: OpeningStatus::AwaitingQuorum,
        extraordinary,
        started_by: caller.user_id,
        started_at: now,
        opened_at: None,
        signed_at: None,
        abandoned_at: None,
        act_year: None,
        act_seq: None,
        act_number: None,
        journal_head_seq: None,
        journal_head_hash: None,
        act: None,
        acknowledged_at: None,
        acknowledged_by: None,
    };
    box_opening::Entity::insert(box_opening::ActiveModel::from(opening.clone()))
        .exec_without_returning(&txn)
        .await?;
    let opening = add_confirmation(&state.secrets, &txn, &school, opening, caller, share).await?;
    audit::record(
        &txn,
        AuditEvent {
            chain: caller.audit_chain(),
            actor: caller.actor(),
            action: AuditAction::OpeningStarted,
            subject: Some(AuditSubject::BoxOpening(opening.id)),
            details: json!({"extraordinary": extraordinary}),
        },
    )
    .await?;
    txn.commit().await?;
    if opening.status == OpeningStatus::Open {
        state.school_cache.forget(&school.slug);
    } else {
        crate::box_openings::notice::announce_opening(
            state,
            &school,
            caller.user_id,
            extraordinary,
        );
    }
    Ok(opening)
}

/// Records a member's confirmation; when the quorum is reached, the box opens and every
/// sealed appeal of the school is retrieved into this opening. With a box key, the quorum is
/// the key's threshold of shares.
async fn add_confirmation(
    secrets: &Secrets,
    txn: &DatabaseTransaction,
    school: &school::Model,
    opening: box_opening::Model,
    caller: &Caller,
    share: Option<(entity::holder_key::Model, Seed)>,
) -> Result<box_opening::Model, ApiError> {
    box_opening_member::Entity::insert(box_opening_member::ActiveModel {
        box_opening_id: Set(opening.id),
        user_id: Set(caller.user_id),
        confirmed_at: Set(Utc::now()),
        signed_at: Set(None),
    })
    .exec_without_returning(txn)
    .await?;
    if opening.status != OpeningStatus::AwaitingQuorum {
        return Ok(opening);
    }
    let (key, rebuilt) = give_share(txn, opening.id, school, share).await?;
    match (key, rebuilt) {
        (Some(key), Some(seed)) => {
            open_the_box(secrets, txn, school, opening, Some((key, seed))).await
        }
        (Some(_), None) => Ok(opening),
        (None, _) => {
            let confirmed = box_opening_member::Entity::find()
                .filter(box_opening_member::Column::BoxOpeningId.eq(opening.id))
                .all(txn)
                .await?
                .len() as i32;
            if confirmed >= school.opening_quorum {
                open_the_box(secrets, txn, school, opening, None).await
            } else {
                Ok(opening)
            }
        }
    }
}

/// Another member confirms the opening.
pub async fn confirm(
    state: &AppState,
    caller: &Caller,
    id: Uuid,
    passphrase: Option<String>,
) -> Result<box_opening::Model, ApiError> {
    let (opening, school) = opening_for_member(&state.db, caller, id).await?;
    let share = if opening.status == OpeningStatus::AwaitingQuorum {
        unlock_share(&state.db, caller, &school, passphrase).await?
    } else {
        None
    };
    let txn = state.db.begin().await?;
    let opening = locked_in_progress(&txn, &opening).await?;
    if member_row(&txn, opening.id, caller.user_id)
        .await?
        .is_some()
    {
        return Err(ApiError::rejected(
            ProblemCode::AlreadyConfirmed,
            "you have already confirmed this opening",
        ));
    }
    let opening = add_confirmation(&state.secrets, &txn, &school, opening, caller, share).await?;
    txn.commit().await?;
    if opening.status == OpeningStatus::Open {
        state.school_cache.forget(&school.slug);
    }
    Ok(opening)
}
