//! No order of arrival at rest: whoever reads the database's tables in their physical order
//! cannot line a day's anonymous drops up in the order they were made.

use sea_orm::{ConnectionTrait, DbBackend, Statement};
use serde_json::json;
use uuid::Uuid;

use crate::helpers::{backend, spawn_app, Backend, TestApp};

const DROPS: usize = 50;

/// The appeals' ids in the order the database stores them: SQLite's table order (`rowid`),
/// PostgreSQL's heap order (`ctid`). A plain scan could read an index instead.
async fn physical_order(app: &TestApp) -> Vec<Uuid> {
    let backend = app.db.get_database_backend();
    let sql = match backend {
        DbBackend::Sqlite => "SELECT id FROM appeal ORDER BY rowid",
        _ => "SELECT id FROM appeal ORDER BY ctid",
    };
    let rows = app
        .db
        .query_all(Statement::from_string(backend, sql))
        .await
        .unwrap();
    rows.iter()
        .map(|row| row.try_get::<Uuid>("", "id").unwrap())
        .collect()
}

/// Spearman's rank correlation between the drop order and the stored order: near 1 when the
/// table keeps the order of arrival, near 0 (within about ±0.3 for 50 rows) by chance.
fn rank_correlation(dropped: &[Uuid], stored: &[Uuid]) -> f64 {
    let n = dropped.len() as f64;
    let squares: f64 = dropped
        .iter()
        .enumerate()
        .map(|(drop_rank, id)| {
            let stored_rank = stored.iter().position(|s| s == id).expect("stored");
            (drop_rank as f64 - stored_rank as f64).powi(2)
        })
        .sum();
    1.0 - 6.0 * squares / (n * (n * n - 1.0))
}

#[tokio::test]
async fn the_stored_order_of_a_days_drops_is_no_better_than_chance() {
    let app = spawn_app().await;
    app.create_school("school-a").await;
    let mut dropped = Vec::new();
    for n in 0..DROPS {
        let response = app
            .client
            .post(app.url("/appeals"))
            .header("Idempotency-Key", format!("order-{n}"))
            .json(&json!({"school": "school-a", "text": format!("The canteen, note {n}"), "anonymous": true}))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 201);
        let new: Vec<Uuid> = physical_order(&app)
            .await
            .into_iter()
            .filter(|id| !dropped.contains(id))
            .collect();
        assert_eq!(new.len(), 1);
        dropped.push(new[0]);
    }

    match backend() {
        Backend::Sqlite => {
            // Stored at random places from the first row on: no rewrite is needed.
        }
        Backend::Postgres => {
            // The heap keeps the day's order until the daily rewrite: the measure sees it.
            let before = rank_correlation(&dropped, &physical_order(&app).await);
            assert!(
                before > 0.9,
                "the control: a heap in drop order, got {before}"
            );
            ishenim::appeals::drop_order::forget(&app.db).await.unwrap();
        }
    }
    let stored = physical_order(&app).await;
    assert_eq!(stored.len(), DROPS);
    let correlation = rank_correlation(&dropped, &stored);
    assert!(
        correlation.abs() < 0.5,
        "the stored order follows the drop order: {correlation}"
    );
}
