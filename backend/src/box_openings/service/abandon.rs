//! Giving an opening up before signing: every appeal goes back into the box, sealed.

use chrono::Utc;
use entity::box_opening::{self, OpeningStatus};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use super::prologue::{locked_in_progress, member_row, not_confirmed, opening_for_member};
use crate::appeals::lifecycle;
use crate::audit::{self, AuditAction, AuditEvent, AuditSubject};
use crate::auth::Caller;
use crate::box_keys::service as box_keys;
use crate::error::ApiError;
use crate::secrets::Secrets;

/// Gives an opening up before signing: every appeal goes back into the box, sealed.
pub async fn abandon(
    db: &DatabaseConnection,
    secrets: &Secrets,
    caller: &Caller,
    id: Uuid,
) -> Result<box_opening::Model, ApiError> {
    let (opening, school) = opening_for_member(db, caller, id).await?;
    let txn = db.begin().await?;
    let opening = locked_in_progress(&txn, &opening).await?;
    if member_row(&txn, opening.id, caller.user_id)
        .await?
        .is_none()
    {
        return Err(not_confirmed());
    }
    box_keys::return_to_the_box(&txn, secrets, school.id, opening.id).await?;
    lifecycle::return_to_the_box(&txn, opening.id).await?;
    let abandoned_at = Utc::now();
    box_opening::Entity::update_many()
        .col_expr(
            box_opening::Column::Status,
            Expr::value(OpeningStatus::Abandoned),
        )
        .col_expr(
            box_opening::Column::ActiveSchoolId,
            Expr::value(Option::<Uuid>::None),
        )
        .col_expr(box_opening::Column::AbandonedAt, Expr::value(abandoned_at))
        .filter(box_opening::Column::Id.eq(opening.id))
        .exec(&txn)
        .await?;
    audit::record(
        &txn,
        AuditEvent {
            chain: caller.audit_chain(),
            actor: caller.actor(),
            action: AuditAction::OpeningAbandoned,
            subject: Some(AuditSubject::BoxOpening(opening.id)),
            details: json!({}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(box_opening::Model {
        status: OpeningStatus::Abandoned,
        active_school_id: None,
        abandoned_at: Some(abandoned_at),
        ..opening
    })
}
