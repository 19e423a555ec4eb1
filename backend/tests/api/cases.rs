//! Case handling: assignment, measures, referrals, the answer and its approval, the closing,
//! deadlines, and who may see what.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate};
use entity::Role;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{json, Value};

use crate::box_openings::{drop_appeal, open_box, post_as, sign_all, working_group, Group};
use crate::helpers::{assert_problem, spawn_app, spawn_app_with, TestApp, TestSchool, TestStaff};
use crate::smtp::SmtpSink;

const URGENT: &str = "Мени ар күнү сабактан кийин токмоктошот, жашагым келбейт.";
const JUVENILE_AFFAIRS: &str = "00000000-0000-0000-0000-000000000001";
const DISTRICT_OFFICE: &str = "00000000-0000-0000-0000-000000000003";

/// A school with a director, an official and a working group of three.
struct Scene {
    app: TestApp,
    school: TestSchool,
    director: TestStaff,
    director_token: String,
    official: TestStaff,
    official_token: String,
    group: Group,
}

async fn scene_in(app: TestApp) -> Scene {
    let school = app.create_school("school-a").await;
    let director = app.create_staff(&school, &[Role::Director]).await;
    let official = app.create_staff(&school, &[Role::Official]).await;
    let director_token = app.token(&director).await;
    let official_token = app.token(&official).await;
    let group = working_group(&app, &school, 3).await;
    Scene {
        app,
        school,
        director,
        director_token,
        official,
        official_token,
        group,
    }
}

async fn scene() -> Scene {
    scene_in(spawn_app().await).await
}

impl Scene {
    async fn drop(&self, body: Value) -> String {
        let response = self.app.post_json("/appeals", &body).await;
        assert_eq!(response.status(), 201);
        let body: Value = response.json().await.unwrap();
        body["receipt"].as_str().unwrap().to_owned()
    }

    /// Opens the box and signs the act; returns the registered cases as the director sees them.
    async fn register(&self) -> Vec<Value> {
        let opening = open_box(&self.app, "school-a", &self.group).await;
        sign_all(&self.app, &opening, &self.group).await;
        self.cases(&self.director_token).await
    }

    async fn cases(&self, token: &str) -> Vec<Value> {
        let response = self.app.get_as(token, "/cases?school=school-a").await;
        assert_eq!(response.status(), 200);
        let body: Value = response.json().await.unwrap();
        body["items"].as_array().unwrap().clone()
    }

    async fn post(&self, token: &str, path: &str, body: Value) -> reqwest::Response {
        post_as(&self.app, token, path, &body).await
    }

    async fn case(&self, token: &str, id: &str) -> Value {
        let response = self.app.get_as(token, &format!("/cases/{id}")).await;
        assert_eq!(response.status(), 200);
        response.json().await.unwrap()
    }

    async fn track(&self, receipt: &str) -> Value {
        let response = self
            .app
            .post_json("/appeals/track", &json!({"receipt": receipt}))
            .await;
        assert_eq!(response.status(), 200);
        response.json().await.unwrap()
    }

    async fn journal_rows(&self) -> Vec<Value> {
        let body: Value = self
            .app
            .get_as(&self.director_token, "/journal?school=school-a")
            .await
            .json()
            .await
            .unwrap();
        body["rows"].as_array().unwrap().clone()
    }

    async fn journal_is_valid(&self) {
        let body: Value = self
            .app
            .get_as(&self.director_token, "/journal/verify?school=school-a")
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(body["valid"], true, "{body}");
    }

    async fn journal_kinds(&self) -> Vec<String> {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
        entity::journal_entry::Entity::find()
            .filter(entity::journal_entry::Column::SchoolId.eq(self.school.id))
            .order_by_asc(entity::journal_entry::Column::Seq)
            .all(&self.app.db)
            .await
            .unwrap()
            .into_iter()
            .map(|entry| entry.kind)
            .collect()
    }

    async fn content_reads_of(&self, appeal: &str) -> BTreeSet<String> {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        entity::audit_entry::Entity::find()
            .filter(entity::audit_entry::Column::Action.eq("appeal_content_read"))
            .filter(entity::audit_entry::Column::Subject.eq(format!("appeal:{appeal}")))
            .all(&self.app.db)
            .await
            .unwrap()
            .into_iter()
            .filter_map(|entry| entry.actor_login)
            .collect()
    }
}

fn id(case: &Value) -> String {
    case["id"].as_str().unwrap().to_owned()
}

fn flags(case: &Value) -> Vec<String> {
    case["flags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|flag| flag.as_str().unwrap().to_owned())
        .collect()
}

fn today() -> NaiveDate {
    ishenim::calendar::today_in("Asia/Bishkek")
}

#[tokio::test]
async fn a_case_goes_from_assignment_to_the_writer_reading_the_approved_answer() {
    let s = scene().await;
    let receipt = s
        .drop(json!({"school": "school-a", "text": "The stairs to the gym are broken", "anonymous": true}))
        .await;
    let cases = s.register().await;
    assert_eq!(cases.len(), 1);
    let case = &cases[0];
    assert_eq!(case["status"], "registered");
    assert!(flags(case).contains(&"unassigned".to_owned()));
    let case_id = id(case);

    // Nobody but the director sees it yet; the official's inbox is empty.
    assert!(s.cases(&s.official_token).await.is_empty());
    assert_problem(
        s.app
            .get_as(&s.official_token, &format!("/cases/{case_id}"))
            .await,
        403,
        "forbidden",
    )
    .await;

    let assigned = s
        .post(
            &s.director_token,
            &format!("/cases/{case_id}/assignment"),
            json!({"official_id": s.official.id}),
        )
        .await;
    assert_eq!(assigned.status(), 200);
    let assigned: Value = assigned.json().await.unwrap();
    assert_eq!(assigned["status"], "assigned");
    assert_eq!(assigned["official"]["id"], s.official.id.to_string());
    let mine = s.cases(&s.official_token).await;
    assert_eq!(mine.len(), 1);
    assert!(flags(&mine[0]).contains(&"assigned_to_you".to_owned()));
    assert_eq!(
        s.track(&receipt).await["status"],
        "in_progress",
        "the writer sees the appeal is being handled"
    );

    let file = s.case(&s.official_token, &case_id).await;
    assert_eq!(file["text"], "The stairs to the gym are broken");
    assert_eq!(file["your_part"]["handling"], true);
    assert_eq!(file["your_part"]["directing"], false);

    let measure = s
        .post(
            &s.official_token,
            &format!("/cases/{case_id}/measures"),
            json!({"taken_on": today(), "taken_by": "Caretaker", "summary": "Stairs repaired"}),
        )
        .await;
    assert_eq!(measure.status(), 201);
    let note = s
        .post(
            &s.official_token,
            &format!("/cases/{case_id}/notes"),
            json!({"text": "INTERNAL-ONLY-NOTE"}),
        )
        .await;
    assert_eq!(note.status(), 201);
    let draft = s
        .post(
            &s.official_token,
            &format!("/cases/{case_id}/answers"),
            json!({"text": "The stairs were repaired on Monday. Thank you."}),
        )
        .await;
    assert_eq!(draft.status(), 201);
    let draft: Value = draft.json().await.unwrap();
    assert!(draft["approved_at"].is_null());
    let draft_id = draft["id"].as_str().unwrap();

    // The draft does not reach the writer, and the official cannot approve it.
    let tracked = s.track(&receipt).await;
    assert!(
        tracked["messages"].as_array().unwrap().is_empty(),
        "{tracked}"
    );
    assert_problem(
        s.post(
            &s.official_token,
            &format!("/cases/{case_id}/answers/{draft_id}/approval"),
            json!({}),
        )
        .await,
        403,
        "approval_requires_director",
    )
    .await;
    assert_problem(
        s.post(
            &s.official_token,
            &format!("/cases/{case_id}/answers"),
            json!({"text": "Approved by myself", "approve": true}),
        )
        .await,
        403,
        "approval_requires_director",
    )
    .await;
    let inbox = s.cases(&s.director_token).await;
    assert!(flags(&inbox[0]).contains(&"answer_awaiting_approval".to_owned()));

    let approved = s
        .post(
            &s.director_token,
            &format!("/cases/{case_id}/answers/{draft_id}/approval"),
            json!({}),
        )
        .await;
    assert_eq!(approved.status(), 200);
    assert_problem(
        s.post(
            &s.director_token,
            &format!("/cases/{case_id}/answers/{draft_id}/approval"),
            json!({}),
        )
        .await,
        409,
        "answer_already_approved",
    )
    .await;

    let tracked = s.track(&receipt).await;
    assert_eq!(tracked["status"], "answered");
    let messages = tracked["messages"].as_array().unwrap();
    assert_eq!(messages.len(), 1, "{tracked}");
    assert_eq!(
        messages[0]["text"],
        "The stairs were repaired on Monday. Thank you."
    );
    assert!(!tracked.to_string().contains("INTERNAL-ONLY-NOTE"));

    // The writer replies through the receipt: on a registered case the message goes to the
    // case, and the official reads it at once (not at the next opening).
    assert_eq!(tracked["replies_go_to"], "case");
    let reply = s
        .app
        .post_json(
            "/appeals/track/messages",
            &json!({"receipt": receipt, "text": "Thank you! It happened again on Friday."}),
        )
        .await;
    assert_eq!(reply.status(), 201);
    let file = s.case(&s.official_token, &case_id).await;
    assert!(
        file["messages"]
            .as_array()
            .unwrap()
            .iter()
            .any(|message| message["kind"] == "writer_message"
                && message["text"] == "Thank you! It happened again on Friday."),
        "{file}"
    );
    // Its place tells no time: a note written after it, the same day, still comes after the
    // day's writer's messages, and the writer's message keeps only its day.
    let later_note = s
        .post(
            &s.official_token,
            &format!("/cases/{case_id}/notes"),
            json!({"text": "Asked the caretaker about Friday."}),
        )
        .await;
    assert_eq!(later_note.status(), 201);
    let file = s.case(&s.official_token, &case_id).await;
    let kinds: Vec<&str> = file["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|message| message["kind"].as_str().unwrap())
        .collect();
    let writer_at = kinds.iter().position(|kind| *kind == "writer_message");
    assert_eq!(
        writer_at,
        Some(0),
        "the day's writer's messages first: {kinds:?}"
    );
    let reply = &file["messages"][0];
    assert!(reply["written_at"].is_null(), "{reply}");
    assert_eq!(reply["written_on"], json!(today()));

    let closed = s
        .post(
            &s.official_token,
            &format!("/cases/{case_id}/closing"),
            json!({"outcome": "resolved"}),
        )
        .await;
    assert_eq!(closed.status(), 200);
    assert_problem(
        s.post(
            &s.official_token,
            &format!("/cases/{case_id}/measures"),
            json!({"taken_on": today(), "taken_by": "Caretaker", "summary": "Again"}),
        )
        .await,
        409,
        "case_closed",
    )
    .await;
    assert_eq!(s.track(&receipt).await["status"], "closed");

    // The journal: registration, assignment, measure, answer, closing — with the official and
    // the measure in the row, and the chain intact.
    assert_eq!(
        s.journal_kinds().await,
        ["registration", "assignment", "measure", "answer", "closing"]
    );
    let rows = s.journal_rows().await;
    assert_eq!(
        rows[0]["official"]["full_name"],
        format!("Test {}", s.official.login)
    );
    assert_eq!(rows[0]["measures"][0]["recorded_on"], json!(today()));
    assert!(rows[0]["measures"][0]["summary"]
        .as_str()
        .unwrap()
        .contains("Stairs repaired"));
    assert_eq!(rows[0]["status"], "closed");
    s.journal_is_valid().await;

    // Every content read is in the audit trail, by who read it.
    let readers = s.content_reads_of(&case_id).await;
    assert!(readers.contains(&s.official.login), "{readers:?}");
    s.case(&s.director_token, &case_id).await;
    assert!(s
        .content_reads_of(&case_id)
        .await
        .contains(&s.director.login));
}

#[tokio::test]
async fn reassignment_is_a_new_journal_entry_and_the_old_official_loses_the_case() {
    let s = scene().await;
    s.drop(json!({"school": "school-a", "text": "Lights in class 5 flicker", "anonymous": true}))
        .await;
    let case_id = id(&s.register().await[0]);
    let second = s.app.create_staff(&s.school, &[Role::Deputy]).await;
    for official in [s.official.id, second.id] {
        let response = s
            .post(
                &s.director_token,
                &format!("/cases/{case_id}/assignment"),
                json!({"official_id": official}),
            )
            .await;
        assert_eq!(response.status(), 200);
    }
    assert_problem(
        s.post(
            &s.director_token,
            &format!("/cases/{case_id}/assignment"),
            json!({"official_id": second.id}),
        )
        .await,
        409,
        "already_assigned",
    )
    .await;
    assert_eq!(
        s.journal_kinds().await,
        ["registration", "assignment", "assignment"]
    );
    assert_problem(
        s.app
            .get_as(&s.official_token, &format!("/cases/{case_id}"))
            .await,
        403,
        "forbidden",
    )
    .await;
    s.journal_is_valid().await;
}

#[tokio::test]
async fn the_person_an_appeal_concerns_can_neither_be_assigned_it_nor_see_it() {
    let s = scene().await;
    s.drop(json!({"school": "school-a", "text": "The PE teacher shouts at us", "anonymous": true}))
        .await;
    let case_id = id(&s.register().await[0]);
    // Assigned first, then found to concern the official: they lose it at once.
    s.post(
        &s.director_token,
        &format!("/cases/{case_id}/assignment"),
        json!({"official_id": s.official.id}),
    )
    .await;
    let marked = s
        .post(
            &s.director_token,
            &format!("/cases/{case_id}/concerned-staff"),
            json!({"staff_id": s.official.id}),
        )
        .await;
    assert_eq!(marked.status(), 204);
    assert_problem(
        s.app
            .get_as(&s.official_token, &format!("/cases/{case_id}"))
            .await,
        403,
        "forbidden",
    )
    .await;
    assert!(s.cases(&s.official_token).await.is_empty());
    let file = s.case(&s.director_token, &case_id).await;
    assert!(file["summary"]["official"].is_null());
    assert_eq!(file["summary"]["status"], "registered");
    assert_eq!(file["concerned_staff"][0]["id"], s.official.id.to_string());

    assert_problem(
        s.post(
            &s.director_token,
            &format!("/cases/{case_id}/assignment"),
            json!({"official_id": s.official.id}),
        )
        .await,
        422,
        "assignee_concerned",
    )
    .await;
    // Nor to someone who is not a competent official: a member of the working group alone (the
    // parents' committee chair) or the school administrator; neither is offered.
    for role in [Role::WorkingGroup, Role::SchoolAdmin] {
        let not_competent = s.app.create_staff(&s.school, &[role]).await;
        assert_problem(
            s.post(
                &s.director_token,
                &format!("/cases/{case_id}/assignment"),
                json!({"official_id": not_competent.id}),
            )
            .await,
            422,
            "assignee_not_competent",
        )
        .await;
        let case = s.case(&s.director_token, &case_id).await;
        let offered: Vec<&str> = case["assignable"]
            .as_array()
            .unwrap()
            .iter()
            .map(|person| person["id"].as_str().unwrap())
            .collect();
        assert!(!offered.is_empty());
        assert!(!offered.contains(&not_competent.id.to_string().as_str()));
    }
    // Nor can it go to someone of another school.
    let other = s.app.create_school("school-b").await;
    let stranger = s.app.create_staff(&other, &[Role::Official]).await;
    assert_problem(
        s.post(
            &s.director_token,
            &format!("/cases/{case_id}/assignment"),
            json!({"official_id": stranger.id}),
        )
        .await,
        422,
        "assignee_not_in_school",
    )
    .await;
    assert_problem(
        s.post(
            &s.director_token,
            &format!("/cases/{case_id}/concerned-staff"),
            json!({"staff_id": stranger.id}),
        )
        .await,
        422,
        "staff_not_in_school",
    )
    .await;
    // The journal says the case was unassigned, never whom it concerns.
    let kinds = s.journal_kinds().await;
    assert_eq!(kinds, ["registration", "assignment", "assignment"]);
    s.journal_is_valid().await;
}

#[tokio::test]
async fn an_appeal_about_the_director_goes_to_the_district_office() {
    let s = scene().await;
    s.drop(json!({"school": "school-a", "text": "The director takes money for grades", "anonymous": true}))
        .await;
    // The working group records it during the opening, before the director can read it.
    let opening = open_box(&s.app, "school-a", &s.group).await;
    let retrieved: Value = s
        .app
        .get_as(
            &s.group.tokens[0],
            &format!("/box-openings/{opening}/appeals"),
        )
        .await
        .json()
        .await
        .unwrap();
    let appeal_id = retrieved[0]["id"].as_str().unwrap().to_owned();
    let marked = s
        .post(
            &s.group.tokens[1],
            &format!("/cases/{appeal_id}/concerned-staff"),
            json!({"staff_id": s.director.id}),
        )
        .await;
    assert_eq!(marked.status(), 204);
    sign_all(&s.app, &opening, &s.group).await;

    assert!(s.cases(&s.director_token).await.is_empty());
    assert_problem(
        s.app
            .get_as(&s.director_token, &format!("/cases/{appeal_id}"))
            .await,
        403,
        "forbidden",
    )
    .await;

    let officer = s
        .app
        .insert_staff(None, Some(s.school.district_id), &[Role::DistrictOfficer])
        .await;
    let officer_token = s.app.token(&officer).await;
    let inbox = s.cases(&officer_token).await;
    assert_eq!(inbox.len(), 1);
    assert!(flags(&inbox[0]).contains(&"routed_to_district".to_owned()));
    let file = s.case(&officer_token, &appeal_id).await;
    assert_eq!(file["your_part"]["directing"], true);
    let assigned = s
        .post(
            &officer_token,
            &format!("/cases/{appeal_id}/assignment"),
            json!({"official_id": s.official.id}),
        )
        .await;
    assert_eq!(assigned.status(), 200);
    // The director's journal and audit trail say where the case went, not what was done.
    let journal: Value = s
        .app
        .get_as(&s.director_token, "/journal?school=school-a")
        .await
        .json()
        .await
        .unwrap();
    let row = journal["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|row| row["appeal_id"] == appeal_id.as_str())
        .unwrap();
    assert_eq!(row["concerns_you"], true, "{row}");
    assert_eq!(row["routed_to_district"], true);
    assert!(row["official"].is_null(), "{row}");
    assert_eq!(row["measures"], json!([]));
    let subject = format!("appeal:{appeal_id}");
    let about_it = entity::audit_entry::Entity::find()
        .filter(entity::audit_entry::Column::Subject.eq(subject.as_str()))
        .count(&s.app.db)
        .await
        .unwrap();
    assert!(about_it > 0, "the trail records what was done with it");
    let trail: Value = s
        .app
        .get_as(&s.director_token, "/audit?school=school-a&per_page=500")
        .await
        .json()
        .await
        .unwrap();
    assert!(
        trail["rows"]
            .as_array()
            .unwrap()
            .iter()
            .all(|entry| entry["subject"] != subject.as_str()),
        "the director reads no entry about the appeal that concerns them"
    );
    let official_journal: Value = s
        .app
        .get_as(&s.official_token, "/journal?school=school-a")
        .await
        .json()
        .await
        .unwrap();
    if let Some(row) = official_journal["rows"]
        .as_array()
        .and_then(|rows| rows.first())
    {
        assert_eq!(row["concerns_you"], false);
    }
    // The director still cannot approve, answer or see it.
    assert_problem(
        s.post(
            &s.director_token,
            &format!("/cases/{appeal_id}/answers"),
            json!({"text": "Nothing happened", "approve": true}),
        )
        .await,
        403,
        "forbidden",
    )
    .await;

    // An officer of another district sees nothing.
    let elsewhere = s.app.create_school_in("school-z", "naryn").await;
    let stranger = s
        .app
        .insert_staff(None, Some(elsewhere.district_id), &[Role::DistrictOfficer])
        .await;
    let stranger_token = s.app.token(&stranger).await;
    assert_problem(
        s.app
            .get_as(&stranger_token, &format!("/cases/{appeal_id}"))
            .await,
        403,
        "forbidden",
    )
    .await;
}

#[tokio::test]
async fn an_urgent_appeal_is_closed_only_after_a_referral_or_a_reason() {
    let s = scene().await;
    s.drop(json!({"school": "school-a", "text": URGENT, "anonymous": true}))
        .await;
    s.drop(json!({"school": "school-a", "text": format!("{URGENT} 2"), "anonymous": true}))
        .await;
    let cases = s.register().await;
    assert_eq!(cases.len(), 2);
    for case in &cases {
        assert!(flags(case).contains(&"urgent_without_referral".to_owned()));
    }
    let (first, second) = (id(&cases[0]), id(&cases[1]));

    assert_problem(
        s.post(
            &s.director_token,
            &format!("/cases/{first}/closing"),
            json!({"outcome": "resolved"}),
        )
        .await,
        409,
        "referral_required",
    )
    .await;
    assert_problem(
        s.post(
            &s.director_token,
            &format!("/cases/{first}/referrals"),
            json!({"referred_on": today(), "method": "phone"}),
        )
        .await,
        422,
        "referral_body_required",
    )
    .await;
    assert_problem(
        s.post(
            &s.director_token,
            &format!("/cases/{first}/referrals"),
            json!({"body_id": uuid::Uuid::new_v4(), "referred_on": today(), "method": "phone"}),
        )
        .await,
        422,
        "unknown_referral_body",
    )
    .await;
    let tomorrow = today().succ_opt().unwrap();
    assert_problem(
        s.post(
            &s.director_token,
            &format!("/cases/{first}/referrals"),
            json!({"body_id": JUVENILE_AFFAIRS, "referred_on": tomorrow, "method": "phone"}),
        )
        .await,
        422,
        "date_in_future",
    )
    .await;
    assert_eq!(
        s.journal_kinds().await.len(),
        2,
        "bad input changed nothing"
    );

    let referral = s
        .post(
            &s.director_token,
            &format!("/cases/{first}/referrals"),
            json!({"body_id": JUVENILE_AFFAIRS, "referred_on": today(), "method": "phone", "body_reference": "IDN-2026/311"}),
        )
        .await;
    assert_eq!(referral.status(), 201);
    let referral: Value = referral.json().await.unwrap();
    assert_eq!(referral["body"]["code"], "juvenile_affairs_inspectorate");
    let referral_id = referral["id"].as_str().unwrap();
    let reply = s
        .post(
            &s.director_token,
            &format!("/cases/{first}/referrals/{referral_id}/reply"),
            json!({"received_on": today(), "summary": "An inspector visited the family"}),
        )
        .await;
    assert_eq!(reply.status(), 200);
    let reply: Value = reply.json().await.unwrap();
    assert_eq!(reply["reply"], "An inspector visited the family");
    assert_eq!(reply["body_reference"], "IDN-2026/311");
    assert_problem(
        s.post(
            &s.director_token,
            &format!("/cases/{first}/referrals/{referral_id}/reply"),
            json!({"received_on": today(), "summary": "Again"}),
        )
        .await,
        409,
        "referral_reply_recorded",
    )
    .await;
    let closed = s
        .post(
            &s.director_token,
            &format!("/cases/{first}/closing"),
            json!({"outcome": "referred"}),
        )
        .await;
    assert_eq!(closed.status(), 200);

    // The second closes without a referral only with the reason, kept as an internal note.
    let closed = s
        .post(
            &s.director_token,
            &format!("/cases/{second}/closing"),
            json!({"outcome": "unfounded", "no_referral_reason": "The psychologist met the pupil; no danger"}),
        )
        .await;
    assert_eq!(closed.status(), 200);
    let file = s.case(&s.director_token, &second).await;
    let note = &file["messages"][0];
    assert_eq!(note["kind"], "internal_note");
    assert!(note["text"].as_str().unwrap().contains("no danger"));

    assert_eq!(
        s.journal_kinds().await,
        [
            "registration",
            "registration",
            "referral",
            "referral",
            "closing",
            "closing"
        ]
    );
    s.journal_is_valid().await;
}

#[tokio::test]
async fn a_referral_to_the_district_office_lets_its_officers_read_the_appeal() {
    let s = scene().await;
    s.drop(json!({"school": "school-a", "text": "Our class has no teacher since September", "anonymous": true}))
        .await;
    let case_id = id(&s.register().await[0]);
    let officer = s
        .app
        .insert_staff(None, Some(s.school.district_id), &[Role::DistrictOfficer])
        .await;
    let officer_token = s.app.token(&officer).await;
    assert_problem(
        s.app
            .get_as(&officer_token, &format!("/cases/{case_id}"))
            .await,
        403,
        "forbidden",
    )
    .await;
    assert!(s.cases(&officer_token).await.is_empty());

    let referral = s
        .post(
            &s.director_token,
            &format!("/cases/{case_id}/referrals"),
            json!({"body_id": DISTRICT_OFFICE, "referred_on": today(), "method": "letter"}),
        )
        .await;
    assert_eq!(referral.status(), 201);
    let file = s.case(&officer_token, &case_id).await;
    assert_eq!(file["text"], "Our class has no teacher since September");
    assert_eq!(file["your_part"]["handling"], false);
    assert!(file["writer"].is_null());
    assert_eq!(s.cases(&officer_token).await.len(), 1);
    assert_problem(
        s.post(
            &officer_token,
            &format!("/cases/{case_id}/notes"),
            json!({"text": "A note"}),
        )
        .await,
        403,
        "not_handling",
    )
    .await;
    assert!(s.content_reads_of(&case_id).await.contains(&officer.login));
}

#[tokio::test]
async fn deadlines_count_working_days_and_skip_the_schools_holidays() {
    let s = scene().await;
    let today = today();
    // Three holidays in the coming fortnight, one on a weekend.
    let holidays: Vec<NaiveDate> = (1..=3).map(|n| today + chrono::Days::new(n * 4)).collect();
    let put = s
        .app
        .client
        .put(s.app.url("/schools/school-a/holidays"))
        .bearer_auth(&s.director_token)
        .json(&json!({"holidays": holidays.iter().map(|day| json!({"day": day, "name": "Holiday"})).collect::<Vec<_>>()}))
        .send()
        .await
        .unwrap();
    assert_eq!(put.status(), 200);
    let listed: Value = s
        .app
        .get_as(&s.official_token, "/schools/school-a/holidays")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(listed["holidays"].as_array().unwrap().len(), 3);
    // The anonymous target differs from the statutory deadline.
    {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        entity::school::Entity::update_many()
            .col_expr(
                entity::school::Column::AnonymousTargetWorkingDays,
                sea_orm::sea_query::Expr::value(5),
            )
            .filter(entity::school::Column::Id.eq(s.school.id))
            .exec(&s.app.db)
            .await
            .unwrap();
    }
    s.drop(json!({"school": "school-a", "text": "Anonymous one", "anonymous": true}))
        .await;
    s.drop(json!({
        "school": "school-a",
        "text": "Signed one",
        "anonymous": false,
        "submitter": {"name": "Aibek", "kind": "parent", "phone": "+996 555 123 456"}
    }))
    .await;
    let cases = s.register().await;
    let set: ishenim::calendar::Holidays = holidays.iter().copied().collect();
    for case in cases {
        let due: NaiveDate = serde_json::from_value(case["answer_due_on"].clone()).unwrap();
        let days = if case["anonymous"] == true { 5 } else { 14 };
        assert_eq!(
            due,
            ishenim::calendar::add_working_days(today, days, &set),
            "{case}"
        );
        // Independently: the working days from today to the deadline are exactly that many.
        let counted = today
            .iter_days()
            .skip(1)
            .take_while(|day| *day <= due)
            .filter(|day| day.weekday().number_from_monday() <= 5 && !set.contains(day))
            .count();
        assert_eq!(counted as u32, days);
    }
}

#[tokio::test]
async fn overdue_cases_are_flagged_for_the_director_and_the_official() {
    let s = scene().await;
    s.drop(json!({"school": "school-a", "text": "Late one", "anonymous": true}))
        .await;
    let case_id = id(&s.register().await[0]);
    s.post(
        &s.director_token,
        &format!("/cases/{case_id}/assignment"),
        json!({"official_id": s.official.id}),
    )
    .await;
    {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        entity::appeal::Entity::update_many()
            .col_expr(
                entity::appeal::Column::AnswerDueOn,
                sea_orm::sea_query::Expr::value(today() - chrono::Days::new(1)),
            )
            .filter(entity::appeal::Column::SchoolId.eq(s.school.id))
            .exec(&s.app.db)
            .await
            .unwrap();
    }
    for token in [&s.director_token, &s.official_token] {
        let cases = s.cases(token).await;
        assert!(
            flags(&cases[0]).contains(&"overdue".to_owned()),
            "{cases:?}"
        );
    }
    // An answer stops the clock.
    s.post(
        &s.director_token,
        &format!("/cases/{case_id}/answers"),
        json!({"text": "Done", "approve": true}),
    )
    .await;
    assert!(!flags(&s.cases(&s.director_token).await[0]).contains(&"overdue".to_owned()));
}

#[tokio::test]
async fn the_director_reads_the_audit_trail_and_the_reading_is_recorded() {
    let s = scene().await;
    s.drop(json!({"school": "school-a", "text": "Audit me", "anonymous": true}))
        .await;
    let case_id = id(&s.register().await[0]);
    s.case(&s.director_token, &case_id).await;
    let page: Value = s
        .app
        .get_as(&s.director_token, "/audit?school=school-a")
        .await
        .json()
        .await
        .unwrap();
    let rows = page["rows"].as_array().unwrap();
    assert_eq!(
        rows[0]["action"], "audit_trail_read",
        "the read itself comes first"
    );
    assert!(rows.iter().any(|row| row["action"] == "appeal_content_read"
        && row["subject"] == format!("appeal:{case_id}")
        && row["actor_login"] == s.director.login.as_str()));
    assert!(rows.iter().any(|row| row["action"] == "sign_in"));
    assert_problem(
        s.app
            .get_as(&s.official_token, "/audit?school=school-a")
            .await,
        403,
        "forbidden",
    )
    .await;
    assert_problem(
        s.app
            .get_as(&s.group.tokens[0], "/audit?school=school-a")
            .await,
        403,
        "forbidden",
    )
    .await;
}

#[tokio::test]
async fn a_school_adds_its_own_body_and_only_it_can_refer_to_it() {
    let s = scene().await;
    let added = s
        .post(
            &s.director_token,
            "/referral-bodies",
            json!({"school": "school-a", "name_ky": "Аймактык психолог", "name_ru": "Районный психолог", "name_en": "District psychologist"}),
        )
        .await;
    assert_eq!(added.status(), 201);
    let added: Value = added.json().await.unwrap();
    let catalogue: Value = s
        .app
        .get_as(&s.official_token, "/referral-bodies?school=school-a")
        .await
        .json()
        .await
        .unwrap();
    let items = catalogue["items"].as_array().unwrap();
    assert_eq!(items.len(), 9, "eight of every school and its own");
    for code in [
        "juvenile_affairs_inspectorate",
        "family_child_support",
        "district_education_office",
        "child_rights_commissioner",
        "ombudsman",
        "health_services",
        "helpline_111",
        "emergency_112",
    ] {
        assert!(items.iter().any(|body| body["code"] == code), "{code}");
    }
    assert!(items
        .iter()
        .all(|body| body["name_ky"].as_str().is_some_and(|n| !n.is_empty())));

    // Another school's case cannot use it.
    let other = s.app.create_school("school-b").await;
    let other_director = s.app.create_staff(&other, &[Role::Director]).await;
    let other_token = s.app.token(&other_director).await;
    let group = working_group(&s.app, &other, 3).await;
    s.app
        .post_json(
            "/appeals",
            &json!({"school": "school-b", "text": "Hello", "anonymous": true}),
        )
        .await;
    let opening = open_box(&s.app, "school-b", &group).await;
    sign_all(&s.app, &opening, &group).await;
    let cases: Value = s
        .app
        .get_as(&other_token, "/cases?school=school-b")
        .await
        .json()
        .await
        .unwrap();
    let case_id = cases["items"][0]["id"].as_str().unwrap();
    assert_problem(
        post_as(
            &s.app,
            &other_token,
            &format!("/cases/{case_id}/referrals"),
            &json!({"body_id": added["id"], "referred_on": today(), "method": "letter"}),
        )
        .await,
        422,
        "unknown_referral_body",
    )
    .await;
}

#[tokio::test]
async fn a_signed_writer_is_told_by_mail_that_the_answer_is_ready_without_any_text() {
    let sink = SmtpSink::start();
    let app = spawn_app_with(|settings| settings.smtp = Some(sink.settings())).await;
    let s = scene_in(app).await;
    let receipt = s
        .drop(json!({
            "school": "school-a",
            "text": "PEACOCK-APPEAL-TEXT the canteen food is cold",
            "anonymous": false,
            "language": "ru",
            "submitter": {"name": "Aigul Writer", "kind": "parent", "email": "aigul.writer@family.example"}
        }))
        .await;
    let case_id = id(&s.register().await[0]);
    let file = s.case(&s.director_token, &case_id).await;
    assert_eq!(file["writer"]["email"], "aigul.writer@family.example");
    let answered = s
        .post(
            &s.director_token,
            &format!("/cases/{case_id}/answers"),
            json!({"text": "FLAMINGO-ANSWER-TEXT the kitchen was fixed", "approve": true}),
        )
        .await;
    assert_eq!(answered.status(), 201);
    // Other mails (the opening's notice to the group) arrive in the background.
    let notice = sink.wait_for_mail_to("aigul.writer@family.example").await;
    assert_eq!(notice.len(), 1, "one notice to the writer");
    assert!(
        !notice[0].contains("PEACOCK"),
        "the mail carried the appeal"
    );
    assert!(
        !notice[0].contains("FLAMINGO"),
        "the mail carried the answer"
    );
    assert!(!notice[0].contains(&receipt.replace('-', "")));
    assert!(!notice[0].contains(&receipt));
    assert_eq!(
        s.track(&receipt).await["messages"][0]["text"],
        "FLAMINGO-ANSWER-TEXT the kitchen was fixed"
    );
}

#[tokio::test]
async fn a_sealed_appeal_is_no_case_for_anyone() {
    let s = scene().await;
    s.drop(json!({"school": "school-a", "text": "Still in the box", "anonymous": true}))
        .await;
    s.app.next_morning().await;
    let listed: Value = s
        .app
        .get_as(&s.director_token, "/appeals?school=school-a")
        .await
        .json()
        .await
        .unwrap();
    let appeal_id = listed["items"][0]["id"].as_str().unwrap();
    for path in [format!("/cases/{appeal_id}")] {
        assert_problem(
            s.app.get_as(&s.director_token, &path).await,
            423,
            "appeal_sealed",
        )
        .await;
    }
    assert_problem(
        s.post(
            &s.director_token,
            &format!("/cases/{appeal_id}/assignment"),
            json!({"official_id": s.official.id}),
        )
        .await,
        423,
        "appeal_sealed",
    )
    .await;
    assert!(s.cases(&s.director_token).await.is_empty());
}

#[tokio::test]
async fn after_the_retention_period_the_content_goes_and_the_journal_stays_valid() {
    let s = scene().await;
    let photo: Value = s
        .app
        .client
        .post(s.app.url("/schools/school-a/files"))
        .body(crate::files::samples::plain_jpeg(24, 24))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    s.drop(json!({"school": "school-a", "text": "RETENTION-TEXT-MARKER: the canteen is cold", "anonymous": false, "submitter": {"name": "Aibek Parent", "kind": "parent", "phone": "+996555000111"}, "files": [photo["id"]]}))
        .await;
    let cases = s.register().await;
    let case = cases[0]["id"].as_str().unwrap().to_owned();
    let closed = post_as(
        &s.app,
        &s.director_token,
        &format!("/cases/{case}/answers"),
        &json!({"text": "Fixed. RETENTION-ANSWER-MARKER", "approve": true}),
    )
    .await;
    assert_eq!(closed.status(), 201);
    let closed = post_as(
        &s.app,
        &s.director_token,
        &format!("/cases/{case}/closing"),
        &json!({"outcome": "resolved"}),
    )
    .await;
    assert_eq!(closed.status(), 200);
    let school = ishenim::schools::store::find_school_by_slug(&s.app.db, "school-a")
        .await
        .unwrap()
        .unwrap();
    let today = ishenim::calendar::today_in("Asia/Bishkek");

    // Not yet: closed today.
    assert_eq!(
        ishenim::appeals::retention::erase_expired(&s.app.db, &school, today)
            .await
            .unwrap(),
        0
    );
    // Five years and a day later.
    let later = today + chrono::Days::new(5 * 366 + 1);
    assert_eq!(
        ishenim::appeals::retention::erase_expired(&s.app.db, &school, later)
            .await
            .unwrap(),
        1
    );
    use sea_orm::EntityTrait;
    let stored = entity::appeal::Entity::find()
        .one(&s.app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(stored.sealed_content.is_empty() && stored.sealed_identity.is_none());
    assert_eq!(stored.erased_on, Some(later));
    assert!(
        stored.registration_number.is_some(),
        "the journal's row stays"
    );
    let file: Value = s
        .app
        .get_as(&s.director_token, &format!("/cases/{case}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(file["text"], "", "{file}");
    assert_eq!(file["erased_on"], later.to_string());
    assert!(file["writer"].is_null());
    assert!(!file.to_string().contains("RETENTION-ANSWER-MARKER"));
    assert_eq!(file["files"], json!([]), "the files go with the text");
    assert_eq!(
        entity::appeal_file::Entity::find()
            .all(&s.app.db)
            .await
            .unwrap()
            .len(),
        0
    );
    let verified: Value = s
        .app
        .get_as(&s.director_token, "/journal/verify?school=school-a")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(verified["valid"], true);
    let kinds = s.journal_kinds().await;
    assert_eq!(kinds.last().map(String::as_str), Some("erasure"));
    let report = ishenim::operations::integrity::check(&s.app.db, &s.app.state.secrets)
        .await
        .unwrap();
    assert!(
        report.sealed_failed == 0,
        "an erased appeal is not a failure"
    );
    // Erasing again finds nothing.
    assert_eq!(
        ishenim::appeals::retention::erase_expired(&s.app.db, &school, later)
            .await
            .unwrap(),
        0
    );
}

#[tokio::test]
async fn the_writers_language_shows_in_the_opening_and_on_the_case() {
    let s = scene().await;
    s.drop(json!({
        "school": "school-a",
        "text": "Ашкананын тамагы муздак",
        "anonymous": true,
        "language": "ky"
    }))
    .await;
    s.drop(json!({
        "school": "school-a",
        "text": "В столовой холодная еда",
        "anonymous": true,
        "language": "ru"
    }))
    .await;
    let opening = open_box(&s.app, "school-a", &s.group).await;
    let retrieved: Value = s
        .app
        .get_as(
            &s.group.tokens[0],
            &format!("/box-openings/{opening}/appeals"),
        )
        .await
        .json()
        .await
        .unwrap();
    let languages: BTreeSet<(String, String)> = retrieved
        .as_array()
        .unwrap()
        .iter()
        .map(|appeal| {
            (
                appeal["text"].as_str().unwrap().to_owned(),
                appeal["language"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        languages,
        BTreeSet::from([
            ("Ашкананын тамагы муздак".to_owned(), "ky".to_owned()),
            ("В столовой холодная еда".to_owned(), "ru".to_owned()),
        ])
    );
    sign_all(&s.app, &opening, &s.group).await;
    let mut shown = BTreeSet::new();
    for case in s.cases(&s.director_token).await {
        let file = s.case(&s.director_token, &id(&case)).await;
        shown.insert((
            file["text"].as_str().unwrap().to_owned(),
            file["language"].as_str().unwrap().to_owned(),
        ));
    }
    assert_eq!(
        shown, languages,
        "the case shows the language the opening showed"
    );
}

#[tokio::test]
async fn a_transition_from_the_wrong_state_changes_nothing() {
    use entity::appeal::{self, AppealStatus};

    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    drop_appeal(&app, "school-a", "В классе холодно, батареи не греют.").await;
    let sealed = appeal::Entity::find()
        .filter(appeal::Column::SchoolId.eq(school.id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(sealed.status, AppealStatus::Sealed);
    let today = chrono::Utc::now().date_naive();
    // An appeal still in the box can be neither closed nor answered nor erased.
    let closing = ishenim::appeals::lifecycle::close(
        &app.db,
        sealed.clone(),
        entity::appeal::Outcome::Resolved,
        today,
        false,
    )
    .await;
    assert_eq!(closing.unwrap_err().code(), "appeal_state_changed");
    let erasing = ishenim::appeals::lifecycle::erase(&app.db, &sealed, today, 5).await;
    assert!(erasing.unwrap().is_none());
    let after = appeal::Entity::find_by_id(sealed.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(after, sealed);
}
