use std::path::PathBuf;

use crate::helpers::spawn_app;

const REGENERATE: &str = "cargo run -p ishenim -- openapi --output openapi/openapi.json";

fn committed_spec() -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../openapi/openapi.json");
    std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} is missing: run `{REGENERATE}`", path.display()))
}

#[test]
fn the_committed_spec_matches_the_code() {
    let generated = ishenim::openapi::document_json().unwrap();
    assert!(
        generated == committed_spec(),
        "openapi/openapi.json is stale: run `{REGENERATE}` and commit it"
    );
}

#[tokio::test]
async fn the_served_spec_is_the_committed_one() {
    let app = spawn_app().await;
    let served: serde_json::Value = app
        .client
        .get(app.url("/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let committed: serde_json::Value = serde_json::from_str(&committed_spec()).unwrap();
    assert!(
        served == committed,
        "the served spec differs from openapi/openapi.json"
    );
}

#[tokio::test]
async fn swagger_ui_is_served_offline() {
    let app = spawn_app().await;
    let response = app
        .client
        .get(format!("{}/api/docs/", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let page = response.text().await.unwrap();
    assert!(page.contains("swagger"));
    assert!(
        !page.contains("https://"),
        "Swagger UI must not load anything from elsewhere"
    );
}

/// Whether a concrete path (`/districts/tup/schools`) fits a documented one
/// (`/api/v1/districts/{slug}/schools`).
fn fits(documented: &str, concrete: &str) -> bool {
    let documented: Vec<&str> = documented
        .trim_start_matches("/api/v1")
        .split('/')
        .collect();
    let concrete: Vec<&str> = concrete.split('/').collect();
    documented.len() == concrete.len()
        && documented
            .iter()
            .zip(&concrete)
            .all(|(d, c)| d == c || (d.starts_with('{') && d.ends_with('}')))
}

#[test]
fn every_call_of_the_readme_integration_guide_is_in_the_spec() {
    let readme =
        std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../README.md"))
            .unwrap();
    let spec: serde_json::Value = serde_json::from_str(&committed_spec()).unwrap();
    let paths = spec["paths"].as_object().unwrap();
    let guide = readme
        .split("### Integration guide")
        .nth(1)
        .expect("the README has an integration guide")
        .split("\n## ")
        .next()
        .unwrap();
    let mut calls = 0;
    for line in guide.lines().filter(|line| line.contains("$API/")) {
        let method = match line.split("-X ").nth(1) {
            Some(rest) => rest.split_whitespace().next().unwrap().to_lowercase(),
            None => "get".to_owned(),
        };
        let path: String = line
            .split("$API")
            .nth(1)
            .unwrap()
            .chars()
            .take_while(|c| !matches!(c, '"' | '?' | ' '))
            .collect();
        let known = paths.iter().any(|(documented, operations)| {
            fits(documented, &path) && operations.get(&method).is_some()
        });
        assert!(
            known,
            "the README calls {method} {path}, which the API does not have"
        );
        calls += 1;
    }
    assert!(calls >= 8, "the guide shows only {calls} calls");
}
