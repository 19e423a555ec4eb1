use actix_web::{post, web, HttpRequest, HttpResponse};
use sea_orm::TransactionTrait;
use secrecy::SecretString;
use serde_json::json;
use uuid::Uuid;

use crate::audit::{self, Actor, AuditAction, AuditChain, AuditEvent};
use crate::auth::account_throttle::{self, account_key};
use crate::auth::password::verify_password;
use crate::auth::store::{find_active_user, issue_refresh_token, normalise_login};
use crate::auth::tokens::ACCESS_TOKEN_SECONDS;
use crate::auth::two_factor::{self, store, Proof};
use crate::auth::views::{LoginRequest, TokenPair};
use crate::error::ProblemCode;
use crate::error::{ApiError, Problem};
use crate::http::client_key::client_address;
use crate::http::ApiJson;
use crate::state::AppState;

/// Signs a staff member in.
///
/// Repeated failures for a login from one client are throttled; unknown logins take as long
/// as known ones. A member who has turned on a second factor also sends `one_time_code`:
/// without it the answer is `second_factor_required`, with a wrong or used one
/// `invalid_second_factor` (counted as a failure).
#[utoipa::path(
    tag = "auth",
    request_body = LoginRequest,
    responses(
        (status = 200, description = "Signed in", body = TokenPair),
        (status = 400, description = "`malformed_json`", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`invalid_credentials`, `second_factor_required`, `invalid_second_factor`", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "`payload_too_large`", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported_media_type`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "`login_throttled`", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "`server_busy`: every password-hashing slot is taken; retry after `Retry-After` seconds", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/auth/login")]
pub async fn login(
    state: web::Data<AppState>,
    request: HttpRequest,
    body: ApiJson<LoginRequest>,
) -> Result<HttpResponse, ApiError> {
    let LoginRequest {
        login,
        password,
        one_time_code,
    } = body.into_inner();
    let login = normalise_login(&login);
    let client = client_address(&request, state.settings.trust_forwarded_for);
    state.login_throttle.refuse_while_blocked(&login, &client)?;
    let account = account_key(&state.secrets.receipt_key, &login);
    if let Err(seconds) = account_throttle::check(&state.db, &account).await? {
        return Err(ApiError::LoginThrottled {
            retry_after_seconds: seconds,
        });
    }

    let user = find_active_user(&state.db, &login).await?;
    let verified = verify_password(
        user.as_ref().map(|u| u.password_hash.clone()),
        SecretString::from(password),
    )
    .await?;

    let txn = state.db.begin().await?;
    let Some(user) = user.clone().filter(|_| verified) else {
        let chain = match &user {
            Some(user) => AuditChain::of_staff(user.school_id, user.district_id),
            None => AuditChain::System,
        };
        audit::record(
            &txn,
            AuditEvent {
                chain,
                actor: Actor::Anonymous {
                    login: login.chars().take(64).collect(),
                },
                action: AuditAction::SignInFailed,
                subject: None,
                details: json!({}),
            },
        )
        .await?;
        txn.commit().await?;
        state.login_throttle.record_failure(&login, &client);
        account_throttle::record_failure(&state.db, &account).await?;
        return Err(ApiError::InvalidCredentials);
    };

    let second_factor = match store::find(&txn, user.id)
        .await?
        .filter(|factor| factor.confirmed_at.is_some())
    {
        None => None,
        Some(factor) => {
            let Some(typed) = one_time_code.as_deref() else {
                txn.rollback().await?;
                return Err(ApiError::rejected(
                    ProblemCode::SecondFactorRequired,
                    "enter the code from the authenticator app, or a recovery code",
                ));
            };
            match two_factor::prove(&txn, &state.secrets, &factor, typed).await? {
                Some(proof) => Some(proof),
                None => {
                    audit::record(
                        &txn,
                        AuditEvent {
                            chain: AuditChain::of_staff(user.school_id, user.district_id),
                            actor: Actor::Staff {
                                id: user.id,
                                login: user.login.clone(),
                            },
                            action: AuditAction::SignInFailed,
                            subject: None,
                            details: json!({"second_factor": "wrong"}),
                        },
                    )
                    .await?;
                    txn.commit().await?;
                    state.login_throttle.record_failure(&login, &client);
                    account_throttle::record_failure(&state.db, &account).await?;
                    return Err(ApiError::rejected(
                        ProblemCode::InvalidSecondFactor,
                        "the code is wrong, too old or already used",
                    ));
                }
            }
        }
    };

    account_throttle::record_success(&txn, &account).await?;
    let refresh_token = issue_refresh_token(&txn, user.id, Uuid::new_v4()).await?;
    audit::record(
        &txn,
        AuditEvent {
            chain: AuditChain::of_staff(user.school_id, user.district_id),
            actor: Actor::Staff {
                id: user.id,
                login: user.login.clone(),
            },
            action: AuditAction::SignIn,
            subject: None,
            details: json!({"second_factor": second_factor.map(Proof::as_str)}),
        },
    )
    .await?;
    txn.commit().await?;
    state.login_throttle.record_success(&login, &client);

    Ok(HttpResponse::Ok().json(TokenPair {
        access_token: state.token_keys.issue(user.id)?,
        refresh_token,
        token_type: "Bearer".to_owned(),
        expires_in: ACCESS_TOKEN_SECONDS,
    }))
}
