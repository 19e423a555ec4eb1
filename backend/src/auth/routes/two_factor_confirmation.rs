use actix_web::{post, web, HttpRequest, HttpResponse};

use super::own_attempt;
use crate::auth::caller::SignedIn;
use crate::auth::two_factor;
use crate::auth::views::{OneTimeCode, RecoveryCodes};
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::state::AppState;

/// Turns the second factor on with a first code from the app, and answers the ten recovery
/// codes, shown this once.
#[utoipa::path(
    tag = "auth",
    request_body = OneTimeCode,
    responses(
        (status = 200, description = "On; the recovery codes", body = RecoveryCodes),
        (status = 409, description = "`two_factor_not_started`, `two_factor_already_enabled`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed` (`wrong_code`)", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "`login_throttled`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/me/two-factor/confirmation")]
pub async fn confirm_two_factor(
    state: web::Data<AppState>,
    request: HttpRequest,
    SignedIn(caller): SignedIn,
    body: ApiJson<OneTimeCode>,
) -> Result<HttpResponse, ApiError> {
    let attempt = own_attempt(&state, &request);
    let codes = two_factor::confirm(&state.db, &attempt, &caller, &body.into_inner().code).await?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(RecoveryCodes { codes }))
}
