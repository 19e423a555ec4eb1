use actix_web::{get, web, HttpResponse};

use crate::error::{ApiError, Problem};
use crate::reports::month::Month;
use crate::reports::service::report;
use crate::reports::views::{MonthlyReport, ReportQuery};
use crate::schools::authorized::{may, SchoolOf};
use crate::state::AppState;

/// A school's report of a month with its full figures: the newest version (or the one
/// asked for), or live figures while the month runs or before its draft is made.
#[utoipa::path(
    tag = "reports",
    params(ReportQuery),
    responses(
        (status = 200, description = "The report", body = MonthlyReport),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/reports/monthly")]
pub async fn get_monthly_report(
    state: web::Data<AppState>,
    SchoolOf { caller, school, .. }: SchoolOf<may::ViewReports>,
    query: web::Query<ReportQuery>,
) -> Result<HttpResponse, ApiError> {
    let month = Month::from_param(&query.month)?;
    Ok(HttpResponse::Ok().json(report(&state.db, &caller, &school, month, query.version).await?))
}
