//! Response types of the journal.

use chrono::NaiveDate;
use entity::appeal::{AppealStatus, Channel};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::appeals::category::AppealCategory;

/// The competent official of an appeal, as the journal names them.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct JournalOfficial {
    pub position: String,
    pub full_name: String,
}

/// A measure taken on an appeal, as the journal records it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct JournalMeasure {
    pub recorded_on: NaiveDate,
    pub summary: String,
}

/// One registered appeal with the regulation's columns (clause 3.2) — number, date,
/// competent official, measures taken — and no appeal text.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct JournalRow {
    pub appeal_id: Uuid,
    #[schema(example = "2026/14")]
    pub registration_number: String,
    pub registered_on: NaiveDate,
    pub official: Option<JournalOfficial>,
    pub measures: Vec<JournalMeasure>,
    pub channel: Channel,
    pub anonymous: bool,
    pub categories: Vec<AppealCategory>,
    pub urgent: bool,
    pub status: AppealStatus,
    /// The appeal concerns the reader: its official and measures are not shown to them.
    pub concerns_you: bool,
    /// The case is handled by the district education office (it concerns the director).
    pub routed_to_district: bool,
}

/// A page of the journal.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct JournalPage {
    pub rows: Vec<JournalRow>,
    pub total: u64,
}

/// Which school's journal, and which rows.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct JournalQuery {
    /// The school's slug.
    pub school: String,
    /// Only appeals registered in this year.
    pub year: Option<i32>,
    pub status: Option<AppealStatus>,
    pub urgent: Option<bool>,
    /// 1-based.
    pub page: Option<u64>,
    /// At most 500; 100 when absent.
    pub per_page: Option<u64>,
}
