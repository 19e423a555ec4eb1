//! The signed act: read by those who follow openings, acknowledged by the director.

use chrono::Utc;
use entity::box_opening::{self, OpeningStatus};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, TransactionTrait};
use uuid::Uuid;

use super::prologue::{load, locked};
use crate::auth::{Caller, Permission, Target};
use crate::box_openings::views::Act;
use crate::error::ApiError;
use crate::error::ProblemCode;
use crate::journal::event::JournalEvent;
use crate::journal::store::{self as journal, NewJournalEntry};

/// The director acknowledges a signed act; the acknowledgement is a journal entry.
pub async fn acknowledge(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
) -> Result<box_opening::Model, ApiError> {
    let (opening, school) = load(db, caller, id).await?;
    caller.authorize(Permission::AcknowledgeAct, Target::of_school(&school))?;
    let txn = db.begin().await?;
    let opening = locked(&txn, &opening).await?;
    if opening.status != OpeningStatus::Signed {
        return Err(ApiError::rejected(
            ProblemCode::ActNotSigned,
            "the act is not signed yet",
        ));
    }
    if opening.acknowledged_at.is_some() {
        return Err(ApiError::rejected(
            ProblemCode::AlreadyAcknowledged,
            "this act is already acknowledged",
        ));
    }
    let acknowledged_at = Utc::now();
    journal::append(
        &txn,
        school.id,
        vec![NewJournalEntry {
            appeal_id: None,
            box_opening_id: Some(opening.id),
            actor_id: Some(caller.user_id),
            event: JournalEvent::ActAcknowledged {
                act_number: opening.act_number.clone(),
                acknowledged_by: caller.named(),
            },
        }],
    )
    .await?;
    box_opening::Entity::update_many()
        .col_expr(
            box_opening::Column::AcknowledgedAt,
            Expr::value(acknowledged_at),
        )
        .col_expr(
            box_opening::Column::AcknowledgedBy,
            Expr::value(caller.user_id),
        )
        .filter(box_opening::Column::Id.eq(opening.id))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(box_opening::Model {
        acknowledged_at: Some(acknowledged_at),
        acknowledged_by: Some(caller.user_id),
        ..opening
    })
}

/// The signed act.
pub async fn act(db: &DatabaseConnection, caller: &Caller, id: Uuid) -> Result<Act, ApiError> {
    let (opening, _) = load(db, caller, id).await?;
    let stored = opening.act.as_deref().ok_or_else(|| {
        ApiError::rejected(ProblemCode::ActNotSigned, "the act is not signed yet")
    })?;
    let mut act: Act = serde_json::from_str(stored).map_err(anyhow::Error::from)?;
    act.acknowledged_at = opening.acknowledged_at;
    if let Some(user_id) = opening.acknowledged_by {
        act.acknowledged_by = entity::staff_user::Entity::find_by_id(user_id)
            .one(db)
            .await?
            .map(|user| format!("{} ({})", user.full_name, user.position));
    }
    Ok(act)
}
