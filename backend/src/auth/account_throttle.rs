//! Failed sign-ins per *account*, whatever address they come from, shared by every replica
//! through the database. The per-client throttle (`throttle.rs`) stops one guesser quickly;
//! this one bounds a guesser who changes addresses (thirty addresses, an IPv6 block, two
//! replicas) to a few dozen tries an hour in all.
//!
//! It never locks an account: past the free failures each attempt only waits a growing delay,
//! at most [`MAX_DELAY_SECONDS`], so a stranger can slow the director's next sign-in by a
//! minute at most, never stop it, and a success starts the count again.

use chrono::{DateTime, Duration, Utc};
use entity::sign_in_throttle;
use sea_orm::{ActiveValue::Set, ConnectionTrait, DbErr, EntityTrait};

use crate::sealing::keyed_hash;
use crate::secrets::Key;

/// Failures of one account allowed in a window before attempts must wait.
pub const FREE_FAILURES: i32 = 20;

/// The window failures are counted in.
pub const WINDOW_SECONDS: i64 = 60 * 60;

/// The longest wait between attempts on one account.
pub const MAX_DELAY_SECONDS: i64 = 60;

/// The name of an account in the throttle: a keyed hash of its normalised login.
pub fn account_key(key: &Key, login: &str) -> String {
    keyed_hash(key, b"sign-in-throttle:", login.as_bytes())
}

/// `Err(seconds)` while the account must wait before another attempt.
pub async fn check<C: ConnectionTrait>(db: &C, account: &str) -> Result<Result<(), u64>, DbErr> {
    let now = Utc::now();
    Ok(
        match sign_in_throttle::Entity::find_by_id(account.to_owned())
            .one(db)
            .await?
            .and_then(|row| row.next_attempt_at)
        {
            Some(next) if next > now => Err((next - now).num_seconds().max(1) as u64),
            _ => Ok(()),
        },
    )
}

/// The delay after `failures` failures in the window.
fn delay_after(failures: i32) -> Option<Duration> {
    let over = failures - FREE_FAILURES;
    (over > 0).then(|| {
        let seconds = 1i64 << (over - 1).clamp(0, 6);
        Duration::seconds(seconds.min(MAX_DELAY_SECONDS))
    })
}

/// Counts a failed attempt on the account.
pub async fn record_failure<C: ConnectionTrait>(db: &C, account: &str) -> Result<(), DbErr> {
    record_failure_at(db, account, Utc::now()).await
}

async fn record_failure_at<C: ConnectionTrait>(
    db: &C,
    account: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let current = sign_in_throttle::Entity::find_by_id(account.to_owned())
        .one(db)
        .await?;
    let (failures, window_started_at) = match current {
        Some(row) if now - row.window_started_at < Duration::seconds(WINDOW_SECONDS) => {
            (row.failures + 1, row.window_started_at)
        }
        _ => (1, now),
    };
    let row = sign_in_throttle::ActiveModel {
        account_key: Set(account.to_owned()),
        failures: Set(failures),
        window_started_at: Set(window_started_at),
        next_attempt_at: Set(delay_after(failures).map(|delay| now + delay)),
    };
    sign_in_throttle::Entity::insert(row)
        .on_conflict(
            sea_orm::sea_query::OnConflict::column(sign_in_throttle::Column::AccountKey)
                .update_columns([
                    sign_in_throttle::Column::Failures,
                    sign_in_throttle::Column::WindowStartedAt,
                    sign_in_throttle::Column::NextAttemptAt,
                ])
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// A successful sign-in starts the account's count again.
pub async fn record_success<C: ConnectionTrait>(db: &C, account: &str) -> Result<(), DbErr> {
    sign_in_throttle::Entity::delete_by_id(account.to_owned())
        .exec(db)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_delay_grows_from_nothing_to_a_minute_and_no_further() {
        assert_eq!(delay_after(FREE_FAILURES), None);
        assert_eq!(delay_after(FREE_FAILURES + 1), Some(Duration::seconds(1)));
        assert_eq!(delay_after(FREE_FAILURES + 3), Some(Duration::seconds(4)));
        assert_eq!(delay_after(FREE_FAILURES + 40), Some(Duration::seconds(60)));
    }
}
