//! The district's figures of a month, summed over its schools, with every count from 1 to 2
//! hidden, and the year's trend.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use entity::{appeal, district, school};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use uuid::Uuid;

use super::overview::schools_of;
use super::views::{DistrictStatistics, ShownReferral};
use crate::calendar::today_in;
use crate::error::ApiError;
use crate::error::ProblemCode;
use crate::reports::figures;
use crate::reports::month::Month;
use crate::reports::suppression::shown;
use crate::reports::views::{MonthlyFigures, ShownCategory, ShownMonth};

/// The month's figures of the district.
pub async fn statistics<C: ConnectionTrait>(
    db: &C,
    district: &district::Model,
    month: Option<Month>,
) -> Result<DistrictStatistics, ApiError> {
    let schools = schools_of(db, district.id).await?;
    let time_zone = schools
        .first()
        .map_or("Asia/Bishkek", |school| school.time_zone.as_str())
        .to_owned();
    let today = today_in(&time_zone);
    let month = month.unwrap_or_else(|| Month::of(today).previous());
    if month > Month::of(today) {
        return Err(ApiError::rejected(
            ProblemCode::MonthNotStarted,
            "this month has not started yet",
        ));
    }
    // Schools in another time zone are counted in their own.
    let mut by_zone: BTreeMap<&str, Vec<school::Model>> = BTreeMap::new();
    for school in &schools {
        by_zone
            .entry(school.time_zone.as_str())
            .or_default()
            .push(school.clone());
    }
    let mut parts = Vec::new();
    for group in by_zone.values() {
        parts.push(figures::count(db, group, month, today).await?);
    }
    let total = sum(parts, month, today);
    let trend = trend(db, &schools, month).await?;
    Ok(DistrictStatistics {
        district: district.slug.clone(),
        month: month.to_string(),
        schools: total.schools,
        schools_opened_as_required: total.schools_opened_as_required,
        schools_no_opening_due: total.schools_no_opening_due,
        openings: total.openings.len() as i64,
        found: shown(total.found_online + total.found_paper),
        not_accepted: shown(total.not_accepted.iter().map(|reason| reason.count).sum()),
        registered: shown(total.registered),
        urgent: shown(total.urgent),
        answered_in_time: shown(total.answered_in_time),
        answered_late: shown(total.answered_late),
        open_at_end: shown(total.open_at_end),
        overdue_at_end: shown(total.overdue_at_end),
        median_days_to_answer: total.median_days_to_answer,
        by_category: total
            .by_category
            .iter()
            .map(|entry| ShownCategory {
                category: entry.category,
                count: shown(entry.count),
            })
            .collect(),
        referrals: total
            .referrals
            .iter()
            .map(|entry| ShownReferral {
                code: entry.code.clone(),
                name_ky: entry.name_ky.clone(),
                name_ru: entry.name_ru.clone(),
                name_en: entry.name_en.clone(),
                count: shown(entry.count),
            })
            .collect(),
        trend,
        months: std::iter::successors(Some(Month::of(today)), |month| Some(month.previous()))
            .take(13)
            .map(|month| month.to_string())
            .collect(),
    })
}

/// Sums the figures of groups of schools. The median of the whole is not the sum of the
/// parts: with more than one group it is the median of the groups' medians.
fn sum(parts: Vec<MonthlyFigures>, month: Month, today: NaiveDate) -> MonthlyFigures {
    let mut parts = parts.into_iter();
    let Some(mut total) = parts.next() else {
        return MonthlyFigures {
            found_online: 0,
            found_paper: 0,
            not_accepted: Vec::new(),
            registered: 0,
            by_category: Vec::new(),
            urgent: 0,
            registered_with_files: 0,
            referrals: Vec::new(),
            answered_in_time: 0,
            answered_late: 0,
            open_at_end: 0,
            overdue_at_end: 0,
            median_days_to_answer: None,
            openings: Vec::new(),
            schools: 0,
            schools_opened_as_required: 0,
            schools_no_opening_due: 0,
            counted_until: month.last_day().min(today),
            refused_at_the_door: Vec::new(),
        };
    };
    let mut medians: Vec<f64> = total.median_days_to_answer.into_iter().collect();
    for part in parts {
        total.found_online += part.found_online;
        total.found_paper += part.found_paper;
        total.registered += part.registered;
        total.urgent += part.urgent;
        total.registered_with_files += part.registered_with_files;
        total.answered_in_time += part.answered_in_time;
        total.answered_late += part.answered_late;
        total.open_at_end += part.open_at_end;
        total.overdue_at_end += part.overdue_at_end;
        total.schools += part.schools;
        total.schools_opened_as_required += part.schools_opened_as_required;
        total.schools_no_opening_due += part.schools_no_opening_due;
        total.openings.extend(part.openings);
        medians.extend(part.median_days_to_answer);
        for entry in part.not_accepted {
            match total
                .not_accepted
                .iter_mut()
                .find(|known| known.reason == entry.reason)
            {
                Some(known) => known.count += entry.count,
                None => total.not_accepted.push(entry),
            }
        }
        for entry in part.refused_at_the_door {
            match total
                .refused_at_the_door
                .iter_mut()
                .find(|known| known.reason == entry.reason)
            {
                Some(known) => known.count += entry.count,
                None => total.refused_at_the_door.push(entry),
            }
        }
        for entry in part.by_category {
            match total
                .by_category
                .iter_mut()
                .find(|known| known.category == entry.category)
            {
                Some(known) => known.count += entry.count,
                None => total.by_category.push(entry),
            }
        }
        for entry in part.referrals {
            match total
                .referrals
                .iter_mut()
                .find(|known| known.body_id == entry.body_id)
            {
                Some(known) => known.count += entry.count,
                None => total.referrals.push(entry),
            }
        }
    }
    if medians.len() > 1 {
        medians.sort_by(f64::total_cmp);
        total.median_days_to_answer = Some(medians[medians.len() / 2]);
    }
    total.by_category.sort_by_key(|entry| entry.category);
    total
}

/// Registered appeals of the twelve months up to `month`, from one grouped query by day.
async fn trend<C: ConnectionTrait>(
    db: &C,
    schools: &[school::Model],
    month: Month,
) -> Result<Vec<ShownMonth>, ApiError> {
    let mut first = month;
    for _ in 0..11 {
        first = first.previous();
    }
    let ids: Vec<Uuid> = schools.iter().map(|school| school.id).collect();
    let days: Vec<(Option<NaiveDate>, i64)> = appeal::Entity::find()
        .select_only()
        .column(appeal::Column::RegisteredOn)
        .column_as(crate::reports::figures::count_rows(), "n")
        .filter(appeal::Column::SchoolId.is_in(ids))
        .filter(appeal::Column::RegisteredOn.between(first.first_day(), month.last_day()))
        .group_by(appeal::Column::RegisteredOn)
        .into_tuple()
        .all(db)
        .await?;
    let mut months: BTreeMap<Month, i64> = BTreeMap::new();
    let mut cursor = first;
    while cursor <= month {
        months.insert(cursor, 0);
        cursor = cursor.next();
    }
    for (day, count) in days {
        if let Some(day) = day {
            *months.entry(Month::of(day)).or_insert(0) += count;
        }
    }
    Ok(months
        .into_iter()
        .map(|(month, count)| ShownMonth {
            month: month.to_string(),
            registered: shown(count),
        })
        .collect())
}
