use entity::Role;

use crate::helpers::{assert_problem, spawn_app};

#[tokio::test]
async fn a_director_cannot_touch_another_schools_data() {
    let app = spawn_app().await;
    let own = app.create_school("school-a").await;
    let other = app.create_school("school-b").await;
    let director = app.create_staff(&own, &[Role::Director]).await;
    let token = app.token(&director).await;

    assert_eq!(app.get_as(&token, "/schools/school-a").await.status(), 200);
    assert_eq!(
        app.get_as(&token, "/schools/school-a/staff").await.status(),
        200
    );
    assert_problem(
        app.get_as(&token, &format!("/schools/{}", other.slug))
            .await,
        403,
        "forbidden",
    )
    .await;
    assert_problem(
        app.get_as(&token, "/schools/school-b/staff").await,
        403,
        "forbidden",
    )
    .await;
}

#[tokio::test]
async fn a_working_group_member_cannot_manage_staff_of_their_own_school() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let member = app.create_staff(&school, &[Role::WorkingGroup]).await;
    let token = app.token(&member).await;
    assert_eq!(app.get_as(&token, "/schools/school-a").await.status(), 200);
    assert_problem(
        app.get_as(&token, "/schools/school-a/staff").await,
        403,
        "forbidden",
    )
    .await;
}

#[tokio::test]
async fn a_district_officer_sees_the_schools_of_their_district_only() {
    let app = spawn_app().await;
    let near = app.create_school_in("school-a", "tup").await;
    app.create_school_in("school-b", "tup").await;
    app.create_school_in("school-c", "naryn").await;
    let officer = app
        .insert_staff(None, Some(near.district_id), &[Role::DistrictOfficer])
        .await;
    let token = app.token(&officer).await;
    assert_eq!(app.get_as(&token, "/schools/school-a").await.status(), 200);
    assert_eq!(app.get_as(&token, "/schools/school-b").await.status(), 200);
    assert_problem(
        app.get_as(&token, "/schools/school-c").await,
        403,
        "forbidden",
    )
    .await;
}

#[tokio::test]
async fn an_unknown_school_is_not_found() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let director = app.create_staff(&school, &[Role::Director]).await;
    let token = app.token(&director).await;
    assert_problem(
        app.get_as(&token, "/schools/nowhere").await,
        404,
        "not_found",
    )
    .await;
}
