//! Days counted in the school's time zone (DESIGN.md §3: storage is UTC, days are local), and
//! working days for deadlines: weekends and the school's public holidays do not count.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate, Utc, Weekday};
use chrono_tz::Tz;

/// An IANA time zone by name; `Asia/Bishkek` when the name is unknown.
pub fn zone_of(time_zone: &str) -> Tz {
    time_zone.parse().unwrap_or(chrono_tz::Asia::Bishkek)
}

/// Today in the given IANA time zone; `Asia/Bishkek` when the name is unknown.
pub fn today_in(time_zone: &str) -> NaiveDate {
    Utc::now().with_timezone(&zone_of(time_zone)).date_naive()
}

/// A school's public holidays.
pub type Holidays = BTreeSet<NaiveDate>;

/// Whether a day is a working day: Monday to Friday and not a holiday.
pub fn is_working_day(day: NaiveDate, holidays: &Holidays) -> bool {
    !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) && !holidays.contains(&day)
}

/// The day on which `working_days` working days after `start` have passed: the deadline of
/// something registered on `start`.
pub fn add_working_days(start: NaiveDate, working_days: u32, holidays: &Holidays) -> NaiveDate {
    let mut day = start;
    let mut left = working_days;
    while left > 0 {
        match day.succ_opt() {
            Some(next) => day = next,
            None => return day,
        }
        if is_working_day(day, holidays) {
            left -= 1;
        }
    }
    day
}

/// Working days after `from` up to and including `to`; negative when `to` is earlier.
pub fn working_days_between(from: NaiveDate, to: NaiveDate, holidays: &Holidays) -> i64 {
    let (start, end, sign) = if from <= to {
        (from, to, 1)
    } else {
        (to, from, -1)
    };
    let count = start
        .iter_days()
        .skip(1)
        .take_while(|day| *day <= end)
        .filter(|day| is_working_day(*day, holidays))
        .count() as i64;
    sign * count
}

/// The public holidays of the Kyrgyz Republic that fall on a fixed date (Labour Code, art.
/// 113). Orozo Ait and Kurman Ait move with the lunar calendar: a school adds them each year.
pub fn fixed_national_holidays(year: i32) -> Vec<(NaiveDate, &'static str)> {
    [
        (1, 1, "New Year"),
        (1, 7, "Orthodox Christmas"),
        (2, 23, "Defender of the Fatherland Day"),
        (3, 8, "International Women's Day"),
        (3, 21, "Nooruz"),
        (4, 7, "Day of the People's April Revolution"),
        (5, 1, "International Workers' Day"),
        (5, 5, "Constitution Day"),
        (5, 9, "Victory Day"),
        (8, 31, "Independence Day"),
        (11, 7, "Days of History and Memory of Ancestors"),
        (11, 8, "Days of History and Memory of Ancestors"),
    ]
    .into_iter()
    .filter_map(|(month, day, name)| Some((NaiveDate::from_ymd_opt(year, month, day)?, name)))
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn bishkek_is_ahead_of_utc() {
        let bishkek = today_in("Asia/Bishkek");
        let utc = Utc::now().date_naive();
        assert!(bishkek == utc || bishkek == utc.succ_opt().unwrap());
    }

    #[test]
    fn an_unknown_zone_falls_back_to_bishkek() {
        assert_eq!(today_in("Mars/Olympus"), today_in("Asia/Bishkek"));
    }

    #[test]
    fn fourteen_working_days_skip_two_weekends() {
        // Monday 2026-11-02 + 14 working days = Friday 2026-11-20.
        assert_eq!(
            add_working_days(day("2026-11-02"), 14, &Holidays::new()),
            day("2026-11-20")
        );
    }

    #[test]
    fn holidays_push_the_deadline() {
        let holidays: Holidays = fixed_national_holidays(2026)
            .into_iter()
            .map(|(day, _)| day)
            .collect();
        // Friday 2026-11-06 + 1 working day: Sat, Sun, then Mon 9th (7th and 8th are a
        // weekend anyway) — and with the 9th a holiday, Tuesday the 10th.
        assert_eq!(
            add_working_days(day("2026-11-06"), 1, &holidays),
            day("2026-11-09")
        );
        let mut with_monday = holidays.clone();
        with_monday.insert(day("2026-11-09"));
        assert_eq!(
            add_working_days(day("2026-11-06"), 1, &with_monday),
            day("2026-11-10")
        );
    }

    #[test]
    fn a_deadline_from_a_friday_starts_on_monday() {
        assert_eq!(
            add_working_days(day("2026-11-27"), 1, &Holidays::new()),
            day("2026-11-30")
        );
    }

    #[test]
    fn working_days_between_counts_both_ways() {
        let none = Holidays::new();
        assert_eq!(
            working_days_between(day("2026-11-27"), day("2026-11-30"), &none),
            1
        );
        assert_eq!(
            working_days_between(day("2026-11-30"), day("2026-11-27"), &none),
            -1
        );
        assert_eq!(
            working_days_between(day("2026-11-30"), day("2026-11-30"), &none),
            0
        );
    }

    #[test]
    fn there_are_twelve_fixed_holidays() {
        assert_eq!(fixed_national_holidays(2027).len(), 12);
    }
}
