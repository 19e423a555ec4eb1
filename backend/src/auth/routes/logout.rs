use actix_web::{post, web, HttpResponse};

use crate::auth::sessions::sign_out;
use crate::auth::views::RefreshRequest;
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::state::AppState;

/// Signs out: the refresh token and every token of the same sign-in stop working.
#[utoipa::path(
    tag = "auth",
    request_body = RefreshRequest,
    responses(
        (status = 204, description = "Signed out (also when the token was unknown)"),
        (status = 400, description = "`malformed_json`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/auth/logout")]
pub async fn logout(
    state: web::Data<AppState>,
    body: ApiJson<RefreshRequest>,
) -> Result<HttpResponse, ApiError> {
    sign_out(&state.db, &body.into_inner().refresh_token).await?;
    Ok(HttpResponse::NoContent().finish())
}
