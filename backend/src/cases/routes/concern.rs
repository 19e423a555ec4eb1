use actix_web::{post, web, HttpResponse};
use uuid::Uuid;

use crate::auth::Caller;
use crate::cases::service;
use crate::cases::views::MarkConcerned;
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::state::AppState;

/// The appeal concerns a staff member: from now on they can neither handle nor see it; if it
/// was assigned to them it is unassigned; if they are the director, the district office
/// directs it instead. The working group may record this during the opening.
#[utoipa::path(
    tag = "cases",
    params(("id" = Uuid, Path, description = "The appeal's id")),
    request_body = MarkConcerned,
    responses(
        (status = 204, description = "Recorded"),
        (status = 403, description = "`not_handling`, `forbidden`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`case_closed`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`staff_not_in_school`, `validation_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 423, description = "`appeal_sealed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/cases/{id}/concerned-staff")]
pub async fn mark_concerned(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
    body: ApiJson<MarkConcerned>,
) -> Result<HttpResponse, ApiError> {
    service::mark_concerned(&state.db, &caller, *id, body.into_inner()).await?;
    Ok(HttpResponse::NoContent().finish())
}
