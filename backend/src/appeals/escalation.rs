//! The district hears of urgent appeals: each new one once, in the hourly announcement
//! stamped to the hour (never in the drop's own transaction, so that no outbox row tells when
//! a child pressed "send"), and again when the school has not referred it in time (clause
//! 3.4: a threat to a child goes to the police or child protection the same day).
//!
//! An urgent appeal — flagged by the screening or by the writer's own "yes, I am in danger"
//! — that has no referral by the end of the working day after it was dropped is escalated to
//! the district education office: a webhook `appeal.urgent_not_referred` (once per appeal,
//! no content, only the school and the day) and a count on the district's overview.

use std::collections::HashMap;

use chrono::{NaiveDate, Utc};
use entity::appeal::{self, AppealStatus};
use entity::{referral, school};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect, TransactionTrait,
};
use uuid::Uuid;

use crate::calendar::{add_working_days, today_in};
use crate::scheduler::claim::mark_once;
use crate::schools::store::holidays_of;
use crate::webhooks::{self, Event};

/// The statuses in which an urgent appeal still waits for someone to act on it.
const WAITING: [AppealStatus; 5] = [
    AppealStatus::Sealed,
    AppealStatus::Retrieved,
    AppealStatus::Registered,
    AppealStatus::Assigned,
    AppealStatus::Answered,
];

/// An urgent appeal past its referral deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LateUrgentAppeal {
    pub id: Uuid,
    pub school_id: Uuid,
    pub dropped_on: NaiveDate,
}

/// The day by which an urgent appeal dropped on `dropped_on` must have been referred: the
/// end of the next working day.
#[must_use]
pub fn refer_by(dropped_on: NaiveDate, holidays: &crate::calendar::Holidays) -> NaiveDate {
    add_working_days(dropped_on, 1, holidays)
}

/// The urgent appeals of these schools that wait without a referral past their deadline.
pub async fn late_urgent_appeals<C: ConnectionTrait>(
    db: &C,
    schools: &[school::Model],
) -> Result<Vec<LateUrgentAppeal>, DbErr> {
    let ids: Vec<Uuid> = schools.iter().map(|school| school.id).collect();
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let waiting: Vec<(Uuid, Uuid, NaiveDate)> = appeal::Entity::find()
        .select_only()
        .column(appeal::Column::Id)
        .column(appeal::Column::SchoolId)
        .column(appeal::Column::SubmittedOn)
        .filter(appeal::Column::SchoolId.is_in(ids.clone()))
        .filter(appeal::Column::Urgent.eq(true))
        .filter(appeal::Column::Status.is_in(WAITING))
        .filter(
            appeal::Column::Id.not_in_subquery(
                Query::select()
                    .column(referral::Column::AppealId)
                    .from(referral::Entity)
                    .and_where(Expr::col(referral::Column::SchoolId).is_in(ids))
                    .to_owned(),
            ),
        )
        .into_tuple()
        .all(db)
        .await?;
    let zones: HashMap<Uuid, &str> = schools
        .iter()
        .map(|school| (school.id, school.time_zone.as_str()))
        .collect();
    let mut holidays = HashMap::new();
    let mut late = Vec::new();
    for (id, school_id, dropped_on) in waiting {
        if let std::collections::hash_map::Entry::Vacant(entry) = holidays.entry(school_id) {
            entry.insert(holidays_of(db, school_id).await?);
        }
        let today = today_in(zones.get(&school_id).copied().unwrap_or("Asia/Bishkek"));
        if today > refer_by(dropped_on, &holidays[&school_id]) {
            late.push(LateUrgentAppeal {
                id,
                school_id,
                dropped_on,
            });
        }
    }
    Ok(late)
}

/// Tells each district, once per appeal, of the urgent appeals its schools have not referred
/// in time. Returns how many were newly escalated.
pub async fn escalate_late_urgent_appeals<C>(
    db: &C,
    runner: &str,
    schools: &[school::Model],
) -> Result<usize, DbErr>
where
    C: ConnectionTrait + TransactionTrait,
{
    let by_id: HashMap<Uuid, &school::Model> =
        schools.iter().map(|school| (school.id, school)).collect();
    let mut escalated = 0;
    for late in late_urgent_appeals(db, schools).await? {
        let Some(school) = by_id.get(&late.school_id) else {
            continue;
        };
        let txn = db.begin().await?;
        let job = format!("urgent_not_referred:{}", late.id);
        if !mark_once(&txn, &job, "once", runner, Utc::now()).await? {
            continue;
        }
        webhooks::enqueue(
            &txn,
            school.district_id,
            Event::UrgentNotReferred {
                school: school.slug.clone(),
                dropped_on: late.dropped_on,
            },
        )
        .await?;
        txn.commit().await?;
        escalated += 1;
    }
    Ok(escalated)
}

/// Urgent appeals dropped this long ago at most are still announced (older ones were
/// announced when they came, or long since handled).
const ANNOUNCE_WITHIN_DAYS: i64 = 3;

/// Announces to each district, once per appeal, the urgent appeals its schools received since
/// the last announcement: a webhook `appeal.urgent` with the school and the day, stamped
/// `hour` (the start of the hour of the run). Returns how many were announced.
pub async fn announce_urgent_appeals<C>(
    db: &C,
    runner: &str,
    schools: &[school::Model],
    hour: chrono::DateTime<Utc>,
) -> Result<usize, DbErr>
where
    C: ConnectionTrait + TransactionTrait,
{
    let ids: Vec<Uuid> = schools.iter().map(|school| school.id).collect();
    if ids.is_empty() {
        return Ok(0);
    }
    let since = hour.date_naive() - chrono::Duration::days(ANNOUNCE_WITHIN_DAYS);
    let urgent: Vec<(Uuid, Uuid, NaiveDate)> = appeal::Entity::find()
        .select_only()
        .column(appeal::Column::Id)
        .column(appeal::Column::SchoolId)
        .column(appeal::Column::SubmittedOn)
        .filter(appeal::Column::SchoolId.is_in(ids))
        .filter(appeal::Column::Urgent.eq(true))
        .filter(appeal::Column::SubmittedOn.gte(since))
        .into_tuple()
        .all(db)
        .await?;
    let by_id: HashMap<Uuid, &school::Model> =
        schools.iter().map(|school| (school.id, school)).collect();
    let mut announced = 0;
    for (id, school_id, dropped_on) in urgent {
        let Some(school) = by_id.get(&school_id) else {
            continue;
        };
        let txn = db.begin().await?;
        let job = format!("appeal_urgent_announced:{id}");
        if !mark_once(&txn, &job, "once", runner, hour).await? {
            continue;
        }
        webhooks::enqueue_at(
            &txn,
            school.district_id,
            Event::UrgentAppeal {
                school: school.slug.clone(),
                dropped_on,
            },
            hour,
        )
        .await?;
        txn.commit().await?;
        announced += 1;
    }
    Ok(announced)
}

/// The start of the hour `at` falls in.
#[must_use]
pub fn hour_of(at: chrono::DateTime<Utc>) -> chrono::DateTime<Utc> {
    use chrono::{DurationRound, TimeDelta};
    at.duration_trunc(TimeDelta::hours(1)).unwrap_or(at)
}
