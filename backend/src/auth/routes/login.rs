use actix_web::{post, web, HttpRequest, HttpResponse};

use crate::auth::sessions::sign_in;
use crate::auth::views::{LoginRequest, TokenPair};
use crate::error::{ApiError, Problem};
use crate::http::client_key::client_address;
use crate::http::ApiJson;
use crate::state::AppState;

/// Signs a staff member in.
///
/// Repeated failures for a login from one client are throttled; unknown logins take as long
/// as known ones. A member who has turned on a second factor also sends `one_time_code`:
/// without it the answer is `second_factor_required`, with a wrong or used one
/// `invalid_second_factor` (counted as a failure).
#[utoipa::path(
    tag = "auth",
    request_body = LoginRequest,
    responses(
        (status = 200, description = "Signed in", body = TokenPair),
        (status = 400, description = "`malformed_json`", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`invalid_credentials`, `second_factor_required`, `invalid_second_factor`", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "`payload_too_large`", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported_media_type`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "`login_throttled`", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "`server_busy`: every password-hashing slot is taken; retry after `Retry-After` seconds", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/auth/login")]
pub async fn login(
    state: web::Data<AppState>,
    request: HttpRequest,
    body: ApiJson<LoginRequest>,
) -> Result<HttpResponse, ApiError> {
    let client = client_address(&request, state.settings.trust_forwarded_for);
    let session = sign_in(
        &state.db,
        &state.secrets,
        &state.login_throttle,
        &client,
        body.into_inner(),
    )
    .await?;
    Ok(HttpResponse::Ok().json(session.token_pair(&state.token_keys)?))
}
