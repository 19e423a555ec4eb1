use actix_web::{put, web, HttpResponse};

use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::reports::month::Month;
use crate::reports::service::save_draft;
use crate::reports::views::{MonthlyReport, ReportDraft, ReportTarget};
use crate::schools::authorized::{may, SchoolOf};
use crate::state::AppState;

/// The largest body: 20,000 characters of Cyrillic narrative in each language (and the one
/// narrative older clients send) and a correction note.
const NARRATIVE_LIMIT: usize = 256 * 1024;

/// Saves the narrative of the month's draft and refreshes its figures from the data. When
/// the month is already published this starts a correction, a new version, and `changes`
/// must say what it changes.
#[utoipa::path(
    tag = "reports",
    params(ReportTarget),
    request_body = ReportDraft,
    responses(
        (status = 200, description = "The draft", body = MonthlyReport),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`month_not_over`, `month_before_school`, `report_changed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[put("/reports/monthly/draft")]
pub async fn save_report_draft(
    state: web::Data<AppState>,
    SchoolOf { caller, school, .. }: SchoolOf<may::ViewReports>,
    query: web::Query<ReportTarget>,
    body: ApiJson<ReportDraft, NARRATIVE_LIMIT>,
) -> Result<HttpResponse, ApiError> {
    let month = Month::from_param(&query.month)?;
    let saved = save_draft(&state.db, &caller, &school, month, body.into_inner()).await?;
    Ok(HttpResponse::Ok().json(saved))
}
