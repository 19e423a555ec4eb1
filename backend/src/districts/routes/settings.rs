use actix_web::{get, HttpResponse};

use crate::districts::views::DistrictSettings;
use crate::error::{ApiError, Problem};
use crate::schools::authorized::{may, DistrictOf};

/// The district's settings: whether directors and district officers must sign in with a
/// second factor, and the helplines the public pages show.
#[utoipa::path(
    tag = "districts",
    params(("slug" = String, Path, description = "The district's slug")),
    responses(
        (status = 200, description = "The settings", body = DistrictSettings),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/districts/{slug}/settings")]
pub async fn get_district_settings(
    DistrictOf { district, .. }: DistrictOf<may::ManageDistrictSettings>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(DistrictSettings::of(&district)))
}
