//! Replicas start in any order: migrations started together on one empty PostgreSQL database
//! take turns (an advisory lock) instead of failing on each other's tables. A migration that
//! changes how a value is stored keeps the rows written before it.

use entity::appeal_category::AppealCategory;
use migration::{Migrator, MigratorTrait, SchemaManager};
use sea_orm::{ConnectionTrait, EntityTrait, Statement};
use serde_json::json;

use crate::helpers::{backend, empty_postgres_database, spawn_app, Backend};

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

/// The stored categories of every appeal, as written in the column.
async fn stored_categories(db: &sea_orm::DatabaseConnection) -> Vec<String> {
    let rows = db
        .query_all(Statement::from_string(
            db.get_database_backend(),
            "SELECT categories FROM appeal",
        ))
        .await
        .unwrap();
    rows.iter()
        .map(|row| row.try_get::<String>("", "categories").unwrap())
        .collect()
}

#[tokio::test]
async fn categories_stored_comma_separated_before_are_read_as_a_list_after() {
    let app = spawn_app().await;
    app.create_school("school-a").await;
    let dropped = app
        .post_json(
            "/appeals",
            &json!({"school": "school-a", "anonymous": true, "categories": ["education", "privacy"],
                    "text": "The library closes too early for those who stay after lessons."}),
        )
        .await;
    assert_eq!(dropped.status(), 201);
    assert_eq!(
        stored_categories(&app.db).await,
        [r#"["privacy","education"]"#]
    );

    // The row as the earlier version wrote it, then the migration once more.
    app.db
        .execute_unprepared("UPDATE appeal SET categories = 'privacy,education'")
        .await
        .unwrap();
    let categories_as_list = Migrator::migrations()
        .into_iter()
        .find(|migration| migration.name() == "m20261205_000006_categories_as_list")
        .expect("the migration is listed");
    categories_as_list
        .up(&SchemaManager::new(&app.db))
        .await
        .unwrap();
    assert_eq!(
        stored_categories(&app.db).await,
        [r#"["privacy","education"]"#]
    );

    let appeal = entity::appeal::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        appeal.categories.to_vec(),
        [AppealCategory::Privacy, AppealCategory::Education]
    );
}
