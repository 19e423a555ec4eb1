//! Two-factor sign-in: a member turns on a code from an authenticator app with recovery
//! codes; codes work once; a district can require it of directors and district officers,
//! who can then do nothing but turn it on; a lost phone is reset by whoever manages the
//! member.

use chrono::Utc;
use entity::{audit_entry, Role};
use ishenim::auth::two_factor::totp;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{json, Value};

use crate::box_openings::post_as;
use crate::helpers::{assert_problem, spawn_app, TestApp, TestStaff};

/// RFC 4648 base32, as an authenticator app reads the secret.
pub fn from_base32(text: &str) -> Vec<u8> {
    let mut bytes = Vec::new();
    let (mut buffer, mut bits) = (0u32, 0);
    for c in text.chars() {
        let value = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".find(c).unwrap() as u32;
        buffer = (buffer << 5) | value;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            bytes.push((buffer >> bits) as u8);
        }
    }
    bytes
}

/// The app's code `offset` steps from now.
fn code(secret: &[u8], offset: i64) -> String {
    totp::code_at(secret, totp::step_at(Utc::now().timestamp()) + offset)
}

/// A six-digit code that none of the steps around now gives.
fn wrong_code(secret: &[u8]) -> String {
    (0..)
        .map(|n| format!("{:06}", 123_456 + n))
        .find(|candidate| (-2..=2).all(|offset| code(secret, offset) != *candidate))
        .unwrap()
}

async fn login_with(app: &TestApp, staff: &TestStaff, one_time_code: &str) -> reqwest::Response {
    app.post_json(
        "/auth/login",
        &json!({"login": staff.login, "password": staff.password, "one_time_code": one_time_code}),
    )
    .await
}

async fn put_district_settings(app: &TestApp, token: &str, required: bool) -> reqwest::Response {
    app.client
        .put(app.url("/districts/req/settings"))
        .bearer_auth(token)
        .json(&json!({"two_factor_required": required}))
        .send()
        .await
        .unwrap()
}

async fn status(app: &TestApp, token: &str) -> Value {
    let response = app.get_as(token, "/me/two-factor").await;
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

async fn actions(app: &TestApp, action: &str) -> u64 {
    audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq(action))
        .count(&app.db)
        .await
        .unwrap()
}

/// Turns the member's second factor on; its secret and recovery codes.
pub async fn enrol(app: &TestApp, staff: &TestStaff, token: &str) -> (Vec<u8>, Vec<String>) {
    let response = post_as(
        app,
        token,
        "/me/two-factor/enrolment",
        &json!({"password": staff.password}),
    )
    .await;
    assert_eq!(response.status(), 200);
    let enrolment: Value = response.json().await.unwrap();
    let secret = from_base32(enrolment["secret"].as_str().unwrap());
    let response = post_as(
        app,
        token,
        "/me/two-factor/confirmation",
        &json!({"code": code(&secret, 0)}),
    )
    .await;
    assert_eq!(response.status(), 200);
    let codes: Value = response.json().await.unwrap();
    let codes = codes["codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|code| code.as_str().unwrap().to_owned())
        .collect();
    (secret, codes)
}

#[tokio::test]
async fn a_member_turns_on_a_second_factor_and_each_code_works_once() {
    let app = spawn_app().await;
    let school = app.create_school("school-2fa").await;
    let director = app.create_staff(&school, &[Role::Director]).await;
    let token = app.token(&director).await;
    assert_eq!(
        status(&app, &token).await,
        json!({"enabled": false, "required": false, "recovery_codes_left": 0})
    );

    // A wrong password starts nothing; confirming before starting is refused.
    let response = post_as(
        &app,
        &token,
        "/me/two-factor/enrolment",
        &json!({"password": "not the password"}),
    )
    .await;
    let problem = assert_problem(response, 422, "validation_failed").await;
    assert_eq!(problem.errors.as_ref().unwrap()[0].code, "wrong_password");
    assert_problem(
        post_as(
            &app,
            &token,
            "/me/two-factor/confirmation",
            &json!({"code": "123456"}),
        )
        .await,
        409,
        "two_factor_not_started",
    )
    .await;

    let response = post_as(
        &app,
        &token,
        "/me/two-factor/enrolment",
        &json!({"password": director.password}),
    )
    .await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["cache-control"], "no-store");
    let enrolment: Value = response.json().await.unwrap();
    let secret = from_base32(enrolment["secret"].as_str().unwrap());
    assert_eq!(secret.len(), 20);
    let uri = enrolment["otpauth_uri"].as_str().unwrap();
    assert!(uri.starts_with(&format!(
        "otpauth://totp/Ishenim:{}?secret=",
        director.login
    )));
    // Not on until a first code confirms it: sign-in still takes the password alone.
    assert_eq!(
        app.login(&director.login, &director.password)
            .await
            .status(),
        200
    );

    let problem = assert_problem(
        post_as(
            &app,
            &token,
            "/me/two-factor/confirmation",
            &json!({"code": wrong_code(&secret)}),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(problem.errors.as_ref().unwrap()[0].code, "wrong_code");
    let confirmed_step = totp::step_at(Utc::now().timestamp());
    let response = post_as(
        &app,
        &token,
        "/me/two-factor/confirmation",
        &json!({"code": totp::code_at(&secret, confirmed_step)}),
    )
    .await;
    assert_eq!(response.status(), 200);
    let codes: Value = response.json().await.unwrap();
    let codes: Vec<String> = codes["codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|code| code.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(codes.len(), 10);
    assert_eq!(
        status(&app, &token).await,
        json!({"enabled": true, "required": false, "recovery_codes_left": 10})
    );
    assert_eq!(actions(&app, "two_factor_enabled").await, 1);

    // The password alone no longer signs in; a wrong code, or the code already used, neither.
    assert_problem(
        app.login(&director.login, &director.password).await,
        401,
        "second_factor_required",
    )
    .await;
    let failures = actions(&app, "sign_in_failed").await;
    assert_problem(
        login_with(&app, &director, &wrong_code(&secret)).await,
        401,
        "invalid_second_factor",
    )
    .await;
    assert_problem(
        login_with(&app, &director, &totp::code_at(&secret, confirmed_step)).await,
        401,
        "invalid_second_factor",
    )
    .await;
    assert_eq!(actions(&app, "sign_in_failed").await, failures + 2);
    // A wrong password with a right code is still a wrong password.
    let response = app
        .post_json(
            "/auth/login",
            &json!({"login": director.login, "password": "wrong password", "one_time_code": code(&secret, 1)}),
        )
        .await;
    assert_problem(response, 401, "invalid_credentials").await;

    // A later step's code signs in, once.
    let later = (confirmed_step + 1).max(totp::step_at(Utc::now().timestamp()));
    let later = totp::code_at(&secret, later);
    assert_eq!(login_with(&app, &director, &later).await.status(), 200);
    assert_problem(
        login_with(&app, &director, &later).await,
        401,
        "invalid_second_factor",
    )
    .await;

    // A recovery code, typed any way, signs in once.
    let typed = codes[0].to_uppercase().replace('-', " ");
    assert_eq!(login_with(&app, &director, &typed).await.status(), 200);
    assert_problem(
        login_with(&app, &director, &codes[0]).await,
        401,
        "invalid_second_factor",
    )
    .await;
    assert_eq!(status(&app, &token).await["recovery_codes_left"], 9);

    // A new set replaces the old one.
    let response = post_as(
        &app,
        &token,
        "/me/two-factor/recovery-codes",
        &json!({"code": codes[1]}),
    )
    .await;
    assert_eq!(response.status(), 200);
    let renewed: Value = response.json().await.unwrap();
    let renewed = renewed["codes"][0].as_str().unwrap().to_owned();
    assert_problem(
        login_with(&app, &director, &codes[2]).await,
        401,
        "invalid_second_factor",
    )
    .await;
    assert_eq!(status(&app, &token).await["recovery_codes_left"], 10);

    // Turning it off takes the password and a code.
    assert_problem(
        post_as(
            &app,
            &token,
            "/me/two-factor/removal",
            &json!({"password": "wrong password", "code": renewed}),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(status(&app, &token).await["enabled"], true);
    let response = post_as(
        &app,
        &token,
        "/me/two-factor/removal",
        &json!({"password": director.password, "code": renewed}),
    )
    .await;
    assert_eq!(response.status(), 204);
    assert_eq!(
        app.login(&director.login, &director.password)
            .await
            .status(),
        200
    );
    assert_eq!(actions(&app, "two_factor_disabled").await, 1);
}

#[tokio::test]
async fn a_district_requires_it_of_directors_and_officers_and_a_lost_phone_is_reset() {
    let app = spawn_app().await;
    let school = app.create_school_in("school-req", "req").await;
    let director = app.create_staff(&school, &[Role::Director]).await;
    let deputy = app.create_staff(&school, &[Role::Deputy]).await;
    let officer = app
        .insert_staff(None, Some(school.district_id), &[Role::DistrictOfficer])
        .await;
    let admin = app
        .insert_staff(None, Some(school.district_id), &[Role::DistrictAdmin])
        .await;
    let admin_token = app.token(&admin).await;
    let officer_token = app.token(&officer).await;

    assert_problem(
        put_district_settings(&app, &officer_token, true).await,
        403,
        "forbidden",
    )
    .await;
    let response = put_district_settings(&app, &admin_token, true).await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.json::<Value>().await.unwrap()["two_factor_required"],
        json!(true)
    );
    assert_eq!(actions(&app, "district_settings_changed").await, 1);

    // From the next request on, whoever it is required of can only turn it on.
    let school_path = format!("/schools/{}", school.slug);
    for token in [&admin_token, &officer_token] {
        assert_problem(
            app.get_as(token, &school_path).await,
            403,
            "two_factor_enrolment_required",
        )
        .await;
    }
    let director_token = app.token(&director).await;
    assert_problem(
        app.get_as(&director_token, &school_path).await,
        403,
        "two_factor_enrolment_required",
    )
    .await;
    let me: Value = app
        .get_as(&director_token, "/me")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        me["two_factor"],
        json!({"enabled": false, "required": true, "recovery_codes_left": 0})
    );
    let deputy_token = app.token(&deputy).await;
    assert_eq!(app.get_as(&deputy_token, &school_path).await.status(), 200);

    let (director_secret, _) = enrol(&app, &director, &director_token).await;
    assert_eq!(
        app.get_as(&director_token, &school_path).await.status(),
        200
    );
    // Required: it cannot be turned off.
    assert_problem(
        post_as(
            &app,
            &director_token,
            "/me/two-factor/removal",
            &json!({"password": director.password, "code": code(&director_secret, 1)}),
        )
        .await,
        409,
        "two_factor_required",
    )
    .await;
    assert_eq!(status(&app, &director_token).await["enabled"], true);

    // The director loses the phone; the district administrator, once enrolled, resets it.
    enrol(&app, &admin, &admin_token).await;
    // Whoever manages the staff sees who has it on.
    let staff: Value = app
        .get_as(&admin_token, &format!("/schools/{}/staff", school.slug))
        .await
        .json()
        .await
        .unwrap();
    let on = |id: uuid::Uuid| {
        staff
            .as_array()
            .into_iter()
            .flatten()
            .find(|member| member["id"] == id.to_string())
            .map(|member| member["two_factor_enabled"].clone())
    };
    assert_eq!(on(director.id), Some(json!(true)));
    assert_eq!(on(deputy.id), Some(json!(false)));
    let director_pair = app
        .post_json(
            "/auth/login",
            &json!({"login": director.login, "password": director.password, "one_time_code": code(&director_secret, 1)}),
        )
        .await
        .json::<Value>()
        .await
        .unwrap();
    let response = post_as(
        &app,
        &admin_token,
        &format!("/staff/{}/two-factor-reset", director.id),
        &json!({}),
    )
    .await;
    assert_eq!(response.status(), 204);
    assert_problem(
        post_as(
            &app,
            &admin_token,
            &format!("/staff/{}/two-factor-reset", admin.id),
            &json!({}),
        )
        .await,
        409,
        "own_account",
    )
    .await;
    assert_problem(
        post_as(
            &app,
            &deputy_token,
            &format!("/staff/{}/two-factor-reset", director.id),
            &json!({}),
        )
        .await,
        403,
        "forbidden",
    )
    .await;
    assert_eq!(actions(&app, "two_factor_reset").await, 1);
    // Signed out everywhere; the password alone signs in again, to turn it on anew.
    assert_problem(
        app.post_json(
            "/auth/refresh",
            &json!({"refresh_token": director_pair["refresh_token"]}),
        )
        .await,
        401,
        "invalid_token",
    )
    .await;
    let director_token = app.token(&director).await;
    assert_problem(
        app.get_as(&director_token, &school_path).await,
        403,
        "two_factor_enrolment_required",
    )
    .await;

    // Turned off again, nothing is required.
    let response = put_district_settings(&app, &admin_token, false).await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        app.get_as(&director_token, &school_path).await.status(),
        200
    );
    assert_eq!(app.get_as(&officer_token, &school_path).await.status(), 200);
}

#[tokio::test]
async fn a_district_can_require_it_of_the_working_group_too() {
    let app = spawn_app().await;
    let school = app.create_school_in("school-req", "req").await;
    let member = app
        .create_staff(&school, &[Role::Official, Role::WorkingGroup])
        .await;
    let official = app.create_staff(&school, &[Role::Official]).await;
    let admin = app
        .insert_staff(None, Some(school.district_id), &[Role::DistrictAdmin])
        .await;
    let admin_token = app.token(&admin).await;
    let member_token = app.token(&member).await;
    let official_token = app.token(&official).await;
    let school_path = format!("/schools/{}", school.slug);

    // Required of directors and officers only: the group is not asked.
    assert_eq!(
        put_district_settings(&app, &admin_token, false)
            .await
            .status(),
        200
    );
    assert_eq!(app.get_as(&member_token, &school_path).await.status(), 200);

    let changed = app
        .client
        .put(app.url("/districts/req/settings"))
        .bearer_auth(&admin_token)
        .json(&json!({"two_factor_required": false, "group_two_factor_required": true}))
        .send()
        .await
        .unwrap();
    assert_eq!(changed.status(), 200);
    let settings: Value = changed.json().await.unwrap();
    assert_eq!(settings["group_two_factor_required"], true);
    // Absent keeps it.
    let kept: Value = app
        .client
        .put(app.url("/districts/req/settings"))
        .bearer_auth(&admin_token)
        .json(&json!({"two_factor_required": false}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(kept["group_two_factor_required"], true);

    assert_problem(
        app.get_as(&member_token, &school_path).await,
        403,
        "two_factor_enrolment_required",
    )
    .await;
    assert_eq!(
        app.get_as(&official_token, &school_path).await.status(),
        200
    );
    enrol(&app, &member, &member_token).await;
    assert_eq!(app.get_as(&member_token, &school_path).await.status(), 200);
}
