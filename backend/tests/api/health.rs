use crate::helpers::spawn_app;

#[tokio::test]
async fn health_answers_200_when_the_database_answers() {
    let app = spawn_app().await;
    let response = app.client.get(app.url("/health")).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["status"], "ok");
}

#[tokio::test]
async fn health_says_when_the_danger_screen_is_trained() {
    let app = spawn_app().await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(600);
    loop {
        let response = app.client.get(app.url("/health")).send().await.unwrap();
        assert_eq!(response.status(), 200);
        let body: serde_json::Value = response.json().await.unwrap();
        let ready = body["screening_ready"]
            .as_bool()
            .expect("screening_ready is a boolean");
        if ready {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the danger screen was not trained"
        );
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
}
