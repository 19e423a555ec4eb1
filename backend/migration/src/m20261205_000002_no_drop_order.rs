//! The tables a drop writes keep no order of arrival on SQLite. An ordinary SQLite table stores
//! its rows by a hidden `rowid` that counts up with each insert, so whoever holds the file could
//! line the anonymous appeals of a day up in the order they were dropped (and a signed one next
//! to them would bound their times). From now on the server gives each new row of these tables
//! a random `rowid` (`appeals::store`); this gives the rows already there one too, so the
//! file's order says nothing of when they came. PostgreSQL has no such counter; what its heap
//! keeps is described in the README's threat model, and a nightly job rewrites these tables in
//! key order there (`appeals::drop_order`).

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Every table a drop or a writer's message adds a row to.
pub const DROP_TABLES: [&str; 3] = ["appeal", "appeal_message", "idempotency_record"];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != DbBackend::Sqlite {
            return Ok(());
        }
        let db = manager.get_connection();
        for table in DROP_TABLES {
            // Every row moves to a random place among 2⁶³ (the keys that point at a row name
            // its id, never its rowid).
            db.execute_unprepared(&format!(
                "UPDATE \"{table}\" SET rowid = (random() & 9223372036854775807)"
            ))
            .await?;
        }
        Ok(())
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        // Going back would give the rows an order again; nothing needs it.
        Ok(())
    }
}
