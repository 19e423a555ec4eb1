//! Failed sign-ins per *account*, whatever address they come from, shared by every replica
//! through the database. The per-client throttle (`throttle.rs`) stops one guesser quickly;
//! this one bounds a guesser who changes addresses (thirty addresses, an IPv6 block, several
//! replicas) to a few dozen tries an hour in all.
//!
//! It never locks an account: past the free failures each attempt only waits a growing delay,
//! at most [`MAX_DELAY_SECONDS`], so a stranger can slow the director's next sign-in by a
//! minute at most, never stop it, and a success starts the count again.

use sea_orm::{ConnectionTrait, DbErr};

use crate::secrets::Key;
use crate::throttle_window::{self, count_one};

/// Failures of one account allowed in a window before attempts must wait.
pub const FREE_FAILURES: i32 = 20;

/// The window failures are counted in.
pub const WINDOW_SECONDS: i64 = 60 * 60;

/// The longest wait between attempts on one account.
pub const MAX_DELAY_SECONDS: i64 = 60;

/// The name of an account in the throttle: a keyed hash of its normalised login.
pub fn account_key(key: &Key, login: &str) -> String {
    throttle_window::key_of(
        key,
        "sign-in-account",
        &[login.as_bytes()],
        throttle_window::now(),
    )
}

/// `Err(seconds)` while the account must wait before another attempt.
pub async fn check<C: ConnectionTrait>(db: &C, account: &str) -> Result<Result<(), u64>, DbErr> {
    Ok(
        match throttle_window::wait_of(db, account, throttle_window::now_millis()).await? {
            Some(seconds) => Err(seconds),
            None => Ok(()),
        },
    )
}

/// The delay after `failures` failures in the window.
fn delay_after(failures: i32) -> Option<i64> {
    let over = failures - FREE_FAILURES;
    (over > 0).then(|| (1i64 << (over - 1).clamp(0, 6)).min(MAX_DELAY_SECONDS))
}

/// Counts a failed attempt on the account: simultaneous failures on different replicas are
/// each counted.
pub async fn record_failure<C: ConnectionTrait>(db: &C, account: &str) -> Result<(), DbErr> {
    let counted = count_one(db, account, WINDOW_SECONDS, throttle_window::now()).await?;
    if let Some(delay) = delay_after(counted.count) {
        let until = throttle_window::now_millis() + delay * 1000;
        throttle_window::wait_until(db, account, until).await?;
    }
    Ok(())
}

/// A successful sign-in starts the account's count again.
pub async fn record_success<C: ConnectionTrait>(db: &C, account: &str) -> Result<(), DbErr> {
    throttle_window::forget(db, account).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_delay_grows_from_nothing_to_a_minute_and_no_further() {
        assert_eq!(delay_after(FREE_FAILURES), None);
        assert_eq!(delay_after(FREE_FAILURES + 1), Some(1));
        assert_eq!(delay_after(FREE_FAILURES + 3), Some(4));
        assert_eq!(delay_after(FREE_FAILURES + 40), Some(60));
    }
}
