//! Where a child can get help right now: the helplines every public page shows (issue:
//! "help on every page"). A district may edit its list; without one, the national numbers
//! apply: the free 24/7 children's helpline 111, police 102 and emergencies 112.

use entity::district;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::error::ApiError;

/// At most this many helplines per district: a phone screen shows them all.
pub const MAX_HELPLINES: usize = 6;

/// A number to call for help, named in the three languages of the box.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Helpline {
    /// What a phone dials: digits, optionally a leading `+`, spaces or hyphens (`111`,
    /// `+996 312 62 12 12`).
    #[schema(example = "111")]
    pub number: String,
    #[schema(example = "Балдардын ишеним телефону (акысыз, 24/7)")]
    pub label_ky: String,
    #[schema(example = "Детский телефон доверия (бесплатно, 24/7)")]
    pub label_ru: String,
    #[schema(example = "Children's helpline (free, 24/7)")]
    pub label_en: String,
}

/// The national numbers, shown where a district has not set its own.
#[must_use]
pub fn national_helplines() -> Vec<Helpline> {
    let line = |number: &str, ky: &str, ru: &str, en: &str| Helpline {
        number: number.to_owned(),
        label_ky: ky.to_owned(),
        label_ru: ru.to_owned(),
        label_en: en.to_owned(),
    };
    vec![
        line(
            "111",
            "Балдардын ишеним телефону (акысыз, 24/7)",
            "Детский телефон доверия (бесплатно, 24/7)",
            "Children's helpline (free, 24/7)",
        ),
        line("102", "Милиция", "Милиция", "Police"),
        line(
            "112",
            "Тез жардам кызматы",
            "Экстренные службы",
            "Emergencies",
        ),
    ]
}

/// The district's helplines, or the national ones when it has none (or its stored list
/// cannot be read, which never hides help from a child).
#[must_use]
pub fn helplines_of(district: &district::Model) -> Vec<Helpline> {
    district
        .helplines
        .as_deref()
        .and_then(|stored| serde_json::from_str::<Vec<Helpline>>(stored).ok())
        .filter(|lines| !lines.is_empty())
        .unwrap_or_else(national_helplines)
}

/// Checks a district's new list and trims it; the error names the first bad field.
pub fn checked(lines: Vec<Helpline>) -> Result<Vec<Helpline>, ApiError> {
    if lines.is_empty() || lines.len() > MAX_HELPLINES {
        return Err(ApiError::invalid_field(
            "helplines",
            "length",
            &format!("between 1 and {MAX_HELPLINES} helplines"),
        ));
    }
    lines
        .into_iter()
        .enumerate()
        .map(|(index, line)| {
            let number = line.number.trim().to_owned();
            let digits = number.chars().filter(char::is_ascii_digit).count();
            let allowed = number
                .chars()
                .enumerate()
                .all(|(at, c)| c.is_ascii_digit() || c == ' ' || c == '-' || (c == '+' && at == 0));
            if !allowed || !(2..=15).contains(&digits) {
                return Err(ApiError::invalid_field(
                    &format!("helplines[{index}].number"),
                    "phone",
                    "a number of 2 to 15 digits, with an optional leading + and spaces",
                ));
            }
            let label = |field: &str, text: String| {
                let text = text.trim().to_owned();
                let length = text.chars().count();
                if (1..=80).contains(&length) && !text.chars().any(char::is_control) {
                    Ok(text)
                } else {
                    Err(ApiError::invalid_field(
                        &format!("helplines[{index}].{field}"),
                        "length",
                        "a label of 1 to 80 characters",
                    ))
                }
            };
            Ok(Helpline {
                number,
                label_ky: label("label_ky", line.label_ky)?,
                label_ru: label("label_ru", line.label_ru)?,
                label_en: label("label_en", line.label_en)?,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_national_numbers_pass_their_own_check() {
        assert_eq!(checked(national_helplines()).unwrap(), national_helplines());
    }

    #[test]
    fn letters_in_a_number_are_refused() {
        let mut lines = national_helplines();
        lines[1].number = "call 102".into();
        assert!(checked(lines).is_err());
    }

    #[test]
    fn an_empty_or_unreadable_stored_list_falls_back_to_the_national_numbers() {
        let mut district = district::Model {
            id: uuid::Uuid::nil(),
            slug: "d".into(),
            name: "D".into(),
            created_at: chrono::Utc::now(),
            two_factor_required: false,
            helplines: Some("[]".into()),
            holds_box_share: true,
            group_two_factor_required: false,
            names: Default::default(),
        };
        assert_eq!(helplines_of(&district), national_helplines());
        district.helplines = Some("not json".into());
        assert_eq!(helplines_of(&district), national_helplines());
    }
}
