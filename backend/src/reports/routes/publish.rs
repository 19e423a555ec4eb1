use actix_web::{post, web, HttpResponse};

use crate::error::{ApiError, Problem};
use crate::reports::month::Month;
use crate::reports::service::publish;
use crate::reports::views::{MonthlyReport, ReportTarget};
use crate::schools::authorized::{may, SchoolOf};
use crate::state::AppState;

/// Publishes the month's draft: its figures are made once more, frozen with the journal's
/// head, shown to parents (small counts hidden) and announced to the district.
#[utoipa::path(
    tag = "reports",
    params(ReportTarget),
    responses(
        (status = 200, description = "The published report", body = MonthlyReport),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`report_not_drafted`, `report_already_published`, `report_changed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/reports/monthly/publication")]
pub async fn publish_report(
    state: web::Data<AppState>,
    SchoolOf { caller, school, .. }: SchoolOf<may::ViewReports>,
    query: web::Query<ReportTarget>,
) -> Result<HttpResponse, ApiError> {
    let month = Month::from_param(&query.month)?;
    Ok(HttpResponse::Ok().json(publish(&state.db, &caller, &school, month).await?))
}
