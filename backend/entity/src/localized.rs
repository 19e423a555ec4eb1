//! A text given in each of the three languages that has one — a school's or a district's name,
//! a staff member's position, a monthly report's narrative — stored as a JSON object of
//! language codes (`{"ky":"…","ru":"…"}`). A language without a value of its own shows the
//! default beside it (the value in the school's language).

use sea_orm::entity::prelude::*;
use sea_orm::sea_query::{ArrayType, ColumnType, Nullable, ValueType, ValueTypeErr};
use sea_orm::{QueryResult, TryGetError, TryGetable};
use serde::{Deserialize, Serialize};

/// The language codes a text may be given in, in the order forms show them.
pub const LANGUAGES: [&str; 3] = ["ky", "ru", "en"];

/// A text in Kyrgyz, Russian and English, each optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Localized {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ky: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ru: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

impl Localized {
    /// A text in one language only.
    pub fn only(language: &str, value: &str) -> Self {
        let mut localized = Localized::default();
        localized.set(language, Some(value.to_owned()));
        localized
    }

    fn slot(&self, language: &str) -> Option<&Option<String>> {
        match language {
            "ky" => Some(&self.ky),
            "ru" => Some(&self.ru),
            "en" => Some(&self.en),
            _ => None,
        }
    }

    /// The value given in a language (`ky`, `ru` or `en`), if any.
    pub fn get(&self, language: &str) -> Option<&str> {
        self.slot(language)?
            .as_deref()
            .filter(|value| !value.trim().is_empty())
    }

    /// Sets (or, with `None` or a blank text, removes) the value of a language; a code other
    /// than `ky`, `ru` or `en` changes nothing.
    pub fn set(&mut self, language: &str, value: Option<String>) {
        let value = value
            .map(|value| value.trim().to_owned())
            .filter(|value| !value.is_empty());
        match language {
            "ky" => self.ky = value,
            "ru" => self.ru = value,
            "en" => self.en = value,
            _ => {}
        }
    }

    /// The text shown to a reader of `language`: its own value, else `default`.
    pub fn shown<'a>(&'a self, language: &str, default: &'a str) -> &'a str {
        self.get(language).unwrap_or(default)
    }

    /// Whether no language has a value.
    pub fn is_empty(&self) -> bool {
        LANGUAGES
            .iter()
            .all(|language| self.get(language).is_none())
    }

    /// The stored form: a JSON object of the languages that have a value.
    fn stored(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".to_owned())
    }

    /// Reads the stored form; a language this version does not know is left out.
    fn parse(stored: &str) -> Result<Self, serde_json::Error> {
        if stored.trim().is_empty() {
            return Ok(Localized::default());
        }
        serde_json::from_str(stored)
    }
}

impl From<Localized> for Value {
    fn from(localized: Localized) -> Self {
        Value::String(Some(Box::new(localized.stored())))
    }
}

impl TryGetable for Localized {
    fn try_get_by<I: sea_orm::ColIdx>(result: &QueryResult, index: I) -> Result<Self, TryGetError> {
        let stored = String::try_get_by(result, index)?;
        Localized::parse(&stored).map_err(|error| {
            TryGetError::DbErr(DbErr::Type(format!("stored text in languages: {error}")))
        })
    }
}

impl ValueType for Localized {
    fn try_from(value: Value) -> Result<Self, ValueTypeErr> {
        match value {
            Value::String(Some(stored)) => Localized::parse(&stored).map_err(|_| ValueTypeErr),
            _ => Err(ValueTypeErr),
        }
    }

    fn type_name() -> String {
        "Localized".to_owned()
    }

    fn array_type() -> ArrayType {
        ArrayType::String
    }

    fn column_type() -> ColumnType {
        ColumnType::Text
    }
}

impl Nullable for Localized {
    fn null() -> Value {
        Value::String(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_in_languages_round_trips_and_falls_back() {
        let mut names = Localized::only("ky", "№31 Ынтымак мектеби");
        names.set("ru", Some("  Школа №31 «Ынтымак» ".to_owned()));
        names.set("en", Some("   ".to_owned()));
        let stored = names.stored();
        assert_eq!(
            stored,
            r#"{"ky":"№31 Ынтымак мектеби","ru":"Школа №31 «Ынтымак»"}"#
        );
        let read = Localized::parse(&stored).unwrap();
        assert_eq!(read, names);
        assert_eq!(read.shown("ru", "x"), "Школа №31 «Ынтымак»");
        assert_eq!(read.shown("en", "fallback"), "fallback");
        assert_eq!(read.shown("de", "fallback"), "fallback");
        assert!(Localized::parse("{}").unwrap().is_empty());
        assert!(Localized::parse("").unwrap().is_empty());
        assert!(
            Localized::parse(r#"{"ky":"a","uz":"b"}"#)
                .unwrap()
                .get("ky")
                == Some("a")
        );
        assert!(Localized::parse("not json").is_err());
    }
}
