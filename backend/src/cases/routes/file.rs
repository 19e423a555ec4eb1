use actix_web::{get, web, HttpResponse};
use uuid::Uuid;

use crate::appeal_files::views::FileBytes;
use crate::auth::Caller;
use crate::cases::service;
use crate::error::{ApiError, Problem};
use crate::state::AppState;

/// One photo, screenshot or PDF of the case (sent with the appeal or with a writer's message
/// the case shows), for those who may read the case. Served as a download in a sandbox; every
/// read is recorded in the audit trail.
#[utoipa::path(
    tag = "cases",
    params(
        ("id" = Uuid, Path, description = "The appeal's id"),
        ("file_id" = Uuid, Path, description = "The file's id"),
    ),
    responses(
        (status = 200, description = "The file, cleaned", content((FileBytes = "image/jpeg"), (FileBytes = "image/png"), (FileBytes = "image/webp"), (FileBytes = "application/pdf"))),
        (status = 403, description = "`forbidden`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`appeal_not_registered`", body = Problem, content_type = "application/problem+json"),
        (status = 423, description = "`appeal_sealed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/cases/{id}/files/{file_id}")]
pub async fn get_case_file(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<(Uuid, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    let (id, file_id) = path.into_inner();
    let file = service::case_file_content(&state.db, &state.secrets, &caller, id, file_id).await?;
    Ok(file.into_response())
}
