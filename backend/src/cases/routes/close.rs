use actix_web::{post, web, HttpResponse};
use uuid::Uuid;

use crate::auth::Caller;
use crate::cases::service;
use crate::cases::views::{CaseSummary, CloseCase};
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::state::AppState;

/// Closes the case with its outcome. An urgent appeal is closed only after a referral, or
/// with the reason why none was needed.
#[utoipa::path(
    tag = "cases",
    params(("id" = Uuid, Path, description = "The appeal's id")),
    request_body = CloseCase,
    responses(
        (status = 200, description = "Closed", body = CaseSummary),
        (status = 403, description = "`not_handling`, `forbidden`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`referral_required`, `case_closed`, `appeal_not_registered`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 423, description = "`appeal_sealed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/cases/{id}/closing")]
pub async fn close_case(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
    body: ApiJson<CloseCase>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok()
        .json(service::close(&state.db, &state.secrets, &caller, *id, body.into_inner()).await?))
}
