//! The database side of the second factor: the sealed secret, its last used step, and the
//! recovery codes. Every change that uses something up is a conditional update, so two
//! requests racing with the same code end with one winner.

use chrono::Utc;
use entity::{recovery_code, staff_second_factor};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter,
};
use uuid::Uuid;

use super::recovery;
use crate::sealing::{self, Sealed};
use crate::secrets::Secrets;

/// The sealed field of a TOTP secret.
pub const SECRET_FIELD: &str = "totp_secret";

/// A member's second factor, confirmed or waiting for its first code.
pub async fn find<C: ConnectionTrait>(
    db: &C,
    user_id: Uuid,
) -> Result<Option<staff_second_factor::Model>, DbErr> {
    staff_second_factor::Entity::find_by_id(user_id)
        .one(db)
        .await
}

/// Whether a member has a confirmed second factor.
pub async fn is_enabled<C: ConnectionTrait>(db: &C, user_id: Uuid) -> Result<bool, DbErr> {
    Ok(find(db, user_id)
        .await?
        .is_some_and(|factor| factor.confirmed_at.is_some()))
}

/// Which of these members have a confirmed second factor.
pub async fn enabled_among<C: ConnectionTrait>(
    db: &C,
    user_ids: impl IntoIterator<Item = Uuid>,
) -> Result<std::collections::HashSet<Uuid>, DbErr> {
    Ok(staff_second_factor::Entity::find()
        .filter(staff_second_factor::Column::UserId.is_in(user_ids))
        .filter(staff_second_factor::Column::ConfirmedAt.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .map(|factor| factor.user_id)
        .collect())
}

/// Stores a new, unconfirmed secret in place of any earlier unconfirmed one.
pub async fn start_enrolment<C: ConnectionTrait>(
    db: &C,
    secrets: &Secrets,
    user_id: Uuid,
    secret: &[u8],
) -> anyhow::Result<()> {
    let Sealed { key_id, bytes } = sealing::seal(secrets, user_id, SECRET_FIELD, secret)?;
    staff_second_factor::Entity::delete_many()
        .filter(staff_second_factor::Column::UserId.eq(user_id))
        .filter(staff_second_factor::Column::ConfirmedAt.is_null())
        .exec(db)
        .await?;
    staff_second_factor::Entity::insert(staff_second_factor::ActiveModel {
        user_id: Set(user_id),
        key_id: Set(key_id),
        sealed_secret: Set(bytes),
        confirmed_at: Set(None),
        last_step: Set(None),
        created_at: Set(Utc::now()),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// The secret of a second factor.
pub fn secret_of(
    secrets: &Secrets,
    factor: &staff_second_factor::Model,
) -> anyhow::Result<Vec<u8>> {
    sealing::open(
        secrets,
        factor.user_id,
        SECRET_FIELD,
        &factor.key_id,
        &factor.sealed_secret,
    )
}

/// Confirms an enrolment with the step of its first code; `false` if another request did.
pub async fn confirm<C: ConnectionTrait>(db: &C, user_id: Uuid, step: i64) -> Result<bool, DbErr> {
    let updated = staff_second_factor::Entity::update_many()
        .col_expr(
            staff_second_factor::Column::ConfirmedAt,
            Expr::value(Utc::now()),
        )
        .col_expr(staff_second_factor::Column::LastStep, Expr::value(step))
        .filter(staff_second_factor::Column::UserId.eq(user_id))
        .filter(staff_second_factor::Column::ConfirmedAt.is_null())
        .exec(db)
        .await?;
    Ok(updated.rows_affected == 1)
}

/// Uses up a step: `false` when it, or a later one, was already used.
pub async fn use_step<C: ConnectionTrait>(db: &C, user_id: Uuid, step: i64) -> Result<bool, DbErr> {
    let updated = staff_second_factor::Entity::update_many()
        .col_expr(staff_second_factor::Column::LastStep, Expr::value(step))
        .filter(staff_second_factor::Column::UserId.eq(user_id))
        .filter(staff_second_factor::Column::ConfirmedAt.is_not_null())
        .filter(
            staff_second_factor::Column::LastStep
                .is_null()
                .or(staff_second_factor::Column::LastStep.lt(step)),
        )
        .exec(db)
        .await?;
    Ok(updated.rows_affected == 1)
}

/// Replaces a member's recovery codes with a new set and returns it (shown once).
pub async fn renew_recovery_codes<C: ConnectionTrait>(
    db: &C,
    user_id: Uuid,
) -> Result<Vec<String>, DbErr> {
    recovery_code::Entity::delete_many()
        .filter(recovery_code::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    let codes = recovery::new_codes();
    let now = Utc::now();
    let rows = codes.iter().map(|code| recovery_code::ActiveModel {
        id: Set(Uuid::new_v4()),
        user_id: Set(user_id),
        code_hash: Set(recovery::hash(&code.replace('-', ""))),
        used_at: Set(None),
        created_at: Set(now),
    });
    recovery_code::Entity::insert_many(rows)
        .exec_without_returning(db)
        .await?;
    Ok(codes)
}

/// Uses up a recovery code (normalised): `false` when it is not one of the member's unused
/// codes.
pub async fn use_recovery_code<C: ConnectionTrait>(
    db: &C,
    user_id: Uuid,
    code: &str,
) -> Result<bool, DbErr> {
    let unused = recovery_code::Entity::find()
        .filter(recovery_code::Column::UserId.eq(user_id))
        .filter(recovery_code::Column::UsedAt.is_null())
        .all(db)
        .await?;
    let Some(matching) = unused
        .into_iter()
        .find(|stored| recovery::matches(&stored.code_hash, code))
    else {
        return Ok(false);
    };
    // Used up only if nobody used it in between.
    let updated = recovery_code::Entity::update_many()
        .col_expr(recovery_code::Column::UsedAt, Expr::value(Utc::now()))
        .filter(recovery_code::Column::Id.eq(matching.id))
        .filter(recovery_code::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok(updated.rows_affected == 1)
}

/// How many recovery codes a member has left.
pub async fn codes_left<C: ConnectionTrait>(db: &C, user_id: Uuid) -> Result<u64, DbErr> {
    recovery_code::Entity::find()
        .filter(recovery_code::Column::UserId.eq(user_id))
        .filter(recovery_code::Column::UsedAt.is_null())
        .count(db)
        .await
}

/// Removes a member's second factor and recovery codes; whether there was one.
pub async fn remove<C: ConnectionTrait>(db: &C, user_id: Uuid) -> Result<bool, DbErr> {
    recovery_code::Entity::delete_many()
        .filter(recovery_code::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    let deleted = staff_second_factor::Entity::delete_many()
        .filter(staff_second_factor::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    Ok(deleted.rows_affected > 0)
}
