//! A plain copy of the database reveals no appeal text, no identity and no receipt.

use serde_json::{json, Value};

use crate::helpers::{backend, spawn_app, Backend, TestApp};

const MARKER: &str = "ZEBRAMARKER-7f3a";
const NAME: &str = "Kanykei-Marker-Sydykova";
const EMAIL: &str = "marker-parent@example.kg";

/// Every byte of the database as a copy would hold it: the SQLite files, or a dump of the
/// PostgreSQL database.
pub fn raw_database(app: &TestApp) -> Vec<u8> {
    match backend() {
        Backend::Sqlite => {
            let mut bytes = Vec::new();
            for suffix in ["", "-wal", "-shm"] {
                let path = app.data_dir.join(format!("test.sqlite3{suffix}"));
                if let Ok(content) = std::fs::read(&path) {
                    bytes.extend(content);
                }
            }
            assert!(bytes.len() > 10_000, "the SQLite files were not found");
            bytes
        }
        Backend::Postgres => {
            let output = std::process::Command::new("pg_dump")
                .arg("--data-only")
                .arg(&app.database_url)
                .output()
                .expect("pg_dump runs");
            assert!(
                output.status.success(),
                "pg_dump failed: {}",
                String::from_utf8_lossy(&output.stderr)
            );
            output.stdout
        }
    }
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle.as_bytes())
}

#[tokio::test]
async fn a_copy_of_the_database_reveals_no_text_identity_or_receipt() {
    let app = spawn_app().await;
    app.create_school("school-a").await;
    let signed = json!({"school": "school-a", "anonymous": false,
        "text": format!("The heating is broken in room 12 {MARKER}"),
        "submitter": {"name": NAME, "kind": "parent", "email": EMAIL, "phone": "+996700112233"}});
    let receipt: Value = app
        .client
        .post(app.url("/appeals"))
        .header("Idempotency-Key", "marker-test")
        .json(&signed)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let receipt = receipt["receipt"].as_str().unwrap().to_owned();
    let reply = app
        .post_json(
            "/appeals/track/messages",
            &json!({"receipt": receipt, "text": format!("Still cold {MARKER}")}),
        )
        .await;
    assert_eq!(reply.status(), 201);

    let raw = raw_database(&app);
    // The search finds what is there: the school's name is stored in plain text.
    assert!(contains(&raw, "School school-a"));
    for secret in [
        MARKER,
        NAME,
        EMAIL,
        "+996700112233",
        &receipt,
        &receipt.replace('-', ""),
    ] {
        assert!(!contains(&raw, secret), "the raw database holds {secret}");
        // A dump shows binary columns in hex: plain text kept there would appear so.
        assert!(
            !contains(&raw, &hex::encode(secret)),
            "the raw database holds {secret} in hex"
        );
    }
}
