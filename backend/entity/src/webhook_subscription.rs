//! Where a district wants events delivered, with the sealed secret its signatures use.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "webhook_subscription")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub district_id: Uuid,
    pub url: String,
    /// Comma-separated event types.
    pub events: String,
    pub key_id: String,
    pub sealed_secret: Vec<u8>,
    pub created_by: Uuid,
    pub created_at: DateTimeUtc,
    pub active: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
