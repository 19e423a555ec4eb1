use actix_web::{get, web, HttpResponse};
use uuid::Uuid;

use crate::auth::Caller;
use crate::box_openings::service;
use crate::box_openings::views::RetrievedAppeal;
use crate::error::{ApiError, Problem};
use crate::state::AppState;

/// The appeals taken out of the box, with their text, for the members who confirmed, while
/// the opening is open. A signed writer's identity is not shown. Every read is recorded in
/// the audit trail.
#[utoipa::path(
    tag = "box-openings",
    params(("id" = Uuid, Path, description = "The opening's id")),
    responses(
        (status = 200, description = "The retrieved appeals", body = [RetrievedAppeal]),
        (status = 403, description = "`not_confirmed`, `forbidden`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`quorum_not_reached`, `act_signed`, `opening_abandoned`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/box-openings/{id}/appeals")]
pub async fn list_retrieved_appeals(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let appeals = service::retrieved_appeals(&state.db, &state.secrets, &caller, *id).await?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(appeals))
}
