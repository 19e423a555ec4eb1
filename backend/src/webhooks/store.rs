//! Webhook subscriptions in the database.

use chrono::Utc;
use entity::{webhook_delivery, webhook_subscription};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};
use uuid::Uuid;

use crate::sealing::Sealed;

use super::views::WebhookSubscription;
use super::EventType;

/// Active subscriptions a district may have: each is delivered to with its own few places in
/// flight, and a district's deliveries share a bound, so more would only queue.
pub const MAX_SUBSCRIPTIONS_PER_DISTRICT: u64 = 20;

/// How many active subscriptions the district has, with the district's row locked on
/// PostgreSQL until the caller's transaction ends (two subscriptions made at once are counted
/// one after the other).
pub async fn active_subscriptions_locked<C: ConnectionTrait>(
    db: &C,
    district_id: Uuid,
) -> Result<u64, DbErr> {
    if db.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
        entity::district::Entity::find_by_id(district_id)
            .lock_exclusive()
            .one(db)
            .await?;
    }
    webhook_subscription::Entity::find()
        .filter(webhook_subscription::Column::DistrictId.eq(district_id))
        .filter(webhook_subscription::Column::Active.eq(true))
        .count(db)
        .await
}

/// A district's subscriptions, oldest first.
pub async fn subscriptions_of<C: ConnectionTrait>(
    db: &C,
    district_id: Uuid,
) -> Result<Vec<webhook_subscription::Model>, DbErr> {
    webhook_subscription::Entity::find()
        .filter(webhook_subscription::Column::DistrictId.eq(district_id))
        .order_by_asc(webhook_subscription::Column::CreatedAt)
        .all(db)
        .await
}

/// A subscription as the API shows it, with its delivery counts.
pub async fn view<C: ConnectionTrait>(
    db: &C,
    subscription: &webhook_subscription::Model,
) -> Result<WebhookSubscription, DbErr> {
    let undelivered = webhook_delivery::Entity::find()
        .filter(webhook_delivery::Column::SubscriptionId.eq(subscription.id))
        .filter(webhook_delivery::Column::DeliveredAt.is_null());
    let pending = undelivered
        .clone()
        .filter(webhook_delivery::Column::NextAttemptAt.is_not_null())
        .count(db)
        .await? as i64;
    let failed = undelivered
        .filter(webhook_delivery::Column::NextAttemptAt.is_null())
        .count(db)
        .await? as i64;
    Ok(WebhookSubscription {
        id: subscription.id,
        url: subscription.url.clone(),
        events: subscription
            .events
            .split(',')
            .filter_map(EventType::parse)
            .collect(),
        active: subscription.active,
        created_at: subscription.created_at,
        pending,
        failed,
    })
}

/// Stops a subscription: nothing more is queued or delivered to it.
pub async fn deactivate<C: ConnectionTrait>(db: &C, id: Uuid) -> Result<(), DbErr> {
    webhook_subscription::Entity::update_many()
        .col_expr(
            webhook_subscription::Column::Active,
            sea_orm::sea_query::Expr::value(false),
        )
        .filter(webhook_subscription::Column::Id.eq(id))
        .exec(db)
        .await?;
    webhook_delivery::Entity::update_many()
        .col_expr(
            webhook_delivery::Column::NextAttemptAt,
            sea_orm::sea_query::Expr::value(Option::<chrono::DateTime<Utc>>::None),
        )
        .filter(webhook_delivery::Column::SubscriptionId.eq(id))
        .filter(webhook_delivery::Column::DeliveredAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// One of a district's subscriptions, while it is active.
pub async fn active_subscription<C: ConnectionTrait>(
    db: &C,
    district_id: Uuid,
    id: Uuid,
) -> Result<Option<webhook_subscription::Model>, DbErr> {
    Ok(webhook_subscription::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|subscription| subscription.district_id == district_id && subscription.active))
}

/// A new subscription: its address, the events (comma-separated) and its sealed secret.
pub struct NewSubscription {
    pub id: Uuid,
    pub district_id: Uuid,
    pub url: String,
    pub events: String,
    pub sealed: Sealed,
    pub created_by: Uuid,
}

/// Stores a new, active subscription.
pub async fn insert_subscription<C: ConnectionTrait>(
    db: &C,
    new: NewSubscription,
) -> Result<webhook_subscription::Model, DbErr> {
    webhook_subscription::ActiveModel {
        id: Set(new.id),
        district_id: Set(new.district_id),
        url: Set(new.url),
        events: Set(new.events),
        key_id: Set(new.sealed.key_id),
        sealed_secret: Set(new.sealed.bytes),
        created_by: Set(new.created_by),
        created_at: Set(Utc::now()),
        active: Set(true),
    }
    .insert(db)
    .await
}
