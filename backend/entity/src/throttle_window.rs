use sea_orm::entity::prelude::*;

/// One count of a throttle shared by every replica: failed sign-ins of an account or of a
/// client, or receipt checks of a client's network or of everyone, in the current window.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "throttle_window")]
pub struct Model {
    /// What is counted: a kind and a keyed hash (never a login or an address).
    #[sea_orm(primary_key, auto_increment = false)]
    pub key: String,
    /// The start of the window the count belongs to, in seconds since 1970.
    pub window_start: i64,
    pub count: i32,
    /// The next attempt may not come before this moment, in milliseconds since 1970.
    pub wait_until: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
