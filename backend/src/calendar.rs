//! Days counted in the school's time zone (DESIGN.md §3: storage is UTC, days are local).

use chrono::{NaiveDate, Utc};
use chrono_tz::Tz;

/// Today in the given IANA time zone; `Asia/Bishkek` when the name is unknown.
pub fn today_in(time_zone: &str) -> NaiveDate {
    let zone: Tz = time_zone.parse().unwrap_or(chrono_tz::Asia::Bishkek);
    Utc::now().with_timezone(&zone).date_naive()
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
