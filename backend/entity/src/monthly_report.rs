//! A version of a school's monthly report (clause 2.6). Published versions are never changed;
//! a correction is a new version that says what changed.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "monthly_report")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub school_id: Uuid,
    /// `YYYY-MM`.
    pub month: String,
    pub version: i32,
    /// `draft` or `published`.
    pub status: String,
    /// The figures as JSON, made from the data.
    pub figures: String,
    pub narrative: String,
    /// What a correction changed (versions after the first).
    pub changes: Option<String>,
    pub journal_head_seq: Option<i64>,
    pub journal_head_hash: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub updated_by: Option<Uuid>,
    pub published_at: Option<DateTimeUtc>,
    pub published_by: Option<Uuid>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
