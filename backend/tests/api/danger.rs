//! A child in danger is never missed: the writer's own "yes, I am in danger" makes an appeal
//! urgent, every public page knows where to get help, and an urgent appeal the school does
//! not refer in time reaches the district.

use entity::{appeal, school, Role};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{json, Value};

use crate::helpers::{assert_problem, spawn_app, TestApp};

const ORDINARY: &str = "I want to talk to someone about home, please";

async fn drop_appeal(app: &TestApp, body: &Value) -> reqwest::Response {
    app.client
        .post(app.url("/appeals"))
        .json(body)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_yes_to_are_you_in_danger_makes_an_ordinary_text_urgent() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let director = app.create_staff(&school, &[Role::Director]).await;
    let director = app.token(&director).await;

    let no: Value = drop_appeal(
        &app,
        &json!({"school": "school-a", "text": ORDINARY, "anonymous": true, "in_danger": false}),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(no["urgent"], false, "{no}");
    let unanswered: Value = drop_appeal(
        &app,
        &json!({"school": "school-a", "text": ORDINARY, "anonymous": true}),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(unanswered["urgent"], false);

    let yes = drop_appeal(
        &app,
        &json!({"school": "school-a", "text": ORDINARY, "anonymous": true, "in_danger": true}),
    )
    .await;
    assert_eq!(yes.status(), 201);
    let yes: Value = yes.json().await.unwrap();
    assert_eq!(yes["urgent"], true, "{yes}");

    // The director and the group are alerted at once (the one exception to "next morning").
    let alerts: Value = app
        .get_as(&director, "/alerts?school=school-a")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(alerts.as_array().unwrap().len(), 1, "{alerts}");
    // The writer's page knows it is urgent, to show where to get help first.
    let tracked: Value = app
        .client
        .post(app.url("/appeals/track"))
        .json(&json!({"receipt": yes["receipt"]}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(tracked["urgent"], true, "{tracked}");
    let urgent_rows = appeal::Entity::find()
        .filter(appeal::Column::Urgent.eq(true))
        .filter(appeal::Column::NeedsReferral.eq(true))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(urgent_rows.len(), 1);

    let not_a_bool = drop_appeal(
        &app,
        &json!({"school": "school-a", "text": ORDINARY, "anonymous": true, "in_danger": "yes"}),
    )
    .await;
    assert_problem(not_a_bool, 422, "validation_failed").await;
}

#[tokio::test]
async fn every_school_page_knows_where_to_get_help_and_the_district_can_change_it() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let public: Value = app
        .client
        .get(app.url("/schools/school-a/public"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let numbers: Vec<&str> = public["helplines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|line| line["number"].as_str().unwrap())
        .collect();
    assert_eq!(numbers, ["111", "102", "112"]);

    let admin = app
        .insert_staff(None, Some(school.district_id), &[Role::DistrictAdmin])
        .await;
    let admin = app.token(&admin).await;
    let settings = format!("/districts/{}/settings", school.district_slug);
    let put = |body: Value| {
        let url = app.url(&settings);
        let client = app.client.clone();
        let token = admin.clone();
        async move {
            client
                .put(url)
                .bearer_auth(token)
                .json(&body)
                .send()
                .await
                .unwrap()
        }
    };
    let line = |number: &str| json!({"number": number, "label_ky": "Ишеним телефону", "label_ru": "Телефон доверия", "label_en": "Helpline"});
    let refused = put(json!({"two_factor_required": false, "helplines": [line("call me")]})).await;
    assert_problem(refused, 422, "validation_failed").await;
    let refused = put(json!({"two_factor_required": false, "helplines": []})).await;
    assert_problem(refused, 422, "validation_failed").await;

    let changed = put(json!({"two_factor_required": false, "helplines": [line("111"), line("+996 312 62 12 12")]})).await;
    assert_eq!(changed.status(), 200);
    let public: Value = app
        .client
        .get(app.url("/schools/school-a/public"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(public["helplines"][1]["number"], "+996 312 62 12 12");
    // Without the list, a change keeps it.
    let kept: Value = put(json!({"two_factor_required": false}))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(kept["helplines"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn an_urgent_appeal_not_referred_by_the_next_working_day_reaches_the_district_once() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let dropped = drop_appeal(
        &app,
        &json!({"school": "school-a", "text": ORDINARY, "anonymous": true, "in_danger": true}),
    )
    .await;
    assert_eq!(dropped.status(), 201);
    let schools = school::Entity::find().all(&app.db).await.unwrap();
    // Dropped today: still within its day.
    let escalated =
        ishenim::appeals::escalation::escalate_late_urgent_appeals(&app.db, "test", &schools)
            .await
            .unwrap();
    assert_eq!(escalated, 0);

    // A week ago, and nobody referred it.
    let week_ago = chrono::Utc::now().date_naive() - chrono::Duration::days(7);
    appeal::Entity::update_many()
        .col_expr(appeal::Column::SubmittedOn, Expr::value(week_ago))
        .exec(&app.db)
        .await
        .unwrap();
    let escalated =
        ishenim::appeals::escalation::escalate_late_urgent_appeals(&app.db, "test", &schools)
            .await
            .unwrap();
    assert_eq!(escalated, 1);
    let again =
        ishenim::appeals::escalation::escalate_late_urgent_appeals(&app.db, "test", &schools)
            .await
            .unwrap();
    assert_eq!(again, 0, "once per appeal");

    let officer = app
        .insert_staff(None, Some(school.district_id), &[Role::DistrictOfficer])
        .await;
    let officer = app.token(&officer).await;
    let overview: Value = app
        .get_as(
            &officer,
            &format!("/districts/{}/schools", school.district_slug),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        overview["schools"][0]["urgent_not_referred_in_time"], 1,
        "{overview}"
    );
}
