use std::collections::BTreeSet;

use actix_web::{post, web, HttpResponse};
use chrono::Utc;
use entity::service_account;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use super::account_view;
use crate::audit::AuditSubject;
use crate::audit::{self, AuditAction, AuditChain, AuditEvent};
use crate::auth::service::{hash_secret, join_scopes, new_client_id, new_secret};
use crate::auth::Target;
use crate::auth::{Caller, Permission};
use crate::districts::views::{CreatedServiceAccount, NewServiceAccount};
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::schools::store::find_district_by_slug;
use crate::state::AppState;

/// Creates a service account for the district's own systems. The answer carries the client
/// secret, shown this once.
#[utoipa::path(
    tag = "districts",
    params(("slug" = String, Path, description = "The district's slug")),
    request_body = NewServiceAccount,
    responses(
        (status = 201, description = "Created", body = CreatedServiceAccount),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/districts/{slug}/service-accounts")]
pub async fn create_service_account(
    state: web::Data<AppState>,
    caller: Caller,
    slug: web::Path<String>,
    body: ApiJson<NewServiceAccount>,
) -> Result<HttpResponse, ApiError> {
    let district = find_district_by_slug(&state.db, &slug)
        .await?
        .ok_or(ApiError::NotFound)?;
    caller.authorize(
        Permission::ManageIntegrations,
        Target::of_district(&district),
    )?;
    let new = body.into_inner();
    let name = new.name.trim().to_owned();
    if name.is_empty() {
        return Err(ApiError::invalid_field(
            "name",
            "required",
            "a name is required",
        ));
    }
    let scopes: BTreeSet<_> = new.scopes.into_iter().collect();
    let secret = new_secret();
    let txn = state.db.begin().await?;
    let account = service_account::ActiveModel {
        id: Set(Uuid::new_v4()),
        district_id: Set(district.id),
        name: Set(name),
        client_id: Set(new_client_id()),
        secret_hash: Set(hash_secret(&secret)),
        scopes: Set(join_scopes(&scopes)),
        created_by: Set(caller.user_id),
        created_at: Set(Utc::now()),
        revoked_at: Set(None),
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        AuditEvent {
            chain: AuditChain::District(district.id),
            actor: caller.actor(),
            action: AuditAction::ServiceAccountCreated,
            subject: Some(AuditSubject::ServiceAccount(account.id)),
            details: json!({"client_id": account.client_id, "scopes": account.scopes}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(HttpResponse::Created().json(CreatedServiceAccount {
        account: account_view(&account),
        client_secret: secret,
    }))
}
