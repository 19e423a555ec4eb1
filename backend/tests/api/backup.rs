//! Backups of a running server, restored elsewhere: the journal and the audit trail verify and
//! every sealed text opens — with the keys; without them nothing opens.

use std::path::Path;
use std::process::{Command, Output};

use entity::Role;
use serde_json::{json, Value};

use crate::box_openings::{open_box, post_as, sign_all, working_group};
use crate::helpers::{backend, empty_postgres_database, spawn_app, Backend};

const TEXT: &str = "OSPREY-BACKUP-TEXT the bus to school is late every day";

fn ishenim(args: &[&str], data_dir: &Path, database_url: Option<&str>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_ishenim"));
    command
        .args(args)
        .env("ISHENIM_CONFIG", "/nonexistent/ishenim.toml")
        .env("ISHENIM_DATA_DIR", data_dir)
        .env_remove("ISHENIM_DATABASE_URL")
        .env_remove("ISHENIM_DATA_KEYS")
        .env_remove("ISHENIM_JWT_SECRET")
        .env_remove("ISHENIM_RECEIPT_KEY");
    if let Some(url) = database_url {
        command.env("ISHENIM_DATABASE_URL", url);
    }
    command.output().unwrap()
}

fn report(output: &Output) -> Value {
    let stdout = String::from_utf8_lossy(&output.stdout);
    let start = stdout
        .find('{')
        .unwrap_or_else(|| panic!("no report in {stdout}"));
    serde_json::from_str(&stdout[start..]).unwrap()
}

/// Where a restore goes: a fresh data folder, and on PostgreSQL an empty database.
async fn target() -> (std::path::PathBuf, Option<String>) {
    let folder =
        std::env::temp_dir().join(format!("ishenim-restore-{}", uuid::Uuid::new_v4().simple()));
    let url = match backend() {
        Backend::Sqlite => None,
        Backend::Postgres => Some(empty_postgres_database().await),
    };
    (folder, url)
}

#[tokio::test]
async fn a_backup_of_a_running_server_restores_verifies_and_opens() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let director = app.create_staff(&school, &[Role::Director]).await;
    let director_token = app.token(&director).await;
    let group = working_group(&app, &school, 3).await;
    app.post_json(
        "/appeals",
        &json!({"school": "school-a", "text": TEXT, "anonymous": true}),
    )
    .await;
    app.post_json(
        "/appeals",
        &json!({"school": "school-a", "text": "A signed one", "anonymous": false,
                "submitter": {"name": "Nurlan", "kind": "parent", "phone": "+996 700 000 001"}}),
    )
    .await;
    let opening = open_box(&app, "school-a", &group).await;
    sign_all(&app, &opening, &group).await;
    let cases: Value = app
        .get_as(&director_token, "/cases?school=school-a")
        .await
        .json()
        .await
        .unwrap();
    let case = cases["items"][0]["id"].as_str().unwrap();
    let answered = post_as(
        &app,
        &director_token,
        &format!("/cases/{case}/answers"),
        &json!({"text": "Answered", "approve": true}),
    )
    .await;
    assert_eq!(answered.status(), 201);

    // The server keeps running while the backup is written.
    let backup =
        std::env::temp_dir().join(format!("ishenim-backup-{}", uuid::Uuid::new_v4().simple()));
    let written = ishenim(
        &[
            "backup",
            "--output",
            backup.to_str().unwrap(),
            "--with-keys",
        ],
        &app.data_dir,
        Some(&app.database_url),
    );
    assert!(
        written.status.success(),
        "{}",
        String::from_utf8_lossy(&written.stderr)
    );
    assert_eq!(
        app.client
            .get(app.url("/health"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    if backend() == Backend::Sqlite {
        let bytes = std::fs::read(backup.join("ishenim.sqlite3")).unwrap();
        assert!(
            !bytes
                .windows(b"OSPREY".len())
                .any(|window| window == b"OSPREY"),
            "the backup holds the appeal's text in the clear"
        );
    }

    let (folder, url) = target().await;
    let restored = ishenim(
        &["restore", "--from", backup.to_str().unwrap()],
        &folder,
        url.as_deref(),
    );
    assert!(
        restored.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&restored.stdout),
        String::from_utf8_lossy(&restored.stderr)
    );
    let restored = report(&restored);
    assert_eq!(restored["journals"][0]["chain"], "school-a");
    assert_eq!(restored["journals"][0]["verification"]["valid"], true);
    // Two registrations and an answer.
    assert_eq!(
        restored["journals"][0]["verification"]["entries"], 3,
        "{restored}"
    );
    assert!(restored["audit_chains"]
        .as_array()
        .unwrap()
        .iter()
        .all(|chain| chain["verification"]["valid"] == true));
    // Two texts, one identity, one answer.
    assert_eq!(restored["sealed_opened"], 4, "{restored}");
    assert_eq!(restored["sealed_failed"], 0);

    // Without the keys the same backup does not open: the check says so.
    let keyless =
        std::env::temp_dir().join(format!("ishenim-keyless-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&keyless).unwrap();
    for entry in std::fs::read_dir(&backup).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_file() {
            std::fs::copy(entry.path(), keyless.join(entry.file_name())).unwrap();
        }
    }
    let (folder, url) = target().await;
    let opened = ishenim(
        &["restore", "--from", keyless.to_str().unwrap()],
        &folder,
        url.as_deref(),
    );
    assert!(!opened.status.success());
    let opened = report(&opened);
    assert_eq!(opened["sealed_opened"], 0);
    assert_eq!(opened["sealed_failed"], 4);
    assert_eq!(opened["journals"][0]["verification"]["valid"], true);

    // A backup never overwrites: a second one into the same folder is refused.
    let again = ishenim(
        &["backup", "--output", backup.to_str().unwrap()],
        &app.data_dir,
        Some(&app.database_url),
    );
    assert!(!again.status.success());
}
