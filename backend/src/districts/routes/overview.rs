use actix_web::{get, web, HttpResponse};

use crate::districts::overview::overview;
use crate::districts::views::DistrictOverview;
use crate::error::{ApiError, Problem};
use crate::schools::authorized::{may, DistrictOf};
use crate::state::AppState;

/// Every school of the district at a glance: the box, the last month's report, open,
/// overdue and unreferred urgent appeals, and the journal.
#[utoipa::path(
    tag = "districts",
    params(("slug" = String, Path, description = "The district's slug")),
    responses(
        (status = 200, description = "The district's schools", body = DistrictOverview),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/districts/{slug}/schools")]
pub async fn get_district_overview(
    state: web::Data<AppState>,
    DistrictOf { district, .. }: DistrictOf<may::ViewDistrict>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(overview(&state.db, &district).await?))
}
