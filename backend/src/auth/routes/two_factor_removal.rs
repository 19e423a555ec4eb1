use actix_web::{post, web, HttpRequest, HttpResponse};

use super::own_attempt;
use crate::auth::caller::SignedIn;
use crate::auth::two_factor;
use crate::auth::views::TwoFactorRemoval;
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::state::AppState;

/// Turns the member's second factor off, with their password and a current code (or a
/// recovery code). Refused while their district requires it.
#[utoipa::path(
    tag = "auth",
    request_body = TwoFactorRemoval,
    responses(
        (status = 204, description = "Off; the recovery codes no longer work"),
        (status = 409, description = "`two_factor_not_enabled`, `two_factor_required`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed` (`wrong_password`, `wrong_code`)", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "`login_throttled`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/me/two-factor/removal")]
pub async fn remove_two_factor(
    state: web::Data<AppState>,
    request: HttpRequest,
    SignedIn(caller): SignedIn,
    body: ApiJson<TwoFactorRemoval>,
) -> Result<HttpResponse, ApiError> {
    let TwoFactorRemoval { password, code } = body.into_inner();
    let attempt = own_attempt(&state, &request);
    two_factor::turn_off(&state.db, &attempt, &caller, password, &code).await?;
    Ok(HttpResponse::NoContent().finish())
}
