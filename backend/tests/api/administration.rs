//! Administration: the district creates a school and its first director; the school's
//! administration manages staff, roles and settings; nobody grants a role above their own;
//! every change is in the audit trail.

use entity::Role;
use serde_json::{json, Value};

use crate::box_openings::post_as;
use crate::helpers::{assert_problem, spawn_app, TestApp};

async fn put_as(app: &TestApp, token: &str, path: &str, body: &Value) -> reqwest::Response {
    app.client
        .put(app.url(path))
        .bearer_auth(token)
        .json(body)
        .send()
        .await
        .unwrap()
}

async fn sign_in_token(app: &TestApp, login: &str, password: &str) -> String {
    let response = app.login(login, password).await;
    assert_eq!(response.status(), 200, "{login} signs in");
    let body: Value = response.json().await.unwrap();
    body["access_token"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn a_district_opens_a_school_and_its_director_staffs_it() {
    let app = spawn_app().await;
    let existing = app.create_school_in("school-a", "tup").await;
    let district_admin = app
        .insert_staff(None, Some(existing.district_id), &[Role::DistrictAdmin])
        .await;
    let district_admin = app.token(&district_admin).await;
    let officer = app
        .insert_staff(None, Some(existing.district_id), &[Role::DistrictOfficer])
        .await;
    let officer = app.token(&officer).await;

    let new_school = json!({
        "slug": "school-77", "name": "School No. 77", "default_language": "ru",
        "director": {"login": "director.77", "full_name": "Aida Director", "position": "Director", "email": "director77@school.example", "roles": []}
    });
    assert_problem(
        post_as(&app, &officer, "/districts/tup/schools", &new_school).await,
        403,
        "forbidden",
    )
    .await;
    let mut bad = new_school.clone();
    bad["slug"] = json!("School 77!");
    assert_problem(
        post_as(&app, &district_admin, "/districts/tup/schools", &bad).await,
        422,
        "validation_failed",
    )
    .await;
    // The first account is the director, and nothing else: other roles are refused, not dropped.
    let mut more_roles = new_school.clone();
    more_roles["director"]["roles"] = json!(["director", "working_group"]);
    let refused = assert_problem(
        post_as(&app, &district_admin, "/districts/tup/schools", &more_roles).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(refused.errors.as_ref().unwrap()[0].field, "director.roles");
    let created: Value = post_as(&app, &district_admin, "/districts/tup/schools", &new_school)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(created["school"]["slug"], "school-77");
    assert_eq!(created["director"]["roles"], json!(["director"]));
    assert_problem(
        post_as(&app, &district_admin, "/districts/tup/schools", &new_school).await,
        409,
        "slug_taken",
    )
    .await;
    let director = sign_in_token(
        &app,
        "director.77",
        created["initial_password"].as_str().unwrap(),
    )
    .await;

    // The director staffs the school, but names no second director.
    let official: Value = post_as(
        &app,
        &director,
        "/schools/school-77/staff",
        &json!({"login": "official.77", "full_name": "Bolot Official", "position": "Deputy director", "roles": ["official"]}),
    )
    .await
    .json()
    .await
    .unwrap();
    let official_id = official["staff"]["id"].as_str().unwrap().to_owned();
    sign_in_token(
        &app,
        "official.77",
        official["initial_password"].as_str().unwrap(),
    )
    .await;
    assert_problem(
        post_as(
            &app,
            &director,
            "/schools/school-77/staff",
            &json!({"login": "second.director", "full_name": "X", "position": "X", "roles": ["director"]}),
        )
        .await,
        403,
        "role_not_grantable",
    )
    .await;
    assert_problem(
        post_as(
            &app,
            &director,
            "/schools/school-77/staff",
            &json!({"login": "official.77", "full_name": "Y", "position": "Y", "roles": []}),
        )
        .await,
        409,
        "login_taken",
    )
    .await;
    let admin: Value = post_as(
        &app,
        &director,
        "/schools/school-77/staff",
        &json!({"login": "admin.77", "full_name": "Admin", "position": "Secretary", "roles": ["school_admin"]}),
    )
    .await
    .json()
    .await
    .unwrap();
    let school_admin = sign_in_token(
        &app,
        "admin.77",
        admin["initial_password"].as_str().unwrap(),
    )
    .await;

    // Roles: within reach, never one's own, never above one's own.
    let roles: Value = put_as(
        &app,
        &school_admin,
        &format!("/staff/{official_id}/roles"),
        &json!({"roles": ["deputy", "working_group"]}),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(roles["roles"], json!(["deputy", "working_group"]));
    let director_id = created["director"]["id"].as_str().unwrap();
    assert_problem(
        post_as(
            &app,
            &school_admin,
            &format!("/staff/{director_id}/password-reset"),
            &json!({}),
        )
        .await,
        403,
        "role_not_grantable",
    )
    .await;
    let admin_id = admin["staff"]["id"].as_str().unwrap();
    assert_problem(
        put_as(
            &app,
            &school_admin,
            &format!("/staff/{admin_id}/roles"),
            &json!({"roles": []}),
        )
        .await,
        409,
        "own_roles",
    )
    .await;
    let other_school_member = app.create_staff(&existing, &[Role::Official]).await;
    assert_problem(
        put_as(
            &app,
            &director,
            &format!("/staff/{}/roles", other_school_member.id),
            &json!({"roles": ["deputy"]}),
        )
        .await,
        403,
        "forbidden",
    )
    .await;

    // A reset password signs the member out; deactivation stops sign-in.
    let reset: Value = post_as(
        &app,
        &director,
        &format!("/staff/{official_id}/password-reset"),
        &json!({}),
    )
    .await
    .json()
    .await
    .unwrap();
    sign_in_token(
        &app,
        "official.77",
        reset["initial_password"].as_str().unwrap(),
    )
    .await;
    let deactivated: Value = post_as(
        &app,
        &director,
        &format!("/staff/{official_id}/deactivation"),
        &json!({}),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(deactivated["active"], false);
    assert_problem(
        app.login("official.77", reset["initial_password"].as_str().unwrap())
            .await,
        401,
        "invalid_credentials",
    )
    .await;

    // Settings, checked and audited.
    let settings = json!({
        "name": "School No. 77 named after Aitmatov", "opening_quorum": 4, "opening_interval_months": 2,
        "answer_deadline_working_days": 10, "anonymous_target_working_days": 12,
        "default_language": "ru", "time_zone": "Asia/Tashkent", "retention_years": 3
    });
    let mut wrong_zone = settings.clone();
    wrong_zone["time_zone"] = json!("Mars/Olympus");
    assert_problem(
        put_as(
            &app,
            &school_admin,
            "/schools/school-77/settings",
            &wrong_zone,
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    let mut too_long = settings.clone();
    too_long["answer_deadline_working_days"] = json!(20);
    assert_problem(
        put_as(
            &app,
            &school_admin,
            "/schools/school-77/settings",
            &too_long,
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    let changed: Value = put_as(
        &app,
        &school_admin,
        "/schools/school-77/settings",
        &settings,
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(changed["settings"]["opening_quorum"], 4);
    assert_eq!(changed["name"], "School No. 77 named after Aitmatov");
    // Every field is saved: read back, each has the value written (none is the default).
    let read_back: Value = app
        .get_as(&director, "/schools/school-77")
        .await
        .json()
        .await
        .unwrap();
    for (field, written) in settings.as_object().unwrap() {
        let stored = if read_back[field].is_null() {
            &read_back["settings"][field]
        } else {
            &read_back[field]
        };
        assert_eq!(stored, written, "{field} is saved: {read_back}");
    }
    let public: Value = app
        .client
        .get(app.url("/schools/school-77/public"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(public["name"], "School No. 77 named after Aitmatov");

    let trail: Value = app
        .get_as(&director, "/audit?school=school-77")
        .await
        .json()
        .await
        .unwrap();
    let actions: Vec<&str> = trail["rows"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|entry| entry["action"].as_str())
        .collect();
    for action in [
        "staff_created",
        "role_granted",
        "role_revoked",
        "password_reset",
        "staff_deactivated",
        "school_settings_changed",
    ] {
        assert!(
            actions.contains(&action),
            "{action} is in the trail: {actions:?}"
        );
    }
}

#[tokio::test]
async fn the_director_and_the_school_administrator_stay_out_of_the_working_group() {
    let app = spawn_app().await;
    let school = app.create_school("school-77").await;
    let director = app.create_staff(&school, &[Role::Director]).await;
    let school_admin = app.create_staff(&school, &[Role::SchoolAdmin]).await;
    let teacher = app.create_staff(&school, &[Role::Official]).await;
    let director_token = app.token(&director).await;
    let before = app.audit_count().await;

    // Not themself.
    let own = put_as(
        &app,
        &director_token,
        &format!("/schools/school-77/working-group/{}", director.id),
        &json!({}),
    )
    .await;
    assert_problem(own, 409, "working_group_separation").await;
    // Not whoever manages the accounts.
    let manager = put_as(
        &app,
        &director_token,
        &format!("/schools/school-77/working-group/{}", school_admin.id),
        &json!({}),
    )
    .await;
    assert_problem(manager, 409, "working_group_separation").await;
    let combined = put_as(
        &app,
        &director_token,
        &format!("/staff/{}/roles", school_admin.id),
        &json!({"roles": ["school_admin", "working_group"]}),
    )
    .await;
    assert_problem(combined, 409, "working_group_separation").await;
    assert_eq!(
        app.audit_count().await,
        before,
        "nothing refused is recorded"
    );

    // A teacher may be named.
    let named = put_as(
        &app,
        &director_token,
        &format!("/schools/school-77/working-group/{}", teacher.id),
        &json!({}),
    )
    .await;
    assert_eq!(named.status(), 204);
}
