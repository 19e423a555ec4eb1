//! Benchmarks of the opening and the journal, run with
//! `cargo bench -p ishenim --bench box_and_journal` (PostgreSQL from
//! `ISHENIM_BENCH_POSTGRES_URL`, default `postgres://postgres@127.0.0.1:5432`):
//!
//! - an opening that retrieves and registers 10,000 sealed appeals, on PostgreSQL (target 5 s),
//!   under the data key and (`box-opening`) sealed to the box key, three passphrases typed;
//! - verifying a journal of 1,000,000 entries on SQLite and on PostgreSQL (target 2 s), with the
//!   process's peak memory after 100,000 and after 1,000,000 entries (streaming: flat).
//!
//! - the district view (every school's compliance) and the month's aggregate of a district of
//!   100 schools with 1,000,000 appeals, on PostgreSQL (target 500 ms each), with the plans of
//!   the month's heaviest queries.
//!
//! Each section is chosen by a filter (`opening`, `district`, `journal-sqlite`,
//! `journal-postgres`: `cargo bench -p ishenim --bench box_and_journal -- journal-sqlite`); run
//! alone, a section's peak RSS is its own. Prints each figure as it is measured, as a line
//! `BENCH name=value unit` (read by `scripts/bench/all.sh`), then one Markdown table.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::time::Instant;

use entity::appeal::{self, AppealStatus, Channel};
use entity::appeal_category::{AppealCategory, Categories};
use entity::Role;
use ishenim::audit::Actor;
use ishenim::auth::password::hash_password;
use ishenim::configuration::Settings;
use ishenim::journal::event::{CaseStep, JournalEvent};
use ishenim::journal::store::{append, NewJournalEntry};
use ishenim::journal::verification::verify;
use ishenim::schools::store::{create_district, create_school, NewSchool};
use ishenim::sealing::seal;
use ishenim::staff::store::{create_staff, NewStaff, PasswordChosenBy};
use ishenim::startup::Application;
use ishenim::state::AppState;
use sea_orm::{
    ColumnTrait, ConnectionTrait, Database, DatabaseConnection, EntityTrait, PaginatorTrait,
    QueryFilter, Statement, TransactionTrait,
};
use secrecy::SecretString;
use serde_json::{json, Value};
use uuid::Uuid;

fn postgres_server() -> String {
    std::env::var("ISHENIM_BENCH_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".to_owned())
}

fn peak_rss_mb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|line| line.starts_with("VmHWM"))
                .and_then(|line| line.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<u64>().ok())
        })
        .unwrap_or(0)
        / 1024
}

async fn fresh_postgres(name: &str) -> String {
    let admin = Database::connect(format!("{}/postgres", postgres_server()))
        .await
        .unwrap();
    for sql in [
        format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
        format!("CREATE DATABASE {name}"),
    ] {
        admin
            .execute(Statement::from_string(admin.get_database_backend(), sql))
            .await
            .unwrap();
    }
    admin.close().await.unwrap();
    format!("{}/{name}", postgres_server())
}

async fn drop_postgres(name: &str) {
    let admin = Database::connect(format!("{}/postgres", postgres_server()))
        .await
        .unwrap();
    let sql = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    admin
        .execute(Statement::from_string(admin.get_database_backend(), sql))
        .await
        .unwrap();
    admin.close().await.unwrap();
}

async fn school(db: &DatabaseConnection) -> Uuid {
    let txn = db.begin().await.unwrap();
    let district = create_district(&txn, "bench-district", "Bench district")
        .await
        .unwrap();
    let school = create_school(
        &txn,
        NewSchool {
            slug: "bench-school".into(),
            name: "Bench school".into(),
            names: entity::Localized::default(),
            district_id: district.id,
            opening_quorum: 3,
            default_language: "ky".into(),
            time_zone: "Asia/Bishkek".into(),
        },
    )
    .await
    .unwrap();
    txn.commit().await.unwrap();
    school.id
}

/// An opening of 10,000 sealed appeals through the API: start, two confirmations (which
/// retrieve them), three signatures (the last registers them). Returns the seconds taken.
/// How the appeals of an opening bench were sealed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Sealing {
    /// Under the server's data key, as before a school's box has its own key.
    DataKey,
    /// To the school's box key (HPKE), dropped through the API once three members have set
    /// their box passphrases; the opening types them.
    BoxKey,
}

async fn opening_of(appeals: usize, sealing: Sealing) -> f64 {
    let database = match sealing {
        Sealing::DataKey => "ishenim_bench_opening",
        Sealing::BoxKey => "ishenim_bench_box_opening",
    };
    let url = fresh_postgres(database).await;
    let data_dir = std::env::temp_dir().join(format!("ishenim-bench-{}", Uuid::new_v4().simple()));
    std::env::set_var("ISHENIM_CONFIG", "/nonexistent/ishenim.toml");
    let mut settings = Settings::load().unwrap();
    settings.data_dir = data_dir.clone();
    settings.database_url = Some(url);
    settings.bind = "127.0.0.1:0".into();
    settings.rate_limit.enabled = false;
    settings.scheduler.enabled = false;
    let application = Application::build(settings).await.unwrap();
    let port = application.port();
    let state = application.state().clone();
    tokio::spawn(application.run_until_stopped());
    let school_id = school(&state.db).await;

    let hash = hash_password(SecretString::from("bench password 123"))
        .await
        .unwrap();
    let mut logins = Vec::new();
    for n in 0..3 {
        let txn = state.db.begin().await.unwrap();
        let login = format!("bench.wg{n}");
        create_staff(
            &txn,
            Actor::System,
            NewStaff {
                login: login.clone(),
                full_name: format!("Member {n}"),
                position: "Teacher".into(),
                positions: entity::Localized::only("ky", "Teacher"),
                school_id: Some(school_id),
                district_id: None,
                password_hash: hash.clone(),
                roles: vec![Role::WorkingGroup],
                email: None,
                password_chosen_by: PasswordChosenBy::TheMember,
            },
        )
        .await
        .unwrap();
        txn.commit().await.unwrap();
        logins.push(login);
    }

    if sealing == Sealing::DataKey {
        insert_sealed_under_the_data_key(&state, school_id, appeals).await;
    }

    let client = reqwest::Client::new();
    let base = format!("http://127.0.0.1:{port}/api/v1");
    let mut tokens = Vec::new();
    for login in &logins {
        let tokens_json: Value = client
            .post(format!("{base}/auth/login"))
            .json(&json!({"login": login, "password": "bench password 123"}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        tokens.push(tokens_json["access_token"].as_str().unwrap().to_owned());
    }
    let passphrase = |n: usize| format!("the box passphrase of member {n}");
    if sealing == Sealing::BoxKey {
        for (n, token) in tokens.iter().enumerate() {
            let set = client
                .post(format!("{base}/me/box-key"))
                .bearer_auth(token)
                .json(&json!({"passphrase": passphrase(n)}))
                .send()
                .await
                .unwrap();
            assert_eq!(set.status(), 201, "{}", set.text().await.unwrap());
        }
        drop_through_the_api(&client, &base, appeals).await;
        let in_the_box: u64 = appeal::Entity::find()
            .filter(appeal::Column::KeyId.eq("box"))
            .count(&state.db)
            .await
            .unwrap();
        assert_eq!(in_the_box, appeals as u64, "sealed to the box key");
    }
    let with_passphrase = |n: usize, body: Value| match sealing {
        Sealing::DataKey => body,
        Sealing::BoxKey => {
            let mut body = body;
            body["passphrase"] = json!(passphrase(n));
            body
        }
    };

    let started = Instant::now();
    let opening: Value = client
        .post(format!("{base}/box-openings"))
        .bearer_auth(&tokens[0])
        .json(&with_passphrase(0, json!({"school": "bench-school"})))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let id = opening["id"].as_str().unwrap().to_owned();
    for (n, token) in tokens.iter().enumerate().skip(1) {
        let response = client
            .post(format!("{base}/box-openings/{id}/confirmations"))
            .bearer_auth(token)
            .json(&with_passphrase(n, json!({})))
            .send()
            .await
            .unwrap();
        assert!(response.status().is_success());
    }
    let mut last = Value::Null;
    for token in &tokens {
        last = client
            .post(format!("{base}/box-openings/{id}/sign"))
            .bearer_auth(token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
    }
    let seconds = started.elapsed().as_secs_f64();
    assert_eq!(last["status"], "signed", "{last}");
    let verification = verify(&state.db, school_id).await.unwrap();
    // Every appeal registered (with the box key, the keys' own entries besides).
    assert!(verification.entries >= appeals as u64);
    state.db.clone().close().await.unwrap();
    drop_postgres(database).await;
    let _ = std::fs::remove_dir_all(data_dir);
    seconds
}

/// Stores `appeals` sealed appeals under the server's data key, as the box held them before
/// its own key.
async fn insert_sealed_under_the_data_key(state: &AppState, school_id: Uuid, appeals: usize) {
    let today = chrono::Utc::now().date_naive();
    let rows: Vec<appeal::ActiveModel> = (0..appeals)
        .map(|n| {
            let id = Uuid::new_v4();
            let content = json!({"text": format!("Appeal {n}: the heating in room 12 does not work"), "danger": [], "insult": false});
            let sealed = seal(&state.secrets, id, "appeal.content", content.to_string().as_bytes()).unwrap();
            appeal::ActiveModel::from(appeal::Model {
                id,
                school_id,
                channel: Channel::Online,
                anonymous: true,
                status: AppealStatus::Sealed,
                submitted_on: today,
                urgent: false,
                needs_referral: false,
                categories: Categories::new(&[AppealCategory::Education]),
                language: "ky".into(),
                key_id: sealed.key_id,
                sealed_content: sealed.bytes,
                sealed_identity: None,
                receipt_hash: None,
                box_opening_id: None,
                registration_year: None,
                registration_seq: None,
                registration_number: None,
                registered_on: None,
                not_accepted_reason: None,
                assigned_to_id: None,
                routed_to_district: false,
                referred_to_district: false,
                answer_due_on: None,
                closed_on: None,
                outcome: None,
                answered_on: None,
                erased_on: None,
            })
        })
        .collect();
    for chunk in rows.chunks(1000) {
        appeal::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(&state.db)
            .await
            .unwrap();
    }
}

/// Drops `appeals` anonymous appeals through the API, 32 at a time.
async fn drop_through_the_api(client: &reqwest::Client, base: &str, appeals: usize) {
    let mut waiting = tokio::task::JoinSet::new();
    for n in 0..appeals {
        if waiting.len() >= 32 {
            waiting.join_next().await.unwrap().unwrap();
        }
        let request = client
            .post(format!("{base}/appeals"))
            .json(&json!({"school": "bench-school", "anonymous": true,
                "text": format!("Appeal {n}: the heating in room 12 does not work")}));
        waiting.spawn(async move {
            let response = request.send().await.unwrap();
            assert_eq!(response.status(), 201);
        });
    }
    while let Some(done) = waiting.join_next().await {
        done.unwrap();
    }
}

/// Grows a journal to `target` entries.
async fn grow_journal(db: &DatabaseConnection, school_id: Uuid, from: usize, target: usize) {
    let mut written = from;
    while written < target {
        let batch = (target - written).min(10_000);
        let entries = (0..batch)
            .map(|n| NewJournalEntry {
                appeal_id: Some(Uuid::new_v4()),
                box_opening_id: None,
                actor_id: None,
                event: JournalEvent::Case {
                    registration_number: Some(format!("2026/{}", written + n)),
                    step: CaseStep::MeasureTaken {
                        measure_id: Uuid::new_v4(),
                        taken_on: chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
                        taken_by: "Class teacher".to_owned(),
                        summary: "A talk with the class teacher".to_owned(),
                    },
                },
            })
            .collect();
        let txn = db.begin().await.unwrap();
        append(&txn, school_id, entries).await.unwrap();
        txn.commit().await.unwrap();
        written += batch;
    }
}

/// Verifies a journal of 100,000 then 1,000,000 entries; returns (seconds at 1M, peak RSS
/// after verifying 100k, peak RSS after verifying 1M).
async fn journal_verification(url: &str) -> (f64, u64, u64) {
    let db = ishenim::database::connect(url, 4).await.unwrap();
    ishenim::database::migrate(&db).await.unwrap();
    let school_id = school(&db).await;
    grow_journal(&db, school_id, 0, 100_000).await;
    let small = verify(&db, school_id).await.unwrap();
    assert!(small.valid);
    let rss_small = peak_rss_mb();
    grow_journal(&db, school_id, 100_000, 1_000_000).await;
    if db.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
        // A journal grows over years: measure it settled, as autovacuum and the checkpointer
        // leave it, not while they are still writing out a million fresh rows.
        db.execute_unprepared("VACUUM ANALYZE journal_entry")
            .await
            .unwrap();
        db.execute_unprepared("CHECKPOINT").await.unwrap();
    }
    let started = Instant::now();
    let large = verify(&db, school_id).await.unwrap();
    let seconds = started.elapsed().as_secs_f64();
    assert!(large.valid && large.entries == 1_000_000);
    let rss_large = peak_rss_mb();
    db.close().await.unwrap();
    (seconds, rss_small, rss_large)
}

/// A district of `schools` schools with `appeals` appeals spread over three years (monthly
/// openings, 5% urgent and referred, most answered and closed), made with set-based SQL; then
/// the district view and the last month's aggregate are timed (best of five, after one warm-up)
/// and the plans of the aggregate's two heaviest queries printed.
async fn district_view(schools: usize, appeals: usize) -> (f64, f64) {
    let database = "ishenim_bench_district";
    let url = fresh_postgres(database).await;
    let db = ishenim::database::connect(&url, 4).await.unwrap();
    ishenim::database::migrate(&db).await.unwrap();
    let txn = db.begin().await.unwrap();
    let district = create_district(&txn, "bench-district", "Bench district")
        .await
        .unwrap();
    let mut school_ids = Vec::new();
    for n in 0..schools {
        let school = create_school(
            &txn,
            NewSchool {
                slug: format!("bench-school-{n}"),
                name: format!("Bench school {n}"),
                names: entity::Localized::default(),
                district_id: district.id,
                opening_quorum: 3,
                default_language: "ky".into(),
                time_zone: "Asia/Bishkek".into(),
            },
        )
        .await
        .unwrap();
        school_ids.push(school.id);
    }
    let staff = create_staff(
        &txn,
        Actor::System,
        NewStaff {
            login: "bench.member".into(),
            full_name: "Bench member".into(),
            position: "Teacher".into(),
            positions: entity::Localized::only("ky", "Teacher"),
            school_id: Some(school_ids[0]),
            district_id: Some(district.id),
            password_hash: hash_password(SecretString::from("bench password"))
                .await
                .unwrap(),
            roles: vec![Role::WorkingGroup],
            email: None,
            password_chosen_by: PasswordChosenBy::TheMember,
        },
    )
    .await
    .unwrap();
    txn.commit().await.unwrap();
    let per_school = appeals / schools;
    let staff_id = staff.id;
    let district_id = district.id;
    let statements = [
        "UPDATE school SET created_at = TIMESTAMPTZ '2023-12-01T00:00:00Z'".to_owned(),
        // One signed opening per school and month, on the 10th.
        format!(
            "INSERT INTO box_opening (id, school_id, status, extraordinary, started_by, started_at, opened_at, signed_at, act_year, act_seq, act_number) \
             SELECT md5(s.id::text || to_char(m, 'YYYY-MM'))::uuid, s.id, 'signed', false, '{staff_id}', m + interval '9 days', m + interval '9 days', m + interval '9 days 2 hours', \
                    extract(year from m)::int, extract(month from m)::int, to_char(m, 'YYYY/MM') \
             FROM school s, generate_series(TIMESTAMPTZ '2024-01-01', TIMESTAMPTZ '2026-11-01', interval '1 month') m \
             WHERE s.district_id = '{district_id}'"
        ),
        // The appeals: registered at their month's opening, answered within 0-20 days of an
        // 18-day deadline, closed two days later unless recent; 5% urgent.
        format!(
            "INSERT INTO appeal (id, school_id, channel, anonymous, status, submitted_on, urgent, needs_referral, categories, language, key_id, sealed_content, \
                                 box_opening_id, registration_year, registration_seq, registration_number, registered_on, answer_due_on, answered_on, closed_on) \
             SELECT gen_random_uuid(), s.id, CASE WHEN g % 10 = 0 THEN 'paper' ELSE 'online' END, g % 3 <> 0, \
                    CASE WHEN r.day > DATE '2026-10-20' THEN 'assigned' ELSE 'closed' END, r.day, g % 20 = 0, g % 20 = 0, \
                    (ARRAY['[\"education\"]','[\"health\"]','[\"protection_from_violence\"]','[\"proposal\"]','[\"privacy\",\"education\"]','[\"leisure_and_play\"]','[\"gratitude\"]','[\"other\"]'])[1 + g % 8], \
                    'ky', 'k1', '\\x00'::bytea, \
                    md5(s.id::text || to_char(r.day, 'YYYY-MM'))::uuid, extract(year from r.day)::int, g, 'n' || g, \
                    r.day, r.day + 18, CASE WHEN r.day > DATE '2026-10-20' THEN NULL ELSE r.day + (g % 21) END, \
                    CASE WHEN r.day > DATE '2026-10-20' THEN NULL ELSE r.day + (g % 21) + 2 END \
             FROM school s, generate_series(1, {per_school}) g, \
                  LATERAL (SELECT (DATE '2024-01-10' + (((g::bigint * 7919 + hashtext(s.id::text)) % 1050 + 1050) % 1050)::int) AS day) d0, \
                  LATERAL (SELECT make_date(extract(year from d0.day)::int, extract(month from d0.day)::int, 10) AS day) r \
             WHERE s.district_id = '{district_id}'"
        ),
        format!(
            "INSERT INTO referral (id, appeal_id, school_id, body_id, referred_on, method, referred_by, recorded_at) \
             SELECT gen_random_uuid(), a.id, a.school_id, '00000000-0000-0000-0000-000000000001', a.registered_on, 'phone', '{staff_id}', now() \
             FROM appeal a WHERE a.urgent"
        ),
        "VACUUM ANALYZE".to_owned(),
        "CHECKPOINT".to_owned(),
    ];
    for sql in statements {
        db.execute(Statement::from_string(db.get_database_backend(), sql))
            .await
            .unwrap();
    }
    let district = entity::district::Entity::find_by_id(district_id)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    let month = ishenim::reports::month::Month::parse("2026-10").unwrap();
    let mut view = f64::MAX;
    let mut aggregate = f64::MAX;
    for round in 0..6 {
        let started = Instant::now();
        let overview = ishenim::districts::overview::overview(&db, &district)
            .await
            .unwrap();
        let took = started.elapsed().as_secs_f64() * 1000.0;
        assert_eq!(overview.schools.len(), schools);
        if round > 0 {
            view = view.min(took);
        }
        let started = Instant::now();
        let statistics = ishenim::districts::statistics::statistics(&db, &district, Some(month))
            .await
            .unwrap();
        let took = started.elapsed().as_secs_f64() * 1000.0;
        assert!(statistics.registered.count.unwrap_or(0) > 0);
        if round > 0 {
            aggregate = aggregate.min(took);
        }
    }
    let ids = school_ids
        .iter()
        .map(|id| format!("'{id}'"))
        .collect::<Vec<_>>()
        .join(",");
    for (name, query) in [
        (
            "registered in the month, by categories",
            format!("SELECT categories, urgent, count(*) FROM appeal WHERE school_id IN ({ids}) AND registered_on BETWEEN '2026-10-01' AND '2026-10-31' GROUP BY categories, urgent"),
        ),
        (
            "open at the month's end",
            format!("SELECT count(*) FROM appeal WHERE school_id IN ({ids}) AND closed_on > '2026-10-31' AND registered_on <= '2026-10-31'"),
        ),
        (
            "open appeals by school (district view)",
            format!("SELECT school_id, count(*) FROM appeal WHERE school_id IN ({ids}) AND status IN ('registered','assigned','answered') GROUP BY school_id"),
        ),
    ] {
        let plan = db
            .query_all(Statement::from_string(
                db.get_database_backend(),
                format!("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) {query}"),
            ))
            .await
            .unwrap();
        println!("\nplan — {name}:");
        for row in plan {
            let line: String = row.try_get("", "QUERY PLAN").unwrap();
            // The hundred school ids make lines unreadable: cut them.
            let line: String = line.chars().take(150).collect();
            println!("    {line}");
        }
    }
    db.close().await.unwrap();
    drop_postgres(database).await;
    (view, aggregate)
}

/// One figure as a line that `scripts/bench/all.sh` reads.
fn figure(name: &str, value: impl std::fmt::Display, unit: &str) {
    println!("BENCH {name}={value} {unit}");
}

#[tokio::main]
async fn main() {
    let only = std::env::args().nth(1).filter(|arg| !arg.starts_with('-'));
    let run = |name: &str| only.as_deref().is_none_or(|only| name.contains(only));
    let mut rows = Vec::new();
    if run("opening") {
        let seconds = opening_of(10_000, Sealing::DataKey).await;
        figure("opening_10k", format!("{seconds:.2}"), "s");
        figure("opening_peak_rss", peak_rss_mb(), "MB");
        rows.push(format!("| opening of 10,000 sealed appeals (retrieve + register), PostgreSQL | {seconds:.2} s | ≤ 5 s |"));
    }
    if run("box-opening") {
        let seconds = opening_of(10_000, Sealing::BoxKey).await;
        figure("box_opening_10k", format!("{seconds:.2}"), "s");
        rows.push(format!("| opening of 10,000 appeals sealed to the box key (three passphrases typed, retrieve + register), PostgreSQL | {seconds:.2} s | ≤ 5 s |"));
    }
    if run("district") {
        let (view, aggregate) = district_view(100, 1_000_000).await;
        figure("district_view", format!("{view:.0}"), "ms");
        figure("district_aggregate", format!("{aggregate:.0}"), "ms");
        rows.push(format!("| district view (100 schools, 1,000,000 appeals), PostgreSQL | {view:.0} ms | ≤ 500 ms |"));
        rows.push(format!("| district month's aggregate (100 schools, 1,000,000 appeals), PostgreSQL | {aggregate:.0} ms | ≤ 500 ms |"));
    }
    if run("journal-sqlite") {
        let folder =
            std::env::temp_dir().join(format!("ishenim-bench-{}", Uuid::new_v4().simple()));
        std::fs::create_dir_all(&folder).unwrap();
        let (seconds, small, large) = journal_verification(&format!(
            "sqlite://{}",
            folder.join("bench.sqlite3").display()
        ))
        .await;
        figure("journal_sqlite_1m", format!("{seconds:.2}"), "s");
        figure("journal_sqlite_rss_100k", small, "MB");
        figure("journal_sqlite_rss_1m", large, "MB");
        rows.push(format!("| journal verification, 1,000,000 entries, SQLite | {seconds:.2} s (peak RSS {small} MB at 100k, {large} MB at 1M) | ≤ 2 s, flat memory |"));
        let _ = std::fs::remove_dir_all(folder);
    }
    if run("journal-postgres") {
        let database = "ishenim_bench_journal";
        let url = fresh_postgres(database).await;
        let (seconds, small, large) = journal_verification(&url).await;
        figure("journal_postgres_1m", format!("{seconds:.2}"), "s");
        figure("journal_postgres_rss_100k", small, "MB");
        figure("journal_postgres_rss_1m", large, "MB");
        rows.push(format!("| journal verification, 1,000,000 entries, PostgreSQL | {seconds:.2} s (peak RSS {small} MB at 100k, {large} MB at 1M) | ≤ 2 s, flat memory |"));
        drop_postgres(database).await;
    }
    println!();
    println!("| benchmark | result | target |");
    println!("| --- | --- | --- |");
    for row in rows {
        println!("{row}");
    }
}
