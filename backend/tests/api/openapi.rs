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
