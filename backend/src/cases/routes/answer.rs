use actix_web::{post, web, HttpResponse};
use uuid::Uuid;

use crate::auth::Caller;
use crate::cases::service;
use crate::cases::views::{CaseMessage, NewAnswer};
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::state::AppState;

const BODY_LIMIT: usize = 64 * 1024;

/// The answer to the writer: the official's draft waits for the director's approval; the
/// director may answer and approve at once (`approve: true`).
#[utoipa::path(
    tag = "cases",
    params(("id" = Uuid, Path, description = "The appeal's id")),
    request_body = NewAnswer,
    responses(
        (status = 201, description = "Drafted, or approved", body = CaseMessage),
        (status = 403, description = "`approval_requires_director`, `not_handling`, `forbidden`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`case_closed`, `appeal_not_registered`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 423, description = "`appeal_sealed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/cases/{id}/answers")]
pub async fn add_answer(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
    body: ApiJson<NewAnswer, BODY_LIMIT>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Created()
        .json(service::add_answer(&state, &caller, *id, body.into_inner()).await?))
}
