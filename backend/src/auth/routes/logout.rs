use actix_web::{post, web, HttpResponse};
use sea_orm::TransactionTrait;
use serde_json::json;

use crate::audit::{self, AuditAction, AuditEvent};
use crate::auth::caller;
use crate::auth::store::{end_sessions, revoke};
use crate::auth::views::RefreshRequest;
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::state::AppState;

/// Signs out: the refresh token and every token of the same sign-in stop working.
#[utoipa::path(
    tag = "auth",
    request_body = RefreshRequest,
    responses(
        (status = 204, description = "Signed out (also when the token was unknown)"),
        (status = 400, description = "`malformed_json`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/auth/logout")]
pub async fn logout(
    state: web::Data<AppState>,
    body: ApiJson<RefreshRequest>,
) -> Result<HttpResponse, ApiError> {
    let txn = state.db.begin().await?;
    if let Some(user_id) = revoke(&txn, &body.into_inner().refresh_token).await? {
        // Signing out ends every session of the member, access tokens included.
        end_sessions(&txn, user_id).await?;
        if let Some(owner) = caller::load(&txn, user_id).await? {
            audit::record(
                &txn,
                AuditEvent {
                    chain: owner.audit_chain(),
                    actor: owner.actor(),
                    action: AuditAction::SignOut,
                    subject: None,
                    details: json!({}),
                },
            )
            .await?;
        }
    }
    txn.commit().await?;
    Ok(HttpResponse::NoContent().finish())
}
