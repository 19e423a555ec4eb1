use actix_web::{get, web, HttpResponse};
use uuid::Uuid;

use crate::auth::Caller;
use crate::cases::service;
use crate::cases::views::CaseFile;
use crate::error::{ApiError, Problem};
use crate::state::AppState;

/// A case in full — the text, the writer's messages, answers, internal notes, measures,
/// referrals — for the director, the assigned official, and the district office when it was
/// referred to it. The writer's identity only for those who handle it. Every read is recorded
/// in the audit trail.
#[utoipa::path(
    tag = "cases",
    params(("id" = Uuid, Path, description = "The appeal's id")),
    responses(
        (status = 200, description = "The case", body = CaseFile),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`appeal_not_registered`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`: not an id", body = Problem, content_type = "application/problem+json"),
        (status = 423, description = "`appeal_sealed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/cases/{id}")]
pub async fn get_case(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(service::file(&state.db, &state.secrets, &caller, *id).await?))
}
