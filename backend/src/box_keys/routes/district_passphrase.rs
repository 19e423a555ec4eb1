use actix_web::{post, web, HttpResponse};
use sea_orm::TransactionTrait;
use secrecy::ExposeSecret;
use serde_json::json;

use crate::audit::AuditSubject;
use crate::audit::{self, AuditAction, AuditChain, AuditEvent};
use crate::auth::{Caller, Permission};
use crate::box_keys::service;
use crate::box_keys::store;
use crate::box_keys::views::{BoxPassphraseChanged, ChangeBoxPassphrase};
use crate::error::ProblemCode;
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::state::AppState;

/// The district administrator changes the district office's box passphrase, with the current
/// one or — when it is lost — the recovery code (which works once: a new one is answered after
/// it was used). The office's key stays the same, so the shares it already holds still open.
#[utoipa::path(
    tag = "box-keys",
    params(("slug" = String, Path, description = "The district's slug")),
    request_body = ChangeBoxPassphrase,
    responses(
        (status = 200, description = "Changed", body = BoxPassphraseChanged),
        (status = 404, description = "`not_found`, `box_key_missing`: no passphrase set yet", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`box_passphrase_wrong`, `box_passphrase_too_short`, `validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/districts/{slug}/box-key/passphrase")]
pub async fn change_district_box_passphrase(
    state: web::Data<AppState>,
    caller: Caller,
    slug: web::Path<String>,
    body: ApiJson<ChangeBoxPassphrase>,
) -> Result<HttpResponse, ApiError> {
    let district = crate::schools::authorized_district(
        &state.db,
        &caller,
        &slug,
        Permission::ManageDistrictSettings,
    )
    .await?;
    let holder = store::holder_of_district(&state.db, district.id)
        .await?
        .ok_or_else(|| {
            ApiError::rejected(
                ProblemCode::BoxKeyMissing,
                "the district's box passphrase is not set yet",
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
            chain: AuditChain::District(district.id),
            actor: caller.actor(),
            action: AuditAction::BoxPassphraseChanged,
            subject: Some(AuditSubject::District(district.id)),
            details: json!({"with_recovery_code": with_recovery_code}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(HttpResponse::Ok().json(BoxPassphraseChanged { recovery_code }))
}
