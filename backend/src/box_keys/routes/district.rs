use actix_web::{post, web, HttpResponse};
use sea_orm::TransactionTrait;
use secrecy::ExposeSecret;
use serde_json::json;

use crate::audit::AuditSubject;
use crate::audit::{self, AuditAction, AuditChain, AuditEvent};
use crate::auth::Target;
use crate::auth::{Caller, Permission};
use crate::box_keys::views::{DistrictPassphrase, RecoveryCodeShown};
use crate::box_keys::{crypto, service, store};
use crate::error::ProblemCode;
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::schools::store::find_district_by_slug;
use crate::state::AppState;

/// The district administrator sets the district office's box passphrase: the office's key
/// pair is made, and — when the district holds a share (its settings) — every box key made
/// from now on gives it one share, so that the district and quorum − 1 members can open a
/// box whose members have left. The district alone never can. The recovery code is answered
/// once.
#[utoipa::path(
    tag = "box-keys",
    params(("slug" = String, Path, description = "The district's slug")),
    request_body = DistrictPassphrase,
    responses(
        (status = 201, description = "Set; the recovery code is shown this once", body = RecoveryCodeShown),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`box_key_exists`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`box_passphrase_too_short`, `validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/districts/{slug}/box-key")]
pub async fn set_district_box_key(
    state: web::Data<AppState>,
    caller: Caller,
    slug: web::Path<String>,
    body: ApiJson<DistrictPassphrase>,
) -> Result<HttpResponse, ApiError> {
    let district = find_district_by_slug(&state.db, &slug)
        .await?
        .ok_or(ApiError::NotFound)?;
    caller.authorize(
        Permission::ManageDistrictSettings,
        Target::of_district(&district),
    )?;
    let exists = || {
        ApiError::rejected(
            ProblemCode::BoxKeyExists,
            "the district's box passphrase is already set",
        )
    };
    if store::holder_of_district(&state.db, district.id)
        .await?
        .is_some()
    {
        return Err(exists());
    }
    let passphrase = body.into_inner().passphrase.expose_secret().to_owned();
    let (holder, code) = service::new_holder(None, Some(district.id), passphrase).await?;
    let fingerprint = crypto::fingerprint(&holder.public_key);
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
            chain: AuditChain::District(district.id),
            actor: caller.actor(),
            action: AuditAction::BoxPassphraseSet,
            subject: Some(AuditSubject::District(district.id)),
            details: json!({"fingerprint": fingerprint}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(HttpResponse::Created().json(RecoveryCodeShown {
        recovery_code: code.to_string(),
        fingerprint,
    }))
}
