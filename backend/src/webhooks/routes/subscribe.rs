use actix_web::{post, web, HttpResponse};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::Utc;
use entity::webhook_subscription;
use rand::RngCore;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use crate::audit::AuditSubject;
use crate::audit::{self, AuditAction, AuditChain, AuditEvent};
use crate::auth::Target;
use crate::auth::{Caller, Permission};
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::schools::store::find_district_by_slug;
use crate::sealing;
use crate::state::AppState;
use crate::webhooks::delivery::SECRET_FIELD;
use crate::webhooks::store::view;
use crate::webhooks::target;
use crate::webhooks::views::{CreatedWebhookSubscription, NewWebhookSubscription};

/// Subscribes an address to the district's events. The answer carries the signing secret,
/// shown this once.
#[utoipa::path(
    tag = "districts",
    params(("slug" = String, Path, description = "The district's slug")),
    request_body = NewWebhookSubscription,
    responses(
        (status = 201, description = "Subscribed", body = CreatedWebhookSubscription),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/districts/{slug}/webhooks")]
pub async fn subscribe_webhook(
    state: web::Data<AppState>,
    caller: Caller,
    slug: web::Path<String>,
    body: ApiJson<NewWebhookSubscription>,
) -> Result<HttpResponse, ApiError> {
    let district = find_district_by_slug(&state.db, &slug)
        .await?
        .ok_or(ApiError::NotFound)?;
    caller.authorize(
        Permission::ManageIntegrations,
        Target::of_district(&district),
    )?;
    let new = body.into_inner();
    let url = new.url.trim().to_owned();
    let allowed = target::allowed_networks(&state.settings.webhook_private_networks);
    let checked = match target::parse(&url) {
        Ok(parsed) => target::resolve(&parsed, &allowed).await.map(|_| ()),
        Err(refusal) => Err(refusal),
    };
    if let Err(refusal) = checked {
        return Err(ApiError::invalid_field(
            "url",
            refusal.code(),
            &refusal.to_string(),
        ));
    }
    let mut events: Vec<&str> = new.events.iter().map(|kind| kind.as_str()).collect();
    events.sort_unstable();
    events.dedup();

    let mut secret_bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut secret_bytes);
    let secret = URL_SAFE_NO_PAD.encode(secret_bytes);
    let id = Uuid::new_v4();
    let sealed = sealing::seal(&state.secrets, id, SECRET_FIELD, secret.as_bytes())?;
    let txn = state.db.begin().await?;
    let subscription = webhook_subscription::ActiveModel {
        id: Set(id),
        district_id: Set(district.id),
        url: Set(url.clone()),
        events: Set(events.join(",")),
        key_id: Set(sealed.key_id),
        sealed_secret: Set(sealed.bytes),
        created_by: Set(caller.user_id),
        created_at: Set(Utc::now()),
        active: Set(true),
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        AuditEvent {
            chain: AuditChain::District(district.id),
            actor: caller.actor(),
            action: AuditAction::WebhookSubscribed,
            subject: Some(AuditSubject::Webhook(id)),
            details: json!({"events": events}),
        },
    )
    .await?;
    let subscription = view(&txn, &subscription).await?;
    txn.commit().await?;
    Ok(HttpResponse::Created().json(CreatedWebhookSubscription {
        subscription,
        secret,
    }))
}
