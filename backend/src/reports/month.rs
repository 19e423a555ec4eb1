//! A calendar month of a school (`YYYY-MM`), counted in the school's time zone.

use std::fmt;

use chrono::{DateTime, Datelike, Months, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;

use crate::error::ApiError;

/// The day of the following month by which a report is to be published (clause 2.6).
pub const PUBLISH_BY_DAY: u32 = 5;

/// A calendar month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    first: NaiveDate,
}

impl Month {
    /// Reads `YYYY-MM`.
    pub fn parse(text: &str) -> Option<Month> {
        let (year, month) = text.split_once('-')?;
        if year.len() != 4 || month.len() != 2 {
            return None;
        }
        let first = NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, 1)?;
        (2000..=2100)
            .contains(&first.year())
            .then_some(Month { first })
    }

    /// Reads the `month` parameter of a request, with a clear error.
    pub fn from_param(text: &str) -> Result<Month, ApiError> {
        Month::parse(text).ok_or_else(|| {
            ApiError::invalid_field("month", "invalid_month", "the month must be YYYY-MM")
        })
    }

    /// The month a day falls in.
    pub fn of(day: NaiveDate) -> Month {
        Month {
            first: day.with_day(1).unwrap_or(day),
        }
    }

    pub fn first_day(self) -> NaiveDate {
        self.first
    }

    pub fn last_day(self) -> NaiveDate {
        self.next().first.pred_opt().unwrap_or(self.first)
    }

    pub fn next(self) -> Month {
        Month {
            first: self
                .first
                .checked_add_months(Months::new(1))
                .unwrap_or(self.first),
        }
    }

    pub fn previous(self) -> Month {
        Month {
            first: self
                .first
                .checked_sub_months(Months::new(1))
                .unwrap_or(self.first),
        }
    }

    pub fn year(self) -> i32 {
        self.first.year()
    }

    /// The day the report of this month is due.
    pub fn publish_by(self) -> NaiveDate {
        self.next()
            .first
            .with_day(PUBLISH_BY_DAY)
            .unwrap_or(self.first)
    }

    /// The instants the month starts and ends at in a time zone (end exclusive).
    pub fn instants(self, zone: Tz) -> (DateTime<Utc>, DateTime<Utc>) {
        (
            start_of(self.first, zone),
            start_of(self.next().first, zone),
        )
    }
}

fn start_of(day: NaiveDate, zone: Tz) -> DateTime<Utc> {
    let midnight = day.and_hms_opt(0, 0, 0).unwrap_or_default();
    zone.from_local_datetime(&midnight)
        .earliest()
        .map(|at| at.with_timezone(&Utc))
        .unwrap_or_else(|| Utc.from_utc_datetime(&midnight))
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.first.year(), self.first.month())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_parse_and_print() {
        let month = Month::parse("2026-02").expect("a month");
        assert_eq!(month.to_string(), "2026-02");
        assert_eq!(
            month.last_day(),
            NaiveDate::from_ymd_opt(2026, 2, 28).expect("day")
        );
        assert_eq!(month.previous().to_string(), "2026-01");
        assert_eq!(month.next().to_string(), "2026-03");
        assert_eq!(
            Month::parse("2026-12").expect("m").next().to_string(),
            "2027-01"
        );
        assert_eq!(
            month.publish_by(),
            NaiveDate::from_ymd_opt(2026, 3, 5).expect("day")
        );
        for bad in [
            "2026-13", "2026-2", "26-02", "2026/02", "", "1999-01", "2026-00x",
        ] {
            assert!(Month::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn a_month_starts_at_local_midnight() {
        let (start, end) = Month::parse("2026-10")
            .expect("m")
            .instants(chrono_tz::Asia::Bishkek);
        assert_eq!(start.to_rfc3339(), "2026-09-30T18:00:00+00:00");
        assert_eq!(end.to_rfc3339(), "2026-10-31T18:00:00+00:00");
    }
}
