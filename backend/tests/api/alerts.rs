use entity::Role;
use serde_json::json;

use crate::helpers::spawn_app_with;
use crate::smtp::SmtpSink;

const URGENT: &str = "Мени ар күнү сабактан кийин токмоктошот, жашагым келбейт. ZEBRA-MAIL-MARKER";

#[tokio::test]
async fn an_urgent_appeal_mails_the_director_and_the_group_without_its_content() {
    let sink = SmtpSink::start();
    let app = spawn_app_with(|settings| settings.smtp = Some(sink.settings())).await;
    let school = app.create_school("school-a").await;
    let director = app.create_staff(&school, &[Role::Director]).await;
    let member = app.create_staff(&school, &[Role::WorkingGroup]).await;
    let official = app.create_staff(&school, &[Role::Official]).await;

    let response = app
        .post_json(
            "/appeals",
            &json!({"school": "school-a", "text": URGENT, "anonymous": true}),
        )
        .await;
    assert_eq!(response.status(), 201);

    let mails = sink.wait_for(2).await;
    assert_eq!(
        mails.len(),
        2,
        "one mail each for the director and the working-group member"
    );
    let recipients: Vec<&str> = mails
        .iter()
        .map(|mail| mail.lines().next().unwrap())
        .collect();
    assert!(recipients.iter().any(|to| to.contains(&director.login)));
    assert!(recipients.iter().any(|to| to.contains(&member.login)));
    assert!(!recipients.iter().any(|to| to.contains(&official.login)));
    for mail in &mails {
        assert!(
            !mail.contains("ZEBRA-MAIL-MARKER"),
            "a mail carried the appeal's text"
        );
        assert!(!mail.contains("токмоктошот"));
    }

    // An ordinary appeal sends nothing.
    app.post_json(
        "/appeals",
        &json!({"school": "school-a", "text": "Please fix the toilets", "anonymous": true}),
    )
    .await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(sink.mails().len(), 2);
}

#[tokio::test]
async fn the_other_members_are_told_by_mail_that_an_opening_has_started() {
    let sink = SmtpSink::start();
    let app = spawn_app_with(|settings| settings.smtp = Some(sink.settings())).await;
    let school = app.create_school("school-a").await;
    let director = app.create_staff(&school, &[Role::Director]).await;
    let mut members = Vec::new();
    for _ in 0..3 {
        members.push(app.create_staff(&school, &[Role::WorkingGroup]).await);
    }
    app.post_json(
        "/appeals",
        &json!({"school": "school-a", "text": "ZEBRA-MAIL-MARKER the lights", "anonymous": true}),
    )
    .await;
    let starter = app.token(&members[0]).await;
    let started = crate::box_openings::post_as(
        &app,
        &starter,
        "/box-openings",
        &json!({"school": "school-a"}),
    )
    .await;
    assert_eq!(started.status(), 201);

    let mails = sink.wait_for(2).await;
    let recipients: Vec<&str> = mails
        .iter()
        .map(|mail| mail.lines().next().unwrap())
        .collect();
    assert_eq!(recipients.len(), 2, "{recipients:?}");
    assert!(recipients.iter().any(|to| to.contains(&members[1].login)));
    assert!(recipients.iter().any(|to| to.contains(&members[2].login)));
    assert!(!recipients.iter().any(|to| to.contains(&members[0].login)));
    assert!(!recipients.iter().any(|to| to.contains(&director.login)));
    for mail in &mails {
        assert!(mail.contains("School school-a"));
        assert!(!mail.contains("ZEBRA-MAIL-MARKER"));
    }
}
