use actix_web::{post, web, HttpResponse};
use serde_json::json;

use crate::audit::AuditSubject;
use crate::audit::{self, Actor, AuditAction, AuditChain, AuditEvent};
use crate::auth::service::{authenticate, join_scopes, parse_scopes, ServiceScope};
use crate::auth::tokens::ACCESS_TOKEN_SECONDS;
use crate::auth::views::{ServiceToken, ServiceTokenRequest};
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::state::AppState;

/// Exchanges a service account's client id and secret for an access token limited to its
/// scopes (OAuth 2.0 client credentials grant, as JSON).
#[utoipa::path(
    tag = "auth",
    request_body = ServiceTokenRequest,
    responses(
        (status = 200, description = "The token", body = ServiceToken),
        (status = 401, description = "`invalid_credentials`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`: an unknown grant type or scope", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/auth/token")]
pub async fn issue_service_token(
    state: web::Data<AppState>,
    body: ApiJson<ServiceTokenRequest>,
) -> Result<HttpResponse, ApiError> {
    let request = body.into_inner();
    if request.grant_type != "client_credentials" {
        return Err(ApiError::invalid_field(
            "grant_type",
            "unsupported_grant_type",
            "only client_credentials is supported",
        ));
    }
    let asked = match &request.scope {
        Some(text) => {
            if let Some(unknown) = text
                .split_whitespace()
                .find(|name| ServiceScope::parse(name).is_none())
            {
                return Err(ApiError::invalid_field(
                    "scope",
                    "invalid_scope",
                    &format!("unknown scope `{unknown}`"),
                ));
            }
            Some(parse_scopes(text))
        }
        None => None,
    };
    let account = authenticate(&state.db, &request.client_id, &request.client_secret)
        .await?
        .ok_or(ApiError::InvalidCredentials)?;
    let held = parse_scopes(&account.scopes);
    let granted = match asked {
        Some(asked) => {
            if !asked.is_subset(&held) {
                return Err(ApiError::invalid_field(
                    "scope",
                    "invalid_scope",
                    "the account does not hold every scope asked for",
                ));
            }
            asked
        }
        None => held,
    };
    let scope = join_scopes(&granted);
    let access_token = state.token_keys.issue_for_service(account.id, &scope)?;
    audit::record_now(
        &state.db,
        AuditEvent {
            chain: AuditChain::District(account.district_id),
            actor: Actor::Staff {
                id: account.id,
                login: format!("service:{}", account.client_id),
            },
            action: AuditAction::ServiceTokenIssued,
            subject: Some(AuditSubject::ServiceAccount(account.id)),
            details: json!({"scope": scope}),
        },
    )
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(ServiceToken {
            access_token,
            token_type: "Bearer".to_owned(),
            expires_in: ACCESS_TOKEN_SECONDS,
            scope,
        }))
}
