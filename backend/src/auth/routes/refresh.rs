use actix_web::{post, web, HttpResponse};

use crate::auth::sessions;
use crate::auth::views::{RefreshRequest, TokenPair};
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::state::AppState;

/// Exchanges a refresh token for a new access token and a new refresh token.
///
/// A refresh token works once: presenting it again revokes every token of that sign-in —
/// except within ten seconds of its first use, when it is the same request again (a second
/// tab, a retry after a lost answer) and gets the same new refresh token. A sign-in ends 12
/// hours after it began, however often it is refreshed.
#[utoipa::path(
    tag = "auth",
    request_body = RefreshRequest,
    responses(
        (status = 200, description = "New tokens", body = TokenPair),
        (status = 400, description = "`malformed_json`", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`invalid_token`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/auth/refresh")]
pub async fn refresh(
    state: web::Data<AppState>,
    body: ApiJson<RefreshRequest>,
) -> Result<HttpResponse, ApiError> {
    let session = sessions::refresh(
        &state.db,
        &state.secrets.receipt_key,
        &body.into_inner().refresh_token,
    )
    .await?;
    Ok(HttpResponse::Ok().json(session.token_pair(&state.token_keys)?))
}
