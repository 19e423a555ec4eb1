use actix_web::{post, web, HttpRequest, HttpResponse};
use chrono::Utc;
use sea_orm::TransactionTrait;

use crate::audit::AuditAction;
use crate::auth::caller::SignedIn;
use crate::auth::two_factor::{self, store, totp};
use crate::auth::views::{OneTimeCode, RecoveryCodes};
use crate::error::ProblemCode;
use crate::error::{ApiError, Problem};
use crate::http::client_key::client_address;
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
    let client = client_address(&request, state.settings.trust_forwarded_for);
    state
        .login_throttle
        .refuse_while_blocked(&caller.login, &client)?;
    let Some(factor) = store::find(&state.db, caller.user_id).await? else {
        return Err(ApiError::rejected(
            ProblemCode::TwoFactorNotStarted,
            "start the enrolment first",
        ));
    };
    if factor.confirmed_at.is_some() {
        return Err(ApiError::rejected(
            ProblemCode::TwoFactorAlreadyEnabled,
            "the second factor is already on",
        ));
    }
    let secret = store::secret_of(&state.secrets, &factor)?;
    let step = totp::as_code(&body.into_inner().code)
        .and_then(|code| totp::matching_step(&secret, &code, Utc::now().timestamp()))
        .ok_or_else(|| two_factor::wrong_code(&state, &client, &caller))?;

    let txn = state.db.begin().await?;
    if !store::confirm(&txn, caller.user_id, step).await? {
        txn.rollback().await?;
        return Err(ApiError::rejected(
            ProblemCode::TwoFactorAlreadyEnabled,
            "the second factor is already on",
        ));
    }
    let codes = store::renew_recovery_codes(&txn, caller.user_id).await?;
    two_factor::record_own_change(&txn, &caller, AuditAction::TwoFactorEnabled).await?;
    txn.commit().await?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(RecoveryCodes { codes }))
}
