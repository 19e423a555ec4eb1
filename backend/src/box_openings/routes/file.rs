use actix_web::{get, web, HttpResponse};
use uuid::Uuid;

use crate::appeal_files::views::FileBytes;
use crate::auth::Caller;
use crate::box_openings::service;
use crate::error::{ApiError, Problem};
use crate::state::AppState;

/// One photo, screenshot or PDF sent with an appeal of the opening (or with a writer's message
/// on it), for the members who confirmed, while the opening is open. Served as a download in a
/// sandbox; every read is recorded in the audit trail.
#[utoipa::path(
    tag = "box-openings",
    params(
        ("id" = Uuid, Path, description = "The opening's id"),
        ("appeal_id" = Uuid, Path, description = "The appeal's id"),
        ("file_id" = Uuid, Path, description = "The file's id"),
    ),
    responses(
        (status = 200, description = "The file, cleaned", content((FileBytes = "image/jpeg"), (FileBytes = "image/png"), (FileBytes = "image/webp"), (FileBytes = "application/pdf"))),
        (status = 403, description = "`not_confirmed`, `forbidden`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`quorum_not_reached`, `act_signed`, `opening_abandoned`", body = Problem, content_type = "application/problem+json"),
        (status = 423, description = "`appeal_sealed`: a file still sealed in the box", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/box-openings/{id}/appeals/{appeal_id}/files/{file_id}")]
pub async fn get_retrieved_file(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<(Uuid, Uuid, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    let (id, appeal_id, file_id) = path.into_inner();
    let file =
        service::retrieved_file(&state.db, &state.secrets, &caller, id, appeal_id, file_id).await?;
    Ok(file.into_response())
}
