use actix_web::{delete, web, HttpResponse};
use entity::webhook_subscription;
use sea_orm::{EntityTrait, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use crate::audit::AuditSubject;
use crate::audit::{self, AuditAction, AuditChain, AuditEvent};
use crate::auth::Target;
use crate::auth::{Caller, Permission};
use crate::error::{ApiError, Problem};
use crate::schools::store::find_district_by_slug;
use crate::state::AppState;
use crate::webhooks::store::deactivate;

/// Stops a subscription: nothing more is sent to it, and what waited is dropped.
#[utoipa::path(
    tag = "districts",
    params(
        ("slug" = String, Path, description = "The district's slug"),
        ("id" = Uuid, Path, description = "The subscription"),
    ),
    responses(
        (status = 204, description = "Stopped"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[delete("/districts/{slug}/webhooks/{id}")]
pub async fn remove_webhook(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<(String, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    let (slug, id) = path.into_inner();
    let district = find_district_by_slug(&state.db, &slug)
        .await?
        .ok_or(ApiError::NotFound)?;
    caller.authorize(
        Permission::ManageIntegrations,
        Target::of_district(&district),
    )?;
    let subscription = webhook_subscription::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .filter(|subscription| subscription.district_id == district.id && subscription.active)
        .ok_or(ApiError::NotFound)?;
    let txn = state.db.begin().await?;
    deactivate(&txn, subscription.id).await?;
    audit::record(
        &txn,
        AuditEvent {
            chain: AuditChain::District(district.id),
            actor: caller.actor(),
            action: AuditAction::WebhookRemoved,
            subject: Some(AuditSubject::Webhook(id)),
            details: json!({}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(HttpResponse::NoContent().finish())
}
