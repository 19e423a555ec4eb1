//! The categories of an appeal: those of the UN Convention on the Rights of the Child
//! (DESIGN.md §2), plus proposal, gratitude and other; stored as a JSON list of their codes.

use sea_orm::entity::prelude::*;
use sea_orm::sea_query::{ArrayType, ColumnType, Nullable, ValueType, ValueTypeErr};
use sea_orm::{QueryResult, TryGetError, TryGetable};
use serde::{Deserialize, Serialize};

/// A category of an appeal; an appeal may carry several.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum AppealCategory {
    /// Art. 2.
    NonDiscrimination,
    /// Art. 3.
    BestInterests,
    /// Art. 12.
    RightToBeHeard,
    /// Art. 13.
    FreedomOfExpression,
    /// Art. 14.
    FreedomOfThought,
    /// Art. 16.
    Privacy,
    /// Art. 19.
    ProtectionFromViolence,
    /// Art. 20.
    AlternativeCare,
    /// Art. 23.
    Disability,
    /// Art. 24.
    Health,
    /// Art. 27.
    StandardOfLiving,
    /// Art. 28.
    Education,
    /// Art. 29.
    AimsOfEducation,
    /// Art. 31.
    LeisureAndPlay,
    /// Art. 32.
    ChildLabour,
    /// Art. 33.
    Drugs,
    /// Art. 34.
    SexualExploitation,
    /// Art. 35 and 36.
    OtherExploitation,
    /// Art. 37.
    DetentionAndPunishment,
    /// Art. 39.
    Recovery,
    Proposal,
    Gratitude,
    Other,
}

impl AppealCategory {
    /// The snake_case code as stored.
    pub fn code(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|value| value.as_str().map(str::to_owned))
            .unwrap_or_default()
    }

    /// Parses a stored code.
    pub fn from_code(code: &str) -> Option<AppealCategory> {
        serde_json::from_value(serde_json::Value::String(code.to_owned())).ok()
    }
}

/// The categories of one appeal: sorted, each once.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Categories(Vec<AppealCategory>);

impl Categories {
    /// The given categories, sorted and each once.
    pub fn new(categories: &[AppealCategory]) -> Self {
        let mut sorted = categories.to_vec();
        sorted.sort();
        sorted.dedup();
        Categories(sorted)
    }

    /// The categories, in their order.
    pub fn to_vec(&self) -> Vec<AppealCategory> {
        self.0.clone()
    }

    pub fn iter(&self) -> impl Iterator<Item = AppealCategory> + '_ {
        self.0.iter().copied()
    }

    /// The stored form: a JSON list of codes.
    fn stored(&self) -> String {
        serde_json::to_string(&self.0).unwrap_or_else(|_| "[]".to_owned())
    }

    /// Reads the stored form; a code this version does not know is left out.
    fn parse(stored: &str) -> Result<Self, serde_json::Error> {
        let codes: Vec<String> = serde_json::from_str(stored)?;
        Ok(Categories(
            codes
                .iter()
                .filter_map(|code| AppealCategory::from_code(code))
                .collect(),
        ))
    }
}

impl From<Categories> for Value {
    fn from(categories: Categories) -> Self {
        Value::String(Some(Box::new(categories.stored())))
    }
}

impl TryGetable for Categories {
    fn try_get_by<I: sea_orm::ColIdx>(result: &QueryResult, index: I) -> Result<Self, TryGetError> {
        let stored = String::try_get_by(result, index)?;
        Categories::parse(&stored)
            .map_err(|error| TryGetError::DbErr(DbErr::Type(format!("stored categories: {error}"))))
    }
}

impl ValueType for Categories {
    fn try_from(value: Value) -> Result<Self, ValueTypeErr> {
        match value {
            Value::String(Some(stored)) => Categories::parse(&stored).map_err(|_| ValueTypeErr),
            _ => Err(ValueTypeErr),
        }
    }

    fn type_name() -> String {
        "Categories".to_owned()
    }

    fn array_type() -> ArrayType {
        ArrayType::String
    }

    fn column_type() -> ColumnType {
        ColumnType::String(sea_orm::sea_query::StringLen::N(1000))
    }
}

impl Nullable for Categories {
    fn null() -> Value {
        Value::String(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_round_trip_through_storage() {
        let categories = Categories::new(&[
            AppealCategory::Education,
            AppealCategory::ProtectionFromViolence,
            AppealCategory::Education,
        ]);
        let stored = categories.stored();
        assert_eq!(stored, r#"["protection_from_violence","education"]"#);
        assert_eq!(
            Categories::parse(&stored).unwrap().to_vec(),
            vec![
                AppealCategory::ProtectionFromViolence,
                AppealCategory::Education
            ]
        );
        assert!(Categories::parse("[]").unwrap().to_vec().is_empty());
        assert!(Categories::parse("education,privacy").is_err());
    }
}
