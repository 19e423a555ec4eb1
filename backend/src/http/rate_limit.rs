//! Rate limits on public routes: a small middleware on `governor`, keyed by a salted hash of
//! the client's address that changes every day (see `client_key`). Off in tests.

use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, Ordering};

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::web;
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use super::client_key::{client_address, ClientKeyer};
use crate::configuration::RateLimitSettings;
use crate::error::ApiError;
use crate::state::AppState;

/// The public routes' limiter.
pub struct PublicRateLimit {
    limiter: Option<DefaultKeyedRateLimiter<[u8; 32]>>,
    keyer: ClientKeyer,
    checks: AtomicU64,
}

impl PublicRateLimit {
    /// A limiter from the settings; none at all when disabled.
    pub fn new(settings: &RateLimitSettings) -> Self {
        let limiter = settings.enabled.then(|| {
            let per_minute = NonZeroU32::new(settings.per_minute.max(1)).unwrap_or(NonZeroU32::MIN);
            let burst = NonZeroU32::new(settings.burst.max(1)).unwrap_or(NonZeroU32::MIN);
            RateLimiter::dashmap(Quota::per_minute(per_minute).allow_burst(burst))
        });
        PublicRateLimit {
            limiter,
            keyer: ClientKeyer::default(),
            checks: AtomicU64::new(0),
        }
    }

    /// `Err(seconds)` when this client must wait.
    pub fn check(&self, client: &[u8]) -> Result<(), u64> {
        let Some(limiter) = &self.limiter else {
            return Ok(());
        };
        if self.checks.fetch_add(1, Ordering::Relaxed) % 10_000 == 9_999 {
            limiter.retain_recent();
        }
        let (_, key) = self.keyer.key(&[client]);
        limiter.check_key(&key).map_err(|not_until| {
            not_until
                .wait_time_from(DefaultClock::default().now())
                .as_secs()
                .max(1)
        })
    }
}

/// The middleware, used on the public routes with `wrap = "from_fn(public_rate_limit)"`.
pub async fn public_rate_limit(
    request: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<actix_web::body::BoxBody>, actix_web::Error> {
    if let Some(state) = request.app_data::<web::Data<AppState>>() {
        let client = client_address(request.request(), state.settings.trust_forwarded_for);
        if let Err(seconds) = state.public_rate_limit.check(&client) {
            return Err(ApiError::RateLimited {
                retry_after_seconds: seconds,
            }
            .into());
        }
    }
    Ok(next.call(request).await?.map_into_boxed_body())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_is_allowed_then_the_client_waits_and_others_do_not() {
        let limit = PublicRateLimit::new(&RateLimitSettings {
            enabled: true,
            per_minute: 1,
            burst: 3,
        });
        for _ in 0..3 {
            assert!(limit.check(b"10.0.0.1").is_ok());
        }
        assert!(limit.check(b"10.0.0.1").is_err());
        assert!(limit.check(b"10.0.0.2").is_ok());
    }

    #[test]
    fn a_disabled_limit_lets_everything_through() {
        let limit = PublicRateLimit::new(&RateLimitSettings {
            enabled: false,
            per_minute: 1,
            burst: 1,
        });
        for _ in 0..100 {
            assert!(limit.check(b"10.0.0.1").is_ok());
        }
    }
}
