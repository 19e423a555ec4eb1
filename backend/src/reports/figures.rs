//! The month's figures, counted in the database for one school or for many (the district's
//! aggregate uses the same queries).

use std::collections::BTreeMap;

use chrono::{Months, NaiveDate};
use entity::appeal::{AppealStatus, Channel};
use entity::box_opening::OpeningStatus;
use entity::{appeal, appeal_file, box_opening, door_refusal, referral, referral_body, school};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use uuid::Uuid;

use super::month::Month;
use super::views::{
    CategoryCount, DoorRefusalCount, DoorRefusalReason, MonthlyFigures, OpeningHeld, OpeningsKept,
    ReasonCount, ReferralCount,
};

use crate::appeals::category::Categories;
use crate::box_openings::views::NotAcceptedReason;
use crate::calendar::zone_of;

/// An opening as counted: id, school, act number, signed at, extraordinary.
type SignedOpening = (
    Uuid,
    Uuid,
    Option<String>,
    chrono::DateTime<chrono::Utc>,
    bool,
);

/// Counts the month for a set of schools that share a time zone (the first school's).
/// `today` cuts a running month short.
pub async fn count<C: ConnectionTrait>(
    db: &C,
    schools: &[school::Model],
    month: Month,
    today: NaiveDate,
) -> Result<MonthlyFigures, DbErr> {
    let zone = zone_of(schools.first().map_or("", |s| s.time_zone.as_str()));
    let ids: Vec<Uuid> = schools.iter().map(|school| school.id).collect();
    let (first, last) = (month.first_day(), month.last_day().min(today));
    let (_, month_end) = month.instants(zone);

    // Every signed opening up to the month's end: the month's own, and the one before it
    // that the first interval counts from.
    let signed: Vec<SignedOpening> = box_opening::Entity::find()
        .select_only()
        .column(box_opening::Column::Id)
        .column(box_opening::Column::SchoolId)
        .column(box_opening::Column::ActNumber)
        .column(box_opening::Column::SignedAt)
        .column(box_opening::Column::Extraordinary)
        .filter(box_opening::Column::SchoolId.is_in(ids.clone()))
        .filter(box_opening::Column::Status.eq(OpeningStatus::Signed))
        .filter(box_opening::Column::SignedAt.lt(month_end))
        .order_by_asc(box_opening::Column::SignedAt)
        .into_tuple()
        .all(db)
        .await?;
    let mut opened_on: BTreeMap<Uuid, Vec<NaiveDate>> = BTreeMap::new();
    let mut openings = Vec::new();
    let mut month_openings = Vec::new();
    for (id, school_id, act_number, signed_at, extraordinary) in signed {
        let day = signed_at.with_timezone(&zone).date_naive();
        opened_on.entry(school_id).or_default().push(day);
        if day >= month.first_day() {
            month_openings.push(id);
            openings.push(OpeningHeld {
                act_number,
                signed_on: day,
                extraordinary,
            });
        }
    }
    let (mut schools_counted, mut schools_opened_as_required, mut schools_no_opening_due) =
        (0, 0, 0);
    for school in schools {
        let created = school.created_at.with_timezone(&zone).date_naive();
        let days = opened_on.get(&school.id).map_or(&[][..], Vec::as_slice);
        match openings_kept(
            created,
            days,
            school.opening_interval_months,
            month.first_day(),
            last,
        ) {
            None => continue,
            Some(OpeningsKept::AsRequired) => schools_opened_as_required += 1,
            Some(OpeningsKept::NoneDue) => schools_no_opening_due += 1,
            Some(OpeningsKept::Overdue) => {}
        }
        schools_counted += 1;
    }

    let found: Vec<(Channel, AppealStatus, Option<NotAcceptedReason>, i64)> =
        if month_openings.is_empty() {
            Vec::new()
        } else {
            appeal::Entity::find()
                .select_only()
                .column(appeal::Column::Channel)
                .column(appeal::Column::Status)
                .column(appeal::Column::NotAcceptedReason)
                .column_as(count_rows(), "n")
                .filter(appeal::Column::BoxOpeningId.is_in(month_openings))
                .group_by(appeal::Column::Channel)
                .group_by(appeal::Column::Status)
                .group_by(appeal::Column::NotAcceptedReason)
                .into_tuple()
                .all(db)
                .await?
        };
    let (mut found_online, mut found_paper) = (0, 0);
    let mut not_accepted: BTreeMap<&'static str, (NotAcceptedReason, i64)> = BTreeMap::new();
    for (channel, status, reason, n) in found {
        match channel {
            Channel::Online => found_online += n,
            Channel::Paper => found_paper += n,
        }
        if status == AppealStatus::NotAccepted {
            let reason = reason.unwrap_or(NotAcceptedReason::NotAnAppeal);
            not_accepted.entry(reason.code()).or_insert((reason, 0)).1 += n;
        }
    }

    let registered_rows: Vec<(Categories, bool, i64)> = appeal::Entity::find()
        .select_only()
        .column(appeal::Column::Categories)
        .column(appeal::Column::Urgent)
        .column_as(count_rows(), "n")
        .filter(appeal::Column::SchoolId.is_in(ids.clone()))
        .filter(appeal::Column::RegisteredOn.between(first, last))
        .group_by(appeal::Column::Categories)
        .group_by(appeal::Column::Urgent)
        .into_tuple()
        .all(db)
        .await?;
    let (mut registered, mut urgent) = (0, 0);
    let mut by_category = BTreeMap::new();
    for (categories, is_urgent, n) in registered_rows {
        registered += n;
        if is_urgent {
            urgent += n;
        }
        for category in categories.iter() {
            *by_category.entry(category).or_insert(0) += n;
        }
    }

    let with_files = Query::select()
        .column(appeal_file::Column::AppealId)
        .from(appeal_file::Entity)
        .and_where(appeal_file::Column::AppealId.is_not_null())
        .to_owned();
    let registered_with_files = appeal::Entity::find()
        .filter(appeal::Column::SchoolId.is_in(ids.clone()))
        .filter(appeal::Column::RegisteredOn.between(first, last))
        .filter(appeal::Column::Id.in_subquery(with_files))
        .count(db)
        .await? as i64;

    let referral_rows: Vec<(Uuid, i64)> = referral::Entity::find()
        .select_only()
        .column(referral::Column::BodyId)
        .column_as(referral::Column::Id.count(), "n")
        .filter(referral::Column::SchoolId.is_in(ids.clone()))
        .filter(referral::Column::ReferredOn.between(first, last))
        .group_by(referral::Column::BodyId)
        .into_tuple()
        .all(db)
        .await?;
    let bodies: BTreeMap<Uuid, referral_body::Model> = if referral_rows.is_empty() {
        BTreeMap::new()
    } else {
        referral_body::Entity::find()
            .filter(referral_body::Column::Id.is_in(referral_rows.iter().map(|(id, _)| *id)))
            .all(db)
            .await?
            .into_iter()
            .map(|body| (body.id, body))
            .collect()
    };
    let mut referrals: Vec<ReferralCount> = referral_rows
        .into_iter()
        .filter_map(|(body_id, count)| {
            bodies.get(&body_id).map(|body| ReferralCount {
                body_id,
                code: body.code.clone(),
                name_ky: body.name_ky.clone(),
                name_ru: body.name_ru.clone(),
                name_en: body.name_en.clone(),
                count,
            })
        })
        .collect();
    referrals.sort_by(|a, b| b.count.cmp(&a.count).then(a.name_en.cmp(&b.name_en)));

    let answered: Vec<(Option<NaiveDate>, Option<NaiveDate>, Option<NaiveDate>)> =
        appeal::Entity::find()
            .select_only()
            .column(appeal::Column::RegisteredOn)
            .column(appeal::Column::AnsweredOn)
            .column(appeal::Column::AnswerDueOn)
            .filter(appeal::Column::SchoolId.is_in(ids.clone()))
            .filter(appeal::Column::AnsweredOn.between(first, last))
            .into_tuple()
            .all(db)
            .await?;
    let (mut answered_in_time, mut answered_late) = (0, 0);
    let mut days = Vec::with_capacity(answered.len());
    for (registered_on, answered_on, due) in answered {
        let Some(answered_on) = answered_on else {
            continue;
        };
        match due {
            Some(due) if answered_on > due => answered_late += 1,
            _ => answered_in_time += 1,
        }
        if let Some(registered_on) = registered_on {
            days.push((answered_on - registered_on).num_days());
        }
    }

    // Open at the end: registered by then and not closed by then — counted as the two halves
    // "not closed" and "closed later", each one range of the (school, closed_on) index.
    let mut open_at_end = 0;
    let mut overdue_at_end = 0;
    for still_open in [
        appeal::Column::ClosedOn.is_null(),
        appeal::Column::ClosedOn.gt(last),
    ] {
        let open = appeal::Entity::find()
            .filter(appeal::Column::SchoolId.is_in(ids.clone()))
            .filter(still_open)
            .filter(appeal::Column::RegisteredOn.lte(last));
        open_at_end += count_of(db, open.clone()).await?;
        overdue_at_end += count_of(
            db,
            open.filter(appeal::Column::AnswerDueOn.lt(last)).filter(
                appeal::Column::AnsweredOn
                    .is_null()
                    .or(appeal::Column::AnsweredOn.gt(last)),
            ),
        )
        .await?;
    }

    let mut refused: BTreeMap<DoorRefusalReason, i64> = BTreeMap::new();
    for row in door_refusal::Entity::find()
        .filter(door_refusal::Column::SchoolId.is_in(ids.clone()))
        .filter(door_refusal::Column::Month.eq(month.to_string()))
        .all(db)
        .await?
    {
        if row.reason == DoorRefusalReason::ObsceneLanguage.code() {
            *refused
                .entry(DoorRefusalReason::ObsceneLanguage)
                .or_default() += row.count;
        }
    }

    Ok(MonthlyFigures {
        refused_at_the_door: refused
            .into_iter()
            .map(|(reason, count)| DoorRefusalCount { reason, count })
            .collect(),
        found_online,
        found_paper,
        not_accepted: not_accepted
            .into_values()
            .map(|(reason, count)| ReasonCount { reason, count })
            .collect(),
        registered,
        by_category: by_category
            .into_iter()
            .map(|(category, count)| CategoryCount { category, count })
            .collect(),
        urgent,
        registered_with_files,
        referrals,
        answered_in_time,
        answered_late,
        open_at_end,
        overdue_at_end,
        median_days_to_answer: median(&mut days),
        openings,
        schools: schools_counted,
        schools_opened_as_required,
        schools_no_opening_due,
        counted_until: last,
    })
}

/// `count(*)`: counting rows, not a column, lets the database answer from an index alone.
pub fn count_rows() -> sea_orm::sea_query::SimpleExpr {
    Expr::cust("count(*)")
}

async fn count_of<C: ConnectionTrait>(
    db: &C,
    query: sea_orm::Select<appeal::Entity>,
) -> Result<i64, DbErr> {
    let count: Option<i64> = query
        .select_only()
        .column_as(count_rows(), "n")
        .into_tuple()
        .one(db)
        .await?;
    Ok(count.unwrap_or(0))
}

/// How a school kept its box between `from` and `until`; `None` when the school was not yet on
/// Ishenim by `until` (it is not counted at all).
pub fn openings_kept(
    created: NaiveDate,
    opened_on: &[NaiveDate],
    interval_months: i32,
    from: NaiveDate,
    until: NaiveDate,
) -> Option<OpeningsKept> {
    if created > until {
        return None;
    }
    Some(
        if !opened_as_required(created, opened_on, interval_months, from, until) {
            OpeningsKept::Overdue
        } else if opened_on.iter().any(|day| (from..=until).contains(day)) {
            OpeningsKept::AsRequired
        } else {
            OpeningsKept::NoneDue
        },
    )
}

/// Whether a box was never overdue between `from` and `until`: each opening came within the
/// interval of the one before (or of the school's start), and the last one's interval had
/// not run out by `until`.
pub fn opened_as_required(
    created: NaiveDate,
    opened_on: &[NaiveDate],
    interval_months: i32,
    from: NaiveDate,
    until: NaiveDate,
) -> bool {
    if created > until {
        return true;
    }
    let interval = Months::new(interval_months.max(1) as u32);
    let due_after = |day: NaiveDate| day.checked_add_months(interval).unwrap_or(day);
    let mut since = opened_on
        .iter()
        .copied()
        .filter(|day| *day < from)
        .max()
        .unwrap_or(created)
        .max(created);
    for day in opened_on.iter().copied().filter(|day| *day >= from) {
        if day > until {
            break;
        }
        if day > due_after(since) {
            return false;
        }
        since = day;
    }
    until <= due_after(since)
}

fn median(days: &mut [i64]) -> Option<f64> {
    if days.is_empty() {
        return None;
    }
    days.sort_unstable();
    let middle = days.len() / 2;
    Some(if days.len() % 2 == 0 {
        (days[middle - 1] + days[middle]) as f64 / 2.0
    } else {
        days[middle] as f64
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().expect("a date")
    }

    #[test]
    fn the_median_of_an_even_count_is_the_mean_of_the_middle_two() {
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [9, 1, 4]), Some(4.0));
        assert_eq!(median(&mut [1, 2, 10, 4]), Some(3.0));
    }

    #[test]
    fn a_box_opened_monthly_is_as_required_and_a_gap_is_not() {
        let created = day("2026-01-10");
        let (from, until) = (day("2026-10-01"), day("2026-10-31"));
        // Opened 20 September and 15 October: never overdue.
        assert!(opened_as_required(
            created,
            &[day("2026-09-20"), day("2026-10-15")],
            1,
            from,
            until
        ));
        // Last opened 20 September and not again in October: overdue from 21 October.
        assert!(!opened_as_required(
            created,
            &[day("2026-09-20")],
            1,
            from,
            until
        ));
        // The same with a two-month interval is fine.
        assert!(opened_as_required(
            created,
            &[day("2026-09-20")],
            2,
            from,
            until
        ));
        // Opened in October but only after being overdue since 1 October.
        assert!(!opened_as_required(
            created,
            &[day("2026-08-20"), day("2026-10-25")],
            1,
            from,
            until
        ));
        // A school created after the month has nothing to answer for.
        assert!(opened_as_required(day("2026-11-02"), &[], 1, from, until));
        // A school created mid-month is due a month after its start.
        assert!(opened_as_required(day("2026-10-10"), &[], 1, from, until));
    }

    #[test]
    fn a_month_without_an_opening_is_never_said_to_be_opened_as_required() {
        let (from, until) = (day("2026-10-01"), day("2026-10-31"));
        let kept = |created: &str, opened: &[&str], interval: i32| {
            let opened: Vec<NaiveDate> = opened.iter().map(|text| day(text)).collect();
            openings_kept(day(created), &opened, interval, from, until)
        };
        assert_eq!(
            kept("2026-01-10", &["2026-09-20", "2026-10-15"], 1),
            Some(OpeningsKept::AsRequired)
        );
        assert_eq!(
            kept("2026-01-10", &["2026-09-20"], 1),
            Some(OpeningsKept::Overdue)
        );
        // Not opened, and not due: a new school, a two-month interval.
        assert_eq!(kept("2026-10-10", &[], 1), Some(OpeningsKept::NoneDue));
        assert_eq!(
            kept("2026-01-10", &["2026-09-20"], 2),
            Some(OpeningsKept::NoneDue)
        );
        // An opening after the month does not count for it.
        assert_eq!(
            kept("2026-10-10", &["2026-11-02"], 1),
            Some(OpeningsKept::NoneDue)
        );
        // A school not yet on Ishenim in that month is not counted.
        assert_eq!(kept("2026-11-02", &[], 1), None);
    }
}
