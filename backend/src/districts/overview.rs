//! Every school of a district at a glance, counted with one grouped query per figure.

use crate::http::names::Names;
use std::collections::HashMap;

use chrono::{DateTime, Utc};
use entity::appeal::AppealStatus;
use entity::box_opening::OpeningStatus;
use entity::{appeal, box_opening, district, journal_check, monthly_report, referral, school};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use uuid::Uuid;

use super::views::{DistrictOverview, DistrictReportState, JournalCheckView, SchoolCompliance};
use crate::appeals::escalation::late_urgent_appeals;
use crate::box_openings::service::box_due_by;
use crate::calendar::today_in;
use crate::calendar::zone_of;
use crate::journal::store as journal;
use crate::reports::month::Month;
use crate::reports::store::PUBLISHED;

/// The statuses of a registered appeal that is not closed.
pub const OPEN: [AppealStatus; 3] = [
    AppealStatus::Registered,
    AppealStatus::Assigned,
    AppealStatus::Answered,
];

/// The schools of a district, by name.
pub async fn schools_of<C: ConnectionTrait>(
    db: &C,
    district_id: Uuid,
) -> Result<Vec<school::Model>, DbErr> {
    school::Entity::find()
        .filter(school::Column::DistrictId.eq(district_id))
        .order_by_asc(school::Column::Name)
        .all(db)
        .await
}

async fn counts_by_school<C: ConnectionTrait>(
    db: &C,
    query: sea_orm::Select<appeal::Entity>,
) -> Result<HashMap<Uuid, i64>, DbErr> {
    let rows: Vec<(Uuid, i64)> = query
        .select_only()
        .column(appeal::Column::SchoolId)
        .column_as(crate::reports::figures::count_rows(), "n")
        .group_by(appeal::Column::SchoolId)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
}

/// The district's schools with their compliance today.
pub async fn overview<C: ConnectionTrait>(
    db: &C,
    district: &district::Model,
) -> Result<DistrictOverview, DbErr> {
    let schools = schools_of(db, district.id).await?;
    let ids: Vec<Uuid> = schools.iter().map(|school| school.id).collect();
    let time_zone = schools
        .first()
        .map_or("Asia/Bishkek", |school| school.time_zone.as_str());
    let today = today_in(time_zone);
    let report_month = Month::of(today).previous();

    let last_signed: HashMap<Uuid, Option<DateTime<Utc>>> = box_opening::Entity::find()
        .select_only()
        .column(box_opening::Column::SchoolId)
        .column_as(box_opening::Column::SignedAt.max(), "last")
        .filter(box_opening::Column::SchoolId.is_in(ids.clone()))
        .filter(box_opening::Column::Status.eq(OpeningStatus::Signed))
        .group_by(box_opening::Column::SchoolId)
        .into_tuple::<(Uuid, Option<DateTime<Utc>>)>()
        .all(db)
        .await?
        .into_iter()
        .collect();

    let mut reports: HashMap<Uuid, monthly_report::Model> = HashMap::new();
    for row in monthly_report::Entity::find()
        .filter(monthly_report::Column::SchoolId.is_in(ids.clone()))
        .filter(monthly_report::Column::Month.eq(report_month.to_string()))
        .order_by_asc(monthly_report::Column::Version)
        .all(db)
        .await?
    {
        reports.insert(row.school_id, row);
    }

    let open = appeal::Entity::find()
        .filter(appeal::Column::SchoolId.is_in(ids.clone()))
        .filter(appeal::Column::Status.is_in(OPEN));
    let open_appeals = counts_by_school(db, open.clone()).await?;
    let overdue_appeals = counts_by_school(
        db,
        appeal::Entity::find()
            .filter(appeal::Column::SchoolId.is_in(ids.clone()))
            .filter(
                appeal::Column::Status.is_in([AppealStatus::Registered, AppealStatus::Assigned]),
            )
            .filter(appeal::Column::AnswerDueOn.lt(today)),
    )
    .await?;
    let urgent_unreferred = counts_by_school(
        db,
        open.filter(appeal::Column::Urgent.eq(true)).filter(
            appeal::Column::Id.not_in_subquery(
                Query::select()
                    .column(referral::Column::AppealId)
                    .from(referral::Entity)
                    .and_where(Expr::col(referral::Column::SchoolId).is_in(ids.clone()))
                    .to_owned(),
            ),
        ),
    )
    .await?;
    let mut late_urgent: HashMap<Uuid, i64> = HashMap::new();
    for late in late_urgent_appeals(db, &schools).await? {
        *late_urgent.entry(late.school_id).or_default() += 1;
    }
    let checks: HashMap<Uuid, journal_check::Model> = journal_check::Entity::find()
        .filter(journal_check::Column::SchoolId.is_in(ids.clone()))
        .all(db)
        .await?
        .into_iter()
        .map(|check| (check.school_id, check))
        .collect();

    let mut rows = Vec::with_capacity(schools.len());
    for school in &schools {
        let zone = zone_of(&school.time_zone);
        let last_opened_on = last_signed
            .get(&school.id)
            .copied()
            .flatten()
            .map(|at| at.with_timezone(&zone).date_naive());
        let box_due_by = box_due_by(school, last_opened_on);
        let report = reports.get(&school.id);
        let state = match report {
            Some(row) if row.status == PUBLISHED => DistrictReportState::Published,
            Some(_) => DistrictReportState::Draft,
            None => DistrictReportState::Missing,
        };
        let school_created = school.created_at.with_timezone(&zone).date_naive();
        let report_late = school_created <= report_month.last_day()
            && match report.and_then(|row| row.published_at.filter(|_| row.status == PUBLISHED)) {
                Some(at) => at.with_timezone(&zone).date_naive() > report_month.publish_by(),
                None => today > report_month.publish_by(),
            };
        rows.push(SchoolCompliance {
            school: school.slug.clone(),
            name: school.name.clone(),
            names: Names::from(&school.names),
            time_zone: school.time_zone.clone(),
            last_opened_on,
            box_due_by,
            box_overdue: today > box_due_by,
            report: state,
            report_late,
            open_appeals: open_appeals.get(&school.id).copied().unwrap_or(0),
            overdue_appeals: overdue_appeals.get(&school.id).copied().unwrap_or(0),
            urgent_unreferred: urgent_unreferred.get(&school.id).copied().unwrap_or(0),
            urgent_not_referred_in_time: late_urgent.get(&school.id).copied().unwrap_or(0),
            journal_head: journal::head(db, school.id).await?,
            journal_check: checks.get(&school.id).map(|check| JournalCheckView {
                checked_at: check.checked_at,
                valid: check.valid,
                entries: check.entries,
                first_invalid: check.first_invalid,
            }),
        });
    }
    Ok(DistrictOverview {
        district: district.slug.clone(),
        name: district.name.clone(),
        names: Names::from(&district.names),
        report_month: report_month.to_string(),
        schools: rows,
    })
}
