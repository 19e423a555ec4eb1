use std::net::{IpAddr, Ipv4Addr};
use std::time::{Duration, Instant};

use entity::Role;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::json;

use crate::helpers::{assert_problem, spawn_app};

#[tokio::test]
async fn a_director_signs_in_and_sees_who_they_are() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let director = app.create_staff(&school, &[Role::Director]).await;

    let tokens = app.sign_in(&director).await;
    assert_eq!(tokens.token_type, "Bearer");
    assert_eq!(tokens.expires_in, 900);

    let me: serde_json::Value = app
        .get_as(&tokens.access_token, "/me")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(me["login"], director.login);
    assert_eq!(me["roles"], json!(["director"]));
    assert_eq!(me["school"]["slug"], "school-a");
    assert_eq!(me["district"]["slug"], school.district_slug);
}

#[tokio::test]
async fn a_wrong_password_is_invalid_credentials() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let director = app.create_staff(&school, &[Role::Director]).await;
    let response = app.login(&director.login, "not the password").await;
    assert_problem(response, 401, "invalid_credentials").await;
}

#[tokio::test]
async fn an_unknown_login_gets_the_same_answer_as_a_wrong_password() {
    let app = spawn_app().await;
    let response = app.login("nobody.here", "whatever password").await;
    let body = assert_problem(response, 401, "invalid_credentials").await;
    assert_eq!(
        body.detail.as_deref(),
        Some("the login or the password is wrong")
    );
}

#[tokio::test]
async fn an_unknown_login_takes_as_long_as_a_known_one() {
    // Both run one argon2 verification; without the dummy hash the unknown login would
    // answer tens of times faster. The bound is loose on purpose: it catches the missing
    // hash, not scheduling noise.
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let director = app.create_staff(&school, &[Role::Director]).await;
    let mut known = Duration::ZERO;
    let mut unknown = Duration::ZERO;
    for _ in 0..4 {
        let started = Instant::now();
        app.login(&director.login, "wrong password").await;
        known += started.elapsed();
        let started = Instant::now();
        app.login("nobody.here", "wrong password").await;
        unknown += started.elapsed();
    }
    assert!(
        unknown * 3 > known,
        "unknown logins answered in {unknown:?}, known ones in {known:?}"
    );
}

#[tokio::test]
async fn repeated_failures_throttle_that_client_but_not_the_director_elsewhere() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let director = app.create_staff(&school, &[Role::Director]).await;
    let stranger = app.client_from(IpAddr::V4(Ipv4Addr::new(127, 0, 0, 2)));
    let attempt = |client: reqwest::Client, password: &'static str| {
        let url = app.url("/auth/login");
        let login = director.login.clone();
        async move {
            client
                .post(url)
                .json(&json!({"login": login, "password": password}))
                .send()
                .await
                .unwrap()
        }
    };
    for _ in 0..5 {
        assert_eq!(attempt(stranger.clone(), "guess").await.status(), 401);
    }
    let throttled = attempt(stranger.clone(), "correct horse battery staple").await;
    assert!(throttled.headers().contains_key("retry-after"));
    let body = assert_problem(throttled, 429, "login_throttled").await;
    assert!(body.retry_after.unwrap() >= 1);

    let director_client = app.client_from(IpAddr::V4(Ipv4Addr::new(127, 0, 0, 3)));
    assert_eq!(
        attempt(director_client, "correct horse battery staple")
            .await
            .status(),
        200
    );
}

#[tokio::test]
async fn a_guesser_changing_addresses_is_slowed_per_account_but_never_locks_it() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let director = app.create_staff(&school, &[Role::Director]).await;
    let attempt = |last: u8, password: &'static str| {
        let client = app.client_from(IpAddr::V4(Ipv4Addr::new(127, 0, 1, last)));
        let url = app.url("/auth/login");
        let login = director.login.clone();
        async move {
            client
                .post(url)
                .json(&json!({"login": login, "password": password}))
                .send()
                .await
                .unwrap()
        }
    };
    // One guess from each of many addresses: the per-client throttle never triggers.
    let free = ishenim::auth::account_throttle::FREE_FAILURES as u8;
    for last in 1..=free + 1 {
        assert_eq!(attempt(last, "guess").await.status(), 401, "guess {last}");
    }
    // The account now waits, from any address.
    let throttled = attempt(free + 2, "another guess").await;
    assert_problem(throttled, 429, "login_throttled").await;
    // The director is slowed, not locked out: a second later, from their own computer.
    tokio::time::sleep(Duration::from_millis(1_100)).await;
    assert_eq!(
        attempt(200, "correct horse battery staple").await.status(),
        200
    );
    // And a success starts the count again.
    assert_eq!(attempt(free + 3, "guess").await.status(), 401);
}

#[tokio::test]
async fn simultaneous_failures_on_one_account_are_each_counted() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let director = app.create_staff(&school, &[Role::Director]).await;
    // Twelve guesses at once from twelve addresses: each is counted, none overwrites another.
    let guesses = (1..=12u8).map(|last| {
        let client = app.client_from(IpAddr::V4(Ipv4Addr::new(127, 0, 2, last)));
        let url = app.url("/auth/login");
        let login = director.login.clone();
        async move {
            client
                .post(url)
                .json(&json!({"login": login, "password": "guess"}))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    });
    let statuses = futures_util::future::join_all(guesses).await;
    let failed = statuses.iter().filter(|status| **status == 401).count();
    assert!(failed >= 6, "{statuses:?}");
    let counted: Vec<i32> = entity::throttle_window::Entity::find()
        .filter(entity::throttle_window::Column::Key.starts_with("sign-in-account:"))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|row| row.count)
        .collect();
    assert_eq!(counted, vec![failed as i32], "{statuses:?}");
}

#[tokio::test]
async fn a_refresh_token_rotates_and_works_only_once() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let director = app.create_staff(&school, &[Role::Director]).await;
    let first = app.sign_in(&director).await;

    let response = app
        .post_json(
            "/auth/refresh",
            &json!({"refresh_token": &first.refresh_token}),
        )
        .await;
    assert_eq!(response.status(), 200);
    let second: serde_json::Value = response.json().await.unwrap();
    assert_ne!(second["refresh_token"], first.refresh_token.as_str());
    assert_eq!(
        app.get_as(second["access_token"].as_str().unwrap(), "/me")
            .await
            .status(),
        200
    );

    // The same token again at once is the same request (a second tab, a retry after a lost
    // answer): the same successor, and the sign-in goes on.
    let duplicate: serde_json::Value = app
        .post_json(
            "/auth/refresh",
            &json!({"refresh_token": &first.refresh_token}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(duplicate["refresh_token"], second["refresh_token"]);

    // A minute later, replaying the first token is theft or a bug: the whole sign-in is revoked.
    entity::refresh_token::Entity::update_many()
        .col_expr(
            entity::refresh_token::Column::RotatedAt,
            sea_orm::sea_query::Expr::value(chrono::Utc::now() - chrono::Duration::minutes(1)),
        )
        .filter(entity::refresh_token::Column::RotatedAt.is_not_null())
        .exec(&app.db)
        .await
        .unwrap();
    let replay = app
        .post_json(
            "/auth/refresh",
            &json!({"refresh_token": &first.refresh_token}),
        )
        .await;
    assert_problem(replay, 401, "invalid_token").await;
    let after = app
        .post_json(
            "/auth/refresh",
            &json!({"refresh_token": second["refresh_token"]}),
        )
        .await;
    assert_problem(after, 401, "invalid_token").await;
}

#[tokio::test]
async fn a_sign_in_ends_after_twelve_hours_however_often_it_is_refreshed() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let director = app.create_staff(&school, &[Role::Director]).await;
    let first = app.sign_in(&director).await;
    entity::refresh_token::Entity::update_many()
        .col_expr(
            entity::refresh_token::Column::FamilyStartedAt,
            sea_orm::sea_query::Expr::value(chrono::Utc::now() - chrono::Duration::hours(13)),
        )
        .exec(&app.db)
        .await
        .unwrap();
    let refreshed = app
        .post_json(
            "/auth/refresh",
            &json!({"refresh_token": &first.refresh_token}),
        )
        .await;
    assert_problem(refreshed, 401, "invalid_token").await;
}

#[tokio::test]
async fn signing_out_or_a_password_reset_ends_every_session_at_once() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let director = app.create_staff(&school, &[Role::Director]).await;
    let official = app.create_staff(&school, &[Role::Official]).await;
    let on_laptop = app.sign_in(&director).await;
    let on_phone = app.sign_in(&director).await;
    let laptop = on_laptop.access_token.as_str();
    assert_eq!(app.get_as(laptop, "/me").await.status(), 200);
    let out = app
        .post_json(
            "/auth/logout",
            &json!({"refresh_token": &on_phone.refresh_token}),
        )
        .await;
    assert_eq!(out.status(), 204);
    assert_problem(app.get_as(laptop, "/me").await, 401, "invalid_token").await;
    // Signing in again works at once.
    let again = app.sign_in(&director).await;
    let director_token = again.access_token.clone();
    assert_eq!(app.get_as(&director_token, "/me").await.status(), 200);

    // A reset by whoever manages the staff ends the member's sessions too.
    let official_token = app.token(&official).await;
    assert_eq!(app.get_as(&official_token, "/me").await.status(), 200);
    let reset = app
        .client
        .post(app.url(&format!("/staff/{}/password-reset", official.id)))
        .bearer_auth(&director_token)
        .send()
        .await
        .unwrap();
    assert_eq!(reset.status(), 200, "{}", reset.text().await.unwrap());
    assert_problem(
        app.get_as(&official_token, "/me").await,
        401,
        "invalid_token",
    )
    .await;
}

#[tokio::test]
async fn signing_out_revokes_the_refresh_token() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let director = app.create_staff(&school, &[Role::Director]).await;
    let tokens = app.sign_in(&director).await;
    let response = app
        .post_json(
            "/auth/logout",
            &json!({"refresh_token": &tokens.refresh_token}),
        )
        .await;
    assert_eq!(response.status(), 204);
    let refresh = app
        .post_json(
            "/auth/refresh",
            &json!({"refresh_token": &tokens.refresh_token}),
        )
        .await;
    assert_problem(refresh, 401, "invalid_token").await;
}

#[tokio::test]
async fn me_without_a_token_is_unauthorized_and_with_a_forged_one_invalid() {
    let app = spawn_app().await;
    let response = app.client.get(app.url("/me")).send().await.unwrap();
    assert_problem(response, 401, "unauthorized").await;
    let response = app.get_as("eyJhbGciOiJIUzI1NiJ9.e30.forged", "/me").await;
    assert_problem(response, 401, "invalid_token").await;
}

#[tokio::test]
async fn a_deactivated_account_loses_access_at_once() {
    use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait};
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let director = app.create_staff(&school, &[Role::Director]).await;
    let token = app.token(&director).await;
    let user = entity::staff_user::Entity::find_by_id(director.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let mut active: entity::staff_user::ActiveModel = user.into();
    active.active = Set(false);
    active.update(&app.db).await.unwrap();
    assert_problem(app.get_as(&token, "/me").await, 401, "invalid_token").await;
}

#[tokio::test]
async fn concurrent_sign_ins_all_succeed() {
    // On SQLite all writes go through one connection: requests queue instead of failing.
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let director = app.create_staff(&school, &[Role::Director]).await;
    let mut handles = Vec::new();
    for _ in 0..16 {
        let client = app.client.clone();
        let url = app.url("/auth/login");
        let login = director.login.clone();
        handles.push(tokio::spawn(async move {
            client
                .post(url)
                .json(&json!({"login": login, "password": "correct horse battery staple"}))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }));
    }
    for handle in handles {
        assert_eq!(handle.await.unwrap(), 200);
    }
}

#[tokio::test]
async fn a_member_changes_their_own_password_and_every_session_ends() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let member = app.create_staff(&school, &[Role::Official]).await;
    let token = app.token(&member).await;
    let change = |current: &str, new: &str| {
        let request = app
            .client
            .post(app.url("/me/password"))
            .bearer_auth(&token)
            .json(&json!({"current_password": current, "new_password": new}));
        async move { request.send().await.unwrap() }
    };
    let wrong = change("not my password", "a brand new password").await;
    assert_problem(wrong, 422, "validation_failed").await;
    let short = change(&member.password, "short").await;
    assert_problem(short, 422, "validation_failed").await;
    let changed = change(&member.password, "a brand new password").await;
    assert_eq!(changed.status(), 204);
    assert_problem(app.get_as(&token, "/me").await, 401, "invalid_token").await;
    assert_problem(
        app.login(&member.login, &member.password).await,
        401,
        "invalid_credentials",
    )
    .await;
    assert_eq!(
        app.login(&member.login, "a brand new password")
            .await
            .status(),
        200
    );
}

#[tokio::test]
async fn a_group_member_whose_password_someone_else_chose_chooses_their_own_first() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let director = app.create_staff(&school, &[Role::Director]).await;
    let director = app.token(&director).await;
    let create = |login: &str| {
        let request = app
            .client
            .post(app.url("/schools/school-a/staff"))
            .bearer_auth(&director)
            .json(&json!({"login": login, "full_name": "New Member", "position": "Teacher", "roles": ["official"]}));
        async move {
            let created: serde_json::Value = request.send().await.unwrap().json().await.unwrap();
            (
                created["staff"]["id"].as_str().unwrap().to_owned(),
                created["initial_password"].as_str().unwrap().to_owned(),
            )
        }
    };
    async fn sign_in_as(app: &crate::helpers::TestApp, login: &str, password: &str) -> String {
        let pair: serde_json::Value = app.login(login, password).await.json().await.unwrap();
        pair["access_token"].as_str().unwrap().to_owned()
    }
    let sign_in = |login: &'static str, password: String| {
        let app = &app;
        async move { sign_in_as(app, login, &password).await }
    };
    let (member_id, first_password) = create("member.one").await;
    let (_, official_password) = create("official.one").await;
    let named = app
        .client
        .put(app.url(&format!("/schools/school-a/working-group/{member_id}")))
        .bearer_auth(&director)
        .send()
        .await
        .unwrap();
    assert_eq!(named.status(), 204);

    // An official who is not in the group works with the password they were given.
    let official = sign_in("official.one", official_password).await;
    assert_eq!(
        app.get_as(&official, "/schools/school-a/box-status")
            .await
            .status(),
        200
    );

    // The member can reach only their own account until they choose their own password.
    let member = sign_in("member.one", first_password.clone()).await;
    assert_problem(
        app.get_as(&member, "/schools/school-a/box-status").await,
        403,
        "password_change_required",
    )
    .await;
    assert_problem(
        app.get_as(&member, "/me/box-key").await,
        403,
        "password_change_required",
    )
    .await;
    let me: serde_json::Value = app.get_as(&member, "/me").await.json().await.unwrap();
    assert_eq!(me["password_change_required"], true, "{me}");
    let changed = app
        .client
        .post(app.url("/me/password"))
        .bearer_auth(&member)
        .json(
            &json!({"current_password": first_password, "new_password": "my very own passphrase"}),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(changed.status(), 204);
    let member = sign_in("member.one", "my very own passphrase".to_owned()).await;
    let me: serde_json::Value = app.get_as(&member, "/me").await.json().await.unwrap();
    assert_eq!(me["password_change_required"], false, "{me}");
    assert_eq!(
        app.get_as(&member, "/schools/school-a/box-status")
            .await
            .status(),
        200
    );

    // A reset by a manager makes the password someone else's again.
    let reset: serde_json::Value = app
        .client
        .post(app.url(&format!("/staff/{member_id}/password-reset")))
        .bearer_auth(&director)
        .json(&json!({}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let member = sign_in(
        "member.one",
        reset["initial_password"].as_str().unwrap().to_owned(),
    )
    .await;
    assert_problem(
        app.get_as(&member, "/schools/school-a/box-status").await,
        403,
        "password_change_required",
    )
    .await;
}
