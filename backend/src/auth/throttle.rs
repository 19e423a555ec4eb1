//! Throttling repeated failed sign-ins. Failures are counted per login *and* client, so a
//! stranger guessing a director's password slows down only themselves: the director signing
//! in from their own computer is not locked out.
//!
//! The count is kept in the database (`throttle_window`), which every replica reads, so a
//! guesser sending each try to another replica gets no more tries than one sending all to
//! one. It names the login and client by a keyed hash that changes every day, never as a login
//! or an address.

use sea_orm::{ConnectionTrait, DbErr};

use crate::error::ApiError;
use crate::secrets::Key;
use crate::throttle_window;

/// Failures allowed before the first delay.
pub const FREE_FAILURES: i32 = 5;
/// The first delay, in seconds; it doubles with each further failure.
const FIRST_DELAY: i64 = 30;
/// The longest delay, in seconds.
const MAX_DELAY: i64 = 15 * 60;
/// The window failures are counted in.
const WINDOW: i64 = 60 * 60;

/// The failed sign-ins per login and client.
pub struct LoginThrottle {
    key: Key,
}

/// The delay after `failures` failures in the window.
fn delay_after(failures: i32) -> Option<i64> {
    (failures >= FREE_FAILURES).then(|| {
        let doublings = (failures - FREE_FAILURES).min(16);
        (FIRST_DELAY << doublings).min(MAX_DELAY)
    })
}

impl LoginThrottle {
    /// A throttle naming logins and clients with a key derived from `key`, the same in every
    /// replica.
    pub fn new(key: &Key) -> Self {
        LoginThrottle {
            key: throttle_window::derived_key(key, b"sign-in"),
        }
    }

    fn name(&self, login: &str, client: &[u8], now: i64) -> String {
        throttle_window::key_of(
            &self.key,
            "sign-in-client",
            &[login.to_lowercase().as_bytes(), client],
            now,
        )
    }

    /// `login_throttled` while this login from this client must wait.
    pub async fn refuse_while_blocked<C: ConnectionTrait>(
        &self,
        db: &C,
        login: &str,
        client: &[u8],
    ) -> Result<(), ApiError> {
        let name = self.name(login, client, throttle_window::now());
        match throttle_window::wait_of(db, &name, throttle_window::now_millis()).await? {
            Some(seconds) => Err(ApiError::LoginThrottled {
                retry_after_seconds: seconds,
            }),
            None => Ok(()),
        }
    }

    /// Counts a failed sign-in for every replica. Call it with no transaction open on the
    /// connection: the count must stay whatever happens to the attempt's changes.
    pub async fn record_failure<C: ConnectionTrait>(
        &self,
        db: &C,
        login: &str,
        client: &[u8],
    ) -> Result<(), DbErr> {
        let now = throttle_window::now();
        let name = self.name(login, client, now);
        let counted = throttle_window::count_one(db, &name, WINDOW, now).await?;
        if let Some(delay) = delay_after(counted.count) {
            let until = throttle_window::now_millis() + delay * 1000;
            throttle_window::wait_until(db, &name, until).await?;
        }
        Ok(())
    }

    /// Forgets the failures of this login from this client after a successful sign-in.
    pub async fn record_success<C: ConnectionTrait>(
        &self,
        db: &C,
        login: &str,
        client: &[u8],
    ) -> Result<(), DbErr> {
        throttle_window::forget(db, &self.name(login, client, throttle_window::now())).await
    }
}

#[cfg(test)]
mod tests {
    use secrecy::{ExposeSecret, SecretBox};

    use super::*;

    #[test]
    fn five_failures_make_a_client_wait_thirty_seconds() {
        assert_eq!(delay_after(FREE_FAILURES - 1), None);
        assert_eq!(delay_after(FREE_FAILURES), Some(30));
    }

    #[test]
    fn the_delay_doubles_and_is_capped() {
        assert_eq!(delay_after(FREE_FAILURES + 1), Some(60));
        assert_eq!(delay_after(FREE_FAILURES + 40), Some(MAX_DELAY));
    }

    #[test]
    fn every_replica_names_a_login_and_client_alike_and_clients_apart() {
        let key: Key = SecretBox::new(Box::new([7u8; 32]));
        let (one, other) = (LoginThrottle::new(&key), LoginThrottle::new(&key));
        assert_eq!(one.key.expose_secret(), other.key.expose_secret());
        assert_ne!(one.key.expose_secret(), &[7u8; 32]);
        let now = 1_800_000_000;
        assert_eq!(
            one.name("Director", b"10.0.0.1", now),
            other.name("director", b"10.0.0.1", now)
        );
        assert_ne!(
            one.name("director", b"10.0.0.1", now),
            one.name("director", b"10.0.0.2", now)
        );
        assert_ne!(
            one.name("director", b"10.0.0.1", now),
            one.name("director", b"10.0.0.1", now + 86_400)
        );
    }
}
