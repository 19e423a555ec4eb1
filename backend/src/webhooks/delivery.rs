//! Delivering the outbox. Due deliveries are claimed in a short transaction (under a row lock
//! that other replicas skip, `FOR UPDATE SKIP LOCKED` on PostgreSQL) that moves their next
//! attempt a lease ahead; they are then posted concurrently, with no database connection held,
//! and each result is recorded on its own. A few deliveries at a time go to one subscription
//! and to one district, so the dead addresses of one district never hold up another's.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{TimeDelta, Utc};
use entity::{webhook_delivery, webhook_subscription};
use sea_orm::sea_query::{Expr, LockBehavior, LockType};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseBackend, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect, QueryTrait, TransactionTrait,
};
use tokio::sync::Notify;
use uuid::Uuid;

use super::signature::{sign, EVENT_ID_HEADER, EVENT_TYPE_HEADER, SIGNATURE_HEADER};
use crate::sealing;
use crate::state::AppState;
use crate::webhooks::target;

/// Due deliveries looked at per claim.
const WINDOW: u64 = 100;
/// Deliveries in flight to one subscription at once.
pub const PER_SUBSCRIPTION: usize = 2;
/// Deliveries in flight to one district's subscriptions at once.
pub const PER_DISTRICT: usize = 8;
/// Deliveries in flight from one replica at once.
pub const IN_FLIGHT: usize = 64;
/// How long a send may take, connection included.
const SEND_TIMEOUT: Duration = Duration::from_secs(5);
/// How far a claim moves the next attempt: a replica that dies with a delivery in flight
/// leaves it to be taken again after this (at least once).
const LEASE_SECONDS: i64 = 60;
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
        .timeout(SEND_TIMEOUT)
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
        .timeout(SEND_TIMEOUT)
        .redirect(reqwest::redirect::Policy::none())
        .user_agent("Ishenim-Webhooks/1")
        .resolve_to_addrs(name, addresses)
        .build()?)
}

/// What one replica has in flight, by subscription and by district.
#[derive(Default)]
pub struct InFlight {
    counts: Mutex<Counts>,
    /// Woken when a delivery finishes, so that what waited for its place goes out.
    finished: Notify,
}

#[derive(Default)]
struct Counts {
    total: usize,
    subscriptions: HashMap<Uuid, usize>,
    districts: HashMap<Uuid, usize>,
}

impl Counts {
    fn has_room(&self, subscription: &webhook_subscription::Model) -> bool {
        self.total < IN_FLIGHT
            && self
                .subscriptions
                .get(&subscription.id)
                .copied()
                .unwrap_or(0)
                < PER_SUBSCRIPTION
            && self
                .districts
                .get(&subscription.district_id)
                .copied()
                .unwrap_or(0)
                < PER_DISTRICT
    }

    fn busy_subscriptions(&self) -> Vec<Uuid> {
        full(&self.subscriptions, PER_SUBSCRIPTION)
    }

    fn busy_districts(&self) -> Vec<Uuid> {
        full(&self.districts, PER_DISTRICT)
    }
}

fn full(counts: &HashMap<Uuid, usize>, bound: usize) -> Vec<Uuid> {
    counts
        .iter()
        .filter(|(_, count)| **count >= bound)
        .map(|(id, _)| *id)
        .collect()
}

impl InFlight {
    fn counts(&self) -> std::sync::MutexGuard<'_, Counts> {
        self.counts
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Takes a place for a delivery to this subscription; given back when the place drops.
    fn take(self: &Arc<Self>, subscription: &webhook_subscription::Model) -> Place {
        let mut counts = self.counts();
        counts.total += 1;
        *counts.subscriptions.entry(subscription.id).or_default() += 1;
        *counts
            .districts
            .entry(subscription.district_id)
            .or_default() += 1;
        Place {
            in_flight: self.clone(),
            subscription_id: subscription.id,
            district_id: subscription.district_id,
        }
    }

    /// Waits until a delivery in flight finishes.
    pub async fn one_finished(&self) {
        self.finished.notified().await;
    }
}

/// A delivery's place in flight.
struct Place {
    in_flight: Arc<InFlight>,
    subscription_id: Uuid,
    district_id: Uuid,
}

impl Drop for Place {
    fn drop(&mut self) {
        {
            let mut counts = self.in_flight.counts();
            counts.total = counts.total.saturating_sub(1);
            release(&mut counts.subscriptions, self.subscription_id);
            release(&mut counts.districts, self.district_id);
        }
        self.in_flight.finished.notify_one();
    }
}

fn release(counts: &mut HashMap<Uuid, usize>, id: Uuid) {
    if let Some(count) = counts.get_mut(&id) {
        *count = count.saturating_sub(1);
        if *count == 0 {
            counts.remove(&id);
        }
    }
}

/// A delivery taken to be sent, with its subscription and its place in flight.
struct Claimed {
    delivery: webhook_delivery::Model,
    subscription: webhook_subscription::Model,
    _place: Place,
}

/// Claims the due deliveries that have room in flight: a short transaction that moves each
/// one's next attempt a lease ahead (so no one else takes it meanwhile) and gives up those
/// whose subscription was stopped.
async fn claim(db: &DatabaseConnection, in_flight: &Arc<InFlight>) -> Result<Vec<Claimed>, DbErr> {
    let (busy_subscriptions, busy_districts, room) = {
        let counts = in_flight.counts();
        (
            counts.busy_subscriptions(),
            counts.busy_districts(),
            IN_FLIGHT.saturating_sub(counts.total),
        )
    };
    if room == 0 {
        return Ok(Vec::new());
    }
    let txn = db.begin().await?;
    let now = Utc::now();
    let mut due = webhook_delivery::Entity::find()
        .filter(webhook_delivery::Column::NextAttemptAt.lte(now))
        .filter(webhook_delivery::Column::DeliveredAt.is_null())
        .filter(webhook_delivery::Column::SubscriptionId.is_not_in(busy_subscriptions))
        .order_by_asc(webhook_delivery::Column::NextAttemptAt)
        .limit(WINDOW);
    if !busy_districts.is_empty() {
        due = due.filter(
            webhook_delivery::Column::SubscriptionId.not_in_subquery(
                webhook_subscription::Entity::find()
                    .select_only()
                    .column(webhook_subscription::Column::Id)
                    .filter(webhook_subscription::Column::DistrictId.is_in(busy_districts))
                    .into_query(),
            ),
        );
    }
    if txn.get_database_backend() == DatabaseBackend::Postgres {
        due = due.lock_with_behavior(LockType::Update, LockBehavior::SkipLocked);
    }
    let due = due.all(&txn).await?;
    if due.is_empty() {
        txn.commit().await?;
        return Ok(Vec::new());
    }
    let mut subscription_ids: Vec<Uuid> = due.iter().map(|d| d.subscription_id).collect();
    subscription_ids.sort_unstable();
    subscription_ids.dedup();
    let subscriptions: HashMap<Uuid, webhook_subscription::Model> =
        webhook_subscription::Entity::find()
            .filter(webhook_subscription::Column::Id.is_in(subscription_ids))
            .all(&txn)
            .await?
            .into_iter()
            .map(|subscription| (subscription.id, subscription))
            .collect();

    let mut claimed = Vec::new();
    let mut stopped = Vec::new();
    for delivery in due {
        match subscriptions
            .get(&delivery.subscription_id)
            .filter(|subscription| subscription.active)
        {
            None => stopped.push(delivery.id),
            Some(subscription) => {
                if !in_flight.counts().has_room(subscription) {
                    continue;
                }
                let place = in_flight.take(subscription);
                claimed.push(Claimed {
                    delivery,
                    subscription: subscription.clone(),
                    _place: place,
                });
            }
        }
    }
    if !claimed.is_empty() {
        webhook_delivery::Entity::update_many()
            .col_expr(
                webhook_delivery::Column::NextAttemptAt,
                Expr::value(now + TimeDelta::seconds(LEASE_SECONDS)),
            )
            .filter(
                webhook_delivery::Column::Id
                    .is_in(claimed.iter().map(|claimed| claimed.delivery.id)),
            )
            .exec(&txn)
            .await?;
    }
    if !stopped.is_empty() {
        webhook_delivery::Entity::update_many()
            .col_expr(
                webhook_delivery::Column::NextAttemptAt,
                Expr::value(Option::<chrono::DateTime<Utc>>::None),
            )
            .filter(webhook_delivery::Column::Id.is_in(stopped))
            .exec(&txn)
            .await?;
    }
    txn.commit().await?;
    Ok(claimed)
}

/// Sends a claimed delivery and records what came of it.
async fn send_and_record(state: &AppState, client: &reqwest::Client, claimed: Claimed) {
    let Claimed {
        delivery,
        subscription,
        _place,
    } = claimed;
    let status = post(state, client, &subscription, &delivery).await;
    let attempts = delivery.attempts + 1;
    let delivered = status.is_some_and(|code| (200..300).contains(&code));
    let next = if delivered || attempts >= MAX_ATTEMPTS {
        None
    } else {
        Some(Utc::now() + backoff(attempts))
    };
    let recorded = webhook_delivery::Entity::update_many()
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
        .exec(&state.db)
        .await;
    if let Err(error) = recorded {
        // The lease runs out and the delivery is sent again: at least once.
        tracing::error!(error = %error, "a webhook delivery's result was not recorded");
    }
    if !delivered {
        tracing::info!(
            event_type = %delivery.event_type,
            attempts,
            status = status.map(i32::from),
            "a webhook delivery failed"
        );
    }
}

/// Delivers what is due and has room, all at once, and waits for the results; returns how
/// many deliveries were attempted.
pub async fn deliver_due(state: &AppState, client: &reqwest::Client) -> anyhow::Result<usize> {
    let in_flight = Arc::new(InFlight::default());
    let claimed = claim(&state.db, &in_flight).await?;
    let attempted = claimed.len();
    futures_util::future::join_all(
        claimed
            .into_iter()
            .map(|claimed| send_and_record(state, client, claimed)),
    )
    .await;
    Ok(attempted)
}

/// The scheduler's delivery loop: claims what has room whenever the outbox is looked at or a
/// delivery finishes, and sends each claimed delivery on its own task.
pub async fn keep_delivering(state: AppState, client: reqwest::Client, every: Duration) {
    let in_flight = Arc::new(InFlight::default());
    let mut interval = tokio::time::interval(every);
    interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        match claim(&state.db, &in_flight).await {
            Ok(claimed) if !claimed.is_empty() => {
                for claimed in claimed {
                    let (state, client) = (state.clone(), client.clone());
                    tokio::spawn(async move { send_and_record(&state, &client, claimed).await });
                }
                // More may be due for subscriptions and districts not yet at their bound.
                continue;
            }
            Ok(_) => {}
            Err(error) => tracing::error!(error = %error, "webhook delivery failed"),
        }
        tokio::select! {
            _ = interval.tick() => {}
            _ = in_flight.one_finished() => {}
        }
    }
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
    let addresses = match tokio::time::timeout(SEND_TIMEOUT, target::resolve(&url, &allowed)).await
    {
        Ok(Ok(addresses)) => addresses,
        Ok(Err(refusal)) => {
            tracing::warn!(reason = %refusal, "a webhook address was refused at delivery");
            return None;
        }
        Err(_) => {
            tracing::warn!("a webhook address did not resolve in time");
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

    fn subscription(district_id: Uuid) -> webhook_subscription::Model {
        webhook_subscription::Model {
            id: Uuid::new_v4(),
            district_id,
            url: "https://example.org/hooks".to_owned(),
            events: "appeal.urgent".to_owned(),
            key_id: "k".to_owned(),
            sealed_secret: Vec::new(),
            created_by: Uuid::nil(),
            created_at: Utc::now(),
            active: true,
        }
    }

    #[test]
    fn a_busy_district_leaves_room_for_another() {
        let in_flight = Arc::new(InFlight::default());
        let busy = Uuid::new_v4();
        let mut places = Vec::new();
        for _ in 0..PER_DISTRICT {
            places.push(in_flight.take(&subscription(busy)));
        }
        assert!(!in_flight.counts().has_room(&subscription(busy)));
        assert_eq!(in_flight.counts().busy_districts(), vec![busy]);
        assert!(in_flight.counts().has_room(&subscription(Uuid::new_v4())));
        drop(places.pop());
        assert!(in_flight.counts().has_room(&subscription(busy)));
    }

    #[test]
    fn one_subscription_takes_only_its_share() {
        let in_flight = Arc::new(InFlight::default());
        let one = subscription(Uuid::new_v4());
        let places: Vec<Place> = (0..PER_SUBSCRIPTION)
            .map(|_| in_flight.take(&one))
            .collect();
        assert!(!in_flight.counts().has_room(&one));
        drop(places);
        assert!(in_flight.counts().has_room(&one));
        assert_eq!(in_flight.counts().total, 0);
    }
}
