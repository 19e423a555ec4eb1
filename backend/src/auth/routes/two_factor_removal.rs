use actix_web::http::StatusCode;
use actix_web::{post, web, HttpRequest, HttpResponse};
use sea_orm::TransactionTrait;
use serde_json::json;

use crate::audit::{self, AuditAction, AuditEvent};
use crate::auth::caller::SignedIn;
use crate::auth::two_factor::{self, store};
use crate::auth::views::TwoFactorRemoval;
use crate::error::{ApiError, Problem};
use crate::http::client_key::client_address;
use crate::http::ApiJson;
use crate::state::AppState;

/// Turns the member's second factor off, with their password and a current code (or a
/// recovery code). Refused while their district requires it.
#[utoipa::path(
    tag = "auth",
    request_body = TwoFactorRemoval,
    responses(
        (status = 204, description = "Off; the recovery codes no longer work"),
        (status = 401, description = "`unauthorized`", body = Problem, content_type = "application/problem+json"),
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
    let client = client_address(&request, state.settings.trust_forwarded_for);
    two_factor::check_password(&state, &client, &caller, password).await?;
    let Some(factor) = store::find(&state.db, caller.user_id)
        .await?
        .filter(|factor| factor.confirmed_at.is_some())
    else {
        return Err(ApiError::rejected(
            StatusCode::CONFLICT,
            "two_factor_not_enabled",
            "the second factor is not on",
        ));
    };
    if two_factor::required_of(&state.db, &caller).await? {
        return Err(ApiError::rejected(
            StatusCode::CONFLICT,
            "two_factor_required",
            "the district requires a second factor of this member",
        ));
    }
    let txn = state.db.begin().await?;
    if two_factor::prove(&txn, &state.secrets, &factor, &code)
        .await?
        .is_none()
    {
        txn.rollback().await?;
        return Err(two_factor::wrong_code(&state, &client, &caller));
    }
    store::remove(&txn, caller.user_id).await?;
    audit::record(
        &txn,
        AuditEvent {
            chain: caller.audit_chain(),
            actor: caller.actor(),
            action: AuditAction::TwoFactorDisabled,
            subject: Some(format!("staff:{}", caller.user_id)),
            details: json!({}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(HttpResponse::NoContent().finish())
}
