use actix_web::{get, web, HttpResponse};
use uuid::Uuid;

use crate::auth::Caller;
use crate::box_openings::service;
use crate::box_openings::views::OpeningView;
use crate::error::{ApiError, Problem};
use crate::state::AppState;

/// An opening: who has confirmed and signed, and how many are still needed.
#[utoipa::path(
    tag = "box-openings",
    params(("id" = Uuid, Path, description = "The opening's id")),
    responses(
        (status = 200, description = "The opening", body = OpeningView),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/box-openings/{id}")]
pub async fn get_opening(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let (opening, school) = service::load(&state.db, &caller, *id).await?;
    Ok(HttpResponse::Ok().json(service::view(&state.db, &opening, &school).await?))
}
