use actix_web::{get, web, HttpResponse};

use crate::auth::Target;
use crate::auth::{Caller, Permission};
use crate::districts::helplines::helplines_of;
use crate::districts::views::DistrictSettings;
use crate::error::{ApiError, Problem};
use crate::schools::store::find_district_by_slug;
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
    let district = find_district_by_slug(&state.db, &slug)
        .await?
        .ok_or(ApiError::NotFound)?;
    caller.authorize(
        Permission::ManageDistrictSettings,
        Target::of_district(&district),
    )?;
    Ok(HttpResponse::Ok().json(DistrictSettings {
        two_factor_required: district.two_factor_required,
        helplines: helplines_of(&district),
        holds_box_share: district.holds_box_share,
        group_two_factor_required: district.group_two_factor_required,
    }))
}
