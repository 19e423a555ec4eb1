//! Photos, screenshots and PDFs with an appeal: typed by their bytes, stripped of what
//! identifies the writer, sealed to the box like the text, opened only at the opening, every
//! view recorded.

use std::io::Cursor;
use std::time::Duration;

use entity::appeal_file;
use sea_orm::{EntityTrait, PaginatorTrait};
use serde_json::{json, Value};
use tokio::io::AsyncWriteExt;

use crate::box_keys::members;
use crate::box_openings::post_as;
use crate::helpers::{assert_problem, spawn_app, TestApp};
use crate::sealed_at_rest::raw_database;

#[allow(dead_code)]
#[path = "../../src/appeal_files/samples.rs"]
pub mod samples;

use samples::{authored_pdf, phone_photo, plain_jpeg, CAMERA_SERIAL, PDF_AUTHOR};

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

async fn upload(app: &TestApp, school: &str, bytes: Vec<u8>) -> reqwest::Response {
    app.client
        .post(app.url(&format!("/schools/{school}/files")))
        .header("Content-Type", "application/octet-stream")
        .body(bytes)
        .send()
        .await
        .unwrap()
}

async fn uploaded(app: &TestApp, school: &str, bytes: Vec<u8>) -> Value {
    let response = upload(app, school, bytes).await;
    assert_eq!(response.status(), 201);
    response.json().await.unwrap()
}

fn screenshot() -> Vec<u8> {
    let mut out = Vec::new();
    image::DynamicImage::new_rgba8(36, 64)
        .write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png)
        .unwrap();
    out
}

async fn file_count(app: &TestApp) -> u64 {
    appeal_file::Entity::find().count(&app.db).await.unwrap()
}

#[tokio::test]
async fn files_lose_what_identifies_the_writer_and_open_only_at_the_opening() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let group = members(&app, &school, 3).await;

    // A phone's photo with GPS, a camera serial and a thumbnail; a PDF naming its author.
    let photo = uploaded(&app, "school-a", phone_photo()).await;
    assert_eq!(photo["media_type"], "image/jpeg");
    let pdf = uploaded(&app, "school-a", authored_pdf()).await;
    assert_eq!(pdf["media_type"], "application/pdf");
    let dropped = app
        .post_json(
            "/appeals",
            &json!({"school": "school-a", "anonymous": true,
                "text": "They wrote this about me in the class chat, screenshots attached",
                "files": [photo["id"], pdf["id"]]}),
        )
        .await;
    assert_eq!(dropped.status(), 201);
    let receipt = dropped.json::<Value>().await.unwrap()["receipt"]
        .as_str()
        .unwrap()
        .to_owned();
    // A reply on the appeal still in the box, with a screenshot.
    let shot: Value = app
        .client
        .post(app.url("/appeals/track/files"))
        .header("Receipt", &receipt)
        .body(screenshot())
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(shot["media_type"], "image/png");
    let reply = app
        .post_json(
            "/appeals/track/messages",
            &json!({"receipt": receipt, "text": "One more from today", "files": [shot["id"]]}),
        )
        .await;
    assert_eq!(reply.status(), 201);

    // In the box: sealed to the box key, which no key of the server opens.
    for file in appeal_file::Entity::find().all(&app.db).await.unwrap() {
        assert_eq!(file.key_id, "box");
        for key in &app.state.secrets.data_keys {
            assert!(ishenim::sealing::open(
                &app.state.secrets,
                file.id,
                ishenim::appeals::intake::field::FILE,
                &key.id,
                &file.sealed_content,
            )
            .is_err());
        }
    }
    let in_the_box = raw_database(&app);
    let report = ishenim::operations::integrity::check(&app.db, &app.state.secrets)
        .await
        .unwrap();
    // The appeal, the reply and the three files.
    assert_eq!(report.sealed_in_the_box, 5);

    // The quorum opens the box; the members see the files listed and read them.
    let started = post_as(
        &app,
        &group[0].token,
        "/box-openings",
        &json!({"school": "school-a", "passphrase": group[0].passphrase}),
    )
    .await;
    assert_eq!(started.status(), 201);
    let id = started.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    for member in &group[1..] {
        let confirmed = post_as(
            &app,
            &member.token,
            &format!("/box-openings/{id}/confirmations"),
            &json!({"passphrase": member.passphrase}),
        )
        .await;
        assert_eq!(confirmed.status(), 200);
    }
    let appeals: Vec<Value> = app
        .get_as(&group[1].token, &format!("/box-openings/{id}/appeals"))
        .await
        .json()
        .await
        .unwrap();
    let appeal = &appeals[0];
    let appeal_id = appeal["id"].as_str().unwrap();
    let listed: Vec<&str> = appeal["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|file| file["media_type"].as_str().unwrap())
        .collect();
    assert_eq!(listed, ["image/jpeg", "application/pdf"]);
    assert_eq!(appeal["messages"][0]["files"][0]["media_type"], "image/png");

    let audited = app.audit_count().await;
    let read = |file: &Value| {
        format!(
            "/box-openings/{id}/appeals/{appeal_id}/files/{}",
            file["id"].as_str().unwrap()
        )
    };
    let response = app.get_as(&group[1].token, &read(&photo)).await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "image/jpeg");
    assert!(response.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .starts_with("attachment"));
    assert_eq!(response.headers()["x-content-type-options"], "nosniff");
    let opened_photo = response.bytes().await.unwrap().to_vec();
    assert!(exif::Reader::new()
        .read_from_container(&mut Cursor::new(&opened_photo))
        .is_err());
    assert!(!contains(&opened_photo, CAMERA_SERIAL.as_bytes()));
    let picture = image::load_from_memory(&opened_photo).unwrap();
    // Turned as the camera recorded it: 40 × 20 taken on its side.
    assert_eq!((picture.width(), picture.height()), (20, 40));

    let response = app.get_as(&group[2].token, &read(&pdf)).await;
    assert_eq!(response.status(), 200);
    let opened_pdf = response.bytes().await.unwrap().to_vec();
    assert!(!contains(&opened_pdf, PDF_AUTHOR.as_bytes()));
    let document = lopdf::Document::load_mem(&opened_pdf).unwrap();
    assert!(document.trailer.get(b"Info").is_err());
    assert_eq!(document.get_pages().len(), 1);
    let opened_shot = app
        .get_as(&group[2].token, &read(&appeal["messages"][0]["files"][0]))
        .await;
    assert_eq!(opened_shot.status(), 200);
    assert_eq!(
        app.audit_count().await,
        audited + 3,
        "every view is recorded"
    );

    // Neither the database in the box nor after the opening, nor a backup, holds the files'
    // bytes in the clear (a window from the middle of each cleaned file).
    let backup_dir = app.data_dir.join("backup");
    let written = ishenim::operations::backup::create(&app.state.settings, &backup_dir, false)
        .await
        .unwrap();
    let backup = std::fs::read(&written.database).unwrap();
    let after_opening = raw_database(&app);
    let report = ishenim::operations::integrity::check(&app.db, &app.state.secrets)
        .await
        .unwrap();
    assert_eq!((report.sealed_in_the_box, report.sealed_failed), (0, 0));
    for opened in [&opened_photo, &opened_pdf] {
        let middle = opened.len() / 2;
        let window = &opened[middle..middle + 32];
        for copy in [&in_the_box, &after_opening, &backup] {
            assert!(!contains(copy, window));
        }
    }
    for copy in [&in_the_box, &after_opening, &backup] {
        assert!(!contains(copy, CAMERA_SERIAL.as_bytes()));
        assert!(!contains(copy, PDF_AUTHOR.as_bytes()));
    }

    // Staff who are not in the opening read nothing.
    let director = app.create_staff(&school, &[entity::Role::Director]).await;
    let token = app.token(&director).await;
    let refused = app.get_as(&token, &read(&photo)).await;
    assert!(refused.status() == 403, "{}", refused.status());

    // Once the act is signed, the case shows the files to the director; the report counts the
    // appeal as one with files.
    for member in &group {
        let signed = post_as(
            &app,
            &member.token,
            &format!("/box-openings/{id}/sign"),
            &json!({}),
        )
        .await;
        assert_eq!(signed.status(), 200);
    }
    let case: Value = app
        .get_as(&token, &format!("/cases/{appeal_id}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(case["files"].as_array().unwrap().len(), 2);
    assert_eq!(case["messages"][0]["files"][0]["media_type"], "image/png");
    let audited = app.audit_count().await;
    let from_case = app
        .get_as(
            &token,
            &format!("/cases/{appeal_id}/files/{}", photo["id"].as_str().unwrap()),
        )
        .await;
    assert_eq!(from_case.status(), 200);
    assert_eq!(from_case.bytes().await.unwrap().to_vec(), opened_photo);
    assert_eq!(app.audit_count().await, audited + 1);
    let month = &ishenim::calendar::today_in("Asia/Bishkek").to_string()[..7];
    let report: Value = app
        .get_as(
            &token,
            &format!("/reports/monthly?school=school-a&month={month}"),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(report["figures"]["registered_with_files"], 1);
    assert_eq!(report["figures"]["registered"], 1);
}

#[tokio::test]
async fn a_file_is_taken_only_for_what_it_is_and_sent_once_with_one_appeal_of_its_school() {
    let app = spawn_app().await;
    app.create_school("school-a").await;
    app.create_school("school-b").await;

    // An executable named like a photo, and text, are refused by their bytes; nothing is kept.
    let mut executable = b"\x7fELF\x02\x01\x01\0".to_vec();
    executable.resize(4096, 0);
    assert_problem(
        upload(&app, "school-a", executable).await,
        415,
        "file_type_not_accepted",
    )
    .await;
    let mut broken = plain_jpeg(30, 30);
    broken.truncate(60);
    assert_problem(
        upload(&app, "school-a", broken).await,
        422,
        "file_unreadable",
    )
    .await;
    assert_problem(
        upload(&app, "school-z", plain_jpeg(10, 10)).await,
        404,
        "school_not_found",
    )
    .await;
    assert_eq!(file_count(&app).await, 0);

    let drop_with = |files: Value, school: &'static str| {
        json!({"school": school, "anonymous": true, "text": "The toilets are locked again",
            "files": files})
    };
    let taken = uploaded(&app, "school-a", plain_jpeg(16, 16)).await;
    // Not for another school's box.
    assert_problem(
        app.post_json("/appeals", &drop_with(json!([taken["id"]]), "school-b"))
            .await,
        422,
        "file_not_found",
    )
    .await;
    // At most five, each once.
    let six: Vec<Value> = (0..6).map(|_| taken["id"].clone()).collect();
    assert_problem(
        app.post_json("/appeals", &drop_with(json!(six), "school-a"))
            .await,
        422,
        "too_many_files",
    )
    .await;
    assert_problem(
        app.post_json(
            "/appeals",
            &drop_with(json!([taken["id"], taken["id"]]), "school-a"),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    // Sent once; the second drop naming it is refused and stores nothing.
    let first = app
        .post_json("/appeals", &drop_with(json!([taken["id"]]), "school-a"))
        .await;
    assert_eq!(first.status(), 201);
    let appeals = entity::appeal::Entity::find().count(&app.db).await.unwrap();
    assert_problem(
        app.post_json("/appeals", &drop_with(json!([taken["id"]]), "school-a"))
            .await,
        422,
        "file_not_found",
    )
    .await;
    assert_eq!(
        entity::appeal::Entity::find().count(&app.db).await.unwrap(),
        appeals
    );
}

#[tokio::test]
async fn a_file_never_sent_is_forgotten_and_one_over_the_limit_is_refused_before_it_is_read() {
    let app = spawn_app().await;
    app.create_school("school-a").await;
    // A file never sent is forgotten once its day has passed.
    let today = ishenim::calendar::today_in("Asia/Bishkek");
    uploaded(&app, "school-a", plain_jpeg(8, 8)).await;
    let forget = |day| ishenim::appeal_files::store::forget_unsent(&app.db, day);
    assert_eq!(forget(today).await.unwrap(), 0);
    assert_eq!(forget(today + chrono::Days::new(2)).await.unwrap(), 1);
    let limit = app.state.settings.file_max_bytes;
    let mut big = plain_jpeg(10, 10);
    big.resize(limit + 1, 0);
    assert_problem(upload(&app, "school-a", big).await, 413, "file_too_large").await;
    assert_eq!(file_count(&app).await, 0);
}

#[tokio::test]
async fn a_slow_upload_holds_up_no_drop() {
    let app = spawn_app().await;
    app.create_school("school-a").await;
    // A client on a slow line starts a 5 MB photo and sends its first kilobytes.
    let mut slow = tokio::net::TcpStream::connect(("127.0.0.1", app.port))
        .await
        .unwrap();
    let length = 5 * 1024 * 1024;
    slow.write_all(
        format!(
            "POST /api/v1/schools/school-a/files HTTP/1.1\r\nHost: 127.0.0.1\r\n\
             Content-Type: application/octet-stream\r\nContent-Length: {length}\r\n\r\n"
        )
        .as_bytes(),
    )
    .await
    .unwrap();
    let photo = plain_jpeg(64, 64);
    slow.write_all(&photo[..1024.min(photo.len())])
        .await
        .unwrap();
    slow.flush().await.unwrap();

    // Meanwhile a class drops its appeals: every one is stored while the upload still runs.
    let bodies: Vec<Value> = (0..10)
        .map(|n| {
            json!({"school": "school-a", "anonymous": true,
                "text": format!("Appeal {n} about the canteen queue")})
        })
        .collect();
    let drops = bodies.iter().map(|body| app.post_json("/appeals", body));
    for response in futures_util::future::join_all(drops).await {
        assert_eq!(response.status(), 201);
    }
    // The upload is still open: its connection has not been answered.
    let mut answer = [0u8; 1];
    let pending = tokio::time::timeout(Duration::from_millis(200), slow.peek(&mut answer)).await;
    assert!(pending.is_err(), "the slow upload was answered early");
    assert_eq!(file_count(&app).await, 0);
}

#[tokio::test]
async fn a_photo_of_a_paper_note_is_kept_with_the_note_without_what_identifies_the_camera() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let group = crate::box_openings::working_group(&app, &school, 3).await;
    let id = crate::box_openings::open_box(&app, "school-a", &group).await;
    let note: Value = post_as(
        &app,
        &group.tokens[0],
        &format!("/box-openings/{id}/paper-appeals"),
        &json!({"text": "A note about the broken stairs", "anonymous": true}),
    )
    .await
    .json()
    .await
    .unwrap();
    let note_id = note["id"].as_str().unwrap();
    let photo_of = |token: &str, bytes: Vec<u8>| {
        app.client
            .post(app.url(&format!("/box-openings/{id}/appeals/{note_id}/files")))
            .bearer_auth(token.to_owned())
            .body(bytes)
            .send()
    };
    let taken = photo_of(&group.tokens[1], phone_photo()).await.unwrap();
    assert_eq!(taken.status(), 201);
    let taken: Value = taken.json().await.unwrap();
    // Another school's director may not add one.
    let other = app.create_school("school-b").await;
    let director = app.create_staff(&other, &[entity::Role::Director]).await;
    let refused = photo_of(&app.token(&director).await, phone_photo())
        .await
        .unwrap();
    assert_eq!(refused.status(), 403);

    let appeals: Vec<Value> = app
        .get_as(&group.tokens[2], &format!("/box-openings/{id}/appeals"))
        .await
        .json()
        .await
        .unwrap();
    let listed = appeals
        .iter()
        .find(|appeal| appeal["id"] == note["id"])
        .unwrap();
    assert_eq!(listed["files"][0]["id"], taken["id"]);
    let opened = app
        .get_as(
            &group.tokens[2],
            &format!(
                "/box-openings/{id}/appeals/{note_id}/files/{}",
                taken["id"].as_str().unwrap()
            ),
        )
        .await
        .bytes()
        .await
        .unwrap();
    assert!(!contains(&opened, CAMERA_SERIAL.as_bytes()));
    assert!(exif::Reader::new()
        .read_from_container(&mut Cursor::new(&opened))
        .is_err());
}

#[tokio::test]
async fn uploads_never_sent_are_bounded_per_school() {
    let app = crate::helpers::spawn_app_with(|settings| {
        settings.file_unsent_bytes_per_school = 4_000;
    })
    .await;
    app.create_school("school-a").await;
    app.create_school("school-b").await;
    let photo = plain_jpeg(64, 64);
    let mut taken = Vec::new();
    loop {
        let response = upload(&app, "school-a", photo.clone()).await;
        if response.status() != 201 {
            assert_problem(response, 429, "rate_limited").await;
            break;
        }
        taken.push(response.json::<Value>().await.unwrap());
        assert!(taken.len() < 10, "never bounded");
    }
    assert!(!taken.is_empty());
    // Another school's box is not touched, and sending one makes room again.
    assert_eq!(upload(&app, "school-b", photo.clone()).await.status(), 201);
    let dropped = app
        .post_json(
            "/appeals",
            &json!({"school": "school-a", "anonymous": true, "text": "The stairs are broken",
                "files": [taken[0]["id"]]}),
        )
        .await;
    assert_eq!(dropped.status(), 201);
    assert_eq!(upload(&app, "school-a", photo).await.status(), 201);
}

#[tokio::test]
async fn a_drop_with_files_retried_with_its_key_gets_its_first_answer() {
    let app = spawn_app().await;
    app.create_school("school-a").await;
    let photo = uploaded(&app, "school-a", plain_jpeg(16, 16)).await;
    let body = json!({"school": "school-a", "anonymous": true,
        "text": "The window in room 3 is broken", "files": [photo["id"]]});
    let send = || {
        app.client
            .post(app.url("/appeals"))
            .header("Idempotency-Key", "retry-with-a-photo")
            .json(&body)
            .send()
    };
    let first: Value = send().await.unwrap().json().await.unwrap();
    let again = send().await.unwrap();
    assert_eq!(again.status(), 201);
    let again: Value = again.json().await.unwrap();
    assert_eq!(first["receipt"], again["receipt"]);
    assert_eq!(
        entity::appeal::Entity::find().count(&app.db).await.unwrap(),
        1
    );
    let file = appeal_file::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(file.appeal_id.is_some());
}
