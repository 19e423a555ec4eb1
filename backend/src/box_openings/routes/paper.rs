use actix_web::{post, web, HttpResponse};
use uuid::Uuid;

use crate::auth::Caller;
use crate::box_openings::service;
use crate::box_openings::views::{PaperAppeal, RetrievedAppeal};
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::state::AppState;

const BODY_LIMIT: usize = 128 * 1024;

/// A member enters a paper note found in the physical box: its text or a faithful summary,
/// screened like an online appeal; `not_accepted` sets it aside at once.
#[utoipa::path(
    tag = "box-openings",
    params(("id" = Uuid, Path, description = "The opening's id")),
    request_body = PaperAppeal,
    responses(
        (status = 201, description = "Entered", body = RetrievedAppeal),
        (status = 403, description = "`not_confirmed`, `forbidden`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`quorum_not_reached`, `act_signed`, `opening_abandoned`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`appeal_text_empty`, `appeal_text_too_long`, `submitter_required`, `validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/box-openings/{id}/paper-appeals")]
pub async fn add_paper_appeal(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
    body: ApiJson<PaperAppeal, BODY_LIMIT>,
) -> Result<HttpResponse, ApiError> {
    let appeal =
        service::add_paper_appeal(&state.db, &state.secrets, &caller, *id, body.into_inner())
            .await?;
    Ok(HttpResponse::Created().json(appeal))
}
