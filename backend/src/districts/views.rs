//! Request and response types of the district education office's views.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;
use validator::Validate;

use crate::auth::service::ServiceScope;
use crate::chain::ChainHead;
use crate::districts::helplines::Helpline;
use crate::http::names::Names;
use crate::reports::views::{ReportStatus, ShownCategory, ShownCount, ShownMonth};

/// The state of a school's report of a month, for the district.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DistrictReportState {
    /// No draft yet.
    Missing,
    Draft,
    Published,
}

/// The last verification of a school's journal.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct JournalCheckView {
    pub checked_at: DateTime<Utc>,
    pub valid: bool,
    pub entries: i64,
    pub first_invalid: Option<i64>,
}

/// One school of the district at a glance.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct SchoolCompliance {
    pub school: String,
    /// The name in the school's language.
    pub name: String,
    /// The name in each language that has one (else `name`).
    pub names: Names,
    /// The school's IANA time zone, in which its times are printed.
    pub time_zone: String,
    pub last_opened_on: Option<NaiveDate>,
    /// The day the box must be opened by.
    pub box_due_by: NaiveDate,
    pub box_overdue: bool,
    /// The report of `report_month`.
    pub report: DistrictReportState,
    /// Not published and past the 5th, or published after it.
    pub report_late: bool,
    /// Registered appeals not yet closed.
    pub open_appeals: i64,
    /// Open appeals past their deadline without an answer.
    pub overdue_appeals: i64,
    /// Open urgent appeals with no referral yet.
    pub urgent_unreferred: i64,
    /// Urgent appeals (in the box or registered) not referred by the end of the working day
    /// after they were dropped: the district should call the school.
    pub urgent_not_referred_in_time: i64,
    pub journal_head: Option<ChainHead>,
    /// The last verification of the journal (nightly, or whenever someone verified it).
    pub journal_check: Option<JournalCheckView>,
}

/// Every school of a district at a glance.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct DistrictOverview {
    pub district: String,
    /// The district's default name.
    pub name: String,
    /// The district's name in each language that has one (else `name`).
    pub names: Names,
    /// The month whose reports are shown (the last finished month).
    pub report_month: String,
    pub schools: Vec<SchoolCompliance>,
}

/// `?month=YYYY-MM`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct StatisticsQuery {
    /// `YYYY-MM`; the last finished month when absent.
    #[param(pattern = r"^(20[0-9]{2}|2100)-(0[1-9]|1[0-2])$")]
    pub month: Option<String>,
}

/// A referral count of the district, by body.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ShownReferral {
    pub code: Option<String>,
    pub name_ky: String,
    pub name_ru: String,
    pub name_en: String,
    pub count: ShownCount,
}

/// The district's figures of a month, summed over its schools, with small counts hidden.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct DistrictStatistics {
    pub district: String,
    pub month: String,
    /// Schools on Ishenim by the end of the month (or today).
    pub schools: i64,
    /// Of those, schools whose box was opened during the month and never overdue.
    pub schools_opened_as_required: i64,
    /// Of those, schools whose box was not opened during the month and was not due to be.
    pub schools_no_opening_due: i64,
    pub openings: i64,
    pub found: ShownCount,
    pub not_accepted: ShownCount,
    pub registered: ShownCount,
    pub urgent: ShownCount,
    pub answered_in_time: ShownCount,
    pub answered_late: ShownCount,
    pub open_at_end: ShownCount,
    pub overdue_at_end: ShownCount,
    pub median_days_to_answer: Option<f64>,
    pub by_category: Vec<ShownCategory>,
    pub referrals: Vec<ShownReferral>,
    /// Registered appeals of the twelve months up to this one.
    pub trend: Vec<ShownMonth>,
    /// The months one may ask for: the current one (its figures so far) and the twelve before
    /// it, newest first.
    pub months: Vec<String>,
}

/// A school's journal head, for the district to store as a witness.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct SchoolJournalHead {
    pub school: String,
    pub head: Option<ChainHead>,
    pub read_at: DateTime<Utc>,
}

/// Every school's journal head.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct JournalHeads {
    pub items: Vec<SchoolJournalHead>,
}

/// A district's service account (never its secret).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ServiceAccountView {
    pub id: Uuid,
    pub name: String,
    pub client_id: String,
    pub scopes: Vec<ServiceScope>,
    pub created_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
}

impl ServiceAccountView {
    /// A service account as the API shows it.
    pub fn of(account: &entity::service_account::Model) -> ServiceAccountView {
        ServiceAccountView {
            id: account.id,
            name: account.name.clone(),
            client_id: account.client_id.clone(),
            scopes: crate::auth::service::parse_scopes(&account.scopes)
                .into_iter()
                .collect(),
            created_at: account.created_at,
            revoked_at: account.revoked_at,
        }
    }
}

/// The district's service accounts.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ServiceAccountList {
    pub items: Vec<ServiceAccountView>,
}

/// A new service account.
#[derive(Debug, Deserialize, Serialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewServiceAccount {
    #[validate(
        length(min = 1, max = 120, code = "length"),
        custom(function = "crate::http::names::no_direction_control")
    )]
    #[schema(min_length = 1, max_length = 120)]
    pub name: String,
    #[validate(length(min = 1, code = "required"))]
    #[schema(min_items = 1)]
    pub scopes: Vec<ServiceScope>,
}

/// The account and its secret, shown this once.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct CreatedServiceAccount {
    pub account: ServiceAccountView,
    /// Store it: it is not shown again.
    pub client_secret: String,
}

impl From<ReportStatus> for DistrictReportState {
    fn from(status: ReportStatus) -> Self {
        match status {
            ReportStatus::Preview => DistrictReportState::Missing,
            ReportStatus::Draft => DistrictReportState::Draft,
            ReportStatus::Published => DistrictReportState::Published,
        }
    }
}

/// A district's settings.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct DistrictSettings {
    /// The district's default name: what a language without a name of its own shows.
    pub name: String,
    /// The district's name in each language that has one.
    pub names: Names,
    /// Directors, district officers and district administrators must sign in with a second
    /// factor (an authenticator app's code or a recovery code).
    pub two_factor_required: bool,
    /// Where a child can get help right now, shown on every public page of the district's
    /// schools (the national 111, 102 and 112 unless the district set its own).
    pub helplines: Vec<Helpline>,
    /// The district office holds one share of each school's box key, so that the district
    /// and quorum − 1 members can open a box whose members have left (the district alone
    /// never can). Takes effect with the next box key made.
    pub holds_box_share: bool,
    /// Working-group members (who hold the shares of the box's key) must sign in with a
    /// second factor too.
    pub group_two_factor_required: bool,
}

impl DistrictSettings {
    /// The settings a district has now.
    pub fn of(district: &entity::district::Model) -> DistrictSettings {
        DistrictSettings {
            name: district.name.clone(),
            names: Names::from(&district.names),
            two_factor_required: district.two_factor_required,
            helplines: crate::districts::helplines::helplines_of(district),
            holds_box_share: district.holds_box_share,
            group_two_factor_required: district.group_two_factor_required,
        }
    }
}

/// A change of a district's settings.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DistrictSettingsChange {
    /// A new default name, shown to a language without a name of its own; absent keeps it.
    #[validate(
        length(min = 2, max = 200, code = "length"),
        custom(function = "crate::http::names::no_direction_control")
    )]
    #[schema(min_length = 2, max_length = 200)]
    #[serde(default)]
    pub name: Option<String>,
    /// The name in each language (each optional), replacing the stored ones; absent keeps
    /// them.
    #[validate(nested)]
    #[serde(default)]
    pub names: Option<Names>,
    pub two_factor_required: bool,
    /// A new list of helplines (1 to 6); absent keeps the current list.
    #[serde(default)]
    pub helplines: Option<Vec<Helpline>>,
    /// Whether the district office holds a share of each school's box key; absent keeps it.
    #[serde(default)]
    pub holds_box_share: Option<bool>,
    /// Whether working-group members must sign in with a second factor; absent keeps it.
    #[serde(default)]
    pub group_two_factor_required: Option<bool>,
}
