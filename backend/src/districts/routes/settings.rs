use actix_web::{get, web, HttpResponse};

use crate::auth::{Caller, Permission};
use crate::districts::views::DistrictSettings;
use crate::error::{ApiError, Problem};
use crate::schools::authorized_district;
use crate::state::AppState;

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
    state: web::Data<AppState>,
    caller: Caller,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let district = authorized_district(
        &state.db,
        &caller,
        &slug,
        Permission::ManageDistrictSettings,
    )
    .await?;
    Ok(HttpResponse::Ok().json(DistrictSettings::of(&district)))
}
