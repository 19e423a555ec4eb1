//! Monthly reports in the database: the versions of a school's month.

use chrono::Utc;
use entity::monthly_report::{self, VersionStatus};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait,
    QueryFilter, QueryOrder,
};
use uuid::Uuid;

use super::month::Month;

/// A version still being written.
pub const DRAFT: VersionStatus = VersionStatus::Draft;
/// A version sent out, never changed again.
pub const PUBLISHED: VersionStatus = VersionStatus::Published;

/// Every version of a school's month, newest first.
pub async fn versions<C: ConnectionTrait>(
    db: &C,
    school_id: Uuid,
    month: Month,
) -> Result<Vec<monthly_report::Model>, DbErr> {
    monthly_report::Entity::find()
        .filter(monthly_report::Column::SchoolId.eq(school_id))
        .filter(monthly_report::Column::Month.eq(month.to_string()))
        .order_by_desc(monthly_report::Column::Version)
        .all(db)
        .await
}

/// The newest published version of each month of a school, newest month first.
pub async fn published_of_school<C: ConnectionTrait>(
    db: &C,
    school_id: Uuid,
) -> Result<Vec<monthly_report::Model>, DbErr> {
    let rows = monthly_report::Entity::find()
        .filter(monthly_report::Column::SchoolId.eq(school_id))
        .filter(monthly_report::Column::Status.eq(PUBLISHED))
        .order_by_desc(monthly_report::Column::Month)
        .order_by_desc(monthly_report::Column::Version)
        .all(db)
        .await?;
    let mut newest: Vec<monthly_report::Model> = Vec::new();
    for row in rows {
        if newest.last().map(|last| last.month.as_str()) != Some(row.month.as_str()) {
            newest.push(row);
        }
    }
    Ok(newest)
}

/// What a new version holds.
pub struct NewVersion {
    pub school_id: Uuid,
    pub month: Month,
    pub version: i32,
    pub figures: String,
    /// The narrative in the school's language.
    pub narrative: String,
    /// The narrative in each language that has one.
    pub narratives: entity::Localized,
    pub changes: Option<String>,
    pub head: Option<crate::chain::ChainHead>,
    pub by: Option<Uuid>,
}

/// Inserts a draft version; a second writer of the same version fails on the unique index.
pub async fn insert_draft<C: ConnectionTrait>(
    db: &C,
    new: NewVersion,
) -> Result<monthly_report::Model, DbErr> {
    let now = Utc::now();
    let model = monthly_report::ActiveModel {
        id: Set(Uuid::new_v4()),
        school_id: Set(new.school_id),
        month: Set(new.month.to_string()),
        version: Set(new.version),
        status: Set(DRAFT),
        figures: Set(new.figures),
        narrative: Set(new.narrative),
        narratives: Set(new.narratives),
        changes: Set(new.changes),
        journal_head_seq: Set(new.head.as_ref().map(|head| head.seq)),
        journal_head_hash: Set(new.head.map(|head| head.hash)),
        created_at: Set(now),
        updated_at: Set(now),
        updated_by: Set(new.by),
        published_at: Set(None),
        published_by: Set(None),
    };
    model.insert(db).await
}
