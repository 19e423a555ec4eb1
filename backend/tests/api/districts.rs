//! The district education office: compliance at a glance, figures with small counts hidden,
//! service accounts with scoped tokens, signed webhooks delivered at least once, and the
//! scheduler taking each job once with two servers on one database.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use actix_web::{web, App, HttpRequest, HttpResponse, HttpServer};
use chrono::Utc;
use entity::{job_run, monthly_report, webhook_delivery, Role};
use ishenim::reports::month::Month;
use ishenim::startup::Application;
use ishenim::webhooks::delivery::{client, deliver_due};
use ishenim::webhooks::signature::verify;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{json, Value};

use crate::box_openings::{open_box, post_as, sign_all, working_group};
use crate::helpers::{assert_problem, backend, spawn_app, test_settings, Backend, TestApp};

const URGENT: &str = "Мени ар күнү сабактан кийин токмоктошот, жашагым келбейт. HOOK-TEXT-MARKER";

/// What a receiver got: headers of interest and the body.
#[derive(Debug, Clone)]
pub struct Received {
    pub event_id: String,
    pub signature: String,
    pub body: String,
}

/// A webhook receiver on a loopback port: answers each request with the next status of
/// `statuses` (200 once they run out) and keeps what it got.
pub struct Receiver {
    pub url: String,
    pub received: Arc<Mutex<Vec<Received>>>,
}

pub async fn receiver(statuses: Vec<u16>) -> Receiver {
    let received = Arc::new(Mutex::new(Vec::new()));
    let statuses = Arc::new(Mutex::new(statuses));
    let (kept, answers) = (received.clone(), statuses.clone());
    let server = HttpServer::new(move || {
        let kept = kept.clone();
        let answers = answers.clone();
        App::new().default_service(web::to(move |request: HttpRequest, body: web::Bytes| {
            let kept = kept.clone();
            let answers = answers.clone();
            async move {
                let header = |name: &str| {
                    request
                        .headers()
                        .get(name)
                        .and_then(|value| value.to_str().ok())
                        .unwrap_or_default()
                        .to_owned()
                };
                kept.lock().unwrap().push(Received {
                    event_id: header("Ishenim-Event-Id"),
                    signature: header("Ishenim-Signature"),
                    body: String::from_utf8_lossy(&body).into_owned(),
                });
                let mut answers = answers.lock().unwrap();
                let status = if answers.is_empty() {
                    200
                } else {
                    answers.remove(0)
                };
                HttpResponse::build(actix_web::http::StatusCode::from_u16(status).unwrap()).finish()
            }
        }))
    })
    .workers(1)
    .bind("127.0.0.1:0")
    .unwrap();
    let port = server.addrs()[0].port();
    tokio::spawn(server.run());
    Receiver {
        url: format!("http://127.0.0.1:{port}/hooks"),
        received,
    }
}

pub async fn district_admin(app: &TestApp, school: &crate::helpers::TestSchool) -> String {
    let admin = app
        .insert_staff(None, Some(school.district_id), &[Role::DistrictAdmin])
        .await;
    app.token(&admin).await
}

#[tokio::test]
async fn the_district_sees_compliance_and_its_systems_read_with_scoped_tokens() {
    let app = spawn_app().await;
    let school = app.create_school_in("school-d", "tup").await;
    let group = working_group(&app, &school, 3).await;
    let dropped = app
        .post_json(
            "/appeals",
            &json!({"school": "school-d", "text": URGENT, "anonymous": true}),
        )
        .await;
    assert_eq!(dropped.status(), 201);
    let opening = open_box(&app, "school-d", &group).await;
    sign_all(&app, &opening, &group).await;
    let officer = app
        .insert_staff(None, Some(school.district_id), &[Role::DistrictOfficer])
        .await;
    let officer = app.token(&officer).await;

    let overview: Value = app
        .get_as(&officer, "/districts/tup/schools")
        .await
        .json()
        .await
        .unwrap();
    let row = &overview["schools"][0];
    assert_eq!(row["school"], "school-d");
    assert_eq!(row["open_appeals"], 1);
    assert_eq!(row["urgent_unreferred"], 1);
    assert_eq!(row["box_overdue"], false);
    assert_eq!(row["report"], "missing");
    assert!(row["journal_head"]["seq"].as_i64().unwrap() >= 1);
    assert!(row["journal_check"].is_null());
    let verified = app
        .get_as(&officer, "/journal/verify?school=school-d")
        .await;
    assert_eq!(verified.status(), 200);
    let overview: Value = app
        .get_as(&officer, "/districts/tup/schools")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(overview["schools"][0]["journal_check"]["valid"], true);

    let this_month = Month::of(ishenim::calendar::today_in("Asia/Bishkek"));
    let statistics: Value = app
        .get_as(
            &officer,
            &format!("/districts/tup/statistics?month={this_month}"),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        statistics["registered"],
        json!({"count": null, "shown": "<3"})
    );
    assert_eq!(statistics["schools"], 1);
    assert_eq!(statistics["schools_opened_as_required"], 1);
    assert_eq!(statistics["trend"].as_array().unwrap().len(), 12);
    // The month running may be chosen, and the twelve before it; a month not begun may not.
    let months = statistics["months"].as_array().unwrap();
    assert_eq!(months.len(), 13);
    assert_eq!(months[0], this_month.to_string());
    assert_eq!(months[1], this_month.previous().to_string());
    assert_eq!(row["time_zone"], "Asia/Bishkek");
    assert_problem(
        app.get_as(
            &officer,
            &format!("/districts/tup/statistics?month={}", this_month.next()),
        )
        .await,
        422,
        "month_not_started",
    )
    .await;
    // Last month the school did not exist yet: it is not counted.
    let before: Value = app
        .get_as(
            &officer,
            &format!("/districts/tup/statistics?month={}", this_month.previous()),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(before["schools"], 0);

    // A service account reads what its scopes allow, nothing else.
    let admin = district_admin(&app, &school).await;
    let created: Value = post_as(
        &app,
        &admin,
        "/districts/tup/service-accounts",
        &json!({"name": "District statistics system", "scopes": ["district:read", "reports:read"]}),
    )
    .await
    .json()
    .await
    .unwrap();
    let client_id = created["account"]["client_id"].as_str().unwrap().to_owned();
    let secret = created["client_secret"].as_str().unwrap().to_owned();
    let listed: Value = app
        .get_as(&admin, "/districts/tup/service-accounts")
        .await
        .json()
        .await
        .unwrap();
    assert!(
        !listed.to_string().contains(&secret),
        "the secret is shown once"
    );
    assert_problem(
        app.post_json(
            "/auth/token",
            &json!({"grant_type": "client_credentials", "client_id": client_id, "client_secret": "wrong"}),
        )
        .await,
        401,
        "invalid_credentials",
    )
    .await;
    assert_problem(
        app.post_json(
            "/auth/token",
            &json!({"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret, "scope": "journal:read"}),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    let token: Value = app
        .post_json(
            "/auth/token",
            &json!({"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(token["scope"], "district:read reports:read");
    let service = token["access_token"].as_str().unwrap().to_owned();
    assert_eq!(
        app.get_as(&service, "/districts/tup/schools")
            .await
            .status(),
        200
    );
    assert_eq!(
        app.get_as(&service, "/districts/tup/journal-heads")
            .await
            .status(),
        200
    );
    assert_eq!(
        app.get_as(
            &service,
            &format!("/reports/monthly?school=school-d&month={this_month}")
        )
        .await
        .status(),
        200
    );
    for forbidden in [
        "/journal/verify?school=school-d",
        "/cases?school=school-d",
        "/audit?school=school-d",
        "/districts/tup/service-accounts",
        "/me",
    ] {
        assert_problem(app.get_as(&service, forbidden).await, 403, "forbidden").await;
    }
    let elsewhere = app.create_school_in("school-n", "naryn").await;
    assert_problem(
        app.get_as(&service, "/districts/naryn/schools").await,
        403,
        "forbidden",
    )
    .await;
    let _ = elsewhere;

    // Revoked: the token stops at once.
    let id = created["account"]["id"].as_str().unwrap();
    let revoked = app
        .client
        .delete(app.url(&format!("/districts/tup/service-accounts/{id}")))
        .bearer_auth(&admin)
        .send()
        .await
        .unwrap();
    assert_eq!(revoked.status(), 204);
    assert_problem(
        app.get_as(&service, "/districts/tup/schools").await,
        401,
        "invalid_token",
    )
    .await;
}

#[tokio::test]
async fn webhooks_are_signed_retried_and_carry_no_content() {
    let app = spawn_app().await;
    let school = app.create_school_in("school-w", "tup").await;
    let admin = district_admin(&app, &school).await;
    let hooks = receiver(vec![500]).await;
    assert_problem(
        post_as(
            &app,
            &admin,
            "/districts/tup/webhooks",
            &json!({"url": "ftp://example.org/x", "events": ["appeal.urgent"]}),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    let subscribed: Value = post_as(
        &app,
        &admin,
        "/districts/tup/webhooks",
        &json!({"url": hooks.url, "events": ["appeal.urgent", "report.published"]}),
    )
    .await
    .json()
    .await
    .unwrap();
    let secret = subscribed["secret"].as_str().unwrap().to_owned();

    let dropped = app
        .post_json(
            "/appeals",
            &json!({"school": "school-w", "text": URGENT, "anonymous": true}),
        )
        .await;
    assert_eq!(dropped.status(), 201);
    let http = client().unwrap();
    // Nothing goes out with the drop itself: the hourly announcement, stamped to the hour.
    assert_eq!(deliver_due(&app.state, &http).await.unwrap(), 0);
    let schools = entity::school::Entity::find().all(&app.db).await.unwrap();
    let hour = ishenim::appeals::escalation::hour_of(Utc::now());
    let announce =
        || ishenim::appeals::escalation::announce_urgent_appeals(&app.db, "test", &schools, hour);
    assert_eq!(announce().await.unwrap(), 1);
    assert_eq!(announce().await.unwrap(), 0, "once per appeal");
    let outbox = webhook_delivery::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(outbox.created_at, hour);
    assert_eq!(deliver_due(&app.state, &http).await.unwrap(), 1);
    let pending = webhook_delivery::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(pending.attempts, 1);
    assert_eq!(pending.last_status, Some(500));
    assert!(pending.delivered_at.is_none());
    assert!(pending.next_attempt_at.unwrap() > Utc::now());
    // Nothing is due before the backoff has passed.
    assert_eq!(deliver_due(&app.state, &http).await.unwrap(), 0);
    webhook_delivery::Entity::update_many()
        .col_expr(
            webhook_delivery::Column::NextAttemptAt,
            Expr::value(Utc::now()),
        )
        .filter(webhook_delivery::Column::Id.eq(pending.id))
        .exec(&app.db)
        .await
        .unwrap();
    assert_eq!(deliver_due(&app.state, &http).await.unwrap(), 1);
    let delivered = webhook_delivery::Entity::find_by_id(pending.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(delivered.delivered_at.is_some());
    assert_eq!(deliver_due(&app.state, &http).await.unwrap(), 0);

    let received = hooks.received.lock().unwrap().clone();
    assert_eq!(received.len(), 2);
    assert_eq!(
        received[0].event_id, received[1].event_id,
        "a retry keeps its id"
    );
    for delivery in &received {
        assert!(verify(
            secret.as_bytes(),
            &delivery.signature,
            delivery.body.as_bytes(),
            Utc::now().timestamp(),
            300
        ));
        assert!(!verify(
            b"another secret",
            &delivery.signature,
            delivery.body.as_bytes(),
            Utc::now().timestamp(),
            300
        ));
        assert!(!delivery.body.contains("HOOK-TEXT-MARKER") && !delivery.body.contains("токмок"));
        let body: Value = serde_json::from_str(&delivery.body).unwrap();
        assert_eq!(body["type"], "appeal.urgent");
        assert_eq!(body["id"], received[0].event_id.as_str());
        assert_eq!(body["data"]["school"], "school-w");
    }
}

#[tokio::test]
async fn two_servers_on_one_database_take_each_job_once() {
    let app = spawn_app().await;
    let mut slugs = Vec::new();
    for n in 0..3 {
        let school = app.create_school_in(&format!("school-{n}"), "tup").await;
        slugs.push(school);
    }
    // The schools were founded long ago and never opened: due a draft and overdue.
    ishenim_backdate_schools(&app).await;
    let admin = district_admin(&app, &slugs[0]).await;
    let hooks = receiver(Vec::new()).await;
    let subscribed = post_as(
        &app,
        &admin,
        "/districts/tup/webhooks",
        &json!({"url": hooks.url, "events": ["box.overdue"]}),
    )
    .await;
    assert_eq!(subscribed.status(), 201);

    // On SQLite one server (one writer); on PostgreSQL two replicas racing.
    let replicas = if backend() == Backend::Postgres { 2 } else { 1 };
    for _ in 0..replicas {
        let mut settings = test_settings(app.data_dir.clone());
        settings.database_url = Some(app.database_url.clone());
        settings.scheduler.enabled = true;
        settings.scheduler.tick_seconds = 1;
        settings.scheduler.delivery_seconds = 1;
        let server = Application::build(settings).await.unwrap();
        tokio::spawn(server.run_until_stopped());
    }

    let last_month = Month::of(ishenim::calendar::today_in("Asia/Bishkek")).previous();
    let drafts = || {
        monthly_report::Entity::find()
            .filter(monthly_report::Column::Month.eq(last_month.to_string()))
            .count(&app.db)
    };
    for _ in 0..100 {
        if drafts().await.unwrap() == 3 && hooks.received.lock().unwrap().len() >= 3 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // Several more ticks of every replica.
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(drafts().await.unwrap(), 3, "one draft per school");
    let runs = job_run::Entity::find()
        .filter(job_run::Column::Job.starts_with("monthly_drafts:"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(runs.len(), 1);
    assert!(runs[0].finished_at.is_some());
    let checks = entity::journal_check::Entity::find()
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(checks, 3, "each journal checked");
    let received = hooks.received.lock().unwrap().clone();
    let mut schools: Vec<String> = received
        .iter()
        .map(|delivery| {
            let body: Value = serde_json::from_str(&delivery.body).unwrap();
            assert_eq!(body["type"], "box.overdue");
            body["data"]["school"].as_str().unwrap().to_owned()
        })
        .collect();
    schools.sort();
    assert_eq!(
        schools,
        vec!["school-0", "school-1", "school-2"],
        "one overdue event per school, delivered once"
    );
}

async fn ishenim_backdate_schools(app: &TestApp) {
    entity::school::Entity::update_many()
        .col_expr(
            entity::school::Column::CreatedAt,
            Expr::value(Utc::now() - chrono::TimeDelta::days(200)),
        )
        .exec(&app.db)
        .await
        .unwrap();
}

#[tokio::test]
async fn a_webhook_cannot_point_inside_the_network_unless_the_operator_allows_it() {
    // Nothing here is sent anywhere: every address is refused when subscribing.
    let app = crate::helpers::spawn_app_with(|settings| {
        settings.webhook_private_networks = String::new();
    })
    .await;
    let school = app.create_school_in("school-w", "tup").await;
    let admin = district_admin(&app, &school).await;
    for url in [
        "http://127.0.0.1:5432/",
        "http://2130706433/",
        "http://0x7f.0.0.1/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://localhost/",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.1.2.3/hook",
        "http://192.168.0.10/hook",
        "https://user:secret@example.org/hook",
    ] {
        let refused = post_as(
            &app,
            &admin,
            "/districts/tup/webhooks",
            &json!({"url": url, "events": ["appeal.urgent"]}),
        )
        .await;
        let problem = assert_problem(refused, 422, "validation_failed").await;
        assert_eq!(
            problem.errors.as_ref().unwrap()[0].field,
            "url",
            "{url}: {problem:?}"
        );
    }
    let stored = ishenim_subscriptions(&app).await;
    assert_eq!(stored, 0);
}

async fn ishenim_subscriptions(app: &TestApp) -> u64 {
    entity::webhook_subscription::Entity::find()
        .count(&app.db)
        .await
        .unwrap()
}
