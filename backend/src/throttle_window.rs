//! Counts shared by every replica through the database, for the throttles that must hold
//! however many replicas serve: failed sign-ins per account and per client, and receipt
//! checks per client network and of everyone together.
//!
//! A count belongs to a fixed window (an hour, say) and is raised in one statement, so
//! simultaneous attempts on different replicas are all counted. What is counted is named by a
//! keyed hash that changes every day: a login or an address is never stored, and the rows of
//! ended windows are deleted by the scheduler within the hour.

use entity::throttle_window::{Column, Entity};
use sea_orm::sea_query::{Expr, OnConflict, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, Iden, QueryFilter};

use crate::sealing::keyed_hash;
use crate::secrets::Key;

/// The longest window any throttle counts in; rows of windows ended longer ago are deleted.
pub const LONGEST_WINDOW_SECONDS: i64 = 60 * 60;

/// Seconds since 1970, now: what windows are counted in.
pub fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// Milliseconds since 1970, now: what waits are kept in, so a wait of one second lasts one
/// second whenever in a second it starts.
pub fn now_millis() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

/// A key of the throttles' own, derived from a server secret every replica shares.
pub fn derived_key(key: &Key, purpose: &[u8]) -> Key {
    let derived = keyed_hash(key, b"throttle-key:", purpose);
    let mut bytes = [0u8; 32];
    if hex::decode_to_slice(&derived, &mut bytes).is_err() {
        bytes = [0u8; 32];
    }
    secrecy::SecretBox::new(Box::new(bytes))
}

/// The name of what a throttle counts: its kind and a keyed hash of the parts (a login, a
/// client's network) for the day of `now`.
pub fn key_of(key: &Key, kind: &str, parts: &[&[u8]], now: i64) -> String {
    let mut bytes = now.div_euclid(86_400).to_le_bytes().to_vec();
    for part in parts {
        bytes.extend_from_slice(&(part.len() as u64).to_le_bytes());
        bytes.extend_from_slice(part);
    }
    format!("{kind}:{}", keyed_hash(key, b"throttle:", &bytes))
}

/// A count raised by one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counted {
    /// The count in the current window, this one included.
    pub count: i32,
    /// Seconds until the window ends.
    pub window_ends_in: i64,
}

/// Raises the count of `key` in the current window of `window_seconds` by one, in one
/// statement: a count of an earlier window starts again at one.
pub async fn count_one<C: ConnectionTrait>(
    db: &C,
    key: &str,
    window_seconds: i64,
    now: i64,
) -> Result<Counted, DbErr> {
    let window_start = now - now.rem_euclid(window_seconds);
    let same_window = Expr::col((Entity, Column::WindowStart)).eq(window_start);
    let statement = Query::insert()
        .into_table(Entity)
        .columns([Column::Key, Column::WindowStart, Column::Count])
        .values_panic([key.into(), window_start.into(), 1.into()])
        .on_conflict(
            OnConflict::column(Column::Key)
                .value(
                    Column::Count,
                    Expr::case(same_window, Expr::col((Entity, Column::Count)).add(1)).finally(1),
                )
                .value(Column::WindowStart, window_start)
                .to_owned(),
        )
        .returning_col(Column::Count)
        .to_owned();
    let backend = db.get_database_backend();
    let row = db
        .query_one(backend.build(&statement))
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("the raised count".to_owned()))?;
    Ok(Counted {
        count: row.try_get("", &Column::Count.to_string())?,
        window_ends_in: window_start + window_seconds - now,
    })
}

/// Seconds to wait before `key`'s next attempt, if it must wait.
pub async fn wait_of<C: ConnectionTrait>(
    db: &C,
    key: &str,
    now: i64,
) -> Result<Option<u64>, DbErr> {
    Ok(Entity::find_by_id(key.to_owned())
        .one(db)
        .await?
        .and_then(|row| row.wait_until)
        .filter(|until| *until > now)
        .map(|until| (until - now).max(1) as u64))
}

/// Makes `key`'s next attempt wait until `until` (never shortening a longer wait).
pub async fn wait_until<C: ConnectionTrait>(db: &C, key: &str, until: i64) -> Result<(), DbErr> {
    Entity::update_many()
        .col_expr(
            Column::WaitUntil,
            Expr::case(
                Expr::col(Column::WaitUntil).gt(until),
                Expr::col(Column::WaitUntil),
            )
            .finally(until)
            .into(),
        )
        .filter(Column::Key.eq(key))
        .exec(db)
        .await?;
    Ok(())
}

/// Forgets the count of `key` (after a successful sign-in).
pub async fn forget<C: ConnectionTrait>(db: &C, key: &str) -> Result<(), DbErr> {
    Entity::delete_by_id(key.to_owned()).exec(db).await?;
    Ok(())
}

/// Deletes the counts of windows that have ended and make no one wait any more.
pub async fn forget_ended<C: ConnectionTrait>(db: &C, now: i64) -> Result<u64, DbErr> {
    let deleted = Entity::delete_many()
        .filter(Column::WindowStart.lte(now - LONGEST_WINDOW_SECONDS))
        .filter(Column::WaitUntil.is_null().or(Column::WaitUntil.lte(now)))
        .exec(db)
        .await?;
    Ok(deleted.rows_affected)
}
