//! Response types of the audit trail.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// One entry of the audit trail: who did what, when. Never appeal content.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct AuditRow {
    pub seq: i64,
    pub occurred_at: DateTime<Utc>,
    /// The login of who acted; `null` for the system itself.
    pub actor_login: Option<String>,
    #[schema(example = "appeal_content_read")]
    pub action: String,
    #[schema(example = "appeal:1f0c…")]
    pub subject: Option<String>,
    #[schema(value_type = HashMap<String, serde_json::Value>)]
    pub details: serde_json::Value,
}

/// A page of the trail, newest first.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct AuditPage {
    pub rows: Vec<AuditRow>,
    pub total: u64,
}

/// Which school's trail, and which page.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AuditQuery {
    /// The school's slug.
    pub school: String,
    /// Only entries of this action, e.g. `appeal_content_read`.
    pub action: Option<String>,
    /// 1-based.
    pub page: Option<u64>,
    /// At most 500; 100 when absent.
    pub per_page: Option<u64>,
}
