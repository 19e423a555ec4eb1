use actix_web::{post, web, HttpRequest, HttpResponse};

use crate::auth::caller::SignedIn;
use crate::auth::sessions;
use crate::auth::views::PasswordChange;
use crate::error::{ApiError, Problem};
use crate::http::client_key::client_address;
use crate::http::ApiJson;
use crate::state::AppState;

/// The member changes their own password, typing the current one: a password someone else
/// set (at creation or in a reset) need not stay known to them. Every session of the member
/// ends, this one included: they sign in again with the new password.
#[utoipa::path(
    tag = "auth",
    request_body = PasswordChange,
    responses(
        (status = 204, description = "Changed; every session has ended"),
        (status = 403, description = "`forbidden`: a service account", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed` (`wrong_password`, `same_password`, a new password shorter than 10 characters)", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "`login_throttled`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/me/password")]
pub async fn change_own_password(
    state: web::Data<AppState>,
    request: HttpRequest,
    SignedIn(caller): SignedIn,
    body: ApiJson<PasswordChange>,
) -> Result<HttpResponse, ApiError> {
    let client = client_address(&request, state.settings.trust_forwarded_for);
    sessions::change_own_password(
        &state.db,
        &state.login_throttle,
        &client,
        &caller,
        body.into_inner(),
    )
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
