//! The database side of case handling. No web here, and nothing that opens a seal.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use entity::appeal::{self, AppealStatus};
use entity::appeal_message::{self, MessageKind};
use entity::{appeal_concern, measure, referral, referral_body, staff_user};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use super::views::StaffRef;

/// Staff members by id, as cases show them.
pub async fn staff_refs<C: ConnectionTrait>(
    db: &C,
    ids: impl IntoIterator<Item = Uuid>,
) -> Result<HashMap<Uuid, StaffRef>, DbErr> {
    let mut ids: Vec<Uuid> = ids.into_iter().collect();
    ids.sort();
    ids.dedup();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(staff_user::Entity::find()
        .filter(staff_user::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|user| {
            (
                user.id,
                StaffRef {
                    id: user.id,
                    full_name: user.full_name,
                    position: user.position,
                },
            )
        })
        .collect())
}

/// The staff an appeal concerns.
pub async fn concerned_staff<C: ConnectionTrait>(
    db: &C,
    appeal_id: Uuid,
) -> Result<Vec<Uuid>, DbErr> {
    Ok(appeal_concern::Entity::find()
        .filter(appeal_concern::Column::AppealId.eq(appeal_id))
        .all(db)
        .await?
        .into_iter()
        .map(|concern| concern.staff_id)
        .collect())
}

/// The appeals of a school that concern this staff member.
pub async fn appeals_concerning<C: ConnectionTrait>(
    db: &C,
    staff_id: Uuid,
) -> Result<Vec<Uuid>, DbErr> {
    Ok(appeal_concern::Entity::find()
        .filter(appeal_concern::Column::StaffId.eq(staff_id))
        .all(db)
        .await?
        .into_iter()
        .map(|concern| concern.appeal_id)
        .collect())
}

/// Records that an appeal concerns a staff member; `false` when it was already recorded.
pub async fn insert_concern<C: ConnectionTrait>(
    db: &C,
    concern: appeal_concern::Model,
) -> Result<bool, DbErr> {
    if appeal_concern::Entity::find_by_id((concern.appeal_id, concern.staff_id))
        .one(db)
        .await?
        .is_some()
    {
        return Ok(false);
    }
    appeal_concern::Entity::insert(appeal_concern::ActiveModel::from(concern))
        .exec_without_returning(db)
        .await?;
    Ok(true)
}

/// The registered appeals of a school, in registration order.
pub async fn cases_of_school<C: ConnectionTrait>(
    db: &C,
    school_id: Uuid,
    statuses: &[AppealStatus],
) -> Result<Vec<appeal::Model>, DbErr> {
    appeal::Entity::find()
        .filter(appeal::Column::SchoolId.eq(school_id))
        .filter(appeal::Column::Status.is_in(statuses.iter().copied()))
        .order_by_asc(appeal::Column::RegistrationYear)
        .order_by_asc(appeal::Column::RegistrationSeq)
        .all(db)
        .await
}

/// The measures of an appeal, in the order taken.
pub async fn measures_of<C: ConnectionTrait>(
    db: &C,
    appeal_id: Uuid,
) -> Result<Vec<measure::Model>, DbErr> {
    measure::Entity::find()
        .filter(measure::Column::AppealId.eq(appeal_id))
        .order_by_asc(measure::Column::TakenOn)
        .order_by_asc(measure::Column::RecordedAt)
        .all(db)
        .await
}

/// The measures of several appeals.
pub async fn measures_of_appeals<C: ConnectionTrait>(
    db: &C,
    appeal_ids: Vec<Uuid>,
) -> Result<Vec<measure::Model>, DbErr> {
    if appeal_ids.is_empty() {
        return Ok(Vec::new());
    }
    measure::Entity::find()
        .filter(measure::Column::AppealId.is_in(appeal_ids))
        .order_by_asc(measure::Column::TakenOn)
        .order_by_asc(measure::Column::RecordedAt)
        .all(db)
        .await
}

/// Stores a measure.
pub async fn insert_measure<C: ConnectionTrait>(
    db: &C,
    model: measure::Model,
) -> Result<(), DbErr> {
    measure::Entity::insert(measure::ActiveModel::from(model))
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// The referrals of an appeal, oldest first.
pub async fn referrals_of<C: ConnectionTrait>(
    db: &C,
    appeal_id: Uuid,
) -> Result<Vec<referral::Model>, DbErr> {
    referral::Entity::find()
        .filter(referral::Column::AppealId.eq(appeal_id))
        .order_by_asc(referral::Column::RecordedAt)
        .all(db)
        .await
}

/// The appeals among these that have at least one referral.
pub async fn referred_appeals<C: ConnectionTrait>(
    db: &C,
    appeal_ids: Vec<Uuid>,
) -> Result<Vec<Uuid>, DbErr> {
    if appeal_ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(referral::Entity::find()
        .filter(referral::Column::AppealId.is_in(appeal_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|referral| referral.appeal_id)
        .collect())
}

/// A referral by id.
pub async fn find_referral<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
) -> Result<Option<referral::Model>, DbErr> {
    referral::Entity::find_by_id(id).one(db).await
}

/// Stores a referral.
pub async fn insert_referral<C: ConnectionTrait>(
    db: &C,
    model: referral::Model,
) -> Result<(), DbErr> {
    referral::Entity::insert(referral::ActiveModel::from(model))
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// Records the body's reply.
pub async fn record_referral_reply<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
    received_on: chrono::NaiveDate,
    body_reference: Option<String>,
    key_id: String,
    sealed_reply: Vec<u8>,
) -> Result<(), DbErr> {
    let mut update = referral::Entity::update_many()
        .filter(referral::Column::Id.eq(id))
        .col_expr(referral::Column::ReplyReceivedOn, Expr::value(received_on))
        .col_expr(referral::Column::KeyId, Expr::value(key_id))
        .col_expr(referral::Column::SealedReply, Expr::value(sealed_reply));
    if let Some(reference) = body_reference {
        update = update.col_expr(referral::Column::BodyReference, Expr::value(reference));
    }
    update.exec(db).await?;
    Ok(())
}

/// The bodies a school can refer to: every school's, then its own.
pub async fn bodies_of_school<C: ConnectionTrait>(
    db: &C,
    school_id: Uuid,
) -> Result<Vec<referral_body::Model>, DbErr> {
    referral_body::Entity::find()
        .filter(
            referral_body::Column::SchoolId
                .is_null()
                .or(referral_body::Column::SchoolId.eq(school_id)),
        )
        .order_by_asc(referral_body::Column::CreatedAt)
        .order_by_asc(referral_body::Column::Id)
        .all(db)
        .await
}

/// A body by id.
pub async fn find_body<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
) -> Result<Option<referral_body::Model>, DbErr> {
    referral_body::Entity::find_by_id(id).one(db).await
}

/// Stores a school's own body.
pub async fn insert_body<C: ConnectionTrait>(
    db: &C,
    model: referral_body::Model,
) -> Result<(), DbErr> {
    referral_body::Entity::insert(referral_body::ActiveModel::from(model))
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// An answer of this appeal by id.
pub async fn find_answer<C: ConnectionTrait>(
    db: &C,
    appeal_id: Uuid,
    answer_id: Uuid,
) -> Result<Option<appeal_message::Model>, DbErr> {
    Ok(appeal_message::Entity::find_by_id(answer_id)
        .one(db)
        .await?
        .filter(|message| message.appeal_id == appeal_id && message.kind == MessageKind::Answer))
}

/// Marks an answer approved.
pub async fn approve_answer<C: ConnectionTrait>(
    db: &C,
    answer_id: Uuid,
    approved_at: DateTime<Utc>,
    approved_by: Uuid,
) -> Result<(), DbErr> {
    appeal_message::Entity::update_many()
        .filter(appeal_message::Column::Id.eq(answer_id))
        .col_expr(appeal_message::Column::ApprovedAt, Expr::value(approved_at))
        .col_expr(appeal_message::Column::ApprovedBy, Expr::value(approved_by))
        .exec(db)
        .await?;
    Ok(())
}
