use chrono::Datelike;
use entity::Role;
use serde_json::{json, Value};

use crate::helpers::{assert_problem, spawn_app, TestApp, TestSchool};

pub struct Group {
    pub tokens: Vec<String>,
}

/// Working-group members of a school, signed in.
pub async fn working_group(app: &TestApp, school: &TestSchool, size: usize) -> Group {
    let mut tokens = Vec::new();
    for _ in 0..size {
        let member = app.create_staff(school, &[Role::WorkingGroup]).await;
        tokens.push(app.token(&member).await);
    }
    Group { tokens }
}

pub async fn post_as(app: &TestApp, token: &str, path: &str, body: &Value) -> reqwest::Response {
    app.client
        .post(app.url(path))
        .bearer_auth(token)
        .json(body)
        .send()
        .await
        .unwrap()
}

pub async fn drop_appeal(app: &TestApp, school: &str, text: &str) -> String {
    let response = app
        .post_json(
            "/appeals",
            &json!({"school": school, "text": text, "anonymous": true}),
        )
        .await;
    assert_eq!(response.status(), 201);
    let body: Value = response.json().await.unwrap();
    body["receipt"].as_str().unwrap().to_owned()
}

/// Starts an opening with the first member and confirms it with the others.
pub async fn open_box(app: &TestApp, school: &str, group: &Group) -> String {
    let started: Value = post_as(
        app,
        &group.tokens[0],
        "/box-openings",
        &json!({"school": school}),
    )
    .await
    .json()
    .await
    .unwrap();
    let id = started["id"].as_str().unwrap().to_owned();
    for token in &group.tokens[1..] {
        let response = post_as(
            app,
            token,
            &format!("/box-openings/{id}/confirmations"),
            &json!({}),
        )
        .await;
        assert_eq!(response.status(), 200);
    }
    id
}

/// Signs the act with every member.
pub async fn sign_all(app: &TestApp, id: &str, group: &Group) -> Value {
    let mut last = Value::Null;
    for token in &group.tokens {
        let response = post_as(app, token, &format!("/box-openings/{id}/sign"), &json!({})).await;
        assert_eq!(response.status(), 200);
        last = response.json().await.unwrap();
    }
    last
}

#[tokio::test]
async fn a_working_group_opens_the_box_enters_paper_notes_and_signs_the_act() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let other = app.create_school("school-b").await;
    let group = working_group(&app, &school, 3).await;
    let receipt = drop_appeal(&app, "school-a", "The windows in room 14 do not close").await;
    drop_appeal(
        &app,
        "school-a",
        "Старшеклассники отбирают деньги и бьют меня",
    )
    .await;

    let started = post_as(
        &app,
        &group.tokens[0],
        "/box-openings",
        &json!({"school": "school-a"}),
    )
    .await;
    assert_eq!(started.status(), 201);
    let started: Value = started.json().await.unwrap();
    assert_eq!(started["status"], "awaiting_quorum");
    assert_eq!(started["confirmations_needed"], 2);
    // The two members who have not joined yet are named, so that they can be called.
    assert_eq!(started["expected"].as_array().unwrap().len(), 2);
    let id = started["id"].as_str().unwrap().to_owned();

    // Until the quorum has confirmed, nothing is visible.
    let early = app
        .get_as(&group.tokens[0], &format!("/box-openings/{id}/appeals"))
        .await;
    assert_problem(early, 409, "quorum_not_reached").await;
    let early_sign = post_as(
        &app,
        &group.tokens[0],
        &format!("/box-openings/{id}/sign"),
        &json!({}),
    )
    .await;
    assert_problem(early_sign, 409, "quorum_not_reached").await;

    let confirm = |token: String| {
        let app = &app;
        let id = id.clone();
        async move {
            post_as(
                app,
                &token,
                &format!("/box-openings/{id}/confirmations"),
                &json!({}),
            )
            .await
        }
    };
    let confirmed: Value = confirm(group.tokens[1].clone()).await.json().await.unwrap();
    assert_eq!(confirmed["expected"].as_array().unwrap().len(), 1);
    assert_problem(
        confirm(group.tokens[1].clone()).await,
        409,
        "already_confirmed",
    )
    .await;
    let official = app.create_staff(&school, &[Role::Official]).await;
    assert_problem(
        confirm(app.token(&official).await).await,
        403,
        "not_working_group_member",
    )
    .await;
    let stranger = app.create_staff(&other, &[Role::WorkingGroup]).await;
    assert_problem(confirm(app.token(&stranger).await).await, 403, "forbidden").await;
    let opened: Value = confirm(group.tokens[2].clone()).await.json().await.unwrap();
    assert_eq!(opened["status"], "open");

    let appeals: Value = app
        .get_as(&group.tokens[0], &format!("/box-openings/{id}/appeals"))
        .await
        .json()
        .await
        .unwrap();
    let appeals = appeals.as_array().unwrap();
    assert_eq!(appeals.len(), 2);
    assert!(appeals
        .iter()
        .any(|a| a["text"] == "The windows in room 14 do not close"));
    assert!(appeals
        .iter()
        .any(|a| a["urgent"] == true && !a["danger"].as_array().unwrap().is_empty()));

    let paper = post_as(
        &app,
        &group.tokens[1],
        &format!("/box-openings/{id}/paper-appeals"),
        &json!({"text": "Просим поставить питьевой фонтанчик на втором этаже", "anonymous": true, "categories": ["health"]}),
    )
    .await;
    assert_eq!(paper.status(), 201);
    let drawing = post_as(
        &app,
        &group.tokens[1],
        &format!("/box-openings/{id}/paper-appeals"),
        &json!({"text": "A drawing of a cat", "anonymous": true, "not_accepted": "not_an_appeal"}),
    )
    .await;
    assert_eq!(drawing.status(), 201);

    for token in &group.tokens[..2] {
        let signed: Value = post_as(&app, token, &format!("/box-openings/{id}/sign"), &json!({}))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(signed["status"], "open");
    }
    let again = post_as(
        &app,
        &group.tokens[0],
        &format!("/box-openings/{id}/sign"),
        &json!({}),
    )
    .await;
    assert_problem(again, 409, "already_signed").await;
    let signed: Value = post_as(
        &app,
        &group.tokens[2],
        &format!("/box-openings/{id}/sign"),
        &json!({}),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(signed["status"], "signed");
    let year = chrono::Utc::now().year();
    assert_eq!(signed["act_number"], format!("{year}/01"));

    let late_paper = post_as(
        &app,
        &group.tokens[1],
        &format!("/box-openings/{id}/paper-appeals"),
        &json!({"text": "Late note", "anonymous": true}),
    )
    .await;
    assert_problem(late_paper, 409, "act_signed").await;

    let director = app.create_staff(&school, &[Role::Director]).await;
    let director_token = app.token(&director).await;
    let act: Value = app
        .get_as(&director_token, &format!("/box-openings/{id}/act"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(act["counts"]["online"], 2);
    assert_eq!(act["counts"]["paper"], 2);
    assert_eq!(act["counts"]["not_accepted_not_an_appeal"], 1);
    assert_eq!(act["counts"]["urgent"], 1);
    assert_eq!(act["counts"]["registered"], 3);
    assert_eq!(
        act["registration_numbers"],
        json!([
            format!("{year}/1"),
            format!("{year}/2"),
            format!("{year}/3")
        ])
    );
    assert_eq!(act["members"].as_array().unwrap().len(), 3);
    assert_eq!(act["journal_head"]["seq"], 3);

    let tracked: Value = app
        .post_json("/appeals/track", &json!({"receipt": receipt}))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(tracked["status"], "registered");
    assert!(tracked["registration_number"]
        .as_str()
        .unwrap()
        .starts_with(&format!("{year}/")));

    // Acknowledging someone else's school's act is refused; the director's own is a journal entry.
    let other_director = app.create_staff(&other, &[Role::Director]).await;
    let foreign = post_as(
        &app,
        &app.token(&other_director).await,
        &format!("/box-openings/{id}/acknowledgement"),
        &json!({}),
    )
    .await;
    assert_problem(foreign, 403, "forbidden").await;
    let acknowledged = post_as(
        &app,
        &director_token,
        &format!("/box-openings/{id}/acknowledgement"),
        &json!({}),
    )
    .await;
    assert_eq!(acknowledged.status(), 200);
    let twice = post_as(
        &app,
        &director_token,
        &format!("/box-openings/{id}/acknowledgement"),
        &json!({}),
    )
    .await;
    assert_problem(twice, 409, "already_acknowledged").await;

    let verification: Value = app
        .get_as(&director_token, "/journal/verify?school=school-a")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(verification["valid"], true);
    assert_eq!(verification["entries"], 4);
    let journal: Value = app
        .get_as(&director_token, "/journal?school=school-a")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(journal["total"], 3);
    assert_eq!(
        journal["rows"][0]["registration_number"],
        format!("{year}/1")
    );
    assert!(journal["rows"][0].get("text").is_none());
}

#[tokio::test]
async fn content_reads_during_an_opening_are_in_the_audit_trail() {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let group = working_group(&app, &school, 3).await;
    drop_appeal(&app, "school-a", "Please repair the gym floor").await;
    let id = open_box(&app, "school-a", &group).await;
    app.get_as(&group.tokens[1], &format!("/box-openings/{id}/appeals"))
        .await;
    let reads = entity::audit_entry::Entity::find()
        .filter(entity::audit_entry::Column::Action.eq("appeal_content_read"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(reads.len(), 1);
    assert!(reads[0].details.contains("appeals"));
}

#[tokio::test]
async fn an_abandoned_opening_leaves_every_appeal_sealed() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let group = working_group(&app, &school, 3).await;
    let receipt = drop_appeal(&app, "school-a", "The library is closed at lunch").await;
    let id = open_box(&app, "school-a", &group).await;
    let abandoned = post_as(
        &app,
        &group.tokens[0],
        &format!("/box-openings/{id}/abandon"),
        &json!({}),
    )
    .await;
    assert_eq!(abandoned.status(), 200);
    let tracked: Value = app
        .post_json("/appeals/track", &json!({"receipt": receipt}))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(tracked["status"], "sealed");
    app.next_morning().await;
    let director = app.create_staff(&school, &[Role::Director]).await;
    let token = app.token(&director).await;
    let list: Value = app
        .get_as(&token, "/appeals?school=school-a&status=sealed")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(list["total"], 1);
    let late = app
        .get_as(&group.tokens[0], &format!("/box-openings/{id}/appeals"))
        .await;
    assert_problem(late, 409, "opening_abandoned").await;

    // The next opening finds it again.
    let again = open_box(&app, "school-a", &group).await;
    let appeals: Value = app
        .get_as(&group.tokens[0], &format!("/box-openings/{again}/appeals"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(appeals.as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn a_school_has_one_opening_at_a_time_and_the_box_status_shows_it() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let group = working_group(&app, &school, 3).await;
    let first = post_as(
        &app,
        &group.tokens[0],
        "/box-openings",
        &json!({"school": "school-a"}),
    )
    .await;
    assert_eq!(first.status(), 201);
    let second = post_as(
        &app,
        &group.tokens[1],
        "/box-openings",
        &json!({"school": "school-a", "extraordinary": true}),
    )
    .await;
    assert_problem(second, 409, "opening_in_progress").await;
    let status: Value = app
        .get_as(&group.tokens[0], "/schools/school-a/box-status")
        .await
        .json()
        .await
        .unwrap();
    assert!(status["opening_in_progress"].is_string());
    assert_eq!(status["overdue"], false);
}

#[tokio::test]
async fn registration_numbers_continue_across_openings_without_gaps() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let group = working_group(&app, &school, 3).await;
    for round in 0..3 {
        for n in 0..2 {
            drop_appeal(
                &app,
                "school-a",
                &format!("Appeal {n} of round {round} about the schoolyard"),
            )
            .await;
        }
        let id = open_box(&app, "school-a", &group).await;
        let signed = sign_all(&app, &id, &group).await;
        assert_eq!(signed["status"], "signed");
    }
    let director = app.create_staff(&school, &[Role::Director]).await;
    let token = app.token(&director).await;
    let journal: Value = app
        .get_as(&token, "/journal?school=school-a")
        .await
        .json()
        .await
        .unwrap();
    let year = chrono::Utc::now().year();
    let numbers: Vec<String> = journal["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["registration_number"].as_str().unwrap().to_owned())
        .collect();
    let expected: Vec<String> = (1..=6).map(|n| format!("{year}/{n}")).collect();
    assert_eq!(numbers, expected);
    let openings: Value = app
        .get_as(&token, "/box-openings?school=school-a")
        .await
        .json()
        .await
        .unwrap();
    let mut acts: Vec<String> = openings
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["act_number"].as_str().unwrap().to_owned())
        .collect();
    acts.sort();
    assert_eq!(
        acts,
        vec![
            format!("{year}/01"),
            format!("{year}/02"),
            format!("{year}/03")
        ]
    );
}

#[tokio::test]
async fn racing_signatures_freeze_the_act_once() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let group = working_group(&app, &school, 5).await;
    for n in 0..10 {
        drop_appeal(
            &app,
            "school-a",
            &format!("Appeal number {n} about the canteen"),
        )
        .await;
    }
    let id = open_box(&app, "school-a", &group).await;
    let mut handles = Vec::new();
    for token in group.tokens.clone() {
        let request = app
            .client
            .post(app.url(&format!("/box-openings/{id}/sign")))
            .bearer_auth(token)
            .json(&json!({}));
        handles.push(tokio::spawn(async move {
            request.send().await.unwrap().status().as_u16()
        }));
    }
    let mut statuses = Vec::new();
    for handle in handles {
        statuses.push(handle.await.unwrap());
    }
    // The quorum (3) freezes the act; later signatures find it signed.
    assert_eq!(
        statuses.iter().filter(|s| **s == 200).count(),
        3,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| **s == 409).count(),
        2,
        "{statuses:?}"
    );
    let director = app.create_staff(&school, &[Role::Director]).await;
    let token = app.token(&director).await;
    let journal: Value = app
        .get_as(&token, "/journal?school=school-a")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(journal["total"], 10);
    let verification: Value = app
        .get_as(&token, "/journal/verify?school=school-a")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(verification["valid"], true);
    assert_eq!(verification["entries"], 10);
}

#[tokio::test]
async fn concurrent_openings_of_two_schools_and_racing_starts_keep_numbers_in_order() {
    let app = spawn_app().await;
    let a = app.create_school("school-a").await;
    let b = app.create_school("school-b").await;
    let group_a = working_group(&app, &a, 3).await;
    let group_b = working_group(&app, &b, 3).await;
    for n in 0..5 {
        drop_appeal(
            &app,
            "school-a",
            &format!("School A appeal {n} about the heating"),
        )
        .await;
        drop_appeal(
            &app,
            "school-b",
            &format!("School B appeal {n} about the heating"),
        )
        .await;
    }
    // Racing starts: exactly one wins.
    let mut starts = Vec::new();
    for token in group_a.tokens.clone() {
        let request = app
            .client
            .post(app.url("/box-openings"))
            .bearer_auth(token)
            .json(&json!({"school": "school-a"}));
        starts.push(tokio::spawn(async move {
            request.send().await.unwrap().status().as_u16()
        }));
    }
    let mut codes = Vec::new();
    for start in starts {
        codes.push(start.await.unwrap());
    }
    assert_eq!(codes.iter().filter(|c| **c == 201).count(), 1, "{codes:?}");
    let director_a = app.create_staff(&a, &[Role::Director]).await;
    let token_a = app.token(&director_a).await;
    let openings: Value = app
        .get_as(&token_a, "/box-openings?school=school-a")
        .await
        .json()
        .await
        .unwrap();
    let abandon_id = openings[0]["id"].as_str().unwrap().to_owned();
    let starter = openings[0]["members"][0]["user_id"]
        .as_str()
        .unwrap()
        .to_owned();
    // Whoever started it abandons it, so both schools can race a full opening.
    for token in &group_a.tokens {
        let me: Value = app.get_as(token, "/me").await.json().await.unwrap();
        if me["id"] == starter.as_str() {
            post_as(
                &app,
                token,
                &format!("/box-openings/{abandon_id}/abandon"),
                &json!({}),
            )
            .await;
        }
    }
    let (opening_a, opening_b) = tokio::join!(
        open_box(&app, "school-a", &group_a),
        open_box(&app, "school-b", &group_b)
    );
    tokio::join!(
        sign_all(&app, &opening_a, &group_a),
        sign_all(&app, &opening_b, &group_b)
    );
    let year = chrono::Utc::now().year();
    for (token, slug) in [(token_a.clone(), "school-a")] {
        let journal: Value = app
            .get_as(&token, &format!("/journal?school={slug}"))
            .await
            .json()
            .await
            .unwrap();
        let numbers: Vec<&str> = journal["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["registration_number"].as_str().unwrap())
            .collect();
        assert_eq!(
            numbers,
            (1..=5).map(|n| format!("{year}/{n}")).collect::<Vec<_>>()
        );
    }
    let director_b = app.create_staff(&b, &[Role::Director]).await;
    let journal_b: Value = app
        .get_as(&app.token(&director_b).await, "/journal?school=school-b")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(journal_b["total"], 5);
}
