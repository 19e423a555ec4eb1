//! Throttling repeated failed sign-ins. Failures are counted per login *and* client, so a
//! stranger guessing a director's password slows down only themselves: the director signing
//! in from their own computer is not locked out. The count lives in memory under a salted
//! key (see `client_key`), never as an address.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::error::ApiError;
use crate::http::client_key::ClientKeyer;

/// Failures allowed before the first delay.
pub const FREE_FAILURES: u32 = 5;
/// The first delay; it doubles with each further failure.
const FIRST_DELAY: Duration = Duration::from_secs(30);
/// The longest delay.
const MAX_DELAY: Duration = Duration::from_secs(15 * 60);
/// Failures older than this are forgotten.
const MEMORY: Duration = Duration::from_secs(60 * 60);

#[derive(Debug, Clone, Copy)]
struct Failures {
    count: u32,
    last: Instant,
    blocked_until: Option<Instant>,
}

/// The failed sign-ins of one server process.
#[derive(Default)]
pub struct LoginThrottle {
    keyer: ClientKeyer,
    failures: Mutex<HashMap<[u8; 32], Failures>>,
}

impl LoginThrottle {
    fn key(&self, login: &str, client: &[u8]) -> [u8; 32] {
        self.keyer.key(&[login.to_lowercase().as_bytes(), client]).1
    }

    fn table(&self) -> std::sync::MutexGuard<'_, HashMap<[u8; 32], Failures>> {
        self.failures
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// `Err(seconds)` while this login from this client must wait.
    pub fn check(&self, login: &str, client: &[u8]) -> Result<(), u64> {
        self.check_at(login, client, Instant::now())
    }

    /// `login_throttled` while this login from this client must wait.
    pub fn refuse_while_blocked(&self, login: &str, client: &[u8]) -> Result<(), ApiError> {
        self.check(login, client)
            .map_err(|seconds| ApiError::LoginThrottled {
                retry_after_seconds: seconds,
            })
    }

    fn check_at(&self, login: &str, client: &[u8], now: Instant) -> Result<(), u64> {
        let key = self.key(login, client);
        match self.table().get(&key).and_then(|f| f.blocked_until) {
            Some(until) if until > now => Err((until - now).as_secs().max(1)),
            _ => Ok(()),
        }
    }

    /// Counts a failed sign-in.
    pub fn record_failure(&self, login: &str, client: &[u8]) {
        self.record_failure_at(login, client, Instant::now());
    }

    fn record_failure_at(&self, login: &str, client: &[u8], now: Instant) {
        let key = self.key(login, client);
        let mut table = self.table();
        if table.len() > 100_000 {
            table.retain(|_, f| now.duration_since(f.last) < MEMORY);
        }
        let entry = table.entry(key).or_insert(Failures {
            count: 0,
            last: now,
            blocked_until: None,
        });
        if now.duration_since(entry.last) >= MEMORY {
            entry.count = 0;
        }
        entry.count += 1;
        entry.last = now;
        if entry.count >= FREE_FAILURES {
            let doublings = (entry.count - FREE_FAILURES).min(16);
            let delay = FIRST_DELAY.saturating_mul(1 << doublings).min(MAX_DELAY);
            entry.blocked_until = Some(now + delay);
        }
    }

    /// Forgets the failures of this login from this client after a successful sign-in.
    pub fn record_success(&self, login: &str, client: &[u8]) {
        let key = self.key(login, client);
        self.table().remove(&key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_failures_make_this_client_wait() {
        let throttle = LoginThrottle::default();
        let now = Instant::now();
        for _ in 0..FREE_FAILURES - 1 {
            throttle.record_failure_at("demo.director", b"1.2.3.4", now);
        }
        assert!(throttle.check_at("demo.director", b"1.2.3.4", now).is_ok());
        throttle.record_failure_at("demo.director", b"1.2.3.4", now);
        assert_eq!(throttle.check_at("demo.director", b"1.2.3.4", now), Err(30));
    }

    #[test]
    fn a_stranger_cannot_lock_the_director_out() {
        let throttle = LoginThrottle::default();
        let now = Instant::now();
        for _ in 0..50 {
            throttle.record_failure_at("demo.director", b"6.6.6.6", now);
        }
        assert!(throttle.check_at("demo.director", b"6.6.6.6", now).is_err());
        assert!(throttle.check_at("demo.director", b"10.1.1.1", now).is_ok());
    }

    #[test]
    fn the_delay_doubles_and_is_capped() {
        let throttle = LoginThrottle::default();
        let now = Instant::now();
        for _ in 0..FREE_FAILURES + 1 {
            throttle.record_failure_at("x", b"a", now);
        }
        assert_eq!(throttle.check_at("x", b"a", now), Err(60));
        for _ in 0..20 {
            throttle.record_failure_at("x", b"a", now);
        }
        assert_eq!(throttle.check_at("x", b"a", now), Err(MAX_DELAY.as_secs()));
    }

    #[test]
    fn the_delay_ends() {
        let throttle = LoginThrottle::default();
        let now = Instant::now();
        for _ in 0..FREE_FAILURES {
            throttle.record_failure_at("x", b"a", now);
        }
        assert!(throttle
            .check_at("x", b"a", now + Duration::from_secs(31))
            .is_ok());
    }
}
