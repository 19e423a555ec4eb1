//! The last verification of a school's journal, for the district's overview.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "journal_check")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub school_id: Uuid,
    pub checked_at: DateTimeUtc,
    pub valid: bool,
    pub entries: i64,
    pub head_seq: Option<i64>,
    pub head_hash: Option<String>,
    pub first_invalid: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
