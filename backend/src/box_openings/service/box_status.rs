//! Whether a school's box is opened as often as its interval requires.

use chrono::{Months, NaiveDate};
use entity::school;

use crate::box_openings::store;
use crate::box_openings::views::BoxStatus;
use crate::calendar::today_in;
use crate::error::ApiError;
use crate::state::AppState;

/// The day a school's box must be opened by: its interval after the last opening (or after
/// the school's start, before the first).
pub fn box_due_by(school: &school::Model, last_opened_on: Option<NaiveDate>) -> NaiveDate {
    let zone = crate::calendar::zone_of(&school.time_zone);
    let since =
        last_opened_on.unwrap_or_else(|| school.created_at.with_timezone(&zone).date_naive());
    since
        .checked_add_months(Months::new(school.opening_interval_months.max(1) as u32))
        .unwrap_or(since)
}

/// Whether a school's box is opened as often as its interval requires, and — for those who
/// may know it (`sees_contents`: the director and the working group) — how many appeals
/// dropped before today wait in it. Today's drops count from tomorrow, so nobody can watch
/// the count rise at the minute a child pressed "send".
pub async fn box_status(
    state: &AppState,
    school: &school::Model,
    sees_contents: bool,
) -> Result<BoxStatus, ApiError> {
    let last = store::last_signed_opening(&state.db, school.id).await?;
    let zone = crate::calendar::zone_of(&school.time_zone);
    let last_opened_on = last
        .as_ref()
        .and_then(|opening| opening.signed_at)
        .map(|at| at.with_timezone(&zone).date_naive());
    let due_by = box_due_by(school, last_opened_on);
    let today = today_in(&school.time_zone);
    let (sealed_appeals, urgent_sealed_appeals) = if sees_contents {
        let (total, urgent) = store::sealed_counts(&state.db, school.id, today).await?;
        (Some(total), Some(urgent))
    } else {
        (None, None)
    };
    Ok(BoxStatus {
        school: school.slug.clone(),
        last_opened_on,
        due_by,
        overdue: today > due_by,
        sealed_appeals,
        urgent_sealed_appeals,
        opening_in_progress: store::active_opening(&state.db, school.id)
            .await?
            .map(|opening| opening.id),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn school(interval_months: i32) -> school::Model {
        school::Model {
            opening_interval_months: interval_months,
            // 20:00 UTC is already the next day in Bishkek (UTC+6).
            created_at: Utc.with_ymd_and_hms(2026, 1, 14, 20, 0, 0).unwrap(),
            ..crate::cases::fixtures::school()
        }
    }

    #[test]
    fn the_box_is_due_an_interval_after_the_last_opening() {
        assert_eq!(
            box_due_by(&school(1), Some(day("2026-03-10"))),
            day("2026-04-10")
        );
        assert_eq!(
            box_due_by(&school(3), Some(day("2026-03-10"))),
            day("2026-06-10")
        );
    }

    #[test]
    fn before_the_first_opening_the_interval_runs_from_the_schools_start_in_its_time_zone() {
        assert_eq!(box_due_by(&school(1), None), day("2026-02-15"));
    }

    #[test]
    fn a_month_longer_than_the_next_ends_on_its_last_day() {
        assert_eq!(
            box_due_by(&school(1), Some(day("2026-01-31"))),
            day("2026-02-28")
        );
    }

    #[test]
    fn an_interval_below_one_month_counts_as_one() {
        assert_eq!(
            box_due_by(&school(0), Some(day("2026-03-10"))),
            day("2026-04-10")
        );
    }
}
