//! The categories of the UN Convention on the Rights of the Child (DESIGN.md §2), plus
//! proposal, gratitude and other.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A category of an appeal; an appeal may carry several.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ToSchema,
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

/// Stores categories as sorted, unique, comma-separated codes.
pub fn join_categories(categories: &[AppealCategory]) -> String {
    let mut sorted = categories.to_vec();
    sorted.sort();
    sorted.dedup();
    sorted
        .iter()
        .map(|c| c.code())
        .collect::<Vec<_>>()
        .join(",")
}

/// Reads stored categories back.
pub fn split_categories(stored: &str) -> Vec<AppealCategory> {
    stored
        .split(',')
        .filter_map(AppealCategory::from_code)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_round_trip_through_storage() {
        let stored = join_categories(&[
            AppealCategory::Education,
            AppealCategory::ProtectionFromViolence,
            AppealCategory::Education,
        ]);
        assert_eq!(stored, "protection_from_violence,education");
        assert_eq!(
            split_categories(&stored),
            vec![
                AppealCategory::ProtectionFromViolence,
                AppealCategory::Education
            ]
        );
        assert!(split_categories("").is_empty());
    }
}
