//! A version of a school's monthly report (clause 2.6). Published versions are never changed;
//! a correction is a new version that says what changed.

use sea_orm::entity::prelude::*;

/// Whether a version of a report may still change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum VersionStatus {
    /// Made from the data and still editable by the director.
    #[sea_orm(string_value = "draft")]
    Draft,
    /// Sent to the parents and the district office; never changed again.
    #[sea_orm(string_value = "published")]
    Published,
}

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "monthly_report")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub school_id: Uuid,
    /// `YYYY-MM`.
    pub month: String,
    pub version: i32,
    pub status: VersionStatus,
    /// The figures as JSON, made from the data.
    pub figures: String,
    /// The parents' narrative in the school's language, shown to a language without one of
    /// its own.
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
    /// The narrative in each language that has one.
    #[sea_orm(column_type = "Text")]
    pub narratives: crate::Localized,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
