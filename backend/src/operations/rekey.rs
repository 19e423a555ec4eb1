//! Data-key rotation: once a new key is current, everything sealed under an older key is
//! opened and sealed again under the new one, in small batches, while the server serves. Each
//! row is rewritten on its own (`WHERE key_id = <old>`), so a crash half-way loses nothing and
//! the next run takes up what is left; two replicas doing it at once only skip each other's
//! rows. When nothing is left under a key, the key can be removed from the configuration.

use std::collections::BTreeMap;

use entity::{
    appeal, appeal_file, appeal_message, idempotency_record, referral, staff_second_factor,
    webhook_subscription,
};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QuerySelect};
use uuid::Uuid;

use crate::appeals::intake::field;
use crate::auth::two_factor::store::SECRET_FIELD as TOTP_SECRET_FIELD;
use crate::box_keys::service::BOX_KEY_ID;
use crate::cases::service::REFERRAL_REPLY;
use crate::sealing::{open, seal};
use crate::secrets::Secrets;
use crate::webhooks::delivery::SECRET_FIELD;

/// Rows under each key id, by table.
pub type KeyCounts = BTreeMap<String, BTreeMap<String, u64>>;

/// Rows of one table by key id (rows without a key left out).
async fn by_key<E: EntityTrait>(
    db: &DatabaseConnection,
    key_id: E::Column,
) -> Result<Vec<(String, i64)>, DbErr> {
    let rows: Vec<(Option<String>, i64)> = E::find()
        .select_only()
        .column(key_id)
        .column_as(crate::reports::figures::count_rows(), "n")
        .filter(key_id.is_not_null())
        .group_by(key_id)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(key, n)| key.map(|key| (key, n)))
        .collect())
}

/// How many sealed rows each key id holds, table by table.
pub async fn key_counts(db: &DatabaseConnection) -> Result<KeyCounts, DbErr> {
    let tables = [
        (
            "appeal",
            by_key::<appeal::Entity>(db, appeal::Column::KeyId).await?,
        ),
        (
            "appeal_message",
            by_key::<appeal_message::Entity>(db, appeal_message::Column::KeyId).await?,
        ),
        (
            "referral",
            by_key::<referral::Entity>(db, referral::Column::KeyId).await?,
        ),
        (
            "appeal_file",
            by_key::<appeal_file::Entity>(db, appeal_file::Column::KeyId).await?,
        ),
        (
            "idempotency_record",
            by_key::<idempotency_record::Entity>(db, idempotency_record::Column::KeyId).await?,
        ),
        (
            "webhook_subscription",
            by_key::<webhook_subscription::Entity>(db, webhook_subscription::Column::KeyId).await?,
        ),
        (
            "staff_second_factor",
            by_key::<staff_second_factor::Entity>(db, staff_second_factor::Column::KeyId).await?,
        ),
    ];
    let mut counts = KeyCounts::new();
    for (table, rows) in tables {
        for (key, n) in rows {
            *counts
                .entry(key)
                .or_default()
                .entry(table.to_owned())
                .or_default() += n as u64;
        }
    }
    Ok(counts)
}

/// Rows still sealed under a key other than the current one.
pub async fn pending(db: &DatabaseConnection, secrets: &Secrets) -> Result<u64, DbErr> {
    let current = secrets.current_data_key().id.clone();
    Ok(key_counts(db)
        .await?
        .into_iter()
        .filter(|(key, _)| *key != current && key != BOX_KEY_ID)
        .flat_map(|(_, tables)| tables.into_values())
        .sum())
}

fn reseal(
    secrets: &Secrets,
    row: Uuid,
    field: &str,
    key_id: &str,
    bytes: &[u8],
) -> anyhow::Result<Vec<u8>> {
    if bytes.is_empty() {
        // Erased after the retention period: nothing to seal again.
        return Ok(Vec::new());
    }
    let plain = open(secrets, row, field, key_id, bytes)?;
    Ok(seal(secrets, row, field, &plain)?.bytes)
}

/// Seals up to `batch` rows of each table again under the current key. Returns how many rows
/// were rewritten; 0 when nothing is left.
pub async fn reseal_batch(
    db: &DatabaseConnection,
    secrets: &Secrets,
    batch: u64,
) -> anyhow::Result<u64> {
    let current = secrets.current_data_key().id.clone();
    let mut done = 0;

    // Rows sealed to a box key are not the data key's: nothing here opens them.
    for row in appeal::Entity::find()
        .filter(appeal::Column::KeyId.ne(current.as_str()))
        .filter(appeal::Column::KeyId.ne(BOX_KEY_ID))
        .limit(batch)
        .all(db)
        .await?
    {
        let content = reseal(
            secrets,
            row.id,
            field::CONTENT,
            &row.key_id,
            &row.sealed_content,
        )?;
        let identity = match &row.sealed_identity {
            Some(sealed) => Some(reseal(
                secrets,
                row.id,
                field::IDENTITY,
                &row.key_id,
                sealed,
            )?),
            None => None,
        };
        let updated = appeal::Entity::update_many()
            .col_expr(appeal::Column::SealedContent, Expr::value(content))
            .col_expr(appeal::Column::SealedIdentity, Expr::value(identity))
            .col_expr(appeal::Column::KeyId, Expr::value(current.as_str()))
            .filter(appeal::Column::Id.eq(row.id))
            .filter(appeal::Column::KeyId.eq(row.key_id.as_str()))
            .exec(db)
            .await?;
        done += updated.rows_affected;
    }

    for row in appeal_message::Entity::find()
        .filter(appeal_message::Column::KeyId.ne(current.as_str()))
        .filter(appeal_message::Column::KeyId.ne(BOX_KEY_ID))
        .limit(batch)
        .all(db)
        .await?
    {
        let content = reseal(
            secrets,
            row.id,
            field::MESSAGE,
            &row.key_id,
            &row.sealed_content,
        )?;
        let updated = appeal_message::Entity::update_many()
            .col_expr(appeal_message::Column::SealedContent, Expr::value(content))
            .col_expr(appeal_message::Column::KeyId, Expr::value(current.as_str()))
            .filter(appeal_message::Column::Id.eq(row.id))
            .filter(appeal_message::Column::KeyId.eq(row.key_id.as_str()))
            .exec(db)
            .await?;
        done += updated.rows_affected;
    }

    // Files one at a time: each may be megabytes.
    for row in appeal_file::Entity::find()
        .select_only()
        .column(appeal_file::Column::Id)
        .filter(appeal_file::Column::KeyId.ne(current.as_str()))
        .filter(appeal_file::Column::KeyId.ne(BOX_KEY_ID))
        .limit(batch)
        .into_tuple::<Uuid>()
        .all(db)
        .await?
    {
        let Some(file) = appeal_file::Entity::find_by_id(row).one(db).await? else {
            continue;
        };
        let content = reseal(
            secrets,
            file.id,
            field::FILE,
            &file.key_id,
            &file.sealed_content,
        )?;
        let updated = appeal_file::Entity::update_many()
            .col_expr(appeal_file::Column::SealedContent, Expr::value(content))
            .col_expr(appeal_file::Column::KeyId, Expr::value(current.as_str()))
            .filter(appeal_file::Column::Id.eq(file.id))
            .filter(appeal_file::Column::KeyId.eq(file.key_id.as_str()))
            .exec(db)
            .await?;
        done += updated.rows_affected;
    }

    for row in referral::Entity::find()
        .filter(referral::Column::KeyId.is_not_null())
        .filter(referral::Column::KeyId.ne(current.as_str()))
        .limit(batch)
        .all(db)
        .await?
    {
        let (Some(key_id), Some(sealed)) = (&row.key_id, &row.sealed_reply) else {
            continue;
        };
        let reply = reseal(secrets, row.id, REFERRAL_REPLY, key_id, sealed)?;
        let updated = referral::Entity::update_many()
            .col_expr(referral::Column::SealedReply, Expr::value(reply))
            .col_expr(referral::Column::KeyId, Expr::value(current.as_str()))
            .filter(referral::Column::Id.eq(row.id))
            .filter(referral::Column::KeyId.eq(key_id.as_str()))
            .exec(db)
            .await?;
        done += updated.rows_affected;
    }

    for row in idempotency_record::Entity::find()
        .filter(idempotency_record::Column::KeyId.ne(current.as_str()))
        .limit(batch)
        .all(db)
        .await?
    {
        let field = format!("idempotency:{}", row.key_hash);
        let response = reseal(
            secrets,
            Uuid::nil(),
            &field,
            &row.key_id,
            &row.sealed_response,
        )?;
        let updated = idempotency_record::Entity::update_many()
            .col_expr(
                idempotency_record::Column::SealedResponse,
                Expr::value(response),
            )
            .col_expr(
                idempotency_record::Column::KeyId,
                Expr::value(current.as_str()),
            )
            .filter(idempotency_record::Column::KeyHash.eq(row.key_hash.as_str()))
            .filter(idempotency_record::Column::KeyId.eq(row.key_id.as_str()))
            .exec(db)
            .await?;
        done += updated.rows_affected;
    }

    for row in webhook_subscription::Entity::find()
        .filter(webhook_subscription::Column::KeyId.ne(current.as_str()))
        .limit(batch)
        .all(db)
        .await?
    {
        let secret = reseal(
            secrets,
            row.id,
            SECRET_FIELD,
            &row.key_id,
            &row.sealed_secret,
        )?;
        let updated = webhook_subscription::Entity::update_many()
            .col_expr(
                webhook_subscription::Column::SealedSecret,
                Expr::value(secret),
            )
            .col_expr(
                webhook_subscription::Column::KeyId,
                Expr::value(current.as_str()),
            )
            .filter(webhook_subscription::Column::Id.eq(row.id))
            .filter(webhook_subscription::Column::KeyId.eq(row.key_id.as_str()))
            .exec(db)
            .await?;
        done += updated.rows_affected;
    }

    for row in staff_second_factor::Entity::find()
        .filter(staff_second_factor::Column::KeyId.ne(current.as_str()))
        .limit(batch)
        .all(db)
        .await?
    {
        let secret = reseal(
            secrets,
            row.user_id,
            TOTP_SECRET_FIELD,
            &row.key_id,
            &row.sealed_secret,
        )?;
        let updated = staff_second_factor::Entity::update_many()
            .col_expr(
                staff_second_factor::Column::SealedSecret,
                Expr::value(secret),
            )
            .col_expr(
                staff_second_factor::Column::KeyId,
                Expr::value(current.as_str()),
            )
            .filter(staff_second_factor::Column::UserId.eq(row.user_id))
            .filter(staff_second_factor::Column::KeyId.eq(row.key_id.as_str()))
            .exec(db)
            .await?;
        done += updated.rows_affected;
    }
    Ok(done)
}
