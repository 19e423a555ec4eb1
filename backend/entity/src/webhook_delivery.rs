//! The outbox: one event for one subscription, written in the transaction of the change that
//! caused it and delivered (at least once) by the scheduler.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "webhook_delivery")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub subscription_id: Uuid,
    /// The same for every delivery of the event: the receiver deduplicates by it.
    pub event_id: Uuid,
    pub event_type: String,
    pub payload: String,
    pub created_at: DateTimeUtc,
    pub attempts: i32,
    /// When to try next; empty once delivered or given up.
    pub next_attempt_at: Option<DateTimeUtc>,
    pub delivered_at: Option<DateTimeUtc>,
    pub last_status: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
