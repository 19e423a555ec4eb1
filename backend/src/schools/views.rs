//! Response types of schools.

use chrono::NaiveDate;
use entity::school;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;
use validator::Validate;

use crate::http::names::Names;

/// A school and the settings of its trust-box process.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct SchoolView {
    pub id: Uuid,
    pub slug: String,
    /// The name in the school's language (`settings.default_language`), shown to a language
    /// without a name of its own.
    pub name: String,
    /// The name in each language that has one.
    pub names: Names,
    pub district_id: Uuid,
    pub settings: SchoolSettings,
}

/// The settings of a school's trust-box process.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct SchoolSettings {
    /// How many working-group members must confirm an opening.
    pub opening_quorum: i32,
    /// The box is opened at least once per this many months.
    pub opening_interval_months: i32,
    /// Answer deadline for signed appeals, in working days.
    pub answer_deadline_working_days: i32,
    /// The school's answer target for anonymous appeals, in working days.
    pub anonymous_target_working_days: i32,
    /// `ky`, `ru` or `en`.
    pub default_language: String,
    /// IANA time zone, e.g. `Asia/Bishkek`.
    pub time_zone: String,
    /// Years after closing that an appeal's content and writer are kept, then erased.
    pub retention_years: i32,
}

impl From<school::Model> for SchoolView {
    fn from(school: school::Model) -> Self {
        SchoolView {
            id: school.id,
            slug: school.slug,
            name: school.name,
            names: Names::from(&school.names),
            district_id: school.district_id,
            settings: SchoolSettings {
                opening_quorum: school.opening_quorum,
                opening_interval_months: school.opening_interval_months,
                answer_deadline_working_days: school.answer_deadline_working_days,
                anonymous_target_working_days: school.anonymous_target_working_days,
                default_language: school.default_language,
                time_zone: school.time_zone,
                retention_years: school.retention_years,
            },
        }
    }
}

/// What the public page of a school's box shows.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct PublicSchool {
    pub slug: String,
    /// The name in the language asked for (`?lang=`), else in the school's language.
    pub name: String,
    /// The name in each language that has one: a page that changes its language shows
    /// `names[lang]`, else `name` as answered without `?lang=` (the school's language).
    pub names: Names,
    /// The district's name in the language asked for, else its default name.
    pub district_name: String,
    /// The district's name in each language that has one.
    pub district_names: Names,
    /// `ky`, `ru` or `en`.
    pub default_language: String,
    /// The school's IANA time zone: its pages print every time in it, whatever the device's.
    pub time_zone: String,
    pub opening_interval_months: i32,
    pub answer_deadline_working_days: i32,
    pub anonymous_target_working_days: i32,
    /// Where to get help right now: shown on every public page, first when a child is in
    /// danger.
    pub helplines: Vec<crate::districts::helplines::Helpline>,
    /// The fingerprint of the box key appeals are sealed to (printed on the poster, so a
    /// swapped key is seen); `null` while the box is not yet sealed to the working group.
    pub box_key_fingerprint: Option<String>,
}

/// A word a school added to its screening lists or allowed through them.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct SchoolWordView {
    pub id: Uuid,
    pub word: String,
    pub rule: entity::school_word::WordRule,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

/// A word to add to, or allow in, the school's screening.
#[derive(Debug, Deserialize, Serialize, validator::Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewSchoolWord {
    #[validate(length(min = 2, max = 64, message = "a word has 2 to 64 characters"))]
    #[schema(min_length = 2, max_length = 64)]
    pub word: String,
    pub rule: entity::school_word::WordRule,
}

/// A public holiday of the school's calendar.
#[derive(Debug, Clone, Deserialize, Serialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Holiday {
    pub day: NaiveDate,
    #[validate(length(min = 1, max = 100, message = "the name: 1 to 100 characters"))]
    #[schema(min_length = 1, max_length = 100)]
    pub name: String,
}

/// The school's public holidays: deadlines skip them.
#[derive(Debug, Deserialize, Serialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct HolidayList {
    #[validate(nested, length(max = 200, message = "at most 200 holidays"))]
    #[schema(max_items = 200)]
    pub holidays: Vec<Holiday>,
}

/// A school's settings as changed by its administration.
#[derive(Debug, Deserialize, Serialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SchoolSettingsChange {
    /// The name in the school's language (`default_language`), for clients that send one
    /// name; `names` is preferred and wins where both give that language.
    #[validate(
        length(min = 2, max = 200, code = "length"),
        custom(function = "crate::http::names::no_direction_control")
    )]
    #[schema(min_length = 2, max_length = 200)]
    #[serde(default)]
    pub name: Option<String>,
    /// The name in each language: the school's language is required (here or in `name`),
    /// the others optional. Replaces every stored name; absent, the names in the other
    /// languages stay as they are.
    #[validate(nested)]
    #[serde(default)]
    pub names: Option<Names>,
    /// Working-group members who must confirm an opening (2 to 9).
    #[validate(range(min = 2, max = 9, code = "range"))]
    #[schema(minimum = 2, maximum = 9)]
    #[serde(deserialize_with = "crate::http::json::whole_number")]
    pub opening_quorum: i32,
    /// The box is opened at least once per this many months (1 to 3).
    #[validate(range(min = 1, max = 3, code = "range"))]
    #[schema(minimum = 1, maximum = 3)]
    #[serde(deserialize_with = "crate::http::json::whole_number")]
    pub opening_interval_months: i32,
    /// Answer deadline of signed appeals in working days (the law's 14 at most).
    #[validate(range(min = 1, max = 14, code = "range"))]
    #[schema(minimum = 1, maximum = 14)]
    #[serde(deserialize_with = "crate::http::json::whole_number")]
    pub answer_deadline_working_days: i32,
    #[validate(range(min = 1, max = 30, code = "range"))]
    #[schema(minimum = 1, maximum = 30)]
    #[serde(deserialize_with = "crate::http::json::whole_number")]
    pub anonymous_target_working_days: i32,
    /// `ky`, `ru` or `en`.
    #[schema(pattern = "^(ky|ru|en)$")]
    pub default_language: String,
    /// An IANA time zone, e.g. `Asia/Bishkek`.
    pub time_zone: String,
    /// Years after closing that an appeal's content and writer are kept (1 to 25).
    #[validate(range(min = 1, max = 25, code = "range"))]
    #[schema(minimum = 1, maximum = 25)]
    #[serde(deserialize_with = "crate::http::json::whole_number")]
    pub retention_years: i32,
}

/// A new school of the district and its first director.
#[derive(Debug, Deserialize, Serialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewDistrictSchool {
    /// Lowercase letters, digits and `-`: the address of its public page, `/s/{slug}`.
    #[validate(length(min = 3, max = 64, code = "length"))]
    #[schema(min_length = 3, max_length = 64, pattern = r"^[a-z0-9-]+$")]
    pub slug: String,
    /// The name in the school's language (`default_language`), for clients that send one
    /// name; `names` is preferred and wins where both give that language.
    #[validate(
        length(min = 2, max = 200, code = "length"),
        custom(function = "crate::http::names::no_direction_control")
    )]
    #[schema(min_length = 2, max_length = 200)]
    #[serde(default)]
    pub name: Option<String>,
    /// The name in each language: the school's language is required (here or in `name`),
    /// the others optional.
    #[validate(nested)]
    #[serde(default)]
    pub names: Option<Names>,
    /// `ky`, `ru` or `en`.
    #[schema(pattern = "^(ky|ru|en)$")]
    pub default_language: String,
    /// An IANA time zone; `Asia/Bishkek` when absent.
    pub time_zone: Option<String>,
    #[validate(nested)]
    pub director: crate::staff::views::NewStaffMember,
}

/// The school and its director's first password, shown this once.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct CreatedSchool {
    pub school: SchoolView,
    pub director: crate::staff::views::StaffView,
    pub initial_password: String,
}
