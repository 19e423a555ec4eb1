use actix_web::{post, web, HttpRequest, HttpResponse};

use super::own_attempt;
use crate::auth::caller::SignedIn;
use crate::auth::two_factor::{self, totp};
use crate::auth::views::{PasswordConfirmation, TwoFactorEnrolment};
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::state::AppState;

/// Starts turning on the second factor: a new secret for the member's authenticator app,
/// shown this once. It takes effect when a first code confirms it
/// (`/me/two-factor/confirmation`); starting again replaces an unconfirmed secret.
#[utoipa::path(
    tag = "auth",
    request_body = PasswordConfirmation,
    responses(
        (status = 200, description = "The secret to add to the app", body = TwoFactorEnrolment),
        (status = 403, description = "`forbidden`: a service account has no second factor", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`two_factor_already_enabled`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed` (`wrong_password`)", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "`login_throttled`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/me/two-factor/enrolment")]
pub async fn start_two_factor_enrolment(
    state: web::Data<AppState>,
    request: HttpRequest,
    SignedIn(caller): SignedIn,
    body: ApiJson<PasswordConfirmation>,
) -> Result<HttpResponse, ApiError> {
    let attempt = own_attempt(&state, &request);
    let secret =
        two_factor::start_enrolment(&state.db, &attempt, &caller, body.into_inner().password)
            .await?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(TwoFactorEnrolment {
            secret: totp::base32(&secret),
            otpauth_uri: totp::provisioning_uri(&secret, &caller.login),
        }))
}
