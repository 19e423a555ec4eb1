//! Names and short labels (a staff member's name and position, a school's or a body's name, who
//! took a measure) are printed inside lines of other text: in the journal, the act, lists and
//! exports. A direction override or isolate character in one (U+202A–U+202E, U+2066–U+2069)
//! would reorder the rest of the printed line, so such a name is refused; the marks that only
//! hint a direction (U+200E, U+200F) stay allowed.

use validator::ValidationError;

/// The characters that override or isolate the direction of the text after them.
fn overrides_direction(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Validates a name: no direction override or isolate (`direction_control`).
pub fn no_direction_control(name: &str) -> Result<(), ValidationError> {
    if name.chars().any(overrides_direction) {
        let mut error = ValidationError::new("direction_control");
        error.message =
            Some("remove the invisible characters that change the text's direction".into());
        return Err(error);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_with_a_direction_override_is_refused_and_plain_names_pass() {
        for name in [
            "Айгүл Асанова",
            "Aigul Asanova",
            "Ахмед\u{200F}",
            "School No. 31",
        ] {
            assert!(no_direction_control(name).is_ok(), "{name}");
        }
        for name in [
            "\u{202E}rotceriD",
            "Aigul \u{2066}x\u{2069}",
            "\u{202A}a\u{202C}",
        ] {
            let error = no_direction_control(name).unwrap_err();
            assert_eq!(error.code, "direction_control");
        }
    }
}
