use actix_web::{get, web, HttpResponse};

use crate::districts::statistics::statistics;
use crate::districts::views::{DistrictStatistics, StatisticsQuery};
use crate::error::{ApiError, Problem};
use crate::reports::month::Month;
use crate::schools::authorized::{may, DistrictOf};
use crate::state::AppState;

/// The district's figures of a month, summed over its schools, by category and body, and
/// the trend of the last twelve months. Every count from 1 to 2 is shown as "<3".
#[utoipa::path(
    tag = "districts",
    params(("slug" = String, Path, description = "The district's slug"), StatisticsQuery),
    responses(
        (status = 200, description = "The district's figures", body = DistrictStatistics),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`, `month_not_started`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/districts/{slug}/statistics")]
pub async fn get_district_statistics(
    state: web::Data<AppState>,
    DistrictOf { district, .. }: DistrictOf<may::ViewDistrict>,
    query: web::Query<StatisticsQuery>,
) -> Result<HttpResponse, ApiError> {
    let month = query.month.as_deref().map(Month::from_param).transpose()?;
    Ok(HttpResponse::Ok().json(statistics(&state.db, &district, month).await?))
}
