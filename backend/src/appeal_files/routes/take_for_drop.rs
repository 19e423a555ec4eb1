use actix_web::middleware::from_fn;
use actix_web::{post, web, HttpRequest, HttpResponse};

use crate::appeal_files::service::{read_upload, take_for_drop};
use crate::appeal_files::views::{FileBytes, UploadedFile};
use crate::error::{ApiError, Problem};
use crate::http::rate_limit::public_rate_limit;
use crate::state::AppState;

/// Takes a photo, screenshot or PDF for an appeal about to be dropped into a school's box.
/// The body is the file itself; its type is decided from its bytes. The file is written again
/// without what identifies its maker (EXIF, GPS, camera serial, thumbnails, document
/// information, XMP) and sealed like the appeal; the drop names it in `files` within a day.
/// Nothing about the client or the file's name is kept.
#[utoipa::path(
    tag = "appeals",
    params(("slug" = String, Path, description = "The school's slug")),
    request_body(content = FileBytes, content_type = "application/octet-stream", description = "The file's bytes (10 MB at most by default)"),
    responses(
        (status = 201, description = "Taken, cleaned and sealed", body = UploadedFile),
        (status = 404, description = "`school_not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "`body_timeout`", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "`file_too_large`", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`file_type_not_accepted`: not a JPEG, PNG, WebP or PDF by its bytes", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`file_unreadable`", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "`rate_limited`", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/schools/{slug}/files", wrap = "from_fn(public_rate_limit)")]
pub async fn take_file_for_drop(
    state: web::Data<AppState>,
    request: HttpRequest,
    slug: web::Path<String>,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let body = read_upload(&request, payload, state.settings.file_max_bytes).await?;
    let taken: UploadedFile = take_for_drop(&state, &slug, body).await?;
    Ok(HttpResponse::Created()
        .insert_header(("Cache-Control", "no-store"))
        .json(taken))
}
