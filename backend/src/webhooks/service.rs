//! Subscribing an address to a district's events and stopping a subscription, each in one
//! transaction with its audit entry.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use entity::district;
use rand::RngCore;
use sea_orm::{DatabaseConnection, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use crate::audit::{self, AuditAction, AuditChain, AuditEvent, AuditSubject};
use crate::auth::Caller;
use crate::error::{ApiError, ProblemCode};
use crate::sealing;
use crate::secrets::Secrets;
use crate::webhooks::delivery::SECRET_FIELD;
use crate::webhooks::store::{self, NewSubscription};
use crate::webhooks::target;
use crate::webhooks::views::{NewWebhookSubscription, WebhookSubscription};

/// Subscribes an address to the district's events, once it is known to be one the server may
/// call (`private_networks`: the setting that lets some private addresses through). The
/// subscription is answered with its signing secret, this once.
pub async fn subscribe(
    db: &DatabaseConnection,
    secrets: &Secrets,
    private_networks: &str,
    caller: &Caller,
    district: &district::Model,
    new: NewWebhookSubscription,
) -> Result<(WebhookSubscription, String), ApiError> {
    let url = new.url.trim().to_owned();
    let allowed = target::allowed_networks(private_networks);
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
    let sealed = sealing::seal(secrets, id, SECRET_FIELD, secret.as_bytes())?;
    let txn = db.begin().await?;
    if store::active_subscriptions_locked(&txn, district.id).await?
        >= store::MAX_SUBSCRIPTIONS_PER_DISTRICT
    {
        return Err(ApiError::rejected(
            ProblemCode::TooManyWebhooks,
            format!(
                "A district has at most {} active webhook subscriptions.",
                store::MAX_SUBSCRIPTIONS_PER_DISTRICT
            ),
        ));
    }
    let subscription = store::insert_subscription(
        &txn,
        NewSubscription {
            id,
            district_id: district.id,
            url,
            events: events.join(","),
            sealed,
            created_by: caller.user_id,
        },
    )
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
    let subscription = store::view(&txn, &subscription).await?;
    txn.commit().await?;
    Ok((subscription, secret))
}

/// Stops one of the district's subscriptions: nothing more is sent to it, and what waited is
/// dropped.
pub async fn unsubscribe(
    db: &DatabaseConnection,
    caller: &Caller,
    district: &district::Model,
    id: Uuid,
) -> Result<(), ApiError> {
    let subscription = store::active_subscription(db, district.id, id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let txn = db.begin().await?;
    store::deactivate(&txn, subscription.id).await?;
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
    Ok(())
}

/// The district's subscriptions as the API shows them, oldest first.
pub async fn subscriptions(
    db: &DatabaseConnection,
    district: &district::Model,
) -> Result<Vec<WebhookSubscription>, ApiError> {
    let mut items = Vec::new();
    for subscription in store::subscriptions_of(db, district.id).await? {
        items.push(store::view(db, &subscription).await?);
    }
    Ok(items)
}
