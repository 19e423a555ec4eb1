//! Names and short labels (a staff member's name and position, a school's or a body's name, who
//! took a measure) are printed inside lines of other text: in the journal, the act, lists and
//! exports. A direction override or isolate character in one (U+202A–U+202E, U+2066–U+2069)
//! would reorder the rest of the printed line, so such a name is refused; the marks that only
//! hint a direction (U+200E, U+200F) stay allowed.
//!
//! Names, positions and the parents' narrative are given in each language that has one
//! ([`Names`], [`Positions`], [`Narratives`]); a language without a value of its own shows the
//! one in the school's language.

use entity::Localized;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::{Validate, ValidationError};

use crate::appeals::views::Language;
use crate::error::ApiError;

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

/// Declares a text in Kyrgyz, Russian and English, each optional and validated alike.
macro_rules! in_languages {
    (
        $(#[$doc:meta])*
        $name:ident, $what:literal, min = $min:tt, max = $max:tt,
        validate($($check:tt)*)
    ) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Validate, ToSchema)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            #[doc = concat!("In Kyrgyz: ", $what, ".")]
            #[serde(default)]
            #[validate($($check)*)]
            #[schema(min_length = $min, max_length = $max)]
            pub ky: Option<String>,
            #[doc = concat!("In Russian: ", $what, ".")]
            #[serde(default)]
            #[validate($($check)*)]
            #[schema(min_length = $min, max_length = $max)]
            pub ru: Option<String>,
            #[doc = concat!("In English: ", $what, ".")]
            #[serde(default)]
            #[validate($($check)*)]
            #[schema(min_length = $min, max_length = $max)]
            pub en: Option<String>,
        }

        impl From<&Localized> for $name {
            fn from(stored: &Localized) -> Self {
                $name {
                    ky: stored.get("ky").map(str::to_owned),
                    ru: stored.get("ru").map(str::to_owned),
                    en: stored.get("en").map(str::to_owned),
                }
            }
        }

        impl From<$name> for Localized {
            fn from(given: $name) -> Self {
                let mut values = Localized::default();
                values.set("ky", given.ky);
                values.set("ru", given.ru);
                values.set("en", given.en);
                values
            }
        }
    };
}

in_languages!(
    /// A school's or a district's name in each language that has one (`null` or absent: none
    /// of its own, the name in the school's language is shown).
    Names, "2 to 200 characters", min = 2, max = 200,
    validate(
        length(min = 2, max = 200, code = "length"),
        custom(function = "crate::http::names::no_direction_control")
    )
);

in_languages!(
    /// A staff member's position in each language that has one (`null` or absent: none of its
    /// own, the position in the school's language is shown).
    Positions, "1 to 200 characters", min = 1, max = 200,
    validate(
        length(min = 1, max = 200, code = "length"),
        custom(function = "crate::http::names::no_direction_control")
    )
);

in_languages!(
    /// The parents' narrative in each language that has one (`null` or absent: none of its
    /// own, the narrative in the school's language is shown).
    Narratives, "at most 20,000 characters", min = 0, max = 20000,
    validate(length(max = 20000, code = "length"))
);

/// `?lang=ky|ru|en`: the language to show names and texts in; the school's language when
/// absent.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LanguageQuery {
    /// `ky`, `ru` or `en`: the language of the page asking; absent, the school's language.
    pub lang: Option<Language>,
}

impl LanguageQuery {
    /// The language asked for, else `fallback` (the school's language).
    pub fn or<'a>(&self, fallback: &'a str) -> &'a str {
        match self.lang {
            Some(language) => language.code(),
            None => fallback,
        }
    }
}

/// The values of a text in languages that a request gives: `given` (every language; when
/// absent, the ones stored stay), with `single` — the one value older clients send — as the
/// value in `language` where `given` has none for it.
pub fn merged(
    single: Option<&str>,
    given: Option<Localized>,
    stored: &Localized,
    language: &str,
) -> Localized {
    let mut values = given.clone().unwrap_or_else(|| stored.clone());
    let given_in_language = given.as_ref().and_then(|given| given.get(language));
    if let (None, Some(single)) = (given_in_language, single) {
        values.set(language, Some(single.to_owned()));
    }
    values
}

/// The value in `language`, which a name must have (`required` on `{field}.{language}`).
pub fn required_in(values: &Localized, field: &str, language: &str) -> Result<String, ApiError> {
    values.get(language).map(str::to_owned).ok_or_else(|| {
        ApiError::invalid_field(
            &format!("{field}.{language}"),
            "required",
            "the value in the school's language is required",
        )
    })
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
