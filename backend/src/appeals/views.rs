//! Request and response types of appeals.

use chrono::NaiveDate;
use entity::appeal::{AppealStatus, Channel};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;
use validator::Validate;

use super::category::AppealCategory;

/// Who a signed writer is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum WriterKind {
    Student,
    Parent,
    Citizen,
    Staff,
}

/// The language of the writer's pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema, Default)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    #[default]
    Ky,
    Ru,
    En,
}

impl Language {
    pub const ALL: [Language; 3] = [Language::Ky, Language::Ru, Language::En];

    /// The two-letter code.
    pub fn code(self) -> &'static str {
        match self {
            Language::Ky => "ky",
            Language::Ru => "ru",
            Language::En => "en",
        }
    }

    /// The language a two-letter code names, as stored on an appeal.
    pub fn from_code(code: &str) -> Option<Language> {
        match code {
            "ky" => Some(Language::Ky),
            "ru" => Some(Language::Ru),
            "en" => Some(Language::En),
            _ => None,
        }
    }
}

/// A signed writer and how to answer them.
#[derive(Debug, Clone, Serialize, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Submitter {
    #[validate(
        length(min = 1, max = 200, message = "the name must have 1 to 200 characters"),
        custom(function = "crate::http::names::no_direction_control")
    )]
    #[schema(min_length = 1, max_length = 200)]
    pub name: String,
    #[validate(length(
        min = 5,
        max = 32,
        message = "the phone number must have 5 to 32 characters"
    ))]
    #[schema(min_length = 5, max_length = 32)]
    #[serde(default)]
    pub phone: Option<String>,
    #[validate(email(message = "the e-mail address is not valid"), length(max = 254))]
    #[schema(max_length = 254, format = Email)]
    #[serde(default)]
    pub email: Option<String>,
    pub kind: WriterKind,
    /// The class of a student, e.g. `7B`.
    #[validate(length(max = 16, message = "the class has at most 16 characters"))]
    #[schema(max_length = 16)]
    #[serde(default)]
    pub class_name: Option<String>,
}

/// An appeal dropped into a school's box.
#[derive(Debug, Deserialize, Serialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SubmitAppeal {
    /// The school's slug.
    #[schema(example = "school-31")]
    pub school: String,
    /// 1 to 10,000 characters, at least one of them visible.
    #[schema(
        min_length = 1,
        max_length = 10000,
        pattern = r"^[^\x00]*[^\s\x00-\x1f\x7f-\x9f\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff][^\x00]*$"
    )]
    pub text: String,
    pub anonymous: bool,
    /// Required for a signed appeal, absent for an anonymous one.
    #[validate(nested)]
    #[serde(default)]
    pub submitter: Option<Submitter>,
    #[serde(default)]
    #[validate(length(max = 23, message = "too many categories"))]
    #[schema(max_items = 23)]
    pub categories: Vec<AppealCategory>,
    #[serde(default)]
    pub language: Option<Language>,
    /// The writer's answer to "Are you in danger now, or is someone hurting you?": `true`
    /// makes the appeal urgent whatever its words; absent when not answered.
    #[serde(default)]
    pub in_danger: Option<bool>,
    /// The files sent with it, as taken by `POST /schools/{slug}/files` (5 at most).
    #[serde(default)]
    #[schema(max_items = 5)]
    pub files: Vec<Uuid>,
}

/// What the writer gets back: the receipt, shown once, and what happens next.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct AppealReceipt {
    /// 16 digits in groups of four: the only way back to the appeal.
    #[schema(example = "1234-5678-9012-3456")]
    pub receipt: String,
    pub status: AppealStatus,
    /// Danger signals were found, or the writer said they are in danger: the director and
    /// the working group have been alerted.
    pub urgent: bool,
    /// The day it was dropped, in the school's time zone.
    pub submitted_on: NaiveDate,
    /// The box is opened at least once per this many months.
    pub opening_interval_months: i32,
    /// The answer is due within this many working days of registration.
    pub answer_within_working_days: i32,
}

/// A receipt typed in by the writer.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TrackRequest {
    /// 16 digits; spaces and `-` between them are ignored.
    #[schema(example = "1234-5678-9012-3456")]
    #[schema(max_length = 64, pattern = r"^[ \u00a0-]*([0-9][ \u00a0-]*){16}$")]
    pub receipt: String,
}

/// The status of an appeal as the writer sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum WriterStatus {
    /// In the box, waiting for the next opening.
    Sealed,
    /// Registered in the journal.
    Registered,
    /// The competent official is working on it.
    InProgress,
    Answered,
    Closed,
    /// Not accepted at the opening.
    NotAccepted,
}

impl From<AppealStatus> for WriterStatus {
    fn from(status: AppealStatus) -> Self {
        match status {
            // An opening in progress is still the box to the writer.
            AppealStatus::Sealed | AppealStatus::Retrieved => WriterStatus::Sealed,
            AppealStatus::Registered => WriterStatus::Registered,
            AppealStatus::Assigned => WriterStatus::InProgress,
            AppealStatus::Answered => WriterStatus::Answered,
            AppealStatus::Closed => WriterStatus::Closed,
            AppealStatus::NotAccepted => WriterStatus::NotAccepted,
        }
    }
}

/// Who wrote a message the writer sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum TrackedMessageKind {
    /// The school's answer.
    Answer,
    /// The writer's own message; its text is not shown back.
    WriterMessage,
}

/// A message on the writer's side of the conversation.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct TrackedMessage {
    pub kind: TrackedMessageKind,
    pub written_on: NaiveDate,
    /// The answer's text; `null` for the writer's own messages, so that a found receipt
    /// reveals as little as possible of what the writer said.
    pub text: Option<String>,
}

/// An appeal as its writer sees it through the receipt.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct TrackedAppeal {
    pub status: WriterStatus,
    /// The journal number, e.g. `2026/14`, once registered.
    pub registration_number: Option<String>,
    pub submitted_on: NaiveDate,
    pub anonymous: bool,
    /// The appeal was flagged urgent: the page shows where to get help first.
    pub urgent: bool,
    pub messages: Vec<TrackedMessage>,
    /// Whether the writer can still add to the appeal.
    pub can_reply: bool,
    /// Who reads a message the writer adds now.
    pub replies_go_to: RepliesGoTo,
}

/// Who reads a message the writer adds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RepliesGoTo {
    /// It waits sealed in the box, like the appeal, for the working group's next opening.
    Box,
    /// The appeal is a registered case: whoever handles it reads the message at once.
    Case,
}

/// The writer adds to their appeal.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WriterReply {
    /// 16 digits; spaces and `-` between them are ignored.
    #[schema(max_length = 64, pattern = r"^[ \u00a0-]*([0-9][ \u00a0-]*){16}$")]
    pub receipt: String,
    /// 1 to 10,000 characters, at least one of them visible.
    #[schema(
        min_length = 1,
        max_length = 10000,
        pattern = r"^[^\x00]*[^\s\x00-\x1f\x7f-\x9f\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff][^\x00]*$"
    )]
    pub text: String,
    /// The files sent with it, as taken by `POST /appeals/track/files` (5 at most).
    #[serde(default)]
    #[schema(max_items = 5)]
    pub files: Vec<Uuid>,
}

/// The writer's reply was kept.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct WriterReplyAccepted {
    pub written_on: NaiveDate,
    pub status: WriterStatus,
}

/// An appeal in a staff list: never its content.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct AppealSummary {
    pub id: Uuid,
    pub submitted_on: NaiveDate,
    pub channel: Channel,
    pub status: AppealStatus,
    pub urgent: bool,
}

/// A page of appeals.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct AppealList {
    pub items: Vec<AppealSummary>,
    pub total: u64,
}

/// What a staff alert is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AlertKind {
    /// An urgent appeal waits sealed in the box.
    UrgentAppeal,
}

/// An alert for the director and the working group, without any content.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Alert {
    pub kind: AlertKind,
    pub appeal_id: Uuid,
    pub submitted_on: NaiveDate,
    pub channel: Channel,
}

/// Which school's appeals.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SchoolQuery {
    /// The school's slug.
    pub school: String,
}

/// Which school's appeals, and which of them.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AppealListQuery {
    /// The school's slug.
    pub school: String,
    pub status: Option<AppealStatus>,
    pub urgent: Option<bool>,
    /// 1-based.
    pub page: Option<u64>,
    /// At most 200; 50 when absent.
    pub per_page: Option<u64>,
}
