//! The tables a drop writes keep no order of arrival on SQLite. An ordinary SQLite table stores
//! its rows by a hidden `rowid` that counts up with each insert, so whoever holds the file could
//! line the anonymous appeals of a day up in the order they were dropped (and a signed one next
//! to them would bound their times). These tables become `WITHOUT ROWID` tables, stored in the
//! order of their random keys. PostgreSQL has no hidden counter of this kind; what its heap
//! keeps is described in the README's threat model, and a nightly job rewrites these tables in
//! key order there (`appeals::drop_order`).

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend, Statement};

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
        // SQLite rebuilds a table to change how it is stored. Foreign keys are set aside for
        // the rebuild (the rows are copied as they are, the keys that point at them stay
        // valid) and checked before the change is committed.
        db.execute_unprepared("PRAGMA foreign_keys = OFF").await?;
        let rebuilt = rebuild_all(db).await;
        let restored = db.execute_unprepared("PRAGMA foreign_keys = ON").await;
        rebuilt?;
        restored?;
        Ok(())
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        // Going back would give the rows an order again; nothing needs it.
        Ok(())
    }
}

async fn rebuild_all<C: ConnectionTrait>(db: &C) -> Result<(), DbErr> {
    db.execute_unprepared("BEGIN IMMEDIATE").await?;
    let mut result = Ok(());
    for table in DROP_TABLES {
        result = rebuild_without_rowid(db, table).await;
        if result.is_err() {
            break;
        }
    }
    if result.is_ok() {
        result = foreign_keys_hold(db).await;
    }
    match result {
        Ok(()) => db.execute_unprepared("COMMIT").await.map(|_| ()),
        Err(error) => {
            db.execute_unprepared("ROLLBACK").await?;
            Err(error)
        }
    }
}

/// Copies `table` into a `WITHOUT ROWID` table of the same definition, in key order, and
/// puts it in the old one's place with the same indexes.
async fn rebuild_without_rowid<C: ConnectionTrait>(db: &C, table: &str) -> Result<(), DbErr> {
    let definition = schema_sql(db, "table", table).await?;
    let Some(definition) = definition.into_iter().next() else {
        return Err(DbErr::Custom(format!("table {table} not found")));
    };
    if definition.to_uppercase().contains("WITHOUT ROWID") {
        return Ok(());
    }
    let indexes = schema_sql(db, "index", table).await?;
    let staging = format!("{table}_without_rowid");
    let Some(columns_start) = definition.find('(') else {
        return Err(DbErr::Custom(format!("table {table} has no column list")));
    };
    let create = format!(
        "CREATE TABLE \"{staging}\" {} WITHOUT ROWID",
        &definition[columns_start..]
    );
    db.execute_unprepared(&create).await?;
    db.execute_unprepared(&format!(
        "INSERT INTO \"{staging}\" SELECT * FROM \"{table}\""
    ))
    .await?;
    db.execute_unprepared(&format!("DROP TABLE \"{table}\""))
        .await?;
    db.execute_unprepared(&format!("ALTER TABLE \"{staging}\" RENAME TO \"{table}\""))
        .await?;
    for index in indexes {
        db.execute_unprepared(&index).await?;
    }
    Ok(())
}

/// The `CREATE` statements SQLite keeps for a table, or for its indexes (the ones it made
/// itself for a primary key or a unique column have none and come back with the table).
async fn schema_sql<C: ConnectionTrait>(
    db: &C,
    kind: &str,
    table: &str,
) -> Result<Vec<String>, DbErr> {
    let rows = db
        .query_all(Statement::from_sql_and_values(
            DbBackend::Sqlite,
            "SELECT sql FROM sqlite_master WHERE type = ? AND tbl_name = ? AND sql IS NOT NULL",
            [kind.into(), table.into()],
        ))
        .await?;
    rows.iter()
        .map(|row| row.try_get::<String>("", "sql"))
        .collect()
}

async fn foreign_keys_hold<C: ConnectionTrait>(db: &C) -> Result<(), DbErr> {
    let broken = db
        .query_all(Statement::from_string(
            DbBackend::Sqlite,
            "PRAGMA foreign_key_check",
        ))
        .await?;
    if broken.is_empty() {
        Ok(())
    } else {
        Err(DbErr::Custom(format!(
            "{} rows would point at nothing after the rebuild",
            broken.len()
        )))
    }
}
