use actix_web::{post, web, HttpResponse};

use crate::districts::service::open_school;
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::schools::authorized::{may, DistrictOf};
use crate::schools::views::{CreatedSchool, NewDistrictSchool};
use crate::state::AppState;

/// Creates a school of the district with its first director; the answer carries the
/// director's first password, shown this once.
#[utoipa::path(
    tag = "districts",
    params(("slug" = String, Path, description = "The district's slug")),
    request_body = NewDistrictSchool,
    responses(
        (status = 201, description = "Created", body = CreatedSchool),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`slug_taken`, `login_taken`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/districts/{slug}/schools")]
pub async fn create_district_school(
    state: web::Data<AppState>,
    DistrictOf {
        caller, district, ..
    }: DistrictOf<may::CreateSchool>,
    body: ApiJson<NewDistrictSchool>,
) -> Result<HttpResponse, ApiError> {
    let created = open_school(&state.db, &caller, &district, body.into_inner()).await?;
    Ok(HttpResponse::Created().json(created))
}
