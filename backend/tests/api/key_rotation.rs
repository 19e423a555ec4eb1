//! Data-key rotation: after a new key becomes current, everything sealed under the old one
//! is sealed again in batches while the server serves; stopping half-way loses nothing, and
//! in the end the old key can go.

use base64::Engine;
use entity::Role;
use ishenim::operations::integrity::check;
use ishenim::operations::rekey::{pending, reseal_batch};
use ishenim::startup::Application;
use secrecy::SecretString;
use serde_json::{json, Value};

use crate::box_openings::{open_box, post_as, sign_all, working_group};
use crate::helpers::{spawn_app_with, test_settings};
use crate::two_factor::enrol;

fn key(byte: u8) -> String {
    base64::engine::general_purpose::STANDARD.encode([byte; 32])
}

#[tokio::test]
async fn a_rotated_key_seals_everything_again_and_the_old_one_can_go() {
    let old = format!("k1:{}", key(1));
    let app = spawn_app_with(|settings| {
        settings.data_keys = Some(SecretString::from(old.clone()));
    })
    .await;
    let school = app.create_school_in("school-k", "tup").await;
    let director_staff = app.create_staff(&school, &[Role::Director]).await;
    let director = app.token(&director_staff).await;
    let (totp_secret, _) = enrol(&app, &director_staff, &director).await;
    let group = working_group(&app, &school, 3).await;
    // A photo goes with the first appeal: files are sealed again with everything else.
    let photo: Value = app
        .client
        .post(app.url("/schools/school-k/files"))
        .body(crate::files::samples::plain_jpeg(24, 24))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    for n in 0..5 {
        let mut body = json!({"school": "school-k", "text": format!("KEY-ROTATION-{n}: the lights flicker"), "anonymous": n % 2 == 0});
        if n == 0 {
            body["files"] = json!([photo["id"]]);
        }
        if n % 2 == 1 {
            body["submitter"] = json!({"name": "Aibek", "kind": "student", "class_name": "7B", "phone": "+996555123456"});
        }
        let dropped = app.post_json("/appeals", &body).await;
        assert_eq!(dropped.status(), 201);
    }
    let opening = open_box(&app, "school-k", &group).await;
    sign_all(&app, &opening, &group).await;
    let cases: Value = app
        .get_as(&director, "/cases?school=school-k")
        .await
        .json()
        .await
        .unwrap();
    let case = cases["items"][0]["id"].as_str().unwrap().to_owned();
    let answered = post_as(
        &app,
        &director,
        &format!("/cases/{case}/answers"),
        &json!({"text": "We changed the bulbs.", "approve": true}),
    )
    .await;
    assert_eq!(answered.status(), 201);

    // A new key first, the old one kept: a server on the same database.
    let both = format!("k2:{},{old}", key(2));
    let mut settings = test_settings(app.data_dir.clone());
    settings.database_url = Some(app.database_url.clone());
    settings.data_keys = Some(SecretString::from(both));
    let rotated = Application::build(settings).await.unwrap();
    let state = rotated.state().clone();
    let port = rotated.port();
    tokio::spawn(rotated.run_until_stopped());
    let before = pending(&state.db, &state.secrets).await.unwrap();
    assert!(
        before >= 7,
        "appeals, messages and files under k1: {before}"
    );

    // One batch, then a "restart": the next run takes up what is left.
    let first = reseal_batch(&state.db, &state.secrets, 2).await.unwrap();
    assert!(first > 0);
    assert_eq!(
        pending(&state.db, &state.secrets).await.unwrap(),
        before - first
    );
    // Meanwhile the server serves, under both keys.
    let read = app
        .client
        .get(format!("http://127.0.0.1:{port}/api/v1/cases/{case}"))
        .bearer_auth(&director)
        .send()
        .await
        .unwrap();
    assert_eq!(read.status(), 200);
    while reseal_batch(&state.db, &state.secrets, 2).await.unwrap() > 0 {}
    assert_eq!(pending(&state.db, &state.secrets).await.unwrap(), 0);

    // With the new key alone everything opens and the chains verify.
    let only_new = ishenim::secrets::Secrets {
        jwt_secret: secrecy::SecretBox::new(Box::new([9; 32])),
        data_keys: ishenim::secrets::parse_data_keys(&format!("k2:{}", key(2))).unwrap(),
        receipt_key: secrecy::SecretBox::new(Box::new([9; 32])),
    };
    let report = check(&state.db, &only_new).await.unwrap();
    assert_eq!(report.sealed_failed, 0);
    assert!(report.sealed_opened >= 6);
    assert!(report.whole());
    let file: Value = app
        .client
        .get(format!("http://127.0.0.1:{port}/api/v1/cases/{case}"))
        .bearer_auth(&director)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(file["text"].as_str().unwrap().starts_with("KEY-ROTATION-"));
    // The second factor's secret too: it opens with the new key alone and still signs in.
    let factor = ishenim::auth::two_factor::store::find(&state.db, director_staff.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(factor.key_id, "k2");
    assert_eq!(
        ishenim::auth::two_factor::store::secret_of(&only_new, &factor).unwrap(),
        totp_secret
    );
    let step = ishenim::auth::two_factor::totp::step_at(chrono::Utc::now().timestamp()) + 1;
    let signed_in = app
        .client
        .post(format!("http://127.0.0.1:{port}/api/v1/auth/login"))
        .json(&json!({
            "login": director_staff.login,
            "password": director_staff.password,
            "one_time_code": ishenim::auth::two_factor::totp::code_at(&totp_secret, step),
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(signed_in.status(), 200);
}
