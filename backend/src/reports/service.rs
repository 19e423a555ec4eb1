//! The monthly report's life: a draft made from the data, the narrative, publication, and
//! corrections as new versions.

use chrono::Utc;
use entity::{monthly_report, school, Localized};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter,
    TransactionTrait,
};
use serde_json::json;

use super::figures;
use super::month::Month;
use super::store::{self, NewVersion, DRAFT, PUBLISHED};
use super::views::{
    MonthlyFigures, MonthlyReport, ReportDraft, ReportStatus, ReportVersionSummary,
};
use crate::audit::AuditSubject;
use crate::audit::{self, AuditAction, AuditEvent};
use crate::auth::Target;
use crate::auth::{Caller, Permission};
use crate::calendar::today_in;
use crate::chain::ChainHead;
use crate::error::ApiError;
use crate::error::ProblemCode;
use crate::http::names::{merged, Names, Narratives};
use crate::journal::store as journal;
use crate::webhooks::{self, Event};

/// The month's report as a caller may see it: a stored version, or live figures when none
/// is stored yet.
pub async fn report(
    db: &DatabaseConnection,
    caller: &Caller,
    school: &school::Model,
    month: Month,
    version: Option<i32>,
) -> Result<MonthlyReport, ApiError> {
    let versions = store::versions(db, school.id, month).await?;
    let editable = caller.may(Permission::EditReport, Target::of_school(school));
    let chosen = match version {
        Some(number) => Some(
            versions
                .iter()
                .find(|row| row.version == number)
                .ok_or(ApiError::NotFound)?,
        ),
        None => versions.first(),
    };
    let summaries = versions.iter().map(summary).collect();
    match chosen {
        Some(row) => view(school, month, row, summaries, editable),
        None => {
            let today = today_in(&school.time_zone);
            let figures = figures::count(db, std::slice::from_ref(school), month, today).await?;
            Ok(MonthlyReport {
                school: school.slug.clone(),
                school_name: school.name.clone(),
                school_names: Names::from(&school.names),
                month: month.to_string(),
                version: 0,
                status: ReportStatus::Preview,
                figures,
                narrative: String::new(),
                narratives: Narratives::default(),
                language: school.default_language.clone(),
                changes: None,
                journal_head: head_at_month_end(db, school, month).await?,
                publish_by: month.publish_by(),
                late: today > month.publish_by(),
                published_at: None,
                updated_at: None,
                versions: summaries,
                editable: editable
                    && month_is_over(school, month)
                    && check_school_existed(school, month).is_ok(),
            })
        }
    }
}

fn month_is_over(school: &school::Model, month: Month) -> bool {
    today_in(&school.time_zone) > month.last_day()
}

fn status_of(row: &monthly_report::Model) -> ReportStatus {
    if row.status == PUBLISHED {
        ReportStatus::Published
    } else {
        ReportStatus::Draft
    }
}

fn summary(row: &monthly_report::Model) -> ReportVersionSummary {
    ReportVersionSummary {
        version: row.version,
        status: status_of(row),
        published_at: row.published_at,
        changes: row.changes.clone(),
    }
}

/// The figures a version stores.
pub fn stored_figures(row: &monthly_report::Model) -> Result<MonthlyFigures, ApiError> {
    serde_json::from_str(&row.figures)
        .map_err(|error| ApiError::Unexpected(anyhow::anyhow!("stored report figures: {error}")))
}

fn view(
    school: &school::Model,
    month: Month,
    row: &monthly_report::Model,
    versions: Vec<ReportVersionSummary>,
    editable: bool,
) -> Result<MonthlyReport, ApiError> {
    let zone = crate::calendar::zone_of(&school.time_zone);
    let late = match row.published_at {
        Some(at) => at.with_timezone(&zone).date_naive() > month.publish_by(),
        None => today_in(&school.time_zone) > month.publish_by(),
    };
    let newest = versions.first().map(|first| first.version) == Some(row.version);
    Ok(MonthlyReport {
        school: school.slug.clone(),
        school_name: school.name.clone(),
        school_names: Names::from(&school.names),
        month: month.to_string(),
        version: row.version,
        status: status_of(row),
        figures: stored_figures(row)?,
        narrative: row.narrative.clone(),
        narratives: Narratives::from(&row.narratives),
        language: school.default_language.clone(),
        changes: row.changes.clone(),
        journal_head: match (row.journal_head_seq, &row.journal_head_hash) {
            (Some(seq), Some(hash)) => Some(ChainHead {
                seq,
                hash: hash.clone(),
            }),
            _ => None,
        },
        publish_by: month.publish_by(),
        late: late && !(row.version > 1 && row.status == DRAFT),
        published_at: row.published_at,
        updated_at: Some(row.updated_at),
        versions,
        editable: editable && newest,
    })
}

async fn fresh_figures<C: ConnectionTrait>(
    db: &C,
    school: &school::Model,
    month: Month,
) -> Result<(String, Option<ChainHead>), ApiError> {
    let figures = figures::count(
        db,
        std::slice::from_ref(school),
        month,
        today_in(&school.time_zone),
    )
    .await?;
    let json = serde_json::to_string(&figures)
        .map_err(|error| ApiError::Unexpected(anyhow::anyhow!("report figures: {error}")))?;
    Ok((json, head_at_month_end(db, school, month).await?))
}

/// The journal's head as it stood at the end of the month in the school's time zone (or
/// now, for the month running).
async fn head_at_month_end<C: ConnectionTrait>(
    db: &C,
    school: &school::Model,
    month: Month,
) -> Result<Option<ChainHead>, DbErr> {
    let (_, month_end) = month.instants(crate::calendar::zone_of(&school.time_zone));
    journal::head_before(db, school.id, month_end).await
}

/// Refuses a report of a month that ended before the school came to Ishenim.
fn check_school_existed(school: &school::Model, month: Month) -> Result<(), ApiError> {
    let zone = crate::calendar::zone_of(&school.time_zone);
    if school.created_at.with_timezone(&zone).date_naive() > month.last_day() {
        return Err(ApiError::rejected(
            ProblemCode::MonthBeforeSchool,
            "the school was not yet on Ishenim in this month",
        ));
    }
    Ok(())
}

fn race(error: DbErr) -> ApiError {
    match error.sql_err() {
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => ApiError::rejected(
            ProblemCode::ReportChanged,
            "someone else changed this report at the same time; load it again",
        ),
        _ => error.into(),
    }
}

/// Saves the narrative of the month's draft, refreshing its figures. With the month already
/// published, starts a correction: a new draft version that says what changes.
pub async fn save_draft(
    db: &DatabaseConnection,
    caller: &Caller,
    school: &school::Model,
    month: Month,
    draft: ReportDraft,
) -> Result<MonthlyReport, ApiError> {
    caller.authorize(Permission::EditReport, Target::of_school(school))?;
    if !month_is_over(school, month) {
        return Err(ApiError::rejected(
            ProblemCode::MonthNotOver,
            "a month's report is drafted once the month is over",
        ));
    }
    check_school_existed(school, month)?;
    let changes = draft
        .changes
        .map(|text| text.trim().to_owned())
        .filter(|text| !text.is_empty());
    let txn = db.begin().await?;
    let newest = store::versions(&txn, school.id, month)
        .await?
        .into_iter()
        .next();
    let (figures, head) = fresh_figures(&txn, school, month).await?;
    // The narrative in each language: as given, else as the newest version has it (the draft,
    // or the published version a correction starts from).
    let language = &school.default_language;
    let narratives = merged(
        draft.narrative.as_deref(),
        draft.narratives.map(Localized::from),
        &newest
            .as_ref()
            .map(|row| narratives_of(row, language))
            .unwrap_or_default(),
        language,
    );
    let narrative = narratives.get(language).unwrap_or_default().to_owned();
    match newest {
        Some(row) if row.status == DRAFT => {
            let changes = if row.version > 1 {
                Some(
                    changes
                        .or(row.changes.clone())
                        .ok_or_else(changes_required)?,
                )
            } else {
                None
            };
            let updated = monthly_report::Entity::update_many()
                .col_expr(monthly_report::Column::Narrative, Expr::value(narrative))
                .col_expr(monthly_report::Column::Narratives, Expr::value(narratives))
                .col_expr(monthly_report::Column::Changes, Expr::value(changes))
                .col_expr(monthly_report::Column::Figures, Expr::value(figures))
                .col_expr(
                    monthly_report::Column::JournalHeadSeq,
                    Expr::value(head.as_ref().map(|h| h.seq)),
                )
                .col_expr(
                    monthly_report::Column::JournalHeadHash,
                    Expr::value(head.map(|h| h.hash)),
                )
                .col_expr(monthly_report::Column::UpdatedAt, Expr::value(Utc::now()))
                .col_expr(
                    monthly_report::Column::UpdatedBy,
                    Expr::value(caller.user_id),
                )
                .filter(monthly_report::Column::Id.eq(row.id))
                .filter(monthly_report::Column::Status.eq(DRAFT))
                .exec(&txn)
                .await?;
            if updated.rows_affected != 1 {
                return Err(ApiError::rejected(
                    ProblemCode::ReportChanged,
                    "the draft was published meanwhile; load it again",
                ));
            }
        }
        Some(row) => {
            let changes = changes.ok_or_else(changes_required)?;
            store::insert_draft(
                &txn,
                NewVersion {
                    school_id: school.id,
                    month,
                    version: row.version + 1,
                    figures,
                    narrative,
                    narratives,
                    changes: Some(changes),
                    head,
                    by: Some(caller.user_id),
                },
            )
            .await
            .map_err(race)?;
        }
        None => {
            store::insert_draft(
                &txn,
                NewVersion {
                    school_id: school.id,
                    month,
                    version: 1,
                    figures,
                    narrative,
                    narratives,
                    changes: None,
                    head,
                    by: Some(caller.user_id),
                },
            )
            .await
            .map_err(race)?;
        }
    }
    audit::record(
        &txn,
        AuditEvent {
            chain: audit::AuditChain::School(school.id),
            actor: caller.actor(),
            action: AuditAction::ReportDraftSaved,
            subject: Some(AuditSubject::Report(school.id, month)),
            details: json!({"month": month.to_string()}),
        },
    )
    .await?;
    txn.commit().await?;
    report(db, caller, school, month, None).await
}

/// A version's narrative in each language, its narrative in the school's language included
/// (a version written before narratives had languages has only that one).
fn narratives_of(row: &monthly_report::Model, language: &str) -> Localized {
    let mut narratives = row.narratives.clone();
    if narratives.get(language).is_none() && !row.narrative.trim().is_empty() {
        narratives.set(language, Some(row.narrative.clone()));
    }
    narratives
}

fn changes_required() -> ApiError {
    ApiError::invalid_field(
        "changes",
        "required",
        "a correction of a published report says what it changes",
    )
}

/// Publishes the month's draft: its figures are made once more from the data and frozen with
/// the journal's head; the district is told.
pub async fn publish(
    db: &DatabaseConnection,
    caller: &Caller,
    school: &school::Model,
    month: Month,
) -> Result<MonthlyReport, ApiError> {
    caller.authorize(Permission::EditReport, Target::of_school(school))?;
    let txn = db.begin().await?;
    let newest = store::versions(&txn, school.id, month)
        .await?
        .into_iter()
        .next();
    let row = match newest {
        Some(row) if row.status == DRAFT => row,
        Some(_) => {
            return Err(ApiError::rejected(
                ProblemCode::ReportAlreadyPublished,
                "this version is published; a correction starts a new version",
            ))
        }
        None => {
            return Err(ApiError::rejected(
                ProblemCode::ReportNotDrafted,
                "there is no draft of this month to publish",
            ))
        }
    };
    let (figures, head) = fresh_figures(&txn, school, month).await?;
    let now = Utc::now();
    let updated = monthly_report::Entity::update_many()
        .col_expr(monthly_report::Column::Status, Expr::value(PUBLISHED))
        .col_expr(monthly_report::Column::Figures, Expr::value(figures))
        .col_expr(
            monthly_report::Column::JournalHeadSeq,
            Expr::value(head.as_ref().map(|h| h.seq)),
        )
        .col_expr(
            monthly_report::Column::JournalHeadHash,
            Expr::value(head.as_ref().map(|h| h.hash.clone())),
        )
        .col_expr(monthly_report::Column::PublishedAt, Expr::value(now))
        .col_expr(
            monthly_report::Column::PublishedBy,
            Expr::value(caller.user_id),
        )
        .col_expr(monthly_report::Column::UpdatedAt, Expr::value(now))
        .filter(monthly_report::Column::Id.eq(row.id))
        .filter(monthly_report::Column::Status.eq(DRAFT))
        .exec(&txn)
        .await?;
    if updated.rows_affected != 1 {
        return Err(ApiError::rejected(
            ProblemCode::ReportChanged,
            "the draft was published meanwhile; load it again",
        ));
    }
    audit::record(
        &txn,
        AuditEvent {
            chain: audit::AuditChain::School(school.id),
            actor: caller.actor(),
            action: AuditAction::ReportPublished,
            subject: Some(AuditSubject::Report(school.id, month)),
            details: json!({"month": month.to_string(), "version": row.version}),
        },
    )
    .await?;
    webhooks::enqueue(
        &txn,
        school.district_id,
        Event::ReportPublished {
            school: school.slug.clone(),
            month: month.to_string(),
            version: row.version,
            journal_head: head,
        },
    )
    .await?;
    txn.commit().await?;
    report(db, caller, school, month, None).await
}

/// Makes the first draft of a school's month from the data, unless there is one. Returns
/// whether it made one.
pub async fn ensure_draft(
    db: &DatabaseConnection,
    school: &school::Model,
    month: Month,
) -> Result<bool, ApiError> {
    let txn = db.begin().await?;
    if !store::versions(&txn, school.id, month).await?.is_empty() {
        return Ok(false);
    }
    let (figures, head) = fresh_figures(&txn, school, month).await?;
    let inserted = store::insert_draft(
        &txn,
        NewVersion {
            school_id: school.id,
            month,
            version: 1,
            figures,
            narrative: String::new(),
            narratives: Localized::default(),
            changes: None,
            head,
            by: None,
        },
    )
    .await;
    match inserted {
        Ok(_) => {
            txn.commit().await?;
            Ok(true)
        }
        Err(error)
            if matches!(
                error.sql_err(),
                Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
            ) =>
        {
            Ok(false)
        }
        Err(error) => Err(error.into()),
    }
}
