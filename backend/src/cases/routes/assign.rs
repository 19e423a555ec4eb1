use actix_web::{post, web, HttpResponse};
use uuid::Uuid;

use crate::auth::Caller;
use crate::cases::service;
use crate::cases::views::{AssignCase, CaseSummary};
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::state::AppState;

/// The director assigns the competent official — never the person the appeal concerns. A
/// reassignment is a new journal entry, never an edit.
#[utoipa::path(
    tag = "cases",
    params(("id" = Uuid, Path, description = "The appeal's id")),
    request_body = AssignCase,
    responses(
        (status = 200, description = "Assigned", body = CaseSummary),
        (status = 403, description = "`not_directing`, `forbidden`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`already_assigned`, `case_closed`, `appeal_not_registered`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`assignee_not_in_school`, `assignee_not_competent`, `assignee_concerned`, `validation_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 423, description = "`appeal_sealed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/cases/{id}/assignment")]
pub async fn assign_case(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
    body: ApiJson<AssignCase>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(service::assign(&state.db, &caller, *id, body.into_inner()).await?))
}
