use actix_web::{post, web, HttpResponse};
use sea_orm::TransactionTrait;
use secrecy::ExposeSecret;
use serde_json::json;

use super::member_school;
use crate::audit::AuditSubject;
use crate::audit::{self, AuditAction, AuditEvent};
use crate::auth::Caller;
use crate::box_keys::service;
use crate::box_keys::store;
use crate::box_keys::views::{BoxPassphraseChanged, ChangeBoxPassphrase};
use crate::error::ProblemCode;
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::state::AppState;

/// A member changes their box passphrase, with the current one or — when it is lost — the
/// recovery code; a recovery code works once, so a new one is answered after it was used.
#[utoipa::path(
    tag = "box-keys",
    request_body = ChangeBoxPassphrase,
    responses(
        (status = 200, description = "Changed", body = BoxPassphraseChanged),
        (status = 403, description = "`not_working_group_member`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`box_key_missing`: no passphrase set yet", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`box_passphrase_wrong`, `box_passphrase_too_short`, `validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/me/box-key/passphrase")]
pub async fn change_box_passphrase(
    state: web::Data<AppState>,
    caller: Caller,
    body: ApiJson<ChangeBoxPassphrase>,
) -> Result<HttpResponse, ApiError> {
    member_school(&caller)?;
    let holder = store::holder_of_user(&state.db, caller.user_id)
        .await?
        .ok_or_else(|| {
            ApiError::rejected(
                ProblemCode::BoxKeyMissing,
                "you have not set a box passphrase yet",
            )
        })?;
    let ChangeBoxPassphrase {
        current,
        new_passphrase,
    } = body.into_inner();
    let changed = service::change_passphrase(
        &holder,
        current.expose_secret().to_owned(),
        new_passphrase.expose_secret().to_owned(),
    )
    .await?;
    let with_recovery_code = changed.with_recovery_code;
    let recovery_code = changed.recovery_code.clone();
    let txn = state.db.begin().await?;
    changed.store(&txn, holder.id).await?;
    audit::record(
        &txn,
        AuditEvent {
            chain: caller.audit_chain(),
            actor: caller.actor(),
            action: AuditAction::BoxPassphraseChanged,
            subject: Some(AuditSubject::Staff(caller.user_id)),
            details: json!({"with_recovery_code": with_recovery_code}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(HttpResponse::Ok().json(BoxPassphraseChanged { recovery_code }))
}
