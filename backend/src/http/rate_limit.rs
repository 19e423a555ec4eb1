//! Rate limits on public routes: a small middleware on `governor`, keyed by a salted hash of
//! the client's network that changes every day (see `client_key`). Off in tests.
//!
//! `governor` keeps its buckets in this process's memory. Receipt checks, what a guesser
//! would use, are also counted an hour at a time in the database (`throttle_window`), per
//! client network and for all clients together, so the bounds hold however many replicas
//! serve.
//!
//! Drops and receipt checks have buckets of their own, so a receipt guesser behind a school's
//! shared address cannot make the class's drops fail; an IPv6 client is one /64 (a guesser
//! does not get a bucket per address of its block). Receipt checks are tight per client and
//! bounded for all clients together. Drops are loose per client — a class of thirty on the
//! school's one Wi-Fi drops together — and bounded for all clients together.

use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, Ordering};

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::web;
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use sea_orm::DatabaseConnection;

use super::client_key::{client_address, ClientKeyer};
use crate::configuration::RateLimitSettings;
use crate::error::ApiError;
use crate::secrets::Key;
use crate::state::AppState;
use crate::throttle_window::{self, count_one};

/// Which public bucket a request draws from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bucket {
    /// Dropping an appeal (and the public pages).
    Drop,
    /// Checking a receipt or replying through it: what a guesser would use.
    Receipt,
}

impl Bucket {
    fn name(self) -> &'static [u8] {
        match self {
            Bucket::Drop => b"drop",
            Bucket::Receipt => b"receipt",
        }
    }
}

/// Receipt checks of all clients together may use this many times one client's rate.
const RECEIPT_GLOBAL_FACTOR: u32 = 40;

/// The public routes' limiter.
pub struct PublicRateLimit {
    receipt: Option<DefaultKeyedRateLimiter<[u8; 32]>>,
    drop: Option<DefaultKeyedRateLimiter<[u8; 32]>>,
    receipt_global: Option<governor::DefaultDirectRateLimiter>,
    drop_global: Option<governor::DefaultDirectRateLimiter>,
    keyer: ClientKeyer,
    checks: AtomicU64,
    shared: Option<SharedReceiptBounds>,
}

/// The hourly bounds of receipt checks that every replica counts together.
struct SharedReceiptBounds {
    key: Key,
    per_client: i32,
    all_clients: i32,
}

/// The window the shared receipt bounds count in.
const RECEIPT_WINDOW_SECONDS: i64 = 60 * 60;

/// The network a client is counted as: its address, or for IPv6 its /64.
fn network_of(client: &[u8]) -> Vec<u8> {
    let parsed = std::str::from_utf8(client)
        .ok()
        .and_then(|text| text.parse::<std::net::IpAddr>().ok());
    match parsed {
        Some(std::net::IpAddr::V6(v6)) if v6.to_ipv4_mapped().is_none() => {
            let mut segments = v6.segments();
            segments[4..].fill(0);
            format!("{}/64", std::net::Ipv6Addr::from(segments)).into_bytes()
        }
        _ => client.to_vec(),
    }
}

impl PublicRateLimit {
    /// A limiter from the settings; none at all when disabled. `key` is a server secret every
    /// replica shares, for the bounds they count together.
    pub fn new(settings: &RateLimitSettings, key: &Key) -> Self {
        let at_least_one = |n: u32| NonZeroU32::new(n.max(1)).unwrap_or(NonZeroU32::MIN);
        let per_minute = at_least_one(settings.per_minute);
        let keyed = |per_minute: NonZeroU32, burst: u32| {
            settings.enabled.then(|| {
                RateLimiter::dashmap(Quota::per_minute(per_minute).allow_burst(at_least_one(burst)))
            })
        };
        let direct = |per_minute: NonZeroU32| {
            settings
                .enabled
                .then(|| RateLimiter::direct(Quota::per_minute(per_minute)))
        };
        PublicRateLimit {
            receipt: keyed(per_minute, settings.burst),
            drop: keyed(
                at_least_one(settings.drops_per_minute),
                settings.drops_burst,
            ),
            receipt_global: direct(per_minute.saturating_mul(at_least_one(RECEIPT_GLOBAL_FACTOR))),
            drop_global: direct(at_least_one(settings.drops_all_clients_per_minute)),
            keyer: ClientKeyer::default(),
            checks: AtomicU64::new(0),
            shared: settings.enabled.then(|| SharedReceiptBounds {
                key: throttle_window::derived_key(key, b"receipt"),
                per_client: i32::try_from(settings.receipt_checks_per_hour.max(1))
                    .unwrap_or(i32::MAX),
                all_clients: i32::try_from(settings.receipt_checks_all_clients_per_hour.max(1))
                    .unwrap_or(i32::MAX),
            }),
        }
    }

    /// Counts a receipt check of this client in the bounds every replica shares: `Err(seconds)`
    /// when the client's network, or everyone together, has used the hour's checks.
    pub async fn check_shared(
        &self,
        db: &DatabaseConnection,
        client: &[u8],
    ) -> Result<Result<(), u64>, sea_orm::DbErr> {
        let Some(bounds) = &self.shared else {
            return Ok(Ok(()));
        };
        let now = throttle_window::now();
        let network =
            throttle_window::key_of(&bounds.key, "receipt-client", &[&network_of(client)], now);
        let of_client = count_one(db, &network, RECEIPT_WINDOW_SECONDS, now).await?;
        if of_client.count > bounds.per_client {
            return Ok(Err(of_client.window_ends_in.max(1) as u64));
        }
        let of_all = count_one(db, "receipt-all", RECEIPT_WINDOW_SECONDS, now).await?;
        if of_all.count > bounds.all_clients {
            return Ok(Err(of_all.window_ends_in.max(1) as u64));
        }
        Ok(Ok(()))
    }

    /// `Err(seconds)` when this client must wait before drawing from this bucket.
    pub fn check(&self, bucket: Bucket, client: &[u8]) -> Result<(), u64> {
        let (keyed, global) = match bucket {
            Bucket::Drop => (&self.drop, &self.drop_global),
            Bucket::Receipt => (&self.receipt, &self.receipt_global),
        };
        let Some(limiter) = keyed else {
            return Ok(());
        };
        if self.checks.fetch_add(1, Ordering::Relaxed) % 10_000 == 9_999 {
            limiter.retain_recent();
        }
        let wait = |not_until: governor::NotUntil<_>| {
            not_until
                .wait_time_from(DefaultClock::default().now())
                .as_secs()
                .max(1)
        };
        let (_, key) = self.keyer.key(&[bucket.name(), &network_of(client)]);
        limiter.check_key(&key).map_err(wait)?;
        if let Some(global) = global {
            global.check().map_err(wait)?;
        }
        Ok(())
    }
}

/// The middleware of the drop, used with `wrap = "from_fn(public_rate_limit)"`.
pub async fn public_rate_limit(
    request: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<actix_web::body::BoxBody>, actix_web::Error> {
    limited(Bucket::Drop, request, next).await
}

/// The middleware of the receipt's routes, used with `wrap = "from_fn(receipt_rate_limit)"`.
pub async fn receipt_rate_limit(
    request: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<actix_web::body::BoxBody>, actix_web::Error> {
    limited(Bucket::Receipt, request, next).await
}

async fn limited(
    bucket: Bucket,
    request: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<actix_web::body::BoxBody>, actix_web::Error> {
    if let Some(state) = request.app_data::<web::Data<AppState>>() {
        within_limit(state, request.request(), bucket).await?;
    }
    Ok(next.call(request).await?.map_into_boxed_body())
}

/// Draws one request of this client from a public bucket (also for the plain pages' forms,
/// which are the same acts as the JSON routes).
pub async fn within_limit(
    state: &AppState,
    request: &actix_web::HttpRequest,
    bucket: Bucket,
) -> Result<(), ApiError> {
    let client = client_address(request, state.settings.trust_forwarded_for);
    let limited = |seconds| ApiError::RateLimited {
        retry_after_seconds: seconds,
    };
    let limit = &state.public_rate_limit;
    limit.check(bucket, &client).map_err(limited)?;
    if bucket == Bucket::Receipt {
        limit
            .check_shared(&state.db, &client)
            .await?
            .map_err(limited)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(per_minute: u32, burst: u32) -> RateLimitSettings {
        RateLimitSettings {
            enabled: true,
            per_minute,
            burst,
            drops_per_minute: per_minute,
            drops_burst: burst,
            drops_all_clients_per_minute: 1200,
            receipt_checks_per_hour: 300,
            receipt_checks_all_clients_per_hour: 12_000,
        }
    }

    fn key() -> Key {
        secrecy::SecretBox::new(Box::new([3u8; 32]))
    }

    #[test]
    fn a_burst_is_allowed_then_the_client_waits_and_others_do_not() {
        let limit = PublicRateLimit::new(&settings(1, 3), &key());
        for _ in 0..3 {
            assert!(limit.check(Bucket::Drop, b"10.0.0.1").is_ok());
        }
        assert!(limit.check(Bucket::Drop, b"10.0.0.1").is_err());
        assert!(limit.check(Bucket::Drop, b"10.0.0.2").is_ok());
    }

    #[test]
    fn a_receipt_guesser_does_not_spend_the_drops_of_their_address() {
        let limit = PublicRateLimit::new(&settings(1, 3), &key());
        for _ in 0..3 {
            assert!(limit.check(Bucket::Receipt, b"10.0.0.1").is_ok());
        }
        assert!(limit.check(Bucket::Receipt, b"10.0.0.1").is_err());
        assert!(limit.check(Bucket::Drop, b"10.0.0.1").is_ok());
    }

    #[test]
    fn an_ipv6_block_is_one_client() {
        let limit = PublicRateLimit::new(&settings(1, 2), &key());
        assert!(limit.check(Bucket::Receipt, b"2001:db8:1:2::1").is_ok());
        assert!(limit.check(Bucket::Receipt, b"2001:db8:1:2::ffff").is_ok());
        assert!(limit
            .check(Bucket::Receipt, b"2001:db8:1:2:abcd::9")
            .is_err());
        assert!(limit.check(Bucket::Receipt, b"2001:db8:1:3::1").is_ok());
    }

    #[test]
    fn a_disabled_limit_lets_everything_through() {
        let limit = PublicRateLimit::new(
            &RateLimitSettings {
                enabled: false,
                ..settings(1, 1)
            },
            &key(),
        );
        for _ in 0..100 {
            assert!(limit.check(Bucket::Drop, b"10.0.0.1").is_ok());
        }
    }

    #[test]
    fn a_class_on_one_address_drops_together_and_all_clients_are_bounded() {
        let limit = PublicRateLimit::new(
            &RateLimitSettings {
                enabled: true,
                per_minute: 30,
                burst: 10,
                drops_per_minute: 60,
                drops_burst: 60,
                drops_all_clients_per_minute: 100,
                receipt_checks_per_hour: 300,
                receipt_checks_all_clients_per_hour: 12_000,
            },
            &key(),
        );
        for _ in 0..30 {
            assert!(limit.check(Bucket::Drop, b"10.0.0.1").is_ok());
        }
        // The receipts of that class are still bounded per address.
        for _ in 0..10 {
            assert!(limit.check(Bucket::Receipt, b"10.0.0.1").is_ok());
        }
        assert!(limit.check(Bucket::Receipt, b"10.0.0.1").is_err());
        // Many addresses together meet the global bound of drops.
        let refused = (0..200u32)
            .filter(|n| {
                limit
                    .check(
                        Bucket::Drop,
                        format!("10.1.{}.{}", n / 250, n % 250).as_bytes(),
                    )
                    .is_err()
            })
            .count();
        assert!(refused >= 100, "{refused}");
    }
}
