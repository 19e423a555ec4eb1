//! Bad input of every shape gets a 4xx problem+json and changes nothing.

use entity::Role;
use serde_json::json;

use crate::helpers::{assert_problem, spawn_app, spawn_app_with};

async fn send_raw(
    app: &crate::helpers::TestApp,
    content_type: &str,
    body: Vec<u8>,
) -> reqwest::Response {
    app.client
        .post(app.url("/auth/login"))
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn malformed_bodies_are_rejected_without_changing_anything() {
    let app = spawn_app().await;
    let before = app.audit_count().await;

    assert_problem(
        send_raw(&app, "application/json", b"{\"login\": ".to_vec()).await,
        400,
        "malformed_json",
    )
    .await;
    assert_problem(
        send_raw(&app, "application/json", b"\xff\xfe{}".to_vec()).await,
        400,
        "malformed_json",
    )
    .await;
    assert_problem(
        send_raw(
            &app,
            "application/json",
            b"{\"login\": \"a\xff\", \"password\": \"b\"}".to_vec(),
        )
        .await,
        400,
        "malformed_json",
    )
    .await;
    let wrong_type = assert_problem(
        send_raw(
            &app,
            "application/json",
            br#"{"login": ["a"], "password": "b"}"#.to_vec(),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(wrong_type.errors.as_ref().unwrap()[0].field, "login");
    assert_problem(
        send_raw(
            &app,
            "application/json",
            br#"{"login": "a", "password": "b", "role": "superadmin"}"#.to_vec(),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    let empty = assert_problem(
        send_raw(
            &app,
            "application/json",
            br#"{"login": "", "password": "b"}"#.to_vec(),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(empty.errors.as_ref().unwrap()[0].field, "login");
    assert_problem(
        send_raw(
            &app,
            "text/plain",
            br#"{"login":"a","password":"b"}"#.to_vec(),
        )
        .await,
        415,
        "unsupported_media_type",
    )
    .await;
    assert_problem(
        send_raw(&app, "application/json", vec![b' '; 100_000]).await,
        413,
        "payload_too_large",
    )
    .await;

    assert_eq!(
        app.audit_count().await,
        before,
        "a rejected request changed the audit trail"
    );
}

#[tokio::test]
async fn unknown_routes_under_the_api_are_problem_json() {
    let app = spawn_app().await;
    let response = app
        .client
        .get(app.url("/no-such-thing"))
        .send()
        .await
        .unwrap();
    assert_problem(response, 404, "not_found").await;
    let response = app
        .client
        .get(format!("{}/api/v2/appeals", app.address))
        .send()
        .await
        .unwrap();
    assert_problem(response, 404, "not_found").await;
}

#[tokio::test]
async fn a_method_the_document_does_not_declare_is_405_with_allow() {
    let app = spawn_app().await;
    let response = app
        .client
        .delete(app.url("/auth/login"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["allow"], "POST");
    assert_problem(response, 405, "method_not_allowed").await;
    let response = app
        .client
        .patch(app.url("/schools/no-such-school/holidays"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["allow"], "GET, PUT");
    assert_problem(response, 405, "method_not_allowed").await;
    // A literal path that a template route with another method would take.
    let response = app
        .client
        .get(app.url("/appeals/track"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["allow"], "POST");
    assert_problem(response, 405, "method_not_allowed").await;
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = spawn_app().await;
    let response = app.client.get(app.url("/health")).send().await.unwrap();
    let headers = response.headers();
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["referrer-policy"], "no-referrer");
    assert!(headers["content-security-policy"]
        .to_str()
        .unwrap()
        .contains("frame-ancestors 'none'"));
    assert!(headers.contains_key("x-request-id"));
}

#[tokio::test]
async fn an_absurd_page_number_is_an_empty_page_not_a_crash() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let director = app.create_staff(&school, &[entity::Role::Director]).await;
    let token = app.token(&director).await;
    let last = u64::MAX;
    for path in [
        format!("/journal?school=school-a&page={last}&per_page=500"),
        format!("/audit?school=school-a&page={last}&per_page=500"),
        format!("/appeals?school=school-a&page={last}&per_page=200"),
        format!("/cases?school=school-a&page={last}"),
    ] {
        let response = app.get_as(&token, &path).await;
        assert_eq!(response.status(), 200, "{path}");
    }
}

#[tokio::test]
async fn a_body_that_trickles_in_is_cut_off_and_the_box_keeps_answering() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = crate::helpers::spawn_app_with(|settings| settings.body_timeout_seconds = 1).await;
    app.create_school("school-a").await;
    let mut slow = tokio::net::TcpStream::connect(("127.0.0.1", app.port))
        .await
        .unwrap();
    slow.write_all(
        b"POST /api/v1/appeals HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{\"school\":",
    )
    .await
    .unwrap();
    // Meanwhile a child's drop goes through.
    let dropped = app
        .client
        .post(app.url("/appeals"))
        .json(&serde_json::json!({"school": "school-a", "text": "The tap is broken", "anonymous": true}))
        .send()
        .await
        .unwrap();
    assert_eq!(dropped.status(), 201);
    let mut answer = vec![0u8; 4096];
    let read = tokio::time::timeout(std::time::Duration::from_secs(10), slow.read(&mut answer))
        .await
        .expect("the server answers a slow body instead of waiting for ever")
        .unwrap();
    let answer = String::from_utf8_lossy(&answer[..read]);
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("body_timeout"), "{answer}");
}

#[tokio::test]
async fn the_web_client_is_compressed_and_its_hashed_bundles_cached_for_good() {
    let web_dir = std::env::temp_dir().join(format!("ishenim-web-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(web_dir.join("assets")).unwrap();
    std::fs::write(
        web_dir.join("index.html"),
        "<!doctype html><title>Ishenim</title>",
    )
    .unwrap();
    let bundle = "export const greeting = 'Саламатсызбы';\n".repeat(200);
    std::fs::write(web_dir.join("assets/index-3f9a1c.js"), &bundle).unwrap();
    let app = spawn_app_with(|settings| settings.web_dir = web_dir.clone()).await;
    for encoding in ["br", "gzip"] {
        let response = app
            .client
            .get(format!("{}/assets/index-3f9a1c.js", app.address))
            .header("accept-encoding", encoding)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
        assert_eq!(response.headers()["content-encoding"], encoding);
        assert_eq!(
            response.headers()["cache-control"],
            "public, max-age=31536000, immutable"
        );
        let compressed = response.bytes().await.unwrap();
        assert!(compressed.len() * 10 < bundle.len(), "{}", compressed.len());
    }
    // A page of the client is index.html, never cached for good.
    let page = app
        .client
        .get(format!("{}/staff/cases", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    assert_eq!(page.headers()["cache-control"], "no-cache");
    // The API is not compressed.
    let health = app
        .client
        .get(app.url("/health"))
        .header("accept-encoding", "br, gzip")
        .send()
        .await
        .unwrap();
    assert!(!health.headers().contains_key("content-encoding"));
    std::fs::remove_dir_all(web_dir).ok();
}

#[tokio::test]
async fn a_name_that_would_reorder_a_printed_line_is_refused() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let director = app.create_staff(&school, &[Role::Director]).await;
    let director = app.token(&director).await;
    let refused = app
        .client
        .post(app.url("/schools/school-a/staff"))
        .bearer_auth(&director)
        .json(&json!({"login": "rlo.member", "full_name": "\u{202E}rotceriD ehT", "position": "Teacher", "roles": ["official"]}))
        .send()
        .await
        .unwrap();
    let problem = assert_problem(refused, 422, "validation_failed").await;
    assert_eq!(
        problem.errors.as_ref().unwrap()[0].field,
        "full_name",
        "{problem:?}"
    );
    assert_eq!(
        problem.errors.as_ref().unwrap()[0].code,
        "direction_control"
    );
    // Nothing was created.
    assert_problem(
        app.login("rlo.member", "x").await,
        401,
        "invalid_credentials",
    )
    .await;
    // A signed writer's name too, at the door.
    let dropped = app
        .post_json(
            "/appeals",
            &json!({"school": "school-a", "text": "The stairs are broken", "anonymous": false,
                "submitter": {"name": "Aigul \u{2067}x\u{2069}", "kind": "parent", "email": "a@example.kg"}}),
        )
        .await;
    let problem = assert_problem(dropped, 422, "validation_failed").await;
    assert_eq!(
        problem.errors.as_ref().unwrap()[0].field,
        "submitter.name",
        "{problem:?}"
    );
}
