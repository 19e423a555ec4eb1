use actix_web::{post, web, HttpResponse};
use uuid::Uuid;

use crate::auth::Caller;
use crate::cases::service;
use crate::cases::views::{CaseMessage, NewNote};
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::state::AppState;

const BODY_LIMIT: usize = 64 * 1024;

/// An internal note for those handling the case. Its kind keeps it from the writer.
#[utoipa::path(
    tag = "cases",
    params(("id" = Uuid, Path, description = "The appeal's id")),
    request_body = NewNote,
    responses(
        (status = 201, description = "Kept", body = CaseMessage),
        (status = 403, description = "`not_handling`, `forbidden`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`case_closed`, `appeal_not_registered`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 423, description = "`appeal_sealed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/cases/{id}/notes")]
pub async fn add_note(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
    body: ApiJson<NewNote, BODY_LIMIT>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Created()
        .json(service::add_note(&state.db, &state.secrets, &caller, *id, body.into_inner()).await?))
}
