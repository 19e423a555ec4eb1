//! Monthly reports: live figures while the month runs, the draft, publication frozen with
//! the journal's head, corrections as versions, the parents' version with small counts
//! hidden, and exports.

use chrono::{NaiveDate, TimeZone, Utc};
use entity::Role;
use ishenim::reports::month::Month;
use sea_orm::{ConnectionTrait, EntityTrait, Statement};
use serde_json::{json, Value};

use crate::box_openings::{open_box, sign_all, working_group};
use crate::helpers::{assert_problem, spawn_app, TestApp};

const URGENT: &str = "Мени ар күнү сабактан кийин токмоктошот, жашагым келбейт.";
const ORDINARY: [&str; 3] = [
    "The stairs to the gym are broken REPORT-TEXT-MARKER",
    "Please fix the toilets on the second floor",
    "Thank you for the new library",
];

async fn put_as(app: &TestApp, token: &str, path: &str, body: &Value) -> reqwest::Response {
    app.client
        .put(app.url(path))
        .bearer_auth(token)
        .json(body)
        .send()
        .await
        .unwrap()
}

async fn post_empty(app: &TestApp, token: &str, path: &str) -> reqwest::Response {
    app.client
        .post(app.url(path))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
}

async fn execute(app: &TestApp, sql: &str) {
    let backend = app.db.get_database_backend();
    app.db
        .execute(Statement::from_string(backend, sql.to_owned()))
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
}

/// Moves everything the school did to `day`, and the school's founding to the 1st of that
/// month, as if it had all happened then: its journal too, chained again with that time.
async fn move_to(app: &TestApp, school_id: uuid::Uuid, day: NaiveDate) {
    rechain_journal_at(app, school_id, day).await;
    let at = Utc.from_utc_datetime(&day.and_hms_opt(6, 0, 0).unwrap());
    let founded = Utc.from_utc_datetime(&Month::of(day).first_day().and_hms_opt(0, 0, 0).unwrap());
    let (day, at, created) = match app.db.get_database_backend() {
        sea_orm::DatabaseBackend::Sqlite => (
            format!("'{day}'"),
            format!("'{}'", at.to_rfc3339()),
            format!("'{}'", founded.to_rfc3339()),
        ),
        _ => (
            format!("DATE '{day}'"),
            format!("TIMESTAMPTZ '{}'", at.to_rfc3339()),
            format!("TIMESTAMPTZ '{}'", founded.to_rfc3339()),
        ),
    };
    let school = match app.db.get_database_backend() {
        sea_orm::DatabaseBackend::Sqlite => format!("'{}'", school_id.as_hyphenated()),
        _ => format!("'{school_id}'"),
    };
    let school_blob = match app.db.get_database_backend() {
        sea_orm::DatabaseBackend::Sqlite => format!("X'{}'", school_id.simple()),
        _ => school.clone(),
    };
    // sea-orm stores uuids as blobs on SQLite; match either way.
    let school_match = format!("(school_id = {school} OR school_id = {school_blob})");
    let id_match = school_match.replace("school_id", "id");
    execute(
        app,
        &format!("UPDATE appeal SET submitted_on = {day}, registered_on = {day} WHERE {school_match} AND registered_on IS NOT NULL"),
    )
    .await;
    execute(
        app,
        &format!("UPDATE box_opening SET started_at = {at}, opened_at = {at}, signed_at = {at} WHERE {school_match}"),
    )
    .await;
    execute(
        app,
        &format!("UPDATE school SET created_at = {created} WHERE {id_match}"),
    )
    .await;
}

/// Records every entry of the school's journal at 06:00 UTC on `day`, each hash made again,
/// and the heads its signed acts recorded with them.
async fn rechain_journal_at(app: &TestApp, school_id: uuid::Uuid, day: NaiveDate) {
    use entity::{box_opening, journal_entry};
    use sea_orm::{ActiveModelTrait, ColumnTrait, IntoActiveModel, QueryFilter, QueryOrder, Set};
    let at = Utc.from_utc_datetime(&day.and_hms_opt(6, 0, 0).unwrap());
    let entries = journal_entry::Entity::find()
        .filter(journal_entry::Column::SchoolId.eq(school_id))
        .order_by_asc(journal_entry::Column::Seq)
        .all(&app.db)
        .await
        .unwrap();
    let mut prev_hash = ishenim::chain::GENESIS_HASH.to_owned();
    let mut hashes = std::collections::BTreeMap::new();
    for entry in entries {
        let moved = journal_entry::Model {
            recorded_at: at,
            prev_hash: prev_hash.clone(),
            ..entry.clone()
        };
        let hash = ishenim::chain::link(&prev_hash, &ishenim::journal::store::canonical(&moved));
        prev_hash = hash.clone();
        hashes.insert(entry.seq, hash.clone());
        let mut row = entry.into_active_model();
        row.recorded_at = Set(at);
        row.prev_hash = Set(moved.prev_hash);
        row.hash = Set(hash);
        row.update(&app.db).await.unwrap();
    }
    let acts = box_opening::Entity::find()
        .filter(box_opening::Column::SchoolId.eq(school_id))
        .all(&app.db)
        .await
        .unwrap();
    for act in acts {
        if let Some(hash) = act.journal_head_seq.and_then(|seq| hashes.get(&seq)) {
            let mut row = act.into_active_model();
            row.journal_head_hash = Set(Some(hash.clone()));
            row.update(&app.db).await.unwrap();
        }
    }
}

#[tokio::test]
async fn a_report_says_only_what_its_month_holds() {
    let app = spawn_app().await;
    let school = app.create_school_in("school-t", "tut").await;
    let director = app
        .token(&app.create_staff(&school, &[Role::Director]).await)
        .await;
    let today = ishenim::calendar::today_in("Asia/Bishkek");
    let this_month = Month::of(today);
    let report = |month: Month| {
        let path = format!("/reports/monthly?school=school-t&month={month}");
        let app = &app;
        let director = director.clone();
        async move {
            let response = app.get_as(&director, &path).await;
            assert_eq!(response.status(), 200);
            response.json::<Value>().await.unwrap()
        }
    };

    // A new school whose box was never opened: not "opened as often as required".
    let running = report(this_month).await;
    assert_eq!(running["figures"]["schools"], 1);
    assert_eq!(running["figures"]["schools_opened_as_required"], 0);
    assert_eq!(running["figures"]["schools_no_opening_due"], 1);

    // A month before the school existed counts no school, and is not written.
    let before = report(this_month.previous()).await;
    assert_eq!(before["figures"]["schools"], 0);
    assert_eq!(before["figures"]["schools_opened_as_required"], 0);
    assert_eq!(before["editable"], false);
    assert_problem(
        put_as(
            &app,
            &director,
            &format!(
                "/reports/monthly/draft?school=school-t&month={}",
                this_month.previous()
            ),
            &json!({"narrative": "Nothing"}),
        )
        .await,
        409,
        "month_before_school",
    )
    .await;

    // Last month's work, then this month's: last month cites the journal as it stood at its
    // end, not this month's entries.
    let group = working_group(&app, &school, 3).await;
    app.post_json(
        "/appeals",
        &json!({"school": "school-t", "text": ORDINARY[0], "anonymous": true}),
    )
    .await;
    let opening = open_box(&app, "school-t", &group).await;
    sign_all(&app, &opening, &group).await;
    let last_month = this_month.previous();
    move_to(
        &app,
        school.id,
        last_month.first_day() + chrono::Days::new(9),
    )
    .await;
    let month_end_head = report(last_month).await["journal_head"].clone();
    let last_seq = month_end_head["seq"]
        .as_i64()
        .expect("a head at the month's end");
    app.post_json(
        "/appeals",
        &json!({"school": "school-t", "text": ORDINARY[1], "anonymous": true}),
    )
    .await;
    app.next_morning().await;
    let opening = open_box(&app, "school-t", &group).await;
    sign_all(&app, &opening, &group).await;
    let last = report(last_month).await;
    assert_eq!(last["journal_head"], month_end_head);
    assert_eq!(last["figures"]["schools_opened_as_required"], 1);
    let now = report(this_month).await;
    assert!(now["journal_head"]["seq"].as_i64().unwrap() > last_seq);
    // Opened this month: kept as required or, late in a long month, after a day overdue.
    assert_eq!(now["figures"]["schools_no_opening_due"], 0);
}

#[tokio::test]
async fn a_month_is_drafted_published_corrected_and_shown_to_parents() {
    let app = spawn_app().await;
    let school = app.create_school_in("school-r", "tup").await;
    let socped = app
        .token(&app.create_staff(&school, &[Role::SocialPedagogue]).await)
        .await;
    let official = app
        .token(&app.create_staff(&school, &[Role::Official]).await)
        .await;
    let group = working_group(&app, &school, 3).await;
    for text in ORDINARY.iter().chain([URGENT].iter()) {
        let dropped = app
            .post_json(
                "/appeals",
                &json!({"school": "school-r", "text": text, "anonymous": true, "categories": ["education"]}),
            )
            .await;
        assert_eq!(dropped.status(), 201);
    }
    let opening = open_box(&app, "school-r", &group).await;
    sign_all(&app, &opening, &group).await;

    // While the month runs: live figures, nothing to edit.
    let today = ishenim::calendar::today_in("Asia/Bishkek");
    let this_month = Month::of(today);
    let live: Value = app
        .get_as(
            &socped,
            &format!("/reports/monthly?school=school-r&month={this_month}"),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(live["status"], "preview");
    assert_eq!(live["version"], 0);
    assert_eq!(live["editable"], false);
    assert_eq!(live["figures"]["registered"], 4);
    assert_eq!(live["figures"]["found_online"], 4);
    assert_eq!(live["figures"]["urgent"], 1);
    assert_eq!(live["figures"]["openings"].as_array().unwrap().len(), 1);
    assert_problem(
        put_as(
            &app,
            &socped,
            &format!("/reports/monthly/draft?school=school-r&month={this_month}"),
            &json!({"narrative": "Too early"}),
        )
        .await,
        409,
        "month_not_over",
    )
    .await;

    // The same work, a month earlier.
    let last_month = this_month.previous();
    move_to(
        &app,
        school.id,
        last_month.first_day() + chrono::Days::new(9),
    )
    .await;
    let path = |extra: &str| format!("/reports/monthly{extra}?school=school-r&month={last_month}");
    let preview: Value = app.get_as(&socped, &path("")).await.json().await.unwrap();
    assert_eq!(preview["status"], "preview");
    assert_eq!(preview["editable"], true);
    assert_eq!(preview["figures"]["registered"], 4);
    assert_eq!(preview["figures"]["schools_opened_as_required"], 1);

    // Only the social pedagogue and the director write it.
    assert_problem(
        put_as(&app, &official, &path("/draft"), &json!({"narrative": "x"})).await,
        403,
        "forbidden",
    )
    .await;
    assert_problem(
        post_empty(&app, &socped, &path("/publication")).await,
        409,
        "report_not_drafted",
    )
    .await;
    let draft: Value = put_as(
        &app,
        &socped,
        &path("/draft"),
        &json!({"narrative": "Four appeals; the urgent one was referred the same day."}),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(draft["status"], "draft");
    assert_eq!(draft["version"], 1);
    let parents = |month: &str| {
        app.client
            .get(app.url(&format!("/schools/school-r/reports/{month}")))
            .send()
    };
    assert_problem(parents("latest").await.unwrap(), 404, "not_found").await;

    let published: Value = post_empty(&app, &socped, &path("/publication"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(published["status"], "published");
    assert!(published["journal_head"]["seq"].as_i64().unwrap() >= 4);
    assert!(published["published_at"].is_string());
    assert_problem(
        post_empty(&app, &socped, &path("/publication")).await,
        409,
        "report_already_published",
    )
    .await;

    // Parents: no text, small counts hidden.
    let response = parents("latest").await.unwrap();
    assert_eq!(response.status(), 200);
    let body = response.text().await.unwrap();
    assert!(!body.contains("REPORT-TEXT-MARKER") && !body.contains("токмоктошот"));
    let for_parents: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(for_parents["month"], last_month.to_string());
    assert_eq!(for_parents["registered"], json!({"count": 4, "shown": "4"}));
    assert_eq!(for_parents["urgent"], json!({"count": null, "shown": "<3"}));
    assert_eq!(
        for_parents["narrative"],
        "Four appeals; the urgent one was referred the same day."
    );
    assert_eq!(for_parents["trend"][0]["registered"]["shown"], "4");

    // A correction is a new version that says what changed.
    let missing_changes = put_as(
        &app,
        &socped,
        &path("/draft"),
        &json!({"narrative": "Four appeals."}),
    )
    .await;
    let problem = assert_problem(missing_changes, 422, "validation_failed").await;
    assert_eq!(problem.errors.as_ref().unwrap()[0].field, "changes");
    let correction: Value = put_as(
        &app,
        &socped,
        &path("/draft"),
        &json!({"narrative": "Four appeals; one urgent.", "changes": "Shorter narrative"}),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(correction["version"], 2);
    assert_eq!(correction["status"], "draft");
    assert_eq!(correction["versions"].as_array().unwrap().len(), 2);
    let still: Value = parents("latest").await.unwrap().json().await.unwrap();
    assert_eq!(still["version"], 1);
    let republished: Value = post_empty(&app, &socped, &path("/publication"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(republished["version"], 2);
    let corrected: Value = parents(&last_month.to_string())
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(corrected["version"], 2);
    assert_eq!(corrected["changes"], "Shorter narrative");
    let first: Value = app
        .get_as(&socped, &format!("{}&version=1", path("")))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        first["narrative"],
        "Four appeals; the urgent one was referred the same day."
    );

    // Exports, each in the audit trail.
    let before = app.audit_count().await;
    let csv = app
        .get_as(&official, &format!("{}&format=csv", path("/export")))
        .await;
    assert_eq!(csv.status(), 200);
    assert!(csv.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    let csv = csv.text().await.unwrap();
    assert!(csv.contains("appeals,registered,4"), "{csv}");
    assert!(csv.contains("Shorter narrative"));
    let xlsx = app
        .get_as(&official, &format!("{}&format=xlsx", path("/export")))
        .await;
    assert_eq!(xlsx.status(), 200);
    assert!(xlsx.bytes().await.unwrap().starts_with(b"PK"));
    assert_eq!(app.audit_count().await, before + 2);

    // The journal still verifies, against the heads the reports printed too.
    let verified: Value = app
        .get_as(&socped, "/journal/verify?school=school-r")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(verified["valid"], true, "{verified}");
}

#[tokio::test]
async fn bad_report_requests_are_refused_and_change_nothing() {
    let app = spawn_app().await;
    let school = app.create_school_in("school-r", "tup").await;
    let socped = app
        .token(&app.create_staff(&school, &[Role::SocialPedagogue]).await)
        .await;
    let other = app.create_school_in("school-s", "tup").await;
    let stranger = app
        .token(&app.create_staff(&other, &[Role::Director]).await)
        .await;
    for month in ["2026-13", "2026-1", "latest", "26-10"] {
        assert_problem(
            app.get_as(
                &socped,
                &format!("/reports/monthly?school=school-r&month={month}"),
            )
            .await,
            422,
            "validation_failed",
        )
        .await;
    }
    let last_month = Month::of(ishenim::calendar::today_in("Asia/Bishkek")).previous();
    assert_problem(
        app.get_as(
            &socped,
            &format!("/reports/monthly?school=nowhere&month={last_month}"),
        )
        .await,
        404,
        "not_found",
    )
    .await;
    assert_problem(
        app.get_as(
            &stranger,
            &format!("/reports/monthly?school=school-r&month={last_month}"),
        )
        .await,
        403,
        "forbidden",
    )
    .await;
    let too_long = "x".repeat(20_001);
    assert_problem(
        put_as(
            &app,
            &socped,
            &format!("/reports/monthly/draft?school=school-r&month={last_month}"),
            &json!({"narrative": too_long}),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_problem(
        app.get_as(
            &socped,
            &format!("/reports/monthly/export?school=school-r&month={last_month}&format=pdf"),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_problem(
        app.client
            .get(app.url("/schools/school-r/reports/2026-99"))
            .send()
            .await
            .unwrap(),
        422,
        "validation_failed",
    )
    .await;
    let rows: Value = app
        .get_as(
            &socped,
            &format!("/reports/monthly?school=school-r&month={last_month}"),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(rows["status"], "preview", "nothing was stored");
}

#[tokio::test]
async fn reminders_name_overdue_cases_by_number_without_their_text() {
    let sink = crate::smtp::SmtpSink::start();
    let app =
        crate::helpers::spawn_app_with(|settings| settings.smtp = Some(sink.settings())).await;
    let school = app.create_school_in("school-m", "tup").await;
    let director = app.create_staff(&school, &[Role::Director]).await;
    let director_token = app.token(&director).await;
    let official = app.create_staff(&school, &[Role::Official]).await;
    let group = working_group(&app, &school, 3).await;
    app.post_json(
        "/appeals",
        &json!({"school": "school-m", "text": "REMINDER-TEXT-MARKER: the heating is off", "anonymous": true}),
    )
    .await;
    let opening = open_box(&app, "school-m", &group).await;
    sign_all(&app, &opening, &group).await;
    let cases: Value = app
        .get_as(&director_token, "/cases?school=school-m")
        .await
        .json()
        .await
        .unwrap();
    let case = cases["items"][0]["id"].as_str().unwrap().to_owned();
    let number = cases["items"][0]["registration_number"]
        .as_str()
        .unwrap()
        .to_owned();
    let assigned = crate::box_openings::post_as(
        &app,
        &director_token,
        &format!("/cases/{case}/assignment"),
        &json!({"official_id": official.id}),
    )
    .await;
    assert_eq!(assigned.status(), 200);
    let today = ishenim::calendar::today_in("Asia/Bishkek");
    entity::appeal::Entity::update_many()
        .col_expr(
            entity::appeal::Column::AnswerDueOn,
            sea_orm::sea_query::Expr::value(today - chrono::Days::new(1)),
        )
        .exec(&app.db)
        .await
        .unwrap();
    let model = ishenim::schools::store::find_school_by_slug(&app.db, "school-m")
        .await
        .unwrap()
        .unwrap();
    // Other mails (the act to the director, the opening's notice to the group) arrive in the
    // background: the reminder is the one mail to the official.
    let sent = ishenim::scheduler::reminders::remind(&app.state, &model, today)
        .await
        .unwrap();
    assert_eq!(sent, 1, "only the official has a case due");
    let reminders = sink.wait_for_mail_to(&official.login).await;
    assert_eq!(reminders.len(), 1, "one reminder, to the official");
    let reminder = &reminders[0];
    let encoded: String = reminder
        .split("\r\n\r\n")
        .nth(1)
        .or_else(|| reminder.split("\n\n").nth(1))
        .unwrap()
        .split_whitespace()
        .collect();
    use base64::Engine;
    let body = String::from_utf8(
        base64::engine::general_purpose::STANDARD
            .decode(encoded)
            .unwrap(),
    )
    .unwrap();
    assert!(body.contains(&number), "{body}");
    assert!(!body.contains("REMINDER-TEXT-MARKER") && !reminder.contains("REMINDER-TEXT-MARKER"));
}
