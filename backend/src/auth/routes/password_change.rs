use actix_web::{post, web, HttpRequest, HttpResponse};
use sea_orm::TransactionTrait;
use secrecy::SecretString;
use serde_json::json;

use crate::audit::AuditSubject;
use crate::audit::{self, AuditAction, AuditEvent};
use crate::auth::caller::SignedIn;
use crate::auth::password::hash_password;
use crate::auth::two_factor;
use crate::auth::views::PasswordChange;
use crate::error::{ApiError, Problem};
use crate::http::client_key::client_address;
use crate::http::ApiJson;
use crate::staff::store::{replace_password, PasswordChosenBy};
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
    if caller.scopes.is_some() {
        return Err(ApiError::Forbidden);
    }
    let change = body.into_inner();
    if change.new_password == change.current_password {
        return Err(ApiError::invalid_field(
            "new_password",
            "same_password",
            "the new password must differ from the current one",
        ));
    }
    let client = client_address(&request, state.settings.trust_forwarded_for);
    two_factor::check_password(&state, &client, &caller, change.current_password).await?;
    let hash = hash_password(SecretString::from(change.new_password)).await?;
    let txn = state.db.begin().await?;
    replace_password(&txn, caller.user_id, hash, PasswordChosenBy::TheMember).await?;
    audit::record(
        &txn,
        AuditEvent {
            chain: caller.audit_chain(),
            actor: caller.actor(),
            action: AuditAction::PasswordChanged,
            subject: Some(AuditSubject::Staff(caller.user_id)),
            details: json!({}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(HttpResponse::NoContent().finish())
}
