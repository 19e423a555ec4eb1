//! Replicas start in any order: migrations started together on one empty PostgreSQL database
//! take turns (an advisory lock) instead of failing on each other's tables.

use crate::helpers::{backend, empty_postgres_database, Backend};

#[tokio::test]
async fn three_replicas_migrating_one_empty_database_at_once_all_succeed() {
    if backend() == Backend::Sqlite {
        // One file, one writer: SQLite serialises them by itself.
        return;
    }
    let url = empty_postgres_database().await;
    let mut replicas = Vec::new();
    for _ in 0..3 {
        let url = url.clone();
        replicas.push(tokio::spawn(async move {
            let db = ishenim::database::connect(&url, 2).await.unwrap();
            let migrated = ishenim::database::migrate(&db).await;
            db.close().await.unwrap();
            migrated.map_err(|error| format!("{error:#}"))
        }));
    }
    for replica in replicas {
        replica.await.unwrap().expect("every replica migrates");
    }
}
