use actix_web::{get, web, HttpResponse};

use crate::box_openings::views::{OpeningView, OpeningsQuery};
use crate::box_openings::{service, store};
use crate::error::{ApiError, Problem};
use crate::schools::authorized::{may, SchoolOf};
use crate::state::AppState;

/// A school's openings, newest first.
#[utoipa::path(
    tag = "box-openings",
    params(OpeningsQuery),
    responses(
        (status = 200, description = "The openings", body = [OpeningView]),
        (status = 404, description = "`not_found`: no such school", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/box-openings")]
pub async fn list_openings(
    state: web::Data<AppState>,
    SchoolOf { school, .. }: SchoolOf<may::ViewOpenings>,
) -> Result<HttpResponse, ApiError> {
    let mut views = Vec::new();
    for opening in store::openings_of_school(&state.db, school.id).await? {
        views.push(service::view(&state.db, &opening, &school).await?);
    }
    Ok(HttpResponse::Ok().json(views))
}
