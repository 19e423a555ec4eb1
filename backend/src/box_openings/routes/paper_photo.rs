use actix_web::{post, web, HttpRequest, HttpResponse};
use uuid::Uuid;

use crate::appeal_files::service::read_upload;
use crate::appeal_files::views::{FileBytes, UploadedFile};
use crate::auth::Caller;
use crate::box_openings::service;
use crate::error::{ApiError, Problem};
use crate::state::AppState;

/// A member adds a photo of a paper note, taken at the opening, to the note entered for it
/// (5 at most). Cleaned like a writer's file; the body is the photo itself.
#[utoipa::path(
    tag = "box-openings",
    params(
        ("id" = Uuid, Path, description = "The opening's id"),
        ("appeal_id" = Uuid, Path, description = "The paper note's id"),
    ),
    request_body(content = FileBytes, content_type = "application/octet-stream", description = "The photo's bytes"),
    responses(
        (status = 201, description = "Taken, cleaned and sealed with the note", body = UploadedFile),
        (status = 403, description = "`not_confirmed`, `forbidden`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`: no paper note of this opening", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`quorum_not_reached`, `act_signed`, `opening_abandoned`", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "`file_too_large`", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`file_type_not_accepted`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`file_unreadable`, `too_many_files`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/box-openings/{id}/appeals/{appeal_id}/files")]
pub async fn add_paper_photo(
    state: web::Data<AppState>,
    caller: Caller,
    request: HttpRequest,
    path: web::Path<(Uuid, Uuid)>,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let (id, appeal_id) = path.into_inner();
    // Who may add it is settled before the body is read.
    let note = service::paper_note_for_photo(&state.db, &caller, id, appeal_id).await?;
    let body = read_upload(&request, payload, state.settings.file_max_bytes).await?;
    let taken = service::add_paper_photo(&state, note, body).await?;
    Ok(HttpResponse::Created().json(taken))
}
