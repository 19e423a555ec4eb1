use actix_web::{put, web, HttpResponse};

use crate::districts::service::change_settings;
use crate::districts::views::{DistrictSettings, DistrictSettingsChange};
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::schools::authorized::{may, DistrictOf};
use crate::state::AppState;

/// Changes the district's settings (a list of helplines replaces the current one). Requiring a
/// second factor takes effect at once: a director, district officer or (when required of the
/// group) working-group member without one can, from their next request, only turn it on.
#[utoipa::path(
    tag = "districts",
    params(("slug" = String, Path, description = "The district's slug")),
    request_body = DistrictSettingsChange,
    responses(
        (status = 200, description = "The settings", body = DistrictSettings),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`: a helpline's number or label", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[put("/districts/{slug}/settings")]
pub async fn put_district_settings(
    state: web::Data<AppState>,
    DistrictOf {
        caller, district, ..
    }: DistrictOf<may::ManageDistrictSettings>,
    body: ApiJson<DistrictSettingsChange>,
) -> Result<HttpResponse, ApiError> {
    let settings = change_settings(&state.db, &caller, &district, body.into_inner()).await?;
    Ok(HttpResponse::Ok().json(settings))
}
