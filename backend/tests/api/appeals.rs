use entity::Role;
use sea_orm::{EntityTrait, PaginatorTrait};
use serde_json::{json, Value};

use crate::helpers::{assert_problem, spawn_app, spawn_app_with, TestApp};

const INNOCENT: &str = "The canteen serves cold soup every day. Please ask them to heat it.";
const URGENT_AND_OBSCENE: &str =
    "Старшеклассники отбирают деньги и бьют меня, блядь, каждый день после уроков";

async fn appeal_count(app: &TestApp) -> u64 {
    entity::appeal::Entity::find().count(&app.db).await.unwrap()
}

fn anonymous(text: &str) -> Value {
    json!({"school": "school-a", "text": text, "anonymous": true})
}

async fn drop_appeal(app: &TestApp, body: &Value) -> reqwest::Response {
    app.post_json("/appeals", body).await
}

#[tokio::test]
async fn an_anonymous_appeal_gets_a_receipt_and_stays_sealed() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let response = drop_appeal(&app, &anonymous(INNOCENT)).await;
    assert_eq!(response.status(), 201);
    let receipt: Value = response.json().await.unwrap();
    let shown = receipt["receipt"].as_str().unwrap();
    assert_eq!(shown.len(), 19);
    assert!(shown.chars().all(|c| c.is_ascii_digit() || c == '-'));
    assert_eq!(receipt["status"], "sealed");
    assert_eq!(receipt["urgent"], false);
    assert_eq!(receipt["opening_interval_months"], 1);

    let tracked: Value = app
        .post_json("/appeals/track", &json!({"receipt": shown}))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(tracked["status"], "sealed");
    assert_eq!(tracked["anonymous"], true);
    assert_eq!(tracked["can_reply"], true);
    assert_eq!(tracked["replies_go_to"], "box");

    // From the next day, the director sees that it exists, never what it says.
    app.next_morning().await;
    let director = app.create_staff(&school, &[Role::Director]).await;
    let token = app.token(&director).await;
    let list: Value = app
        .get_as(&token, "/appeals?school=school-a")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(list["total"], 1);
    let item = &list["items"][0];
    assert_eq!(item["status"], "sealed");
    assert_eq!(item["channel"], "online");
    assert!(item.get("text").is_none());
    let id = item["id"].as_str().unwrap();
    assert_problem(
        app.get_as(&token, &format!("/appeals/{id}")).await,
        423,
        "appeal_sealed",
    )
    .await;
}

#[tokio::test]
async fn a_signed_appeal_needs_a_contact() {
    let app = spawn_app().await;
    app.create_school("school-a").await;
    let without_contact = json!({"school": "school-a", "text": INNOCENT, "anonymous": false,
        "submitter": {"name": "Aibek", "kind": "student", "class_name": "7B"}});
    assert_problem(
        drop_appeal(&app, &without_contact).await,
        422,
        "contact_required",
    )
    .await;
    let without_submitter = json!({"school": "school-a", "text": INNOCENT, "anonymous": false});
    assert_problem(
        drop_appeal(&app, &without_submitter).await,
        422,
        "submitter_required",
    )
    .await;
    let anonymous_with_name = json!({"school": "school-a", "text": INNOCENT, "anonymous": true,
        "submitter": {"name": "Aibek", "kind": "student", "phone": "+996555123456"}});
    assert_problem(
        drop_appeal(&app, &anonymous_with_name).await,
        422,
        "submitter_not_allowed",
    )
    .await;
    let bad_email = json!({"school": "school-a", "text": INNOCENT, "anonymous": false,
        "submitter": {"name": "Aibek", "kind": "parent", "email": "not-an-address"}});
    let problem = assert_problem(
        drop_appeal(&app, &bad_email).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(problem.errors.as_ref().unwrap()[0].field, "submitter.email");
    assert_eq!(appeal_count(&app).await, 0);

    let signed = json!({"school": "school-a", "text": INNOCENT, "anonymous": false,
        "categories": ["education", "health"], "language": "ru",
        "submitter": {"name": "Aibek Toktorov", "kind": "parent", "email": "aibek@example.kg"}});
    let response = drop_appeal(&app, &signed).await;
    assert_eq!(response.status(), 201);
    let receipt: Value = response.json().await.unwrap();
    assert_eq!(receipt["answer_within_working_days"], 14);
    assert_eq!(appeal_count(&app).await, 1);
}

#[tokio::test]
async fn bad_appeals_get_their_own_codes_and_store_nothing() {
    let app = spawn_app().await;
    app.create_school("school-a").await;
    assert_problem(
        drop_appeal(&app, &anonymous("   \n  ")).await,
        422,
        "appeal_text_empty",
    )
    .await;
    assert_problem(
        drop_appeal(&app, &anonymous(&"a".repeat(10_001))).await,
        422,
        "appeal_text_too_long",
    )
    .await;
    // Nothing visible (a zero-width space, direction marks) is empty too.
    assert_problem(
        drop_appeal(&app, &anonymous("\u{200B}\u{200E} \u{2066}")).await,
        422,
        "appeal_text_empty",
    )
    .await;
    // A NUL is refused (PostgreSQL cannot store it, and it hides text when printed).
    assert_problem(
        drop_appeal(&app, &anonymous("the window\u{0}is broken")).await,
        422,
        "validation_failed",
    )
    .await;
    let nul_slug = app
        .client
        .get(app.url("/schools/school-a%00/public"))
        .send()
        .await
        .unwrap();
    assert_problem(nul_slug, 404, "school_not_found").await;
    let unknown_school = json!({"school": "nowhere", "text": INNOCENT, "anonymous": true});
    assert_problem(
        drop_appeal(&app, &unknown_school).await,
        404,
        "school_not_found",
    )
    .await;
    let unknown_category = json!({"school": "school-a", "text": INNOCENT, "anonymous": true, "categories": ["gossip"]});
    assert_problem(
        drop_appeal(&app, &unknown_category).await,
        422,
        "validation_failed",
    )
    .await;
    let wrong_type = app
        .client
        .post(app.url("/appeals"))
        .header("content-type", "text/plain")
        .body(INNOCENT)
        .send()
        .await
        .unwrap();
    assert_problem(wrong_type, 415, "unsupported_media_type").await;
    let oversized = app
        .client
        .post(app.url("/appeals"))
        .header("content-type", "application/json")
        .body(format!(
            r#"{{"school":"school-a","anonymous":true,"text":"{}"}}"#,
            "x".repeat(200_000)
        ))
        .send()
        .await
        .unwrap();
    assert_problem(oversized, 413, "payload_too_large").await;
    assert_eq!(appeal_count(&app).await, 0);
}

#[tokio::test]
async fn obscene_language_is_refused_with_the_words_and_nothing_is_stored() {
    let app = spawn_app().await;
    app.create_school("school-a").await;
    let response = drop_appeal(
        &app,
        &anonymous("Наш учитель физкультуры х.у.й знает что делает"),
    )
    .await;
    let problem = assert_problem(response, 422, "obscene_language").await;
    assert_eq!(problem.words, Some(vec!["х.у.й".to_owned()]));
    assert_eq!(appeal_count(&app).await, 0);

    let rephrased = drop_appeal(
        &app,
        &anonymous("Наш учитель физкультуры не знает, что делает"),
    )
    .await;
    assert_eq!(rephrased.status(), 201);

    // Nothing of the refused appeal is kept but one more in the month's count, by reason.
    let school = entity::school::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let director = app
        .insert_staff(Some(school.id), Some(school.district_id), &[Role::Director])
        .await;
    let token = app.token(&director).await;
    let month = ishenim::reports::month::Month::of(ishenim::calendar::today_in("Asia/Bishkek"));
    let live: Value = app
        .get_as(
            &token,
            &format!("/reports/monthly?school=school-a&month={month}"),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        live["figures"]["refused_at_the_door"],
        json!([{"reason": "obscene_language", "count": 1}]),
        "{live}"
    );
}

#[tokio::test]
async fn a_danger_signal_wins_over_obscenity_and_alerts_the_director_and_the_group() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let response = drop_appeal(&app, &anonymous(URGENT_AND_OBSCENE)).await;
    assert_eq!(response.status(), 201);
    let receipt: Value = response.json().await.unwrap();
    assert_eq!(receipt["urgent"], true);

    let stored = entity::appeal::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(stored.urgent && stored.needs_referral);

    for role in [Role::Director, Role::WorkingGroup] {
        let member = app.create_staff(&school, &[role]).await;
        let alerts: Value = app
            .get_as(&app.token(&member).await, "/alerts?school=school-a")
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(alerts.as_array().unwrap().len(), 1, "alerts for {role:?}");
        assert_eq!(alerts[0]["kind"], "urgent_appeal");
        assert!(alerts[0].get("text").is_none());
    }
    let official = app.create_staff(&school, &[Role::Official]).await;
    let response = app
        .get_as(&app.token(&official).await, "/alerts?school=school-a")
        .await;
    assert_problem(response, 403, "forbidden").await;
}

#[tokio::test]
async fn an_insult_marks_an_appeal_for_referral_without_making_it_urgent() {
    let app = spawn_app().await;
    app.create_school("school-a").await;
    let response = drop_appeal(
        &app,
        &anonymous("Учитель сказал мне при всех: ты тупой и никчёмный"),
    )
    .await;
    assert_eq!(response.status(), 201);
    let stored = entity::appeal::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(stored.needs_referral);
    assert!(!stored.urgent);
}

#[tokio::test]
async fn a_retry_with_the_same_idempotency_key_returns_the_first_receipt() {
    let app = spawn_app().await;
    app.create_school("school-a").await;
    let send = |body: Value| {
        let request = app
            .client
            .post(app.url("/appeals"))
            .header("Idempotency-Key", "8d1c7c1e-retry")
            .json(&body);
        async move { request.send().await.unwrap() }
    };
    let first: Value = send(anonymous(INNOCENT)).await.json().await.unwrap();
    let second = send(anonymous(INNOCENT)).await;
    assert_eq!(second.status(), 201);
    let second: Value = second.json().await.unwrap();
    assert_eq!(first["receipt"], second["receipt"]);
    assert_eq!(appeal_count(&app).await, 1);
    // The stored first answer does not keep the receipt's digits: a replay derives them.
    let digits = first["receipt"].as_str().unwrap().replace('-', "");
    for record in entity::idempotency_record::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
    {
        let opened = ishenim::sealing::open(
            &app.state.secrets,
            uuid::Uuid::nil(),
            &format!("idempotency:{}", record.key_hash),
            &record.key_id,
            &record.sealed_response,
        )
        .unwrap();
        let opened = String::from_utf8(opened).unwrap();
        assert!(!opened.contains(&digits), "{opened}");
    }

    let other_body = send(anonymous("Another appeal entirely")).await;
    assert_problem(other_body, 422, "idempotency_key_reused").await;
    assert_eq!(appeal_count(&app).await, 1);
}

#[tokio::test]
async fn concurrent_retries_with_one_key_make_one_appeal() {
    let app = spawn_app().await;
    app.create_school("school-a").await;
    let mut handles = Vec::new();
    for _ in 0..8 {
        let request = app
            .client
            .post(app.url("/appeals"))
            .header("Idempotency-Key", "same-key-everywhere")
            .json(&anonymous(INNOCENT));
        handles.push(tokio::spawn(async move {
            let response = request.send().await.unwrap();
            assert_eq!(response.status(), 201);
            response.json::<Value>().await.unwrap()["receipt"]
                .as_str()
                .unwrap()
                .to_owned()
        }));
    }
    let mut receipts = Vec::new();
    for handle in handles {
        receipts.push(handle.await.unwrap());
    }
    receipts.dedup();
    assert_eq!(receipts.len(), 1);
    assert_eq!(appeal_count(&app).await, 1);
}

#[tokio::test]
async fn a_malformed_or_unknown_receipt_is_refused() {
    let app = spawn_app().await;
    app.create_school("school-a").await;
    assert_problem(
        app.post_json("/appeals/track", &json!({"receipt": "1234"}))
            .await,
        422,
        "receipt_malformed",
    )
    .await;
    assert_problem(
        app.post_json("/appeals/track", &json!({"receipt": "12345678abcdefgh"}))
            .await,
        422,
        "receipt_malformed",
    )
    .await;
    assert_problem(
        app.post_json("/appeals/track", &json!({"receipt": "0000-0000-0000-0001"}))
            .await,
        404,
        "receipt_not_found",
    )
    .await;
}

#[tokio::test]
async fn the_writer_adds_a_message_which_is_screened_and_not_shown_back() {
    let app = spawn_app().await;
    app.create_school("school-a").await;
    let receipt: Value = drop_appeal(&app, &anonymous(INNOCENT))
        .await
        .json()
        .await
        .unwrap();
    let receipt = receipt["receipt"].as_str().unwrap();

    let response = app
        .post_json(
            "/appeals/track/messages",
            &json!({"receipt": receipt, "text": "It happened again today."}),
        )
        .await;
    assert_eq!(response.status(), 201);
    let obscene = app
        .post_json(
            "/appeals/track/messages",
            &json!({"receipt": receipt, "text": "опять эта сука кричит"}),
        )
        .await;
    assert_problem(obscene, 422, "obscene_language").await;
    let empty = app
        .post_json(
            "/appeals/track/messages",
            &json!({"receipt": receipt, "text": " "}),
        )
        .await;
    assert_problem(empty, 422, "appeal_text_empty").await;

    let tracked: Value = app
        .post_json("/appeals/track", &json!({"receipt": receipt}))
        .await
        .json()
        .await
        .unwrap();
    let messages = tracked["messages"].as_array().unwrap();
    assert_eq!(messages.len(), 1);
    assert_eq!(messages[0]["kind"], "writer_message");
    assert_eq!(messages[0]["text"], Value::Null);
    let stored = entity::appeal_message::Entity::find()
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(stored.len(), 1);
    assert!(stored[0].sealed);
    assert!(
        stored[0].written_at.is_none(),
        "a writer's message keeps only the day"
    );

    // A writer cannot flood the group's opening: 30 messages per appeal at most.
    for n in 1..30 {
        let more = app
            .post_json(
                "/appeals/track/messages",
                &json!({"receipt": receipt, "text": format!("And another thing, number {n}.")}),
            )
            .await;
        assert_eq!(more.status(), 201);
    }
    let flooded = app
        .post_json(
            "/appeals/track/messages",
            &json!({"receipt": receipt, "text": "One more."}),
        )
        .await;
    assert_problem(flooded, 409, "too_many_messages").await;
    let stored = entity::appeal_message::Entity::find()
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(stored.len(), 30);
}

#[tokio::test]
async fn a_later_message_with_a_danger_signal_makes_the_appeal_urgent() {
    let app = spawn_app().await;
    app.create_school("school-a").await;
    let receipt: Value = drop_appeal(&app, &anonymous(INNOCENT))
        .await
        .json()
        .await
        .unwrap();
    app.post_json(
        "/appeals/track/messages",
        &json!({"receipt": receipt["receipt"], "text": "I don't want to live anymore"}),
    )
    .await;
    let stored = entity::appeal::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(stored.urgent);
}

#[tokio::test]
async fn public_routes_are_rate_limited_per_client() {
    let app = spawn_app_with(|settings| {
        settings.rate_limit.enabled = true;
        settings.rate_limit.burst = 2;
        settings.rate_limit.per_minute = 1;
    })
    .await;
    app.create_school("school-a").await;
    for _ in 0..2 {
        let response = app
            .post_json("/appeals/track", &json!({"receipt": "0000-0000-0000-0001"}))
            .await;
        assert_eq!(response.status(), 404);
    }
    let limited = app
        .post_json("/appeals/track", &json!({"receipt": "0000-0000-0000-0001"}))
        .await;
    assert!(limited.headers().contains_key("retry-after"));
    assert_problem(limited, 429, "rate_limited").await;
}

#[tokio::test]
async fn receipt_checks_are_bounded_by_the_hour_in_the_database_and_drops_go_on() {
    let app = spawn_app_with(|settings| {
        settings.rate_limit.enabled = true;
        settings.rate_limit.per_minute = 1_000;
        settings.rate_limit.burst = 1_000;
        settings.rate_limit.receipt_checks_per_hour = 5;
    })
    .await;
    app.create_school("school-a").await;
    let receipt = json!({"receipt": "0000-0000-0000-0001"});
    let check = || app.post_json("/appeals/track", &receipt);
    for _ in 0..5 {
        assert_eq!(check().await.status(), 404);
    }
    let limited = check().await;
    let retry_after: u64 = limited.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=3600).contains(&retry_after), "{retry_after}");
    assert_problem(limited, 429, "rate_limited").await;
    // The count is kept for every replica, under a keyed name, never the address.
    let rows = entity::throttle_window::Entity::find()
        .all(&app.db)
        .await
        .unwrap();
    assert!(rows
        .iter()
        .any(|row| row.key.starts_with("receipt-client:") && row.count == 6));
    assert!(rows.iter().all(|row| !row.key.contains("127.0.0.1")));
    // The guesser's address still drops.
    assert_eq!(
        drop_appeal(&app, &anonymous("В столовой холодный чай."))
            .await
            .status(),
        201
    );
}

#[tokio::test]
async fn a_class_of_thirty_on_one_address_drops_together() {
    let app = spawn_app_with(|settings| {
        settings.rate_limit.enabled = true;
    })
    .await;
    app.create_school("school-a").await;
    for pupil in 0..30 {
        let response = app
            .post_json(
                "/appeals",
                &json!({
                    "school": "school-a",
                    "text": format!("Ученик {pupil}: в столовой холодный чай."),
                    "anonymous": true,
                }),
            )
            .await;
        assert_eq!(response.status(), 201, "pupil {pupil}");
    }
}

#[tokio::test]
async fn the_public_page_of_a_school_names_it() {
    let app = spawn_app().await;
    app.create_school("school-a").await;
    let school: Value = app
        .client
        .get(app.url("/schools/school-a/public"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(school["name"], "School school-a");
    assert_eq!(school["default_language"], "ky");
    // Its pages print times in the school's zone, not the device's.
    assert_eq!(school["time_zone"], "Asia/Bishkek");
    let missing = app
        .client
        .get(app.url("/schools/nowhere/public"))
        .send()
        .await
        .unwrap();
    assert_problem(missing, 404, "school_not_found").await;
}

#[tokio::test]
async fn a_school_adds_its_own_word_and_allows_another_with_an_audit_entry() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    app.create_school("school-b").await;
    let admin = app.create_staff(&school, &[Role::SchoolAdmin]).await;
    let token = app.token(&admin).await;
    let before = app.audit_count().await;

    let added = app
        .client
        .post(app.url("/schools/school-a/screening-words"))
        .bearer_auth(&token)
        .json(&json!({"word": "чушпан", "rule": "block"}))
        .send()
        .await
        .unwrap();
    assert_eq!(added.status(), 201);
    assert_eq!(app.audit_count().await, before + 1);

    let text = "Его называют чушпаном всем классом";
    assert_problem(
        drop_appeal(&app, &anonymous(text)).await,
        422,
        "obscene_language",
    )
    .await;
    let elsewhere = json!({"school": "school-b", "text": text, "anonymous": true});
    assert_eq!(drop_appeal(&app, &elsewhere).await.status(), 201);

    let official = app.create_staff(&school, &[Role::Official]).await;
    let forbidden = app
        .client
        .post(app.url("/schools/school-a/screening-words"))
        .bearer_auth(app.token(&official).await)
        .json(&json!({"word": "что-то", "rule": "block"}))
        .send()
        .await
        .unwrap();
    assert_problem(forbidden, 403, "forbidden").await;

    let words: Value = app
        .get_as(&token, "/schools/school-a/screening-words")
        .await
        .json()
        .await
        .unwrap();
    let id = words[0]["id"].as_str().unwrap();
    let removed = app
        .client
        .delete(app.url(&format!("/schools/school-a/screening-words/{id}")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(removed.status(), 204);
    assert_eq!(drop_appeal(&app, &anonymous(text)).await.status(), 201);
}

#[tokio::test]
async fn a_school_cannot_censor_its_own_box_with_a_short_or_everyday_word() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let admin = app.create_staff(&school, &[Role::SchoolAdmin]).await;
    let token = app.token(&admin).await;
    let before = app.audit_count().await;
    for word in ["root:а", "prefix:ме", "ме", "учит", "school"] {
        let refused = app
            .client
            .post(app.url("/schools/school-a/screening-words"))
            .bearer_auth(&token)
            .json(&json!({"word": word, "rule": "block"}))
            .send()
            .await
            .unwrap();
        assert_problem(refused, 422, "validation_failed").await;
    }
    assert_eq!(
        app.audit_count().await,
        before,
        "nothing refused is recorded"
    );
    let everyday = "Учитель математики не объясняет тему, помогите разобраться";
    assert_eq!(drop_appeal(&app, &anonymous(everyday)).await.status(), 201);
}
