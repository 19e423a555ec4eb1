//! Request and response types of case handling.

use chrono::{DateTime, NaiveDate, Utc};
use entity::appeal::{AppealStatus, Channel};
use entity::appeal_message::MessageKind;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;
use validator::Validate;

use crate::appeal_files::views::AttachedFile;
use crate::appeals::category::AppealCategory;
use crate::appeals::views::{Language, Submitter};

/// A staff member as a case shows them.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct StaffRef {
    pub id: Uuid,
    pub full_name: String,
    pub position: String,
}

/// Why a case asks for attention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CaseFlag {
    /// Registered and waiting for the competent official.
    Unassigned,
    /// Assigned to the caller.
    AssignedToYou,
    /// An answer waits for the director's approval.
    AnswerAwaitingApproval,
    /// Urgent and not yet referred to a competent body.
    UrgentWithoutReferral,
    /// The answer is late.
    Overdue,
    /// The answer is due within two working days.
    DueSoon,
    /// It concerns the director: the district office directs it.
    RoutedToDistrict,
    /// Referred to the district education office.
    ReferredToDistrict,
}

/// A registered appeal in handling, without its content.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct CaseSummary {
    pub id: Uuid,
    /// The school's slug.
    #[schema(example = "school-31")]
    pub school: String,
    #[schema(example = "2026/14")]
    pub registration_number: String,
    pub registered_on: NaiveDate,
    pub channel: Channel,
    pub anonymous: bool,
    pub categories: Vec<AppealCategory>,
    pub urgent: bool,
    pub status: AppealStatus,
    pub official: Option<StaffRef>,
    pub answer_due_on: Option<NaiveDate>,
    pub flags: Vec<CaseFlag>,
}

/// A page of cases.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct CaseList {
    pub items: Vec<CaseSummary>,
    pub total: u64,
}

/// Which cases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CaseState {
    /// Registered, assigned or answered, and not closed.
    #[default]
    Open,
    Closed,
    All,
}

/// The inbox's filters.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CaseQuery {
    /// The school's slug.
    pub school: String,
    pub state: Option<CaseState>,
    /// 1-based.
    pub page: Option<u64>,
    /// At most 200; 50 when absent.
    pub per_page: Option<u64>,
}

/// A message on a case: the writer's, an answer (draft or approved), or an internal note.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct CaseMessage {
    pub id: Uuid,
    pub kind: MessageKind,
    pub written_on: NaiveDate,
    pub written_at: Option<DateTime<Utc>>,
    pub author: Option<StaffRef>,
    pub text: String,
    /// For answers: when the director approved it; the writer sees it from then on.
    pub approved_at: Option<DateTime<Utc>>,
    pub approved_by: Option<StaffRef>,
    /// The files the writer sent with it.
    pub files: Vec<AttachedFile>,
}

/// A measure taken.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct CaseMeasure {
    pub id: Uuid,
    pub taken_on: NaiveDate,
    pub taken_by: String,
    pub summary: String,
    pub recorded_by: Option<StaffRef>,
    pub recorded_at: DateTime<Utc>,
}

pub use entity::referral::ReferralMethod;

/// A competent body of the catalogue.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ReferralBody {
    pub id: Uuid,
    /// A stable code for the bodies every school has; `null` for a school's own.
    pub code: Option<String>,
    pub name_ky: String,
    pub name_ru: String,
    pub name_en: String,
    /// A referral to it makes the appeal visible to the district's officers.
    pub district_office: bool,
}

/// The catalogue of bodies a school refers to.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ReferralBodyList {
    pub items: Vec<ReferralBody>,
}

/// A school adds a body of its own to the catalogue.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewReferralBody {
    /// The school's slug.
    pub school: String,
    #[validate(
        length(min = 1, max = 200, message = "the name must have 1 to 200 characters"),
        custom(function = "crate::http::names::no_direction_control")
    )]
    #[schema(min_length = 1, max_length = 200)]
    pub name_ky: String,
    #[validate(
        length(min = 1, max = 200, message = "the name must have 1 to 200 characters"),
        custom(function = "crate::http::names::no_direction_control")
    )]
    #[schema(min_length = 1, max_length = 200)]
    pub name_ru: String,
    #[validate(
        length(min = 1, max = 200, message = "the name must have 1 to 200 characters"),
        custom(function = "crate::http::names::no_direction_control")
    )]
    #[schema(min_length = 1, max_length = 200)]
    pub name_en: String,
}

/// A referral of a case to a competent body.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct CaseReferral {
    pub id: Uuid,
    pub body: ReferralBody,
    pub referred_on: NaiveDate,
    pub method: ReferralMethod,
    pub referred_by: Option<StaffRef>,
    /// The body's own reference number.
    pub body_reference: Option<String>,
    pub reply_received_on: Option<NaiveDate>,
    /// The body's reply, as recorded.
    pub reply: Option<String>,
}

pub use entity::appeal::Outcome;

/// What the caller may do on a case.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, ToSchema)]
pub struct CasePart {
    /// Assigns, approves answers, closes: the director, or the district office for an appeal
    /// that concerns the director.
    pub directing: bool,
    /// Records measures, notes, referrals and drafts the answer: the assigned official and the
    /// directing person.
    pub handling: bool,
}

/// A case in full, for those allowed to read it. Reading it is recorded in the audit trail.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct CaseFile {
    pub summary: CaseSummary,
    pub text: String,
    /// The language the writer wrote in: the answer is written in it.
    pub language: Language,
    /// The danger signals screening found.
    pub danger: Vec<String>,
    pub needs_referral: bool,
    /// A signed writer's identity: for the director and the assigned official only.
    pub writer: Option<Submitter>,
    /// The photos, screenshots and PDFs sent with the appeal (read one by one; each read is
    /// recorded).
    pub files: Vec<AttachedFile>,
    pub messages: Vec<CaseMessage>,
    pub measures: Vec<CaseMeasure>,
    pub referrals: Vec<CaseReferral>,
    /// Staff the appeal concerns: they can neither handle nor see it.
    pub concerned_staff: Vec<StaffRef>,
    pub routed_to_district: bool,
    pub outcome: Option<Outcome>,
    pub closed_on: Option<NaiveDate>,
    /// The day the text, the writer and the conversation were erased after the school's
    /// retention period; the journal keeps the case's row.
    pub erased_on: Option<NaiveDate>,
    pub your_part: CasePart,
    /// For those directing: who the case can be assigned to — active staff of the school (and,
    /// for an appeal routed up, the district's officers), without those it concerns.
    pub assignable: Vec<StaffRef>,
}

/// The director assigns the competent official.
#[derive(Debug, Deserialize, Serialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AssignCase {
    pub official_id: Uuid,
}

/// The appeal concerns a staff member.
#[derive(Debug, Deserialize, Serialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MarkConcerned {
    pub staff_id: Uuid,
}

/// A measure taken: what, by whom, when. It goes into the journal, which many staff read:
/// name no child in it.
#[derive(Debug, Deserialize, Serialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewMeasure {
    pub taken_on: NaiveDate,
    #[validate(
        length(min = 1, max = 200, message = "who took it: 1 to 200 characters"),
        custom(function = "crate::http::names::no_direction_control")
    )]
    #[schema(min_length = 1, max_length = 200)]
    pub taken_by: String,
    #[validate(length(min = 1, max = 1000, message = "the measure: 1 to 1,000 characters"))]
    #[schema(min_length = 1, max_length = 1000)]
    pub summary: String,
}

/// An internal note: it never reaches the writer.
#[derive(Debug, Deserialize, Serialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewNote {
    #[validate(length(min = 1, max = 10000, message = "the note: 1 to 10,000 characters"))]
    #[schema(min_length = 1, max_length = 10000)]
    pub text: String,
}

/// A referral to a competent body (clause 3.4).
#[derive(Debug, Deserialize, Serialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewReferral {
    /// The body, from the catalogue; required (a request without it is answered
    /// `referral_body_required`).
    #[serde(default)]
    #[schema(value_type = Uuid, required = true)]
    pub body_id: Option<Uuid>,
    pub referred_on: NaiveDate,
    pub method: ReferralMethod,
    #[validate(length(max = 100, message = "the reference has at most 100 characters"))]
    #[schema(max_length = 100)]
    #[serde(default)]
    pub body_reference: Option<String>,
}

/// The body's reply to a referral.
#[derive(Debug, Deserialize, Serialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReferralReply {
    pub received_on: NaiveDate,
    #[validate(length(max = 100, message = "the reference has at most 100 characters"))]
    #[schema(max_length = 100)]
    #[serde(default)]
    pub body_reference: Option<String>,
    #[validate(length(min = 1, max = 10000, message = "the reply: 1 to 10,000 characters"))]
    #[schema(min_length = 1, max_length = 10000)]
    pub summary: String,
}

/// The answer to the writer: a draft for the director's approval, or — from the director —
/// approved at once.
#[derive(Debug, Deserialize, Serialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewAnswer {
    #[validate(length(min = 1, max = 10000, message = "the answer: 1 to 10,000 characters"))]
    #[schema(min_length = 1, max_length = 10000)]
    pub text: String,
    /// Approve it at once (the director answering directly).
    #[serde(default)]
    pub approve: bool,
}

/// Closing a case.
#[derive(Debug, Deserialize, Serialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CloseCase {
    pub outcome: Outcome,
    /// For an urgent appeal that was not referred: why no referral was needed.
    #[validate(length(min = 1, max = 2000, message = "the reason: 1 to 2,000 characters"))]
    #[schema(min_length = 1, max_length = 2000)]
    #[serde(default)]
    pub no_referral_reason: Option<String>,
}
