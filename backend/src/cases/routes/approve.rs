use actix_web::{post, web, HttpResponse};
use uuid::Uuid;

use crate::auth::Caller;
use crate::cases::service;
use crate::cases::views::CaseMessage;
use crate::error::{ApiError, Problem};
use crate::state::AppState;

/// The director approves a drafted answer: the writer reads it through the receipt from now
/// on, and a signed writer who gave an e-mail address gets a short notice without any text.
#[utoipa::path(
    tag = "cases",
    params(
        ("id" = Uuid, Path, description = "The appeal's id"),
        ("answer_id" = Uuid, Path, description = "The drafted answer's id"),
    ),
    responses(
        (status = 200, description = "Approved", body = CaseMessage),
        (status = 403, description = "`approval_requires_director`, `forbidden`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`answer_already_approved`, `case_closed`, `appeal_not_registered`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`: not an id", body = Problem, content_type = "application/problem+json"),
        (status = 423, description = "`appeal_sealed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/cases/{id}/answers/{answer_id}/approval")]
pub async fn approve_answer(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<(Uuid, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    let (id, answer_id) = path.into_inner();
    Ok(HttpResponse::Ok().json(service::approve_answer(&state, &caller, id, answer_id).await?))
}
