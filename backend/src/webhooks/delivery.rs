//! Delivering the outbox: due deliveries are taken under a row lock that other replicas skip
//! (`FOR UPDATE SKIP LOCKED` on PostgreSQL), posted with their signature, and either marked
//! delivered or given a later attempt with exponential backoff.

use std::collections::HashMap;
use std::time::Duration;

use chrono::{TimeDelta, Utc};
use entity::{webhook_delivery, webhook_subscription};
use sea_orm::sea_query::{Expr, LockBehavior, LockType};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseBackend, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, TransactionTrait,
};
use uuid::Uuid;

use super::signature::{sign, EVENT_ID_HEADER, EVENT_TYPE_HEADER, SIGNATURE_HEADER};
use crate::sealing;
use crate::state::AppState;
use crate::webhooks::target;

/// Deliveries taken per round.
const BATCH: u64 = 10;
/// Attempts before a delivery is given up.
pub const MAX_ATTEMPTS: i32 = 12;
/// The first retry's wait; each further one doubles, up to `LONGEST_WAIT`.
const FIRST_WAIT_SECONDS: i64 = 15;
const LONGEST_WAIT_SECONDS: i64 = 6 * 60 * 60;

/// The sealed field of a subscription's secret.
pub const SECRET_FIELD: &str = "webhook_subscription.secret";

/// The wait after the `attempts`-th failed attempt.
pub fn backoff(attempts: i32) -> TimeDelta {
    let exponent = attempts.clamp(1, 20) as u32 - 1;
    let seconds = FIRST_WAIT_SECONDS.saturating_mul(1_i64 << exponent);
    TimeDelta::seconds(seconds.min(LONGEST_WAIT_SECONDS))
}

/// The HTTP client deliveries use.
pub fn client() -> anyhow::Result<reqwest::Client> {
    Ok(reqwest::Client::builder()
        .timeout(Duration::from_secs(5))
        .redirect(reqwest::redirect::Policy::none())
        .user_agent("Ishenim-Webhooks/1")
        .build()?)
}

/// A client that connects to these checked addresses for `name`, whatever the resolver says
/// by the time the connection is made.
fn pinned_client(
    name: &str,
    addresses: &[std::net::SocketAddr],
) -> anyhow::Result<reqwest::Client> {
    Ok(reqwest::Client::builder()
        .timeout(Duration::from_secs(5))
        .redirect(reqwest::redirect::Policy::none())
        .user_agent("Ishenim-Webhooks/1")
        .resolve_to_addrs(name, addresses)
        .build()?)
}

/// Delivers what is due; returns how many deliveries were attempted.
pub async fn deliver_due(state: &AppState, client: &reqwest::Client) -> anyhow::Result<usize> {
    let txn = state.db.begin().await?;
    let now = Utc::now();
    let mut due = webhook_delivery::Entity::find()
        .filter(webhook_delivery::Column::NextAttemptAt.lte(now))
        .filter(webhook_delivery::Column::DeliveredAt.is_null())
        .order_by_asc(webhook_delivery::Column::NextAttemptAt)
        .limit(BATCH);
    if txn.get_database_backend() == DatabaseBackend::Postgres {
        due = due.lock_with_behavior(LockType::Update, LockBehavior::SkipLocked);
    }
    let due = due.all(&txn).await?;
    let mut subscriptions: HashMap<Uuid, Option<webhook_subscription::Model>> = HashMap::new();
    for delivery in &due {
        if let std::collections::hash_map::Entry::Vacant(slot) =
            subscriptions.entry(delivery.subscription_id)
        {
            slot.insert(
                webhook_subscription::Entity::find_by_id(delivery.subscription_id)
                    .one(&txn)
                    .await?,
            );
        }
        let subscription = subscriptions
            .get(&delivery.subscription_id)
            .and_then(Option::as_ref)
            .filter(|subscription| subscription.active);
        let status = match subscription {
            Some(subscription) => post(state, client, subscription, delivery).await,
            None => None,
        };
        let attempts = delivery.attempts + 1;
        let delivered = status.is_some_and(|code| (200..300).contains(&code));
        let next = if delivered || subscription.is_none() || attempts >= MAX_ATTEMPTS {
            None
        } else {
            Some(Utc::now() + backoff(attempts))
        };
        webhook_delivery::Entity::update_many()
            .col_expr(webhook_delivery::Column::Attempts, Expr::value(attempts))
            .col_expr(webhook_delivery::Column::NextAttemptAt, Expr::value(next))
            .col_expr(
                webhook_delivery::Column::DeliveredAt,
                Expr::value(delivered.then(Utc::now)),
            )
            .col_expr(
                webhook_delivery::Column::LastStatus,
                Expr::value(status.map(i32::from)),
            )
            .filter(webhook_delivery::Column::Id.eq(delivery.id))
            .exec(&txn)
            .await?;
        if !delivered {
            tracing::info!(
                event_type = %delivery.event_type,
                attempts,
                status = status.map(i32::from),
                "a webhook delivery failed"
            );
        }
    }
    txn.commit().await?;
    Ok(due.len())
}

async fn post(
    state: &AppState,
    client: &reqwest::Client,
    subscription: &webhook_subscription::Model,
    delivery: &webhook_delivery::Model,
) -> Option<u16> {
    let secret = match sealing::open(
        &state.secrets,
        subscription.id,
        SECRET_FIELD,
        &subscription.key_id,
        &subscription.sealed_secret,
    ) {
        Ok(secret) => secret,
        Err(_) => {
            tracing::error!("a webhook secret did not open");
            return None;
        }
    };
    // Checked again at every delivery (a name may now point inside), and the connection goes
    // to the address that was checked.
    let allowed = target::allowed_networks(&state.settings.webhook_private_networks);
    let url = target::parse(&subscription.url).ok()?;
    let addresses = match target::resolve(&url, &allowed).await {
        Ok(addresses) => addresses,
        Err(refusal) => {
            tracing::warn!(reason = %refusal, "a webhook address was refused at delivery");
            return None;
        }
    };
    let pinned;
    let client = match url.domain() {
        Some(name) => {
            pinned = pinned_client(name, &addresses).ok()?;
            &pinned
        }
        None => client,
    };
    let body = delivery.payload.clone().into_bytes();
    let signature = sign(&secret, Utc::now().timestamp(), &body);
    let response = client
        .post(url)
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .header(SIGNATURE_HEADER, signature)
        .header(EVENT_ID_HEADER, delivery.event_id.to_string())
        .header(EVENT_TYPE_HEADER, delivery.event_type.as_str())
        .body(body)
        .send()
        .await;
    response.ok().map(|response| response.status().as_u16())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_doubles_up_to_six_hours() {
        assert_eq!(backoff(1), TimeDelta::seconds(15));
        assert_eq!(backoff(2), TimeDelta::seconds(30));
        assert_eq!(backoff(5), TimeDelta::seconds(240));
        assert_eq!(backoff(12), TimeDelta::seconds(6 * 60 * 60));
    }
}
