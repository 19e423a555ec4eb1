//! The server's own logs, at the most verbose level, hold no client address, user agent,
//! appeal text or receipt, and no line stamped with the moment of a drop.

use std::io::Read;
use std::net::{IpAddr, Ipv4Addr};
use std::process::{Command, Stdio};
use std::time::Duration;

use serde_json::{json, Value};

#[tokio::test]
async fn the_log_holds_no_address_user_agent_text_or_receipt() {
    let data_dir =
        std::env::temp_dir().join(format!("ishenim-logs-{}", uuid::Uuid::new_v4().simple()));
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let binary = env!("CARGO_BIN_EXE_ishenim");
    let environment = [
        ("ISHENIM_DATA_DIR", data_dir.display().to_string()),
        ("ISHENIM_BIND", format!("127.0.0.1:{port}")),
        ("ISHENIM_CONFIG", "/nonexistent.toml".to_owned()),
        ("ISHENIM_LOG_FORMAT", "json".to_owned()),
        ("ISHENIM_RATE_LIMIT__ENABLED", "true".to_owned()),
        ("RUST_LOG", "trace".to_owned()),
    ];
    let seeded = Command::new(binary)
        .args(["seed-demo", "--password", "a demo password"])
        .envs(environment.clone())
        .output()
        .unwrap();
    assert!(seeded.status.success());
    let mut server = Command::new(binary)
        .arg("serve")
        .envs(environment)
        .env_remove("ISHENIM_DATABASE_URL")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read the log as it is written: at trace level it outgrows a pipe's buffer, and a
    // server that cannot write its log stops answering.
    let mut stderr = server.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut log = String::new();
        stderr.read_to_string(&mut log).map(|_| log)
    });
    let base = format!("http://127.0.0.1:{port}/api/v1");
    let client = reqwest::Client::builder()
        .local_address(IpAddr::V4(Ipv4Addr::new(127, 0, 0, 9)))
        .user_agent("MarkerAgent/9.9 (KaiOS)")
        .build()
        .unwrap();
    let mut up = false;
    for _ in 0..100 {
        if client.get(format!("{base}/health")).send().await.is_ok() {
            up = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(up, "the server did not start");

    // The first drop is made at a moment apart from every other request: no line of the log
    // may be stamped with it.
    tokio::time::sleep(Duration::from_millis(1_500)).await;
    let dropped_from = chrono::Utc::now();
    // With a photo, uploaded just before.
    let photo: Value = client
        .post(format!("{base}/schools/school-31/files"))
        .body(crate::files::samples::plain_jpeg(16, 16))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let receipt: Value = client
        .post(format!("{base}/appeals"))
        .json(&json!({"school": "school-31", "anonymous": false, "text": "LOGMARKER the toilets on floor 2 are broken",
            "submitter": {"name": "Nameless Marker", "kind": "parent", "email": "marker.parent@example.kg"},
            "files": [photo["id"]]}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let receipt = receipt["receipt"].as_str().unwrap().to_owned();
    let dropped_to = chrono::Utc::now();
    tokio::time::sleep(Duration::from_millis(1_500)).await;
    client
        .post(format!("{base}/appeals/track?receipt={receipt}"))
        .json(&json!({"receipt": receipt}))
        .send()
        .await
        .unwrap();
    // The same through the plain pages, as a browser without JavaScript sends it.
    let host = base.trim_end_matches("/api/v1");
    client
        .post(format!("{host}/s/school-31?lang=ru"))
        .form(&[
            ("text", "LOGMARKER plain: the gym roof leaks"),
            ("mode", "signed"),
            ("name", "Nameless Marker"),
            ("email", "marker.parent@example.kg"),
        ])
        .send()
        .await
        .unwrap();
    client
        .post(format!("{host}/check"))
        .form(&[("receipt", receipt.as_str())])
        .send()
        .await
        .unwrap();
    client
        .post(format!("{base}/auth/login"))
        .json(&json!({"login": "demo.director", "password": "wrong LOGMARKER password"}))
        .send()
        .await
        .unwrap();

    stop(&mut server);
    let log = reader.join().unwrap().unwrap();
    let _ = std::fs::remove_dir_all(&data_dir);
    assert!(log.contains("request finished"), "the log was not captured");
    // No line per drop or receipt check: a line's timestamp would be the moment of the drop.
    for line in log.lines() {
        assert!(
            !line.contains("/api/v1/appeals")
                && !line.contains("/files")
                && !line.contains("/s/school-31")
                && !line.contains("/check"),
            "a public request wrote a line: {line}"
        );
    }
    let margin = chrono::Duration::milliseconds(200);
    let mut stamped = 0;
    for line in log.lines() {
        let Ok(entry) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        let Some(at) = entry["timestamp"]
            .as_str()
            .and_then(|at| chrono::DateTime::parse_from_rfc3339(at).ok())
        else {
            continue;
        };
        stamped += 1;
        let at = at.with_timezone(&chrono::Utc);
        assert!(
            at < dropped_from - margin || at > dropped_to + margin,
            "a line is stamped with the moment of a drop: {line}"
        );
    }
    assert!(
        stamped >= 5,
        "the log's timestamps were not read ({stamped} lines)"
    );
    for secret in [
        "127.0.0.9",
        "MarkerAgent",
        "KaiOS",
        "LOGMARKER",
        "Nameless Marker",
        "marker.parent",
        &receipt,
        &receipt.replace('-', ""),
    ] {
        assert!(!log.contains(secret), "the log holds {secret}");
    }
}

/// Stops the server with SIGTERM, as an operator would, and waits for it.
fn stop(server: &mut std::process::Child) {
    let _ = Command::new("kill")
        .arg("-TERM")
        .arg(server.id().to_string())
        .status();
    for _ in 0..100 {
        if let Ok(Some(_)) = server.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = server.kill();
    let _ = server.wait();
}
