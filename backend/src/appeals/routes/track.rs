use actix_web::middleware::from_fn;
use actix_web::{post, web, HttpResponse};

use crate::appeals::intake;
use crate::appeals::views::{TrackRequest, TrackedAppeal};
use crate::error::{ApiError, Problem};
use crate::http::rate_limit::receipt_rate_limit;
use crate::http::ApiJson;
use crate::state::AppState;

/// The writer follows their appeal with the receipt: its status in plain words and the
/// school's answers.
///
/// The receipt is looked up by its keyed hash; guessing is rate limited.
#[utoipa::path(
    tag = "appeals",
    request_body = TrackRequest,
    responses(
        (status = 200, description = "The appeal as its writer sees it", body = TrackedAppeal),
        (status = 400, description = "`malformed_json`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`receipt_not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`receipt_malformed`, `validation_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "`rate_limited`", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/appeals/track", wrap = "from_fn(receipt_rate_limit)")]
pub async fn track_appeal(
    state: web::Data<AppState>,
    body: ApiJson<TrackRequest>,
) -> Result<HttpResponse, ApiError> {
    let tracked = intake::track(&state, &body.into_inner().receipt).await?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(tracked))
}
