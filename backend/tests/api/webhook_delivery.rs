//! Webhook deliveries go out concurrently, a few at a time per subscription and per district,
//! with no database connection held while they wait: one district's dead addresses do not
//! hold up another district's urgent appeal, and a district has a bounded number of
//! subscriptions.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use ishenim::webhooks::delivery::PER_DISTRICT;
use ishenim::webhooks::store::MAX_SUBSCRIPTIONS_PER_DISTRICT;
use ishenim::webhooks::{enqueue, Event};
use serde_json::{json, Value};
use tokio::io::AsyncReadExt;

use crate::box_openings::post_as;
use crate::districts::{district_admin, receiver};
use crate::helpers::{assert_problem, spawn_app_with};

/// A loopback port that accepts connections and never answers: counts the connections it
/// accepted and those that were closed (by the sender's timeout).
struct Stall {
    url: String,
    accepted: Arc<AtomicUsize>,
    closed: Arc<AtomicUsize>,
}

async fn stall() -> Stall {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let accepted = Arc::new(AtomicUsize::new(0));
    let closed = Arc::new(AtomicUsize::new(0));
    let (counted, ended) = (accepted.clone(), closed.clone());
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            counted.fetch_add(1, Ordering::SeqCst);
            let ended = ended.clone();
            tokio::spawn(async move {
                let mut buffer = [0u8; 4096];
                while let Ok(read) = socket.read(&mut buffer).await {
                    if read == 0 {
                        break;
                    }
                }
                ended.fetch_add(1, Ordering::SeqCst);
            });
        }
    });
    Stall {
        url: format!("http://127.0.0.1:{port}/hooks"),
        accepted,
        closed,
    }
}

#[tokio::test]
async fn a_district_with_dead_addresses_does_not_hold_up_another() {
    let app = spawn_app_with(|settings| {
        settings.scheduler.enabled = true;
        settings.scheduler.delivery_seconds = 1;
    })
    .await;
    let slow_school = app.create_school_in("school-n", "naryn").await;
    let school = app.create_school_in("school-t", "tup").await;
    let slow_admin = district_admin(&app, &slow_school).await;
    let admin = district_admin(&app, &school).await;
    let dead = stall().await;
    let hooks = receiver(Vec::new()).await;

    for _ in 0..MAX_SUBSCRIPTIONS_PER_DISTRICT {
        let subscribed = post_as(
            &app,
            &slow_admin,
            "/districts/naryn/webhooks",
            &json!({"url": dead.url, "events": ["appeal.urgent"]}),
        )
        .await;
        assert_eq!(subscribed.status(), 201);
    }
    assert_problem(
        post_as(
            &app,
            &slow_admin,
            "/districts/naryn/webhooks",
            &json!({"url": dead.url, "events": ["appeal.urgent"]}),
        )
        .await,
        409,
        "too_many_webhooks",
    )
    .await;
    let subscribed = post_as(
        &app,
        &admin,
        "/districts/tup/webhooks",
        &json!({"url": hooks.url, "events": ["appeal.urgent"]}),
    )
    .await;
    assert_eq!(subscribed.status(), 201);

    // Naryn's outbox fills first, more than one look at it takes in; Tup's one event is the
    // newest of all.
    let today = chrono::Utc::now().date_naive();
    for _ in 0..6 {
        enqueue(
            &app.db,
            slow_school.district_id,
            Event::UrgentAppeal {
                school: slow_school.slug.clone(),
                dropped_on: today,
            },
        )
        .await
        .unwrap();
    }
    let started = Instant::now();
    enqueue(
        &app.db,
        school.district_id,
        Event::UrgentAppeal {
            school: school.slug.clone(),
            dropped_on: today,
        },
    )
    .await
    .unwrap();

    let mut waited = 0;
    while hooks.received.lock().unwrap().is_empty() {
        assert!(waited < 600, "Tup's urgent appeal was never delivered");
        tokio::time::sleep(Duration::from_millis(50)).await;
        waited += 1;
    }
    let delivered_after = started.elapsed();
    // Sent while every one of Naryn's sends still waited for its answer: Tup's did not queue
    // behind any of their timeouts.
    assert_eq!(
        dead.closed.load(Ordering::SeqCst),
        0,
        "Tup's delivery waited for a dead address ({delivered_after:?})"
    );
    // The API answers meanwhile: no delivery holds a database connection while it waits.
    let listed: Value = app
        .get_as(&slow_admin, "/districts/naryn/webhooks")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        listed["items"].as_array().map(Vec::len),
        Some(MAX_SUBSCRIPTIONS_PER_DISTRICT as usize)
    );
    assert_eq!(dead.closed.load(Ordering::SeqCst), 0);
    let in_flight = dead.accepted.load(Ordering::SeqCst);
    assert!(
        in_flight <= PER_DISTRICT,
        "{in_flight} of Naryn's deliveries at once, more than its {PER_DISTRICT}"
    );
    eprintln!("Tup's urgent appeal delivered {delivered_after:?} after it was queued");
}
