//! Three replicas of the server (the `ishenim` binary, three processes) started together on
//! an empty PostgreSQL database, serving requests round-robin: the migrations run once under
//! their advisory lock, failed sign-ins are counted across the replicas, a replica killed
//! (`SIGKILL`) in the middle of drops loses none it acknowledged, and, started again with the
//! scheduler, the replicas take each job once and deliver each webhook once. With the rate
//! limits on, the per-client sign-in throttle and the receipt checks' bounds hold across them.
//!
//! PostgreSQL only: replicas share one PostgreSQL database, while the embedded SQLite database
//! is one process's file with one writer, so on SQLite the test returns at once.

use std::fs::File;
use std::net::{IpAddr, Ipv4Addr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use entity::{job_run, monthly_report, webhook_delivery, Role};
use ishenim::reports::month::Month;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    Statement,
};
use serde_json::{json, Value};
use tokio::io::AsyncWriteExt;

use crate::districts::receiver;
use crate::helpers::{
    backend, create_school_in, empty_postgres_database, insert_staff, test_settings, Backend,
};

/// One `ishenim serve` process.
struct Replica {
    child: Child,
    port: u16,
    log: PathBuf,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .unwrap()
}

impl Replica {
    fn start(
        data_dir: &Path,
        database_url: &str,
        scheduler: bool,
        env: &[(&str, &str)],
    ) -> Replica {
        let port = free_port();
        let log = data_dir.join(format!("replica-{port}.log"));
        let output = File::create(&log).unwrap();
        let child = Command::new(env!("CARGO_BIN_EXE_ishenim"))
            .arg("serve")
            .env("ISHENIM_CONFIG", "/nonexistent/ishenim.toml")
            .env("ISHENIM_DATA_DIR", data_dir)
            .env("ISHENIM_DATABASE_URL", database_url)
            .env("ISHENIM_DATABASE_MAX_CONNECTIONS", "4")
            .env("ISHENIM_BIND", format!("127.0.0.1:{port}"))
            .env("ISHENIM_WEB_DIR", "/nonexistent/web")
            .env("ISHENIM_RATE_LIMIT__ENABLED", "false")
            .env("ISHENIM_SCHEDULER__ENABLED", scheduler.to_string())
            .env("ISHENIM_SCHEDULER__TICK_SECONDS", "1")
            .env("ISHENIM_SCHEDULER__DELIVERY_SECONDS", "1")
            .env("ISHENIM_WEBHOOK_PRIVATE_NETWORKS", "127.0.0.0/8")
            .envs(env.iter().copied())
            .stdout(output.try_clone().unwrap())
            .stderr(output)
            .spawn()
            .unwrap();
        Replica { child, port, log }
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}/api/v1{path}", self.port)
    }

    /// Waits until the replica answers its health check (it has migrated and listens).
    async fn ready(&mut self) {
        let client = reqwest::Client::new();
        for _ in 0..1200 {
            if let Some(status) = self.child.try_wait().unwrap() {
                panic!(
                    "a replica exited ({status}):\n{}",
                    std::fs::read_to_string(&self.log).unwrap_or_default()
                );
            }
            if let Ok(response) = client.get(self.url("/health")).send().await {
                if response.status() == 200 {
                    return;
                }
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("a replica did not start within two minutes");
    }

    /// `SIGKILL`: no shutdown, no request finished.
    fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Replica {
    fn drop(&mut self) {
        self.kill();
    }
}

async fn start_together(
    data_dir: &Path,
    database_url: &str,
    scheduler: bool,
    env: &[(&str, &str)],
) -> Vec<Replica> {
    let mut replicas: Vec<Replica> = (0..3)
        .map(|_| Replica::start(data_dir, database_url, scheduler, env))
        .collect();
    for replica in &mut replicas {
        replica.ready().await;
    }
    replicas
}

fn loopback(last: u8) -> reqwest::Client {
    reqwest::Client::builder()
        .local_address(IpAddr::V4(Ipv4Addr::new(127, 0, 0, last)))
        .build()
        .unwrap()
}

async fn count(db: &DatabaseConnection, sql: &str) -> i64 {
    db.query_one(Statement::from_string(
        db.get_database_backend(),
        sql.to_owned(),
    ))
    .await
    .unwrap()
    .unwrap()
    .try_get_by_index::<i64>(0)
    .unwrap()
}

const INNOCENT: &str = "The canteen serves cold soup every day. Please ask them to heat it.";

#[tokio::test]
async fn three_replicas_on_one_database_share_the_work_and_lose_nothing() {
    if backend() != Backend::Postgres {
        return;
    }
    let database_url = empty_postgres_database().await;
    let data_dir = std::env::temp_dir().join(format!(
        "ishenim-replicas-{}",
        uuid::Uuid::new_v4().simple()
    ));
    // The replicas share the data folder's secrets, made once before they start.
    ishenim::secrets::prepare_data_dir(&data_dir).unwrap();
    ishenim::secrets::Secrets::load(&test_settings(data_dir.clone())).unwrap();

    // Three replicas migrate the empty database at once: one runs the migrations under the
    // advisory lock, the others wait and find nothing left to do.
    let mut replicas = start_together(&data_dir, &database_url, false, &[]).await;
    let db = ishenim::database::connect(&database_url, 2).await.unwrap();
    let migrations = count(&db, "SELECT count(*) FROM seaql_migrations").await;
    assert!(migrations > 0);
    assert_eq!(
        count(&db, "SELECT count(DISTINCT version) FROM seaql_migrations").await,
        migrations
    );

    let mut schools = Vec::new();
    for n in 0..3 {
        schools.push(create_school_in(&db, &format!("school-{n}"), "tup").await);
    }
    let district_id = schools[0].district_id;

    // A guesser changing address with every try, round-robin over the replicas: the account's
    // free failures are counted once for all of them, not once per replica.
    let officer = insert_staff(&db, None, Some(district_id), &[Role::DistrictOfficer]).await;
    let mut refused_after = None;
    for attempt in 0..90u8 {
        let response = loopback(10 + attempt)
            .post(replicas[usize::from(attempt) % 3].url("/auth/login"))
            .json(&json!({"login": officer.login, "password": "not the password"}))
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        let body: Value = response.json().await.unwrap();
        if status == 429 {
            assert_eq!(body["code"], "login_throttled");
            refused_after = Some(attempt);
            break;
        }
        assert_eq!(body["code"], "invalid_credentials", "{body}");
    }
    let refused_after = refused_after.expect("the guesser was never slowed down");
    eprintln!("the account was throttled after {refused_after} failed sign-ins on three replicas");
    assert!(
        refused_after >= ishenim::auth::account_throttle::FREE_FAILURES as u8,
        "throttled after {refused_after}, before the free failures were used"
    );
    // Past the free failures each try owes a growing wait, and a try slower than the wait it
    // owes (a debug build's password hash on a loaded machine) is let through, so how soon the
    // refusal comes depends on the machine. Replicas counting apart would each allow the free
    // failures before any refusal: three times as many in all.
    let counted_apart = 3 * ishenim::auth::account_throttle::FREE_FAILURES as u8;
    assert!(
        refused_after < counted_apart,
        "throttled only after {refused_after} failures: the replicas count apart"
    );

    // The district subscribes through one replica; a school's pupils drop through all three,
    // and the third replica is killed while its drops are in flight.
    let admin = insert_staff(&db, None, Some(district_id), &[Role::DistrictAdmin]).await;
    let hooks = receiver(Vec::new()).await;
    let client = reqwest::Client::new();
    let signed_in: Value = client
        .post(replicas[0].url("/auth/login"))
        .json(&json!({"login": admin.login, "password": admin.password}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = signed_in["access_token"].as_str().unwrap().to_owned();
    let subscribed = client
        .post(replicas[1].url("/districts/tup/webhooks"))
        .bearer_auth(&token)
        .json(&json!({"url": hooks.url, "events": ["box.overdue"]}))
        .send()
        .await
        .unwrap();
    assert_eq!(subscribed.status(), 201);

    let mut unfinished = tokio::net::TcpStream::connect(("127.0.0.1", replicas[2].port))
        .await
        .unwrap();
    unfinished
        .write_all(
            b"POST /api/v1/appeals HTTP/1.1\r\nHost: 127.0.0.1\r\n\
              Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"school\":",
        )
        .await
        .unwrap();
    // The third replica's acknowledgements so far.
    let acknowledged_by_third = Arc::new(AtomicUsize::new(0));
    let mut drops = Vec::new();
    for n in 0..45 {
        let url = replicas[n % 3].url("/appeals");
        let client = client.clone();
        let acknowledged = (n % 3 == 2).then(|| acknowledged_by_third.clone());
        drops.push(tokio::spawn(async move {
            let response = client
                .post(url)
                .json(&json!({"school": "school-0", "text": INNOCENT, "anonymous": true}))
                .send()
                .await;
            match response {
                Ok(response) if response.status() == 201 => {
                    if let Some(acknowledged) = acknowledged {
                        acknowledged.fetch_add(1, Ordering::SeqCst);
                    }
                    let body: Value = response.json().await.ok()?;
                    Some(body["receipt"].as_str()?.to_owned())
                }
                _ => None,
            }
        }));
    }
    for _ in 0..600 {
        if acknowledged_by_third.load(Ordering::SeqCst) >= 3 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    replicas[2].kill();
    let mut receipts = Vec::new();
    let mut lost = 0;
    for (n, dropped) in drops.into_iter().enumerate() {
        match dropped.await.unwrap() {
            Some(receipt) => receipts.push(receipt),
            None => {
                assert_eq!(
                    n % 3,
                    2,
                    "only the killed replica's drops may go unanswered"
                );
                lost += 1;
            }
        }
    }
    eprintln!(
        "{} drops acknowledged, {lost} cut off by the kill",
        receipts.len()
    );
    let stored = entity::appeal::Entity::find().count(&db).await.unwrap() as usize;
    assert!(
        stored >= receipts.len(),
        "{stored} stored of {} acknowledged",
        receipts.len()
    );
    for receipt in &receipts {
        let tracked = client
            .post(replicas[0].url("/appeals/track"))
            .json(&json!({"receipt": receipt}))
            .send()
            .await
            .unwrap();
        assert_eq!(tracked.status(), 200, "an acknowledged drop was lost");
    }
    drop(unfinished);
    drop(replicas);

    // Started again together, now with the scheduler: the schools were founded long ago and
    // never opened, so each is due a draft and is overdue.
    entity::school::Entity::update_many()
        .col_expr(
            entity::school::Column::CreatedAt,
            Expr::value(Utc::now() - chrono::TimeDelta::days(200)),
        )
        .exec(&db)
        .await
        .unwrap();
    let _replicas = start_together(&data_dir, &database_url, true, &[]).await;
    let last_month = Month::of(ishenim::calendar::today_in("Asia/Bishkek")).previous();
    let drafts = || {
        monthly_report::Entity::find()
            .filter(monthly_report::Column::Month.eq(last_month.to_string()))
            .count(&db)
    };
    for _ in 0..600 {
        if drafts().await.unwrap() == 3 && hooks.received.lock().unwrap().len() >= 3 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // Several more ticks of every replica.
    tokio::time::sleep(Duration::from_secs(5)).await;
    assert_eq!(drafts().await.unwrap(), 3, "one draft per school");
    let runs = job_run::Entity::find()
        .filter(job_run::Column::Job.starts_with("monthly_drafts:"))
        .all(&db)
        .await
        .unwrap();
    assert_eq!(runs.len(), 1, "the month's drafts claimed once");
    assert!(runs[0].finished_at.is_some());
    let received = hooks.received.lock().unwrap().clone();
    let mut announced: Vec<String> = received
        .iter()
        .map(|delivery| {
            let body: Value = serde_json::from_str(&delivery.body).unwrap();
            assert_eq!(body["type"], "box.overdue");
            body["data"]["school"].as_str().unwrap().to_owned()
        })
        .collect();
    announced.sort();
    assert_eq!(
        announced,
        vec!["school-0", "school-1", "school-2"],
        "each overdue box announced and delivered once"
    );
    let deliveries = webhook_delivery::Entity::find().all(&db).await.unwrap();
    assert_eq!(deliveries.len(), 3);
    assert!(deliveries
        .iter()
        .all(|delivery| delivery.attempts == 1 && delivery.delivered_at.is_some()));
}

/// The number of the first of `attempts` answered 429 `refusal`, each sent round-robin to the
/// replicas from the client `from(n)`; every earlier one must be answered `earlier`.
async fn refused_after(
    replicas: &[Replica],
    attempts: usize,
    from: impl Fn(usize) -> reqwest::Client,
    request: impl Fn(&reqwest::Client, &Replica) -> reqwest::RequestBuilder,
    (earlier, refusal): (&str, &str),
) -> Option<usize> {
    for attempt in 0..attempts {
        let client = from(attempt);
        let response = request(&client, &replicas[attempt % replicas.len()])
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        let body: Value = response.json().await.unwrap();
        if status == 429 {
            assert_eq!(body["code"], refusal, "attempt {attempt}: {body}");
            return Some(attempt);
        }
        assert_eq!(body["code"], earlier, "attempt {attempt}: {body}");
    }
    None
}

#[tokio::test]
async fn the_throttles_of_a_client_count_on_every_replica_together() {
    if backend() != Backend::Postgres {
        return;
    }
    let database_url = empty_postgres_database().await;
    let data_dir = std::env::temp_dir().join(format!(
        "ishenim-replicas-{}",
        uuid::Uuid::new_v4().simple()
    ));
    ishenim::secrets::prepare_data_dir(&data_dir).unwrap();
    ishenim::secrets::Secrets::load(&test_settings(data_dir.clone())).unwrap();
    // The limits each process keeps in memory are set wide, so that what is seen is the
    // bounds the replicas share.
    let replicas = start_together(
        &data_dir,
        &database_url,
        false,
        &[
            ("ISHENIM_RATE_LIMIT__ENABLED", "true"),
            ("ISHENIM_RATE_LIMIT__PER_MINUTE", "10000"),
            ("ISHENIM_RATE_LIMIT__BURST", "10000"),
            ("ISHENIM_RATE_LIMIT__RECEIPT_CHECKS_PER_HOUR", "12"),
            (
                "ISHENIM_RATE_LIMIT__RECEIPT_CHECKS_ALL_CLIENTS_PER_HOUR",
                "30",
            ),
        ],
    )
    .await;
    let db = ishenim::database::connect(&database_url, 2).await.unwrap();
    let school = create_school_in(&db, "school-0", "tup").await;
    let officer = insert_staff(
        &db,
        None,
        Some(school.district_id),
        &[Role::DistrictOfficer],
    )
    .await;

    // One guesser, one address, each try on the next replica: the five free failures are
    // counted once for all three (fifteen if each replica counted apart).
    let guesser = loopback(2);
    let refused = refused_after(
        &replicas,
        30,
        |_| guesser.clone(),
        |client, replica| {
            client
                .post(replica.url("/auth/login"))
                .json(&json!({"login": officer.login, "password": "not the password"}))
        },
        ("invalid_credentials", "login_throttled"),
    )
    .await;
    assert_eq!(
        refused,
        Some(ishenim::auth::throttle::FREE_FAILURES as usize),
        "the guesser was refused after {refused:?} failures on three replicas"
    );

    // One receipt guesser: twelve checks an hour for their network, whichever replica answers.
    let receipt_guesser = loopback(3);
    let check = |client: &reqwest::Client, replica: &Replica| {
        client
            .post(replica.url("/appeals/track"))
            .json(&json!({"receipt": "0000-1111-2222-3333"}))
    };
    let refused = refused_after(
        &replicas,
        40,
        |_| receipt_guesser.clone(),
        check,
        ("receipt_not_found", "rate_limited"),
    )
    .await;
    assert_eq!(
        refused,
        Some(12),
        "the receipt guesser was refused after {refused:?} checks"
    );

    // Guessers on many addresses: thirty checks an hour of everyone together, twelve of which
    // the first guesser has used.
    let refused = refused_after(
        &replicas,
        40,
        |n| loopback(100 + n as u8),
        check,
        ("receipt_not_found", "rate_limited"),
    )
    .await;
    assert_eq!(
        refused,
        Some(18),
        "the many guessers were refused after {refused:?} checks"
    );
}
