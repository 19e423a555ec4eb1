//! Nobody can watch the box fill: staff see days, not moments. Counts of what is in the box
//! are for the director and the working group only, and today's drops show tomorrow.

use entity::{appeal, Role};
use sea_orm::sea_query::Expr;
use sea_orm::EntityTrait;
use serde_json::{json, Value};

use crate::helpers::spawn_app;

#[tokio::test]
async fn todays_drops_show_tomorrow_and_only_to_the_director_and_the_group() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let director = app.create_staff(&school, &[Role::Director]).await;
    let director = app.token(&director).await;
    let teacher = app.create_staff(&school, &[Role::Official]).await;
    let teacher = app.token(&teacher).await;

    for text in ["The gym roof leaks", "The canteen is cold"] {
        let dropped = app
            .client
            .post(app.url("/appeals"))
            .json(&json!({"school": "school-a", "text": text, "anonymous": true}))
            .send()
            .await
            .unwrap();
        assert_eq!(dropped.status(), 201);
    }

    let status: Value = app
        .get_as(&director, "/schools/school-a/box-status")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(status["sealed_appeals"], 0, "today's drops count tomorrow");
    let listed: Value = app
        .get_as(&director, "/appeals?school=school-a")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(listed["total"], 0, "{listed}");

    let status: Value = app
        .get_as(&teacher, "/schools/school-a/box-status")
        .await
        .json()
        .await
        .unwrap();
    assert!(status["sealed_appeals"].is_null(), "{status}");
    assert!(status["urgent_sealed_appeals"].is_null());
    assert!(status["due_by"].is_string());

    // The next morning (the drops moved to yesterday).
    let yesterday = chrono::Utc::now().date_naive() - chrono::Duration::days(2);
    appeal::Entity::update_many()
        .col_expr(appeal::Column::SubmittedOn, Expr::value(yesterday))
        .exec(&app.db)
        .await
        .unwrap();
    let status: Value = app
        .get_as(&director, "/schools/school-a/box-status")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(status["sealed_appeals"], 2);
    let listed: Value = app
        .get_as(&director, "/appeals?school=school-a")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(listed["total"], 2);
    let listed: Value = app
        .get_as(&teacher, "/appeals?school=school-a")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        listed["total"], 0,
        "a teacher never sees what is in the box"
    );
    let status: Value = app
        .get_as(&teacher, "/schools/school-a/box-status")
        .await
        .json()
        .await
        .unwrap();
    assert!(status["sealed_appeals"].is_null());
}
