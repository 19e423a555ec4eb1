use actix_web::middleware::from_fn;
use actix_web::{post, web, HttpResponse};

use crate::appeals::intake;
use crate::appeals::views::{WriterReply, WriterReplyAccepted};
use crate::error::{ApiError, Problem};
use crate::http::rate_limit::receipt_rate_limit;
use crate::http::ApiJson;
use crate::state::AppState;

const BODY_LIMIT: usize = 128 * 1024;

/// The writer adds to their appeal through the receipt. The message is screened like an
/// appeal and stays sealed until the next opening.
#[utoipa::path(
    tag = "appeals",
    request_body = WriterReply,
    responses(
        (status = 201, description = "Kept, sealed", body = WriterReplyAccepted),
        (status = 400, description = "`malformed_json`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`receipt_not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`appeal_closed`, or `too_many_messages` (30 from the writer at most)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "`payload_too_large`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`receipt_malformed`, `obscene_language`, `appeal_text_empty`, `appeal_text_too_long`, `file_not_found`, `too_many_files`", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "`rate_limited`", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/appeals/track/messages", wrap = "from_fn(receipt_rate_limit)")]
pub async fn reply_to_appeal(
    state: web::Data<AppState>,
    body: ApiJson<WriterReply, BODY_LIMIT>,
) -> Result<HttpResponse, ApiError> {
    let WriterReply {
        receipt,
        text,
        files,
    } = body.into_inner();
    let accepted = intake::reply(&state, &receipt, &text, &files).await?;
    Ok(HttpResponse::Created().json(accepted))
}
