//! Request and response types of box openings.

use chrono::{DateTime, NaiveDate, Utc};
use entity::appeal::{AppealStatus, Channel};
use entity::box_opening::OpeningStatus;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;
use validator::Validate;

use crate::appeal_files::views::AttachedFile;
use crate::appeals::category::AppealCategory;
use crate::appeals::views::{Language, Submitter};
use crate::chain::ChainHead;

/// Starting an opening of a school's box.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StartOpening {
    /// The school's slug.
    pub school: String,
    /// Held at once for an urgent appeal, outside the regular schedule.
    #[serde(default)]
    pub extraordinary: bool,
    /// The member's box passphrase (or recovery code): required when the school's box is
    /// sealed to the working group and the member holds a share of its key.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub passphrase: Option<secrecy::SecretString>,
}

/// Confirming an opening (the body may be left out when the box has no box key).
#[derive(Debug, Default, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConfirmOpening {
    /// The member's box passphrase (or recovery code): required when the school's box is
    /// sealed to the working group and the member holds a share of its key.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub passphrase: Option<secrecy::SecretString>,
}

/// The district office's share, given with the district's box passphrase.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GiveDistrictShare {
    #[schema(value_type = String)]
    pub passphrase: secrecy::SecretString,
}

/// A working-group member taking part in an opening.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct OpeningMember {
    pub user_id: Uuid,
    pub full_name: String,
    pub position: String,
    pub confirmed_at: DateTime<Utc>,
    pub signed_at: Option<DateTime<Utc>>,
}

/// A member of the working group who has not yet joined an opening in progress.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ExpectedMember {
    pub user_id: Uuid,
    pub full_name: String,
    pub position: String,
}

/// An opening as the working group and the director follow it.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct OpeningView {
    pub id: Uuid,
    pub school: String,
    pub status: OpeningStatus,
    pub extraordinary: bool,
    /// How many members must confirm, and sign.
    pub quorum: i32,
    pub members: Vec<OpeningMember>,
    /// While the opening waits for its quorum: the active members of the working group who
    /// have not confirmed yet (whom to call). Empty otherwise.
    pub expected: Vec<ExpectedMember>,
    /// Confirmations still needed before the box opens.
    pub confirmations_needed: i32,
    /// Signatures still needed before the act is frozen.
    pub signatures_needed: i32,
    pub started_at: DateTime<Utc>,
    pub opened_at: Option<DateTime<Utc>>,
    pub signed_at: Option<DateTime<Utc>>,
    #[schema(example = "2026/07")]
    pub act_number: Option<String>,
    pub acknowledged_at: Option<DateTime<Utc>>,
}

/// An opening of one of the district's schools waiting for its quorum, as the district
/// administrator chooses one to give the office's share to.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct OpeningAwaitingShare {
    pub id: Uuid,
    /// The school's slug.
    pub school: String,
    pub school_name: String,
    /// The school's time zone, in which `started_at` is shown.
    pub time_zone: String,
    pub extraordinary: bool,
    pub started_at: DateTime<Utc>,
    /// Shares (or confirmations) still needed before the box opens.
    pub confirmations_needed: i32,
    /// Whether the district office has given its share to this opening already.
    pub district_share_given: bool,
}

pub use entity::appeal::NotAcceptedReason;

/// A paper note found in the physical box, entered during the opening.
#[derive(Debug, Deserialize, Serialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PaperAppeal {
    /// The note's text, or a faithful summary of it: 1 to 10,000 characters.
    #[schema(
        min_length = 1,
        max_length = 10000,
        pattern = r"^[^\x00]*[^\s\x00-\x1f\x7f-\x9f\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff][^\x00]*$"
    )]
    pub text: String,
    pub anonymous: bool,
    #[validate(nested)]
    #[serde(default)]
    pub submitter: Option<Submitter>,
    #[serde(default)]
    pub categories: Vec<AppealCategory>,
    /// Set when the group does not accept the note.
    #[serde(default)]
    pub not_accepted: Option<NotAcceptedReason>,
    /// The group's tick: the note says the writer is in danger now. Makes it urgent whatever
    /// its words.
    #[serde(default)]
    pub in_danger: bool,
}

/// Setting an appeal aside as not accepted.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SetAside {
    pub reason: NotAcceptedReason,
}

/// A writer's later message, as the opening reads it.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct RetrievedMessage {
    pub written_on: NaiveDate,
    pub text: String,
    /// The files the writer sent with it.
    pub files: Vec<AttachedFile>,
}

/// An appeal taken out of the box, readable by the members who confirmed the opening. A
/// signed writer's identity is not shown to the working group.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct RetrievedAppeal {
    pub id: Uuid,
    pub channel: Channel,
    pub anonymous: bool,
    pub submitted_on: NaiveDate,
    pub status: AppealStatus,
    pub urgent: bool,
    pub needs_referral: bool,
    /// Danger signals the screening found (`violence`, `self_harm` …).
    pub danger: Vec<String>,
    /// The writer answered that they are in danger now (or the group ticked it on a note).
    pub in_danger: bool,
    /// The screening found obscene words (possible on a paper note).
    pub obscene_words: Vec<String>,
    pub categories: Vec<AppealCategory>,
    pub text: String,
    /// The language the writer wrote in (the school's language for a paper note).
    pub language: Language,
    pub messages: Vec<RetrievedMessage>,
    pub not_accepted_reason: Option<NotAcceptedReason>,
    /// The photos, screenshots and PDFs sent with it (read one by one; each read is recorded).
    pub files: Vec<AttachedFile>,
}

/// How many appeals an act found. `online` and `paper` count everything found, accepted or
/// not; `registered` = found − not accepted.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ActCounts {
    pub online: i64,
    pub paper: i64,
    pub not_accepted_obscene_language: i64,
    pub not_accepted_not_an_appeal: i64,
    pub urgent: i64,
    pub registered: i64,
}

/// A member as the act names them.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ActMember {
    pub full_name: String,
    pub position: String,
    pub signed_at: DateTime<Utc>,
}

/// The frozen act of an opening: what a paper act carries.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Act {
    pub opening_id: Uuid,
    #[schema(example = "2026/07")]
    pub number: String,
    pub school_name: String,
    /// `ky`, `ru` or `en`: the language the act is printed in.
    pub language: String,
    /// The school's IANA time zone, in which the act's times are printed.
    #[serde(default)]
    pub time_zone: String,
    pub extraordinary: bool,
    pub opened_at: DateTime<Utc>,
    pub signed_at: DateTime<Utc>,
    pub members: Vec<ActMember>,
    pub counts: ActCounts,
    /// The registration numbers given, in order.
    pub registration_numbers: Vec<String>,
    /// The journal's head right after the registrations.
    pub journal_head: Option<ChainHead>,
    pub acknowledged_at: Option<DateTime<Utc>>,
    pub acknowledged_by: Option<String>,
}

/// Whether a school's box is opened as often as it must be.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct BoxStatus {
    pub school: String,
    /// The day of the last signed act, in the school's time zone.
    pub last_opened_on: Option<NaiveDate>,
    /// The last day by which the next opening is due.
    pub due_by: NaiveDate,
    pub overdue: bool,
    /// Appeals waiting sealed in the box that were dropped before today (today's count from
    /// tomorrow); `null` for roles other than the director and the working group.
    pub sealed_appeals: Option<u64>,
    /// How many of those are urgent; `null` likewise.
    pub urgent_sealed_appeals: Option<u64>,
    /// The opening in progress, if any.
    pub opening_in_progress: Option<Uuid>,
}

/// Which school's openings.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct OpeningsQuery {
    /// The school's slug.
    pub school: String,
}
