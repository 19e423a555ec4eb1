//! Connecting to the database. SQLite is set up for a server: WAL, a busy timeout, foreign
//! keys on, full synchronous commits, and one connection so that concurrent requests queue
//! for it instead of failing with `database is locked`.

use std::str::FromStr;
use std::time::Duration;

use anyhow::Context;
use migration::{Migrator, MigratorTrait};
use sea_orm::sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous,
};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbBackend, SqlxSqliteConnector,
    Statement, TransactionTrait,
};

/// Opens the database named by `url` (`sqlite://…` or `postgres://…`).
pub async fn connect(url: &str, max_connections: u32) -> anyhow::Result<DatabaseConnection> {
    if url.starts_with("sqlite:") {
        connect_sqlite(url).await
    } else {
        let mut options = ConnectOptions::new(url.to_owned());
        options
            .max_connections(max_connections)
            .min_connections(1)
            .acquire_timeout(Duration::from_secs(30))
            // No ping before each use: a broken connection fails the statement it was taken
            // for (nothing is acknowledged then) and is dropped; a healthy pool saves a round
            // trip per statement, on the drop path once per batch.
            .test_before_acquire(false)
            .sqlx_logging(false);
        Database::connect(options)
            .await
            .context("cannot connect to PostgreSQL")
    }
}

async fn connect_sqlite(url: &str) -> anyhow::Result<DatabaseConnection> {
    let options = SqliteConnectOptions::from_str(url)
        .context("invalid SQLite URL")?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Full)
        .busy_timeout(Duration::from_secs(30))
        .foreign_keys(true);
    let pool = SqlitePoolOptions::new()
        .max_connections(1)
        .min_connections(1)
        // The one connection is a file handle in this process: nothing to ping before use.
        .test_before_acquire(false)
        .acquire_timeout(Duration::from_secs(60))
        .idle_timeout(None)
        .max_lifetime(None)
        .connect_with(options)
        .await
        .with_context(|| "cannot open the SQLite database")?;
    Ok(SqlxSqliteConnector::from_sqlx_sqlite_pool(pool))
}

/// The key of the PostgreSQL advisory lock migrations hold: `ishenim` in ASCII.
const MIGRATION_LOCK: i64 = 0x0069_7368_656e_696d;

/// Brings the schema up to date. On PostgreSQL the migrations run in one transaction that
/// first takes a database-wide advisory lock, so replicas started together migrate one after
/// the other (the later ones find nothing left to do); SQLite has one writer anyway.
pub async fn migrate(db: &DatabaseConnection) -> anyhow::Result<()> {
    if db.get_database_backend() != DbBackend::Postgres {
        return Migrator::up(db, None)
            .await
            .context("database migration failed");
    }
    let txn = db.begin().await?;
    txn.execute(Statement::from_sql_and_values(
        DbBackend::Postgres,
        "SELECT pg_advisory_xact_lock($1)",
        [MIGRATION_LOCK.into()],
    ))
    .await
    .context("cannot take the migration lock")?;
    Migrator::up(&txn, None)
        .await
        .context("database migration failed")?;
    txn.commit().await.context("database migration failed")?;
    Ok(())
}
