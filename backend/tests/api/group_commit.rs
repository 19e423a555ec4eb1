//! Drops that arrive together are written together, and each still gets its own answer: a
//! receipt that finds its appeal, the first answer for a retry, a refusal for a reused key.

use std::collections::HashSet;

use sea_orm::{EntityTrait, PaginatorTrait};
use serde_json::{json, Value};

use crate::helpers::{spawn_app, TestApp};

fn anonymous(text: &str) -> Value {
    json!({"school": "school-a", "text": text, "anonymous": true})
}

/// Sends a drop, with an Idempotency-Key when given; returns the status and the body.
async fn send(app: &TestApp, body: Value, key: Option<&str>) -> (u16, Value) {
    let mut request = app.client.post(app.url("/appeals")).json(&body);
    if let Some(key) = key {
        request = request.header("Idempotency-Key", key);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap())
}

#[tokio::test]
async fn drops_arriving_together_each_get_a_receipt_that_finds_their_appeal() {
    let app = spawn_app().await;
    app.create_school("school-a").await;

    // 100 different drops, 30 retries of one drop with one key, and 10 different drops all
    // with a second key, sent at once so that batches mix them.
    let mut sent = Vec::new();
    for n in 0..100 {
        sent.push((
            "distinct",
            anonymous(&format!("Drop {n}: the corridor lights are broken")),
            None,
        ));
    }
    for _ in 0..30 {
        sent.push((
            "retried",
            anonymous("The canteen serves cold soup every day."),
            Some("one-key-retried"),
        ));
    }
    for n in 0..10 {
        sent.push((
            "reused",
            anonymous(&format!("Drop {n} with a key already taken")),
            Some("one-key-reused"),
        ));
    }
    let answers = futures_util::future::join_all(sent.into_iter().map(|(kind, body, key)| {
        let app = &app;
        async move { (kind, send(app, body, key).await) }
    }))
    .await;

    let mut distinct = HashSet::new();
    let mut retried = HashSet::new();
    let (mut reused_stored, mut reused_refused) = (0, 0);
    for (kind, (status, body)) in answers {
        match (kind, status) {
            ("distinct", 201) => {
                distinct.insert(body["receipt"].as_str().unwrap().to_owned());
            }
            ("retried", 201) => {
                retried.insert(body["receipt"].as_str().unwrap().to_owned());
            }
            ("reused", 201) => reused_stored += 1,
            ("reused", 422) => {
                assert_eq!(body["code"], "idempotency_key_reused", "{body}");
                reused_refused += 1;
            }
            _ => panic!("{kind}: {status} {body}"),
        }
    }
    assert_eq!(distinct.len(), 100, "every drop its own receipt");
    assert_eq!(retried.len(), 1, "every retry the first answer");
    assert_eq!((reused_stored, reused_refused), (1, 9));
    let stored = entity::appeal::Entity::find().count(&app.db).await.unwrap();
    assert_eq!(stored, 102);

    for receipt in distinct.iter().chain(&retried) {
        let tracked = app
            .post_json("/appeals/track", &json!({ "receipt": receipt }))
            .await;
        assert_eq!(tracked.status(), 200, "{receipt}");
    }
}

#[tokio::test]
async fn first_answers_older_than_two_days_are_forgotten_as_drops_are_written() {
    use entity::idempotency_record;
    let app = spawn_app().await;
    app.create_school("school-a").await;
    let today = ishenim::calendar::today_in("Asia/Bishkek");
    let old = |key_hash: &str, days: u64| idempotency_record::Model {
        key_hash: key_hash.to_owned(),
        request_hash: "request".to_owned(),
        status_code: 201,
        key_id: "k1".to_owned(),
        sealed_response: vec![0],
        created_on: today - chrono::Days::new(days),
    };
    idempotency_record::Entity::insert_many([
        idempotency_record::ActiveModel::from(old("three-days-old", 3)),
        idempotency_record::ActiveModel::from(old("yesterday", 1)),
    ])
    .exec_without_returning(&app.db)
    .await
    .unwrap();

    let (status, _) = send(
        &app,
        anonymous("The corridor lights are broken"),
        Some("a-new-key"),
    )
    .await;
    assert_eq!(status, 201);
    // Forgotten just after the batch is answered.
    let mut kept = Vec::new();
    for _ in 0..50 {
        kept = idempotency_record::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .into_iter()
            .map(|record| record.key_hash)
            .collect();
        if !kept.contains(&"three-days-old".to_owned()) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(!kept.contains(&"three-days-old".to_owned()), "{kept:?}");
    assert!(kept.contains(&"yesterday".to_owned()), "{kept:?}");
    assert_eq!(kept.len(), 2, "{kept:?}");
}
