//! The order in which appeals arrived is not kept at rest. On SQLite the tables a drop writes
//! are stored in the order of their random keys (migration `m20261205_000002_no_drop_order`).
//! PostgreSQL appends new rows to the end of a table's heap, so until it is rewritten the
//! physical order of a day's rows is the order of their commits; the drop writer inserts each
//! batch in key order, and once a day this job rewrites the tables in key order. What stays
//! (the transaction id each row was written by) is in the README's threat model.

use migration::{DROP_TABLES, FILE_TABLES};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, DbErr, TransactionTrait};

/// How long the rewrite waits for a table's lock before leaving it for the next day: the
/// drops wait behind it meanwhile, so never long.
const LOCK_TIMEOUT: &str = "5s";

/// Rewrites the tables a drop writes in the order of their keys (PostgreSQL; nothing to do on
/// SQLite, which keeps them so).
pub async fn forget(db: &DatabaseConnection) -> Result<(), DbErr> {
    if db.get_database_backend() != DbBackend::Postgres {
        return Ok(());
    }
    for table in DROP_TABLES.into_iter().chain(FILE_TABLES) {
        let txn = db.begin().await?;
        txn.execute_unprepared(&format!("SET LOCAL lock_timeout = '{LOCK_TIMEOUT}'"))
            .await?;
        txn.execute_unprepared(&format!("CLUSTER \"{table}\" USING \"{table}_pkey\""))
            .await?;
        txn.commit().await?;
    }
    Ok(())
}
