use actix_web::middleware::from_fn;
use actix_web::{post, web, HttpRequest, HttpResponse};

use crate::appeal_files::service::{read_upload, take_for_reply};
use crate::appeal_files::views::{FileBytes, UploadedFile};
use crate::error::{ApiError, Problem};
use crate::http::rate_limit::receipt_rate_limit;
use crate::state::AppState;

/// Takes a photo, screenshot or PDF for the writer's reply, through their receipt (in the
/// `Receipt` header). Cleaned and sealed as the reply will be; the reply names it in `files`.
#[utoipa::path(
    tag = "appeals",
    params(("Receipt" = String, Header, description = "The appeal's receipt, 16 digits")),
    request_body(content = FileBytes, content_type = "application/octet-stream", description = "The file's bytes (10 MB at most by default)"),
    responses(
        (status = 201, description = "Taken, cleaned and sealed", body = UploadedFile),
        (status = 404, description = "`receipt_not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "`body_timeout`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`appeal_closed`", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "`file_too_large`", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`file_type_not_accepted`: not a JPEG, PNG, WebP or PDF by its bytes", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`receipt_malformed`, `file_unreadable`", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "`rate_limited`", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/appeals/track/files", wrap = "from_fn(receipt_rate_limit)")]
pub async fn take_file_for_reply(
    state: web::Data<AppState>,
    request: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let receipt = request
        .headers()
        .get("receipt")
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let body = read_upload(&request, payload, state.settings.file_max_bytes).await?;
    let taken: UploadedFile = take_for_reply(&state, &receipt, body).await?;
    Ok(HttpResponse::Created()
        .insert_header(("Cache-Control", "no-store"))
        .json(taken))
}
