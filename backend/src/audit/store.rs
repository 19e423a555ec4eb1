//! Appending to and verifying the audit trail.

use chrono::{DurationRound, TimeDelta, Utc};
use entity::{audit_entry, school};
use futures_util::TryStreamExt;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseBackend, DatabaseConnection,
    DatabaseTransaction, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
    Statement, TransactionTrait,
};
use serde::Serialize;
use uuid::Uuid;

use super::views::{AuditPage, AuditQuery, AuditRow};
use super::{Actor, AuditAction, AuditChain, AuditEvent, AuditSubject};
use crate::auth::Caller;
use crate::cases::store::appeals_concerning;
use crate::chain::{link, StoredLink, Verification, Verifier, GENESIS_HASH};

/// The bytes an audit entry's hash covers, in a fixed field order.
#[derive(Serialize)]
struct Canonical<'a> {
    chain: &'a str,
    seq: i64,
    occurred_at: String,
    actor_id: Option<String>,
    actor_login: Option<&'a str>,
    action: &'a str,
    subject: Option<&'a str>,
    details: &'a str,
}

fn canonical(entry: &audit_entry::Model) -> Vec<u8> {
    let canonical = Canonical {
        chain: &entry.chain,
        seq: entry.seq,
        occurred_at: entry
            .occurred_at
            .to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
        actor_id: entry.actor_id.map(|id| id.to_string()),
        actor_login: entry.actor_login.as_deref(),
        action: &entry.action,
        subject: entry.subject.as_deref(),
        details: &entry.details,
    };
    // Serialising a struct of strings and integers cannot fail.
    serde_json::to_vec(&canonical).unwrap_or_default()
}

/// Serialises appends to one chain across connections and replicas (PostgreSQL); SQLite
/// writes through one connection and needs no lock.
pub async fn lock_chain(txn: &DatabaseTransaction, key: &str) -> Result<(), DbErr> {
    if txn.get_database_backend() == DatabaseBackend::Postgres {
        txn.execute(Statement::from_sql_and_values(
            DatabaseBackend::Postgres,
            "SELECT pg_advisory_xact_lock(hashtext($1))",
            [key.into()],
        ))
        .await?;
    }
    Ok(())
}

/// Appends an event inside the caller's transaction, so it commits with what it records.
pub async fn record(
    txn: &DatabaseTransaction,
    event: AuditEvent,
) -> Result<audit_entry::Model, DbErr> {
    let chain = event.chain.key();
    lock_chain(txn, &format!("audit:{chain}")).await?;
    let last = audit_entry::Entity::find()
        .filter(audit_entry::Column::Chain.eq(chain.as_str()))
        .order_by_desc(audit_entry::Column::Seq)
        .limit(1)
        .one(txn)
        .await?;
    let (seq, prev_hash) = match last {
        Some(last) => (last.seq + 1, last.hash),
        None => (1, GENESIS_HASH.to_owned()),
    };
    let (actor_id, actor_login) = match event.actor {
        Actor::Staff { id, login } => (Some(id), Some(login)),
        Actor::Anonymous { login } => (None, Some(login)),
        Actor::System => (None, None),
    };
    let occurred_at = Utc::now()
        .duration_trunc(TimeDelta::microseconds(1))
        .unwrap_or_else(|_| Utc::now());
    let mut entry = audit_entry::Model {
        id: Uuid::new_v4(),
        chain,
        seq,
        occurred_at,
        actor_id,
        actor_login,
        action: event.action.as_str().to_owned(),
        subject: event.subject.map(|subject| subject.to_string()),
        details: event.details.to_string(),
        prev_hash,
        hash: String::new(),
    };
    entry.hash = link(&entry.prev_hash, &canonical(&entry));
    audit_entry::Entity::insert(audit_entry::ActiveModel {
        id: Set(entry.id),
        chain: Set(entry.chain.clone()),
        seq: Set(entry.seq),
        occurred_at: Set(entry.occurred_at),
        actor_id: Set(entry.actor_id),
        actor_login: Set(entry.actor_login.clone()),
        action: Set(entry.action.clone()),
        subject: Set(entry.subject.clone()),
        details: Set(entry.details.clone()),
        prev_hash: Set(entry.prev_hash.clone()),
        hash: Set(entry.hash.clone()),
    })
    .exec_without_returning(txn)
    .await?;
    Ok(entry)
}

/// Appends an event in a transaction of its own.
pub async fn record_now(
    db: &DatabaseConnection,
    event: AuditEvent,
) -> Result<audit_entry::Model, DbErr> {
    let txn = db.begin().await?;
    let entry = record(&txn, event).await?;
    txn.commit().await?;
    Ok(entry)
}

/// Recomputes one chain of the audit trail.
pub async fn verify(db: &DatabaseConnection, chain: AuditChain) -> Result<Verification, DbErr> {
    verify_key(db, &chain.key()).await
}

/// The keys of every chain the trail holds.
pub async fn chain_keys(db: &DatabaseConnection) -> Result<Vec<String>, DbErr> {
    audit_entry::Entity::find()
        .select_only()
        .column(audit_entry::Column::Chain)
        .distinct()
        .order_by_asc(audit_entry::Column::Chain)
        .into_tuple::<String>()
        .all(db)
        .await
}

/// Recomputes the chain stored under this key.
pub async fn verify_key(db: &DatabaseConnection, key: &str) -> Result<Verification, DbErr> {
    let mut verifier = Verifier::default();
    let mut entries = audit_entry::Entity::find()
        .filter(audit_entry::Column::Chain.eq(key))
        .order_by_asc(audit_entry::Column::Seq)
        .stream(db)
        .await?;
    while let Some(entry) = entries.try_next().await? {
        verifier.check(StoredLink {
            seq: entry.seq,
            prev_hash: &entry.prev_hash,
            hash: &entry.hash,
            canonical: &canonical(&entry),
        });
    }
    Ok(verifier.finish())
}

/// A page of the school's audit trail, newest first, without the entries about an appeal
/// that concerns the reader. The read itself goes into the school's trail.
pub async fn read_trail(
    db: &DatabaseConnection,
    caller: &Caller,
    school: &school::Model,
    query: AuditQuery,
) -> Result<AuditPage, DbErr> {
    let chain = AuditChain::School(school.id);
    let per_page = query.per_page.unwrap_or(100).clamp(1, 500);
    let page = query.page.unwrap_or(1).clamp(1, crate::http::MAX_PAGE);
    let txn = db.begin().await?;
    // The read goes into the school's own trail, so the school sees who looked.
    record(
        &txn,
        AuditEvent {
            chain,
            actor: caller.actor(),
            action: AuditAction::AuditTrailRead,
            subject: Some(AuditSubject::School(school.id)),
            details: serde_json::json!({"page": page}),
        },
    )
    .await?;
    let mut select = audit_entry::Entity::find().filter(audit_entry::Column::Chain.eq(chain.key()));
    // Nobody reads the trail of an appeal that concerns them (who read it, what was done).
    let about_reader: Vec<String> = appeals_concerning(&txn, caller.user_id)
        .await?
        .into_iter()
        .map(|appeal_id| AuditSubject::Appeal(appeal_id).to_string())
        .collect();
    if !about_reader.is_empty() {
        select = select.filter(
            sea_orm::Condition::any()
                .add(audit_entry::Column::Subject.is_null())
                .add(audit_entry::Column::Subject.is_not_in(about_reader)),
        );
    }
    if let Some(action) = &query.action {
        select = select.filter(audit_entry::Column::Action.eq(action.as_str()));
    }
    let total = select.clone().count(&txn).await?;
    let entries = select
        .order_by_desc(audit_entry::Column::Seq)
        .offset((page - 1).saturating_mul(per_page))
        .limit(per_page)
        .all(&txn)
        .await?;
    txn.commit().await?;
    let rows = entries
        .into_iter()
        .map(|entry| AuditRow {
            seq: entry.seq,
            occurred_at: entry.occurred_at,
            actor_login: entry.actor_login,
            action: entry.action,
            subject: entry.subject,
            details: serde_json::from_str(&entry.details).unwrap_or(serde_json::Value::Null),
        })
        .collect();
    Ok(AuditPage { rows, total })
}
