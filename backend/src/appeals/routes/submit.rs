use actix_web::middleware::from_fn;
use actix_web::{post, web, HttpRequest, HttpResponse};

use crate::appeals::intake;
use crate::appeals::views::{AppealReceipt, SubmitAppeal};
use crate::error::{ApiError, Problem};
use crate::http::rate_limit::public_rate_limit;
use crate::http::ApiJson;
use crate::state::AppState;

/// Room for 10,000 characters of any script, escaped.
const BODY_LIMIT: usize = 128 * 1024;

/// Drops an appeal into a school's trust box. No account, no cookie, nothing about the
/// client is kept.
///
/// The answer carries the receipt — shown once, the only way back to the appeal. An
/// `Idempotency-Key` header makes a retry return the first answer instead of a second appeal.
/// Obscene language alone is refused with the words that caused it; danger signals are
/// accepted whatever else the text holds, and flag the appeal urgent.
#[utoipa::path(
    tag = "appeals",
    request_body = SubmitAppeal,
    params(("Idempotency-Key" = Option<String>, Header, description = "A random key made once per appeal and sent again on retries")),
    responses(
        (status = 201, description = "Sealed in the box", body = AppealReceipt),
        (status = 400, description = "`malformed_json`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`school_not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "`payload_too_large`", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported_media_type`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`obscene_language` (with `words`), `appeal_text_empty`, `appeal_text_too_long`, `submitter_required`, `submitter_not_allowed`, `contact_required`, `idempotency_key_reused`, `file_not_found`, `too_many_files`, `validation_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "`rate_limited`", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/appeals", wrap = "from_fn(public_rate_limit)")]
pub async fn submit_appeal(
    state: web::Data<AppState>,
    request: HttpRequest,
    body: ApiJson<SubmitAppeal, BODY_LIMIT>,
) -> Result<HttpResponse, ApiError> {
    let key = idempotency_key(&request)?;
    let receipt = intake::submit(&state, body.into_inner(), key.as_deref()).await?;
    Ok(HttpResponse::Created()
        .insert_header(("Cache-Control", "no-store"))
        .json(receipt))
}

fn idempotency_key(request: &HttpRequest) -> Result<Option<String>, ApiError> {
    let Some(value) = request.headers().get("idempotency-key") else {
        return Ok(None);
    };
    let key = value.to_str().unwrap_or_default().trim();
    if key.is_empty() || key.len() > 128 {
        return Err(ApiError::invalid_field(
            "Idempotency-Key",
            "length",
            "the Idempotency-Key header must have 1 to 128 visible characters",
        ));
    }
    Ok(Some(key.to_owned()))
}
