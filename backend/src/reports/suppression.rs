//! The small-count rule: a count from 1 to 2 could point at a child in a small school, so
//! outside the school it is shown as "<3".

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

#[cfg(test)]
mod tests {
    use super::*;

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
