//! The small-count rule: a count from 1 to 2 could point at a child in a small school, so
//! outside the school it is shown as "<3". A hidden count must not come back by subtraction
//! either: where a total and one of its parts are shown and the other part (not shown) is 1 or
//! 2, the shown part is hidden too, as "—".

use super::views::ShownCount;

/// Counts below this, except 0, are hidden.
pub const SMALLEST_SHOWN: i64 = 3;

/// A count as it may be shown outside the school.
pub fn shown(count: i64) -> ShownCount {
    if count > 0 && count < SMALLEST_SHOWN {
        ShownCount {
            count: None,
            shown: format!("<{SMALLEST_SHOWN}"),
        }
    } else {
        ShownCount {
            count: Some(count),
            shown: count.to_string(),
        }
    }
}

/// What is printed for a count hidden so that a small one cannot be worked out from a total.
pub const HIDDEN_FOR_ANOTHER: &str = "—";

/// `part` as it may be shown beside `total`, when the rest of the total (`total − part`) is
/// not shown: hidden when that rest is from 1 to 2 and both would be shown, since the reader
/// would subtract.
pub fn shown_beside_total(total: &ShownCount, part: ShownCount) -> ShownCount {
    match (total.count, part.count) {
        (Some(total), Some(shown_part)) if (1..SMALLEST_SHOWN).contains(&(total - shown_part)) => {
            ShownCount {
                count: None,
                shown: HIDDEN_FOR_ANOTHER.to_owned(),
            }
        }
        _ => part,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_is_hidden_when_the_total_would_give_a_small_rest_away() {
        // 10 answered, 9 in time: one late answer would be worked out.
        let hidden = shown_beside_total(&shown(10), shown(9));
        assert_eq!(hidden.count, None);
        assert_eq!(hidden.shown, HIDDEN_FOR_ANOTHER);
        assert_eq!(shown_beside_total(&shown(10), shown(8)).count, None);
        // A rest of 0 or of 3 and more tells nothing hidden.
        assert_eq!(shown_beside_total(&shown(10), shown(10)).count, Some(10));
        assert_eq!(shown_beside_total(&shown(10), shown(7)).count, Some(7));
        // A hidden total or a hidden part already gives nothing away.
        assert_eq!(shown_beside_total(&shown(2), shown(0)).count, Some(0));
        assert_eq!(shown_beside_total(&shown(4), shown(2)).shown, "<3");
    }

    #[test]
    fn ones_and_twos_are_hidden_and_the_rest_shown() {
        assert_eq!(shown(0).shown, "0");
        assert_eq!(shown(0).count, Some(0));
        for small in [1, 2] {
            assert_eq!(shown(small).shown, "<3");
            assert_eq!(shown(small).count, None);
        }
        assert_eq!(shown(3).count, Some(3));
        assert_eq!(shown(250).shown, "250");
    }
}
