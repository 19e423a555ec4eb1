//! Request and response types of monthly reports and the parents' version.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;
use validator::Validate;

use crate::appeals::category::AppealCategory;
use crate::box_openings::views::NotAcceptedReason;
use crate::chain::ChainHead;
use crate::http::names::{Names, Narratives};

/// The figures of a month, made from the data (clause 2.6).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct MonthlyFigures {
    /// Appeals found at the month's openings, dropped online.
    pub found_online: i64,
    /// Paper notes found at the month's openings.
    pub found_paper: i64,
    /// Found but not accepted, by reason.
    pub not_accepted: Vec<ReasonCount>,
    /// Registered in the journal during the month.
    pub registered: i64,
    /// Registered appeals by Convention category (an appeal may count in several).
    pub by_category: Vec<CategoryCount>,
    /// Registered appeals flagged urgent.
    pub urgent: i64,
    /// Registered appeals that came with photos, screenshots or PDFs (counted; no file ever
    /// reaches a report).
    #[serde(default)]
    pub registered_with_files: i64,
    /// Referrals made during the month, by body.
    pub referrals: Vec<ReferralCount>,
    /// Answers approved during the month by their deadline.
    pub answered_in_time: i64,
    /// Answers approved during the month after their deadline.
    pub answered_late: i64,
    /// Registered appeals not closed at the end of the month (or today, for the month running).
    pub open_at_end: i64,
    /// Of those, the ones past their deadline without an answer.
    pub overdue_at_end: i64,
    /// Median calendar days from registration to the approved answer, over the month's answers.
    pub median_days_to_answer: Option<f64>,
    /// The openings signed during the month.
    pub openings: Vec<OpeningHeld>,
    /// Schools counted (1 for a school's report).
    pub schools: i64,
    /// Schools whose box was opened during the month and never overdue (opened as often as
    /// their interval requires).
    pub schools_opened_as_required: i64,
    /// Schools whose box was not opened during the month and was not due to be: new on
    /// Ishenim, a longer interval, or the month still running before the due day.
    #[serde(default)]
    pub schools_no_opening_due: i64,
    /// The last day the figures count.
    pub counted_until: NaiveDate,
    /// Appeals refused at the door during the month (nothing of them is kept), by reason:
    /// a jump shows a school whose screening refuses what it should not.
    #[serde(default)]
    pub refused_at_the_door: Vec<DoorRefusalCount>,
}

impl MonthlyFigures {
    /// How the box was kept, for the figures of one school: overdue unless it was opened as
    /// required or no opening was due.
    pub fn openings_kept(&self) -> OpeningsKept {
        if self.schools_opened_as_required > 0 {
            OpeningsKept::AsRequired
        } else if self.schools_no_opening_due > 0 || self.schools == 0 {
            OpeningsKept::NoneDue
        } else {
            OpeningsKept::Overdue
        }
    }
}

/// How a school kept its box during a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum OpeningsKept {
    /// Opened during the month, never overdue.
    AsRequired,
    /// Not opened during the month, and not due to be.
    NoneDue,
    /// Overdue for an opening at some time during the month.
    Overdue,
}

impl OpeningsKept {
    /// Its name in the API and in exports.
    pub fn code(self) -> &'static str {
        match self {
            OpeningsKept::AsRequired => "as_required",
            OpeningsKept::NoneDue => "none_due",
            OpeningsKept::Overdue => "overdue",
        }
    }
}

/// Why an appeal was refused at the door.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DoorRefusalReason {
    /// Obscene language (clause 3.3), the only reason an appeal is refused at the door.
    ObsceneLanguage,
}

impl DoorRefusalReason {
    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            DoorRefusalReason::ObsceneLanguage => "obscene_language",
        }
    }
}

/// Appeals refused at the door for one reason.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct DoorRefusalCount {
    pub reason: DoorRefusalReason,
    pub count: i64,
}

/// Appeals not accepted for one reason.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ReasonCount {
    pub reason: NotAcceptedReason,
    pub count: i64,
}

/// Registered appeals of one category.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct CategoryCount {
    pub category: AppealCategory,
    pub count: i64,
}

/// Referrals to one competent body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ReferralCount {
    pub body_id: Uuid,
    pub code: Option<String>,
    pub name_ky: String,
    pub name_ru: String,
    pub name_en: String,
    pub count: i64,
}

/// An opening signed during the month.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct OpeningHeld {
    pub act_number: Option<String>,
    pub signed_on: NaiveDate,
    pub extraordinary: bool,
}

/// Where a month's report stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReportStatus {
    /// The month is still running, or its draft is not made yet: live figures, nothing stored.
    Preview,
    /// Made from the data; the narrative may still change.
    Draft,
    /// Frozen; a correction is a new version.
    Published,
}

/// One version of a month's report, in the list of versions.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ReportVersionSummary {
    pub version: i32,
    pub status: ReportStatus,
    pub published_at: Option<DateTime<Utc>>,
    /// What a correction changed.
    pub changes: Option<String>,
}

/// A school's report of a month.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct MonthlyReport {
    pub school: String,
    /// The school's name in its language.
    pub school_name: String,
    /// The school's name in each language that has one (else `school_name`).
    pub school_names: Names,
    /// `YYYY-MM`.
    pub month: String,
    /// 0 for a preview.
    pub version: i32,
    pub status: ReportStatus,
    pub figures: MonthlyFigures,
    /// The social pedagogue's words for the meeting and the parents, in the school's language.
    pub narrative: String,
    /// The narrative in each language that has one (else `narrative`).
    pub narratives: Narratives,
    /// The school's language, in which `narrative` is written: the one the editor asks first.
    pub language: String,
    /// What this version changed (a correction).
    pub changes: Option<String>,
    /// The journal's head when the figures were made (the one printed on the report).
    pub journal_head: Option<ChainHead>,
    /// The day the report is to be published by (the 5th of the next month).
    pub publish_by: NaiveDate,
    /// Not published and past `publish_by`; or published after it.
    pub late: bool,
    pub published_at: Option<DateTime<Utc>>,
    pub updated_at: Option<DateTime<Utc>>,
    /// Every version of the month, newest first.
    pub versions: Vec<ReportVersionSummary>,
    /// Whether the caller may edit the narrative and publish.
    pub editable: bool,
}

/// Which report: `?school=…&month=YYYY-MM[&version=N]`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct ReportQuery {
    /// The school's slug.
    pub school: String,
    /// `YYYY-MM`.
    #[param(pattern = r"^(20[0-9]{2}|2100)-(0[1-9]|1[0-2])$")]
    pub month: String,
    /// A version; the newest when absent.
    pub version: Option<i32>,
}

/// Which report to change: `?school=…&month=YYYY-MM`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct ReportTarget {
    /// The school's slug.
    pub school: String,
    /// `YYYY-MM`.
    #[param(pattern = r"^(20[0-9]{2}|2100)-(0[1-9]|1[0-2])$")]
    pub month: String,
}

/// The narrative of the draft; after publication, the start of a correction.
#[derive(Debug, Deserialize, Serialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportDraft {
    /// The narrative in the school's language, for clients that send one; `narratives` is
    /// preferred and wins where both give that language.
    #[validate(length(max = 20000, code = "length"))]
    #[schema(max_length = 20000)]
    #[serde(default)]
    pub narrative: Option<String>,
    /// The narrative in each language (each optional), replacing the stored ones; absent, the
    /// other languages stay as the draft (or, for a correction, the version corrected) had
    /// them.
    #[validate(nested)]
    #[serde(default)]
    pub narratives: Option<Narratives>,
    /// Required when the month's report is already published: what the correction changes.
    #[validate(length(min = 1, max = 2000, code = "length"))]
    #[schema(min_length = 1, max_length = 2000)]
    pub changes: Option<String>,
}

/// The export formats of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    Csv,
    Xlsx,
}

/// `?school=…&month=YYYY-MM&format=csv|xlsx[&version=N]`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct ExportQuery {
    pub school: String,
    #[param(pattern = r"^(20[0-9]{2}|2100)-(0[1-9]|1[0-2])$")]
    pub month: String,
    pub format: ExportFormat,
    pub version: Option<i32>,
}

/// A count as parents see it: counts from 1 to 2 are shown as "<3".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ShownCount {
    /// The count; `null` when it is hidden.
    pub count: Option<i64>,
    /// What to print: "0", "<3", "17".
    pub shown: String,
}

/// A category in the parents' version.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ShownCategory {
    pub category: AppealCategory,
    pub count: ShownCount,
}

/// A month of the year's trend in the parents' version.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ShownMonth {
    pub month: String,
    pub registered: ShownCount,
}

/// The published report as parents read it: no appeal text, small counts hidden.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ParentsReport {
    pub school: String,
    /// The school's name in the language asked for (`?lang=`), else in its language.
    pub school_name: String,
    pub month: String,
    pub version: i32,
    pub published_at: Option<DateTime<Utc>>,
    pub changes: Option<String>,
    /// The narrative in the language asked for (`?lang=`), else in the school's language.
    pub narrative: String,
    /// The language `narrative` is written in: the one asked for, or the school's when the
    /// narrative has none in it.
    pub narrative_language: String,
    pub found: ShownCount,
    pub registered: ShownCount,
    pub urgent: ShownCount,
    pub referred: ShownCount,
    pub answered: ShownCount,
    pub answered_in_time: ShownCount,
    pub open_at_end: ShownCount,
    pub by_category: Vec<ShownCategory>,
    pub openings: i64,
    /// How the school kept its box during the month.
    pub box_openings: OpeningsKept,
    /// Registered appeals by month of the year, from the published reports.
    pub trend: Vec<ShownMonth>,
    /// Every month of the school with a published report, newest first.
    pub published_months: Vec<String>,
}
