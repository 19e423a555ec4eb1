//! Appending to a school's journal and verifying it.

use std::collections::BTreeMap;

use chrono::{DateTime, DurationRound, TimeDelta, Utc};
use entity::{box_opening, journal_entry};
use futures_util::TryStreamExt;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseTransaction, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use serde::Serialize;
use uuid::Uuid;

use super::JournalKind;
use crate::audit::store::lock_chain;
use crate::chain::{link, ChainHead, StoredLink, Verification, Verifier, GENESIS_HASH};

/// An entry to append.
#[derive(Debug, Clone)]
pub struct NewJournalEntry {
    pub kind: JournalKind,
    pub appeal_id: Option<Uuid>,
    pub box_opening_id: Option<Uuid>,
    pub actor_id: Option<Uuid>,
    /// The columns of the entry; never appeal text.
    pub payload: serde_json::Value,
}

#[derive(Serialize)]
struct Canonical<'a> {
    school_id: String,
    seq: i64,
    kind: &'a str,
    recorded_at: String,
    appeal_id: Option<String>,
    box_opening_id: Option<String>,
    actor_id: Option<String>,
    payload: &'a str,
}

/// The bytes an entry's hash covers, in a fixed field order.
pub fn canonical(entry: &journal_entry::Model) -> Vec<u8> {
    let canonical = Canonical {
        school_id: entry.school_id.to_string(),
        seq: entry.seq,
        kind: &entry.kind,
        recorded_at: entry
            .recorded_at
            .to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
        appeal_id: entry.appeal_id.map(|id| id.to_string()),
        box_opening_id: entry.box_opening_id.map(|id| id.to_string()),
        actor_id: entry.actor_id.map(|id| id.to_string()),
        payload: &entry.payload,
    };
    serde_json::to_vec(&canonical).unwrap_or_default()
}

/// Takes the school's journal lock for the rest of the transaction: appends, registration
/// numbers and act numbers of one school are given one at a time, across replicas.
pub async fn lock(txn: &DatabaseTransaction, school_id: Uuid) -> Result<(), DbErr> {
    lock_chain(txn, &format!("journal:{school_id}")).await
}

/// The last entry's sequence number and hash.
pub async fn head<C: ConnectionTrait>(db: &C, school_id: Uuid) -> Result<Option<ChainHead>, DbErr> {
    Ok(journal_entry::Entity::find()
        .filter(journal_entry::Column::SchoolId.eq(school_id))
        .order_by_desc(journal_entry::Column::Seq)
        .limit(1)
        .one(db)
        .await?
        .map(|entry| ChainHead {
            seq: entry.seq,
            hash: entry.hash,
        }))
}

fn now() -> DateTime<Utc> {
    Utc::now()
        .duration_trunc(TimeDelta::microseconds(1))
        .unwrap_or_else(|_| Utc::now())
}

/// Appends entries, in order, to a school's journal inside the caller's transaction (which
/// takes the journal lock first). Returns them as stored.
pub async fn append(
    txn: &DatabaseTransaction,
    school_id: Uuid,
    entries: Vec<NewJournalEntry>,
) -> Result<Vec<journal_entry::Model>, DbErr> {
    lock(txn, school_id).await?;
    let (mut seq, mut prev_hash) = match head(txn, school_id).await? {
        Some(head) => (head.seq, head.hash),
        None => (0, GENESIS_HASH.to_owned()),
    };
    let recorded_at = now();
    let mut stored = Vec::with_capacity(entries.len());
    for entry in entries {
        seq += 1;
        let mut model = journal_entry::Model {
            id: Uuid::new_v4(),
            school_id,
            seq,
            kind: entry.kind.as_str().to_owned(),
            recorded_at,
            appeal_id: entry.appeal_id,
            box_opening_id: entry.box_opening_id,
            actor_id: entry.actor_id,
            payload: entry.payload.to_string(),
            prev_hash: prev_hash.clone(),
            hash: String::new(),
        };
        model.hash = link(&model.prev_hash, &canonical(&model));
        prev_hash = model.hash.clone();
        stored.push(model);
    }
    for chunk in stored.chunks(500) {
        journal_entry::Entity::insert_many(
            chunk.iter().cloned().map(journal_entry::ActiveModel::from),
        )
        .exec_without_returning(txn)
        .await?;
    }
    Ok(stored)
}

/// Recomputes a school's journal entry by entry, in constant memory, and checks every head
/// recorded in a signed act against it.
pub async fn verify<C: ConnectionTrait + sea_orm::StreamTrait>(
    db: &C,
    school_id: Uuid,
) -> Result<Verification, DbErr> {
    let recorded: BTreeMap<i64, String> = box_opening::Entity::find()
        .filter(box_opening::Column::SchoolId.eq(school_id))
        .filter(box_opening::Column::JournalHeadSeq.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .filter_map(|opening| Some((opening.journal_head_seq?, opening.journal_head_hash?)))
        .collect();
    let mut verifier = Verifier::default();
    let mut last_matching_head = 0;
    {
        let mut entries = journal_entry::Entity::find()
            .filter(journal_entry::Column::SchoolId.eq(school_id))
            .order_by_asc(journal_entry::Column::Seq)
            .stream(db)
            .await?;
        while let Some(entry) = entries.try_next().await? {
            verifier.check(StoredLink {
                seq: entry.seq,
                prev_hash: &entry.prev_hash,
                hash: &entry.hash,
                canonical: canonical(&entry),
            });
            if let Some(expected) = recorded.get(&entry.seq) {
                if verifier.last_seq() == entry.seq && verifier.last_hash() == expected {
                    last_matching_head = entry.seq;
                } else if verifier.last_seq() == entry.seq {
                    // The chain holds together but differs from what an act recorded: it was
                    // rewritten after that act. The fault lies after the last head that matched.
                    verifier.fail_at(last_matching_head + 1);
                }
            }
        }
    }
    // A recorded head beyond the end means entries were cut off.
    let end = verifier.last_seq();
    if let Some((&seq, _)) = recorded.range(end + 1..).next() {
        verifier.fail_at((end + 1).min(seq));
    }
    Ok(verifier.finish())
}
