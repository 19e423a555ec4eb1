//! Drops that arrive together are written together. One writer per database connection it may
//! use takes every sealed drop waiting (at most [`BATCH_MAX`]), inserts them with one
//! multi-row statement in one transaction, commits once, and only then tells each request that
//! its drop is stored: nothing is acknowledged before its commit. A batch that fails is written
//! again one drop per transaction, so that each drop gets its own answer (a retry with a used
//! Idempotency-Key its unique violation, the others their success) and one bad drop never
//! costs the others theirs.
//!
//! While a batch commits, the next one gathers: under load a batch holds every request in
//! flight, alone a drop waits for no timer.

use std::sync::Arc;

use chrono::Days;
use entity::{appeal, idempotency_record};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, DbErr, TransactionTrait};
use tokio::sync::{mpsc, oneshot, Mutex};

use super::store;

/// The most drops written in one transaction. An appeal row binds 28 values: 256 rows stay far
/// below the bound-parameter limits of both databases (SQLite 32,766, PostgreSQL 65,535).
pub const BATCH_MAX: usize = 256;

/// Drops waiting for a writer at most; a request beyond waits for room (back-pressure).
const QUEUE: usize = 4 * BATCH_MAX;

/// How long a first answer is kept for a retry, in days.
const FIRST_ANSWERS_KEPT_DAYS: u64 = 2;

/// An appeal ready to be stored, and with an Idempotency-Key the first answer kept for a retry.
pub struct SealedDrop {
    pub appeal: appeal::Model,
    pub first_answer: Option<idempotency_record::Model>,
    /// The files sent with it, already taken and sealed; the drop gives them to the appeal.
    pub files: Vec<uuid::Uuid>,
}

struct Pending {
    drop: SealedDrop,
    stored: oneshot::Sender<Result<(), DbErr>>,
}

/// The door's side of the writers: hands a sealed drop over and waits for its commit.
#[derive(Clone)]
pub struct DropWriter {
    queue: mpsc::Sender<Pending>,
}

impl DropWriter {
    /// Starts the writers on the current runtime: one on SQLite (it has one connection), four
    /// on PostgreSQL (while some commit, the others gather; the database flushes concurrent
    /// commits together).
    pub fn start(db: DatabaseConnection) -> DropWriter {
        let writers = match db.get_database_backend() {
            DbBackend::Sqlite => 1,
            _ => 4,
        };
        let (queue, waiting) = mpsc::channel(QUEUE);
        let waiting = Arc::new(Mutex::new(waiting));
        for _ in 0..writers {
            tokio::spawn(write_batches(db.clone(), waiting.clone()));
        }
        DropWriter { queue }
    }

    /// Stores a drop; returns once it is committed (or failed and nothing of it is stored).
    pub async fn store(&self, drop: SealedDrop) -> Result<(), DbErr> {
        let (stored, commit) = oneshot::channel();
        let writers_gone = || DbErr::Custom("the appeal writers have stopped".to_owned());
        self.queue
            .send(Pending { drop, stored })
            .await
            .map_err(|_| writers_gone())?;
        commit.await.map_err(|_| writers_gone())?
    }
}

async fn write_batches(db: DatabaseConnection, waiting: Arc<Mutex<mpsc::Receiver<Pending>>>) {
    let mut batch = Vec::with_capacity(BATCH_MAX);
    let mut forgotten_before = None;
    loop {
        // The lock is held only while taking a batch: the other writers gather the next ones
        // while this one commits.
        let taken = waiting.lock().await.recv_many(&mut batch, BATCH_MAX).await;
        if taken == 0 {
            return;
        }
        let cutoff = batch
            .iter()
            .filter_map(|pending| pending.drop.first_answer.as_ref())
            .map(|record| record.created_on)
            .min()
            .and_then(|day| day.checked_sub_days(Days::new(FIRST_ANSWERS_KEPT_DAYS)));
        write_batch(&db, &mut batch).await;
        // Old first answers are forgotten once a day per writer, after the batch is answered.
        if let Some(cutoff) = cutoff.filter(|cutoff| forgotten_before < Some(*cutoff)) {
            match store::forget_idempotency_records_before(&db, cutoff).await {
                Ok(()) => forgotten_before = Some(cutoff),
                Err(error) => tracing::warn!(%error, "old idempotency records were not forgotten"),
            }
        }
    }
}

/// Writes a batch in one transaction and answers each of its requests; when that fails, writes
/// each drop again in a transaction of its own. Leaves `batch` empty.
async fn write_batch(db: &DatabaseConnection, batch: &mut Vec<Pending>) {
    if batch.len() > 1 {
        match insert_together(db, batch).await {
            Ok(()) => {
                for pending in batch.drain(..) {
                    let _ = pending.stored.send(Ok(()));
                }
                return;
            }
            // A retry with a used key is expected; anything else is worth a line (the error
            // names a constraint or the database's state, never a value of the drop).
            Err(error) if !super::intake::is_unique_violation(&error) => {
                tracing::warn!(%error, drops = batch.len(), "a batch of drops failed, written one by one");
            }
            Err(_) => {}
        }
    }
    for pending in batch.drain(..) {
        let written = insert_together(db, std::slice::from_ref(&pending)).await;
        let _ = pending.stored.send(written);
    }
}

/// Inserts the drops' appeals and first answers in one transaction and commits it.
async fn insert_together(db: &DatabaseConnection, drops: &[Pending]) -> Result<(), DbErr> {
    let txn = db.begin().await?;
    let written = insert(&txn, drops).await;
    match written {
        Ok(()) => txn.commit().await,
        Err(error) => {
            txn.rollback().await?;
            Err(error)
        }
    }
}

async fn insert<C: ConnectionTrait>(db: &C, drops: &[Pending]) -> Result<(), DbErr> {
    // In the order of their random keys, not of their arrival: a table's physical order
    // must not tell which drop of a batch came first (`super::drop_order`).
    let mut appeals: Vec<appeal::Model> = drops.iter().map(|p| p.drop.appeal.clone()).collect();
    appeals.sort_unstable_by_key(|appeal| appeal.id);
    store::insert_appeals(db, appeals).await?;
    for pending in drops {
        let drop = &pending.drop;
        crate::appeal_files::store::attach(db, &drop.files, drop.appeal.id, None).await?;
    }
    let mut first_answers: Vec<idempotency_record::Model> = drops
        .iter()
        .filter_map(|p| p.drop.first_answer.clone())
        .collect();
    first_answers.sort_unstable_by(|a, b| a.key_hash.cmp(&b.key_hash));
    store::insert_idempotency_records(db, first_answers).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_batch_of_appeals_binds_fewer_values_than_either_database_allows() {
        use sea_orm::Iterable;
        let values = appeal::Column::iter().count() * BATCH_MAX;
        assert!(values < 32_766, "{values} bound values");
    }
}
