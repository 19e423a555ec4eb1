use actix_web::{post, web, HttpResponse};
use sea_orm::TransactionTrait;
use serde_json::json;

use crate::audit::{self, AuditAction, AuditEvent};
use crate::auth::caller;
use crate::auth::store::{rotate, Rotation};
use crate::auth::tokens::ACCESS_TOKEN_SECONDS;
use crate::auth::views::{RefreshRequest, TokenPair};
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::state::AppState;

/// Exchanges a refresh token for a new access token and a new refresh token.
///
/// A refresh token works once: presenting it again revokes every token of that sign-in —
/// except within ten seconds of its first use, when it is the same request again (a second
/// tab, a retry after a lost answer) and gets the same new refresh token. A sign-in ends 12
/// hours after it began, however often it is refreshed.
#[utoipa::path(
    tag = "auth",
    request_body = RefreshRequest,
    responses(
        (status = 200, description = "New tokens", body = TokenPair),
        (status = 400, description = "`malformed_json`", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`invalid_token`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/auth/refresh")]
pub async fn refresh(
    state: web::Data<AppState>,
    body: ApiJson<RefreshRequest>,
) -> Result<HttpResponse, ApiError> {
    let txn = state.db.begin().await?;
    let rotation = rotate(
        &txn,
        &state.secrets.receipt_key,
        &body.into_inner().refresh_token,
    )
    .await?;
    match rotation {
        Rotation::Rotated { user_id, token } => {
            // A deactivated user's tokens no longer work.
            let Some(_owner) = caller::load(&txn, user_id).await? else {
                txn.rollback().await?;
                return Err(ApiError::InvalidToken);
            };
            txn.commit().await?;
            Ok(HttpResponse::Ok().json(TokenPair {
                access_token: state.token_keys.issue(user_id)?,
                refresh_token: token,
                token_type: "Bearer".to_owned(),
                expires_in: ACCESS_TOKEN_SECONDS,
            }))
        }
        Rotation::Reused { user_id } => {
            if let Some(owner) = caller::load(&txn, user_id).await? {
                audit::record(
                    &txn,
                    AuditEvent {
                        chain: owner.audit_chain(),
                        actor: owner.actor(),
                        action: AuditAction::RefreshTokenReused,
                        subject: None,
                        details: json!({"effect": "all tokens of this sign-in revoked"}),
                    },
                )
                .await?;
            }
            txn.commit().await?;
            Err(ApiError::InvalidToken)
        }
        Rotation::Invalid => {
            txn.rollback().await?;
            Err(ApiError::InvalidToken)
        }
    }
}
