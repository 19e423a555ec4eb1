use actix_web::{post, web, HttpResponse};
use sea_orm::TransactionTrait;
use secrecy::ExposeSecret;
use serde_json::json;

use super::member_school;
use crate::audit::AuditSubject;
use crate::audit::{self, AuditAction, AuditEvent};
use crate::auth::Caller;
use crate::box_keys::views::{RecoveryCodeShown, SetBoxPassphrase};
use crate::box_keys::{crypto, service, store};
use crate::error::ProblemCode;
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::schools::store::find_school;
use crate::state::AppState;

/// A working-group member sets their box passphrase: their key pair for the box is made, its
/// private half stored only wrapped under the passphrase and under a one-time recovery code,
/// which is answered here once. When enough members have one to reach the quorum, the school
/// gets its first box key.
#[utoipa::path(
    tag = "box-keys",
    request_body = SetBoxPassphrase,
    responses(
        (status = 201, description = "Set; the recovery code is shown this once", body = RecoveryCodeShown),
        (status = 403, description = "`not_working_group_member`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`box_key_exists`: change it instead", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`box_passphrase_too_short`, `validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/me/box-key")]
pub async fn set_my_box_key(
    state: web::Data<AppState>,
    caller: Caller,
    body: ApiJson<SetBoxPassphrase>,
) -> Result<HttpResponse, ApiError> {
    let school_id = member_school(&caller)?;
    if store::holder_of_user(&state.db, caller.user_id)
        .await?
        .is_some()
    {
        return Err(exists());
    }
    let passphrase = body.into_inner().passphrase.expose_secret().to_owned();
    let (holder, code) = service::new_holder(Some(caller.user_id), None, passphrase).await?;
    let fingerprint = crypto::fingerprint(&holder.public_key);
    let school = find_school(&state.db, school_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let txn = state.db.begin().await?;
    if let Err(error) = store::insert_holder(&txn, holder).await {
        txn.rollback().await?;
        return Err(match error.sql_err() {
            Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => exists(),
            _ => error.into(),
        });
    }
    audit::record(
        &txn,
        AuditEvent {
            chain: caller.audit_chain(),
            actor: caller.actor(),
            action: AuditAction::BoxPassphraseSet,
            subject: Some(AuditSubject::Staff(caller.user_id)),
            details: json!({"fingerprint": fingerprint}),
        },
    )
    .await?;
    let made = service::ensure_first_key(&txn, &school).await?;
    txn.commit().await?;
    if made.is_some() {
        state.school_cache.forget(&school.slug);
    }
    Ok(HttpResponse::Created().json(RecoveryCodeShown {
        recovery_code: code.to_string(),
        fingerprint,
    }))
}

fn exists() -> ApiError {
    ApiError::rejected(
        ProblemCode::BoxKeyExists,
        "your box passphrase is already set; change it instead",
    )
}
