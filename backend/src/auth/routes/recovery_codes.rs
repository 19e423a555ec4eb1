use actix_web::{post, web, HttpRequest, HttpResponse};

use super::own_attempt;
use crate::auth::caller::SignedIn;
use crate::auth::two_factor;
use crate::auth::views::{OneTimeCode, RecoveryCodes};
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::state::AppState;

/// A new set of recovery codes in place of the old ones (used or not), shown this once;
/// takes a current code from the app (or one of the old recovery codes).
#[utoipa::path(
    tag = "auth",
    request_body = OneTimeCode,
    responses(
        (status = 200, description = "The new recovery codes", body = RecoveryCodes),
        (status = 409, description = "`two_factor_not_enabled`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed` (`wrong_code`)", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "`login_throttled`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/me/two-factor/recovery-codes")]
pub async fn renew_recovery_codes(
    state: web::Data<AppState>,
    request: HttpRequest,
    SignedIn(caller): SignedIn,
    body: ApiJson<OneTimeCode>,
) -> Result<HttpResponse, ApiError> {
    let attempt = own_attempt(&state, &request);
    let codes =
        two_factor::renew_own_recovery_codes(&state.db, &attempt, &caller, &body.into_inner().code)
            .await?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(RecoveryCodes { codes }))
}
