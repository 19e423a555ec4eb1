//! The database side of sign-in: users by login, refresh tokens and their rotation.

use chrono::{Duration, Utc};
use entity::{refresh_token, staff_user};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use uuid::Uuid;

use super::tokens::{hash_refresh_token, new_refresh_token, REFRESH_TOKEN_SECONDS};

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

/// Stores a new refresh token of a family and returns the token itself.
pub async fn issue_refresh_token<C: ConnectionTrait>(
    db: &C,
    user_id: Uuid,
    family_id: Uuid,
) -> Result<String, DbErr> {
    let token = new_refresh_token();
    let now = Utc::now();
    refresh_token::Entity::insert(refresh_token::ActiveModel {
        id: Set(Uuid::new_v4()),
        user_id: Set(user_id),
        family_id: Set(family_id),
        token_hash: Set(hash_refresh_token(&token)),
        expires_at: Set(now + Duration::seconds(REFRESH_TOKEN_SECONDS)),
        rotated_at: Set(None),
        revoked_at: Set(None),
        created_at: Set(now),
    })
    .exec_without_returning(db)
    .await?;
    Ok(token)
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
pub async fn rotate<C: ConnectionTrait>(db: &C, presented: &str) -> Result<Rotation, DbErr> {
    let Some(stored) = refresh_token::Entity::find()
        .filter(refresh_token::Column::TokenHash.eq(hash_refresh_token(presented)))
        .one(db)
        .await?
    else {
        return Ok(Rotation::Invalid);
    };
    let now = Utc::now();
    if stored.rotated_at.is_some() || stored.revoked_at.is_some() {
        revoke_family(db, stored.family_id).await?;
        return Ok(Rotation::Reused {
            user_id: stored.user_id,
        });
    }
    if stored.expires_at <= now {
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
        revoke_family(db, stored.family_id).await?;
        return Ok(Rotation::Reused {
            user_id: stored.user_id,
        });
    }
    let token = issue_refresh_token(db, stored.user_id, stored.family_id).await?;
    Ok(Rotation::Rotated {
        user_id: stored.user_id,
        token,
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
