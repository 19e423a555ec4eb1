//! The database side of sign-in: users by login, refresh tokens and their rotation.

use chrono::{Duration, Utc};
use entity::{refresh_token, staff_user};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use uuid::Uuid;

use super::tokens::{hash_refresh_token, new_refresh_token, REFRESH_TOKEN_SECONDS};
use crate::sealing::keyed_hash;
use crate::secrets::Key;

/// Normalises a login as typed: trimmed and lower case.
pub fn normalise_login(login: &str) -> String {
    login.trim().to_lowercase()
}

/// An active user by login.
pub async fn find_active_user<C: ConnectionTrait>(
    db: &C,
    login: &str,
) -> Result<Option<staff_user::Model>, DbErr> {
    staff_user::Entity::find()
        .filter(staff_user::Column::Login.eq(normalise_login(login)))
        .filter(staff_user::Column::Active.eq(true))
        .one(db)
        .await
}

/// A sign-in lasts at most this long, however often its tokens are refreshed.
pub const SIGN_IN_SECONDS: i64 = 12 * 60 * 60;

/// A refresh token presented again this soon after it was rotated is a duplicate of the same
/// request (a second tab, a retry after a lost answer): it gets the same successor.
pub const DUPLICATE_SECONDS: i64 = 10;

/// Stores the first refresh token of a new sign-in and returns the token itself.
pub async fn issue_refresh_token<C: ConnectionTrait>(
    db: &C,
    user_id: Uuid,
    family_id: Uuid,
) -> Result<String, DbErr> {
    let token = new_refresh_token();
    store_refresh_token(db, user_id, family_id, &token, Utc::now()).await?;
    Ok(token)
}

async fn store_refresh_token<C: ConnectionTrait>(
    db: &C,
    user_id: Uuid,
    family_id: Uuid,
    token: &str,
    family_started_at: chrono::DateTime<Utc>,
) -> Result<(), DbErr> {
    let now = Utc::now();
    let expires_at = (now + Duration::seconds(REFRESH_TOKEN_SECONDS))
        .min(family_started_at + Duration::seconds(SIGN_IN_SECONDS));
    refresh_token::Entity::insert(refresh_token::ActiveModel {
        id: Set(Uuid::new_v4()),
        user_id: Set(user_id),
        family_id: Set(family_id),
        token_hash: Set(hash_refresh_token(token)),
        expires_at: Set(expires_at),
        rotated_at: Set(None),
        revoked_at: Set(None),
        created_at: Set(now),
        family_started_at: Set(Some(family_started_at)),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// The token that follows a presented one: derived from it under a server key, so that a
/// duplicate of the same refresh gets the same successor without the successor being stored.
fn successor_of(key: &Key, presented: &str) -> String {
    keyed_hash(key, b"refresh-successor:", presented.as_bytes())
}

/// Ends every session of a member at once: their refresh tokens are revoked and access tokens
/// issued until now stop working.
pub async fn end_sessions<C: ConnectionTrait>(db: &C, user_id: Uuid) -> Result<(), DbErr> {
    revoke_all_of_user(db, user_id).await?;
    staff_user::Entity::update_many()
        .col_expr(
            staff_user::Column::SessionsValidFrom,
            Expr::value(Utc::now()),
        )
        .filter(staff_user::Column::Id.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}

/// What presenting a refresh token leads to.
pub enum Rotation {
    /// The token was current: here is its successor.
    Rotated { user_id: Uuid, token: String },
    /// The token was already used or revoked: its whole family is now revoked.
    Reused { user_id: Uuid },
    /// Unknown or expired.
    Invalid,
}

/// Rotates a refresh token. The conditional update makes two concurrent rotations of the
/// same token end with exactly one winner.
///
/// The same token presented again within [`DUPLICATE_SECONDS`] of its rotation gets the same
/// successor; later, it is a replay and revokes the whole sign-in.
pub async fn rotate<C: ConnectionTrait>(
    db: &C,
    key: &Key,
    presented: &str,
) -> Result<Rotation, DbErr> {
    let Some(stored) = refresh_token::Entity::find()
        .filter(refresh_token::Column::TokenHash.eq(hash_refresh_token(presented)))
        .one(db)
        .await?
    else {
        return Ok(Rotation::Invalid);
    };
    let now = Utc::now();
    let successor = successor_of(key, presented);
    let duplicate = |stored: &refresh_token::Model| {
        stored.revoked_at.is_none()
            && stored
                .rotated_at
                .is_some_and(|at| now - at <= Duration::seconds(DUPLICATE_SECONDS))
    };
    if duplicate(&stored) {
        return Ok(Rotation::Rotated {
            user_id: stored.user_id,
            token: successor,
        });
    }
    if stored.rotated_at.is_some() || stored.revoked_at.is_some() {
        revoke_family(db, stored.family_id).await?;
        return Ok(Rotation::Reused {
            user_id: stored.user_id,
        });
    }
    let started = stored.family_started_at.unwrap_or(stored.created_at);
    if stored.expires_at <= now || started + Duration::seconds(SIGN_IN_SECONDS) <= now {
        return Ok(Rotation::Invalid);
    }
    let updated = refresh_token::Entity::update_many()
        .col_expr(refresh_token::Column::RotatedAt, Expr::value(now))
        .filter(refresh_token::Column::Id.eq(stored.id))
        .filter(refresh_token::Column::RotatedAt.is_null())
        .filter(refresh_token::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    if updated.rows_affected != 1 {
        // A concurrent duplicate won: answer as it did.
        let again = refresh_token::Entity::find_by_id(stored.id).one(db).await?;
        if again.as_ref().is_some_and(duplicate) {
            return Ok(Rotation::Rotated {
                user_id: stored.user_id,
                token: successor,
            });
        }
        revoke_family(db, stored.family_id).await?;
        return Ok(Rotation::Reused {
            user_id: stored.user_id,
        });
    }
    store_refresh_token(db, stored.user_id, stored.family_id, &successor, started).await?;
    Ok(Rotation::Rotated {
        user_id: stored.user_id,
        token: successor,
    })
}

/// Revokes every token of the family the presented token belongs to; the user, if known.
pub async fn revoke<C: ConnectionTrait>(db: &C, presented: &str) -> Result<Option<Uuid>, DbErr> {
    let Some(stored) = refresh_token::Entity::find()
        .filter(refresh_token::Column::TokenHash.eq(hash_refresh_token(presented)))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    revoke_family(db, stored.family_id).await?;
    Ok(Some(stored.user_id))
}

async fn revoke_family<C: ConnectionTrait>(db: &C, family_id: Uuid) -> Result<(), DbErr> {
    refresh_token::Entity::update_many()
        .col_expr(refresh_token::Column::RevokedAt, Expr::value(Utc::now()))
        .filter(refresh_token::Column::FamilyId.eq(family_id))
        .filter(refresh_token::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// Revokes every refresh token of a user (password reset, deactivation).
pub async fn revoke_all_of_user<C: ConnectionTrait>(db: &C, user_id: Uuid) -> Result<(), DbErr> {
    refresh_token::Entity::update_many()
        .col_expr(refresh_token::Column::RevokedAt, Expr::value(Utc::now()))
        .filter(refresh_token::Column::UserId.eq(user_id))
        .filter(refresh_token::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}
