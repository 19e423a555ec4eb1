use actix_web::{post, web, HttpResponse};
use uuid::Uuid;

use crate::auth::Caller;
use crate::box_openings::service;
use crate::box_openings::views::{RetrievedAppeal, SetAside};
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::state::AppState;

/// A member sets an appeal of the opening aside as not accepted (obscene language under
/// clause 3.3, or not an appeal): it is counted in the act, not registered.
#[utoipa::path(
    tag = "box-openings",
    params(
        ("id" = Uuid, Path, description = "The opening's id"),
        ("appeal_id" = Uuid, Path, description = "The appeal's id"),
    ),
    request_body = SetAside,
    responses(
        (status = 200, description = "Set aside", body = RetrievedAppeal),
        (status = 403, description = "`not_confirmed`, `forbidden`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`quorum_not_reached`, `act_signed`, `opening_abandoned`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/box-openings/{id}/appeals/{appeal_id}/set-aside")]
pub async fn set_appeal_aside(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<(Uuid, Uuid)>,
    body: ApiJson<SetAside>,
) -> Result<HttpResponse, ApiError> {
    let (id, appeal_id) = path.into_inner();
    let appeal = service::set_aside(
        &state.db,
        &state.secrets,
        &caller,
        id,
        appeal_id,
        body.into_inner().reason,
    )
    .await?;
    Ok(HttpResponse::Ok().json(appeal))
}
