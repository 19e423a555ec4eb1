//! A staff member's TOTP secret, sealed; confirmed once they have entered a first code.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "staff_second_factor")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: Uuid,
    pub key_id: String,
    pub sealed_secret: Vec<u8>,
    /// `None` while enrolment waits for the first code.
    pub confirmed_at: Option<DateTimeUtc>,
    /// The last 30-second step whose code was accepted: a code works once.
    pub last_step: Option<i64>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
