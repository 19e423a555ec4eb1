//! The box sealed to the working group: nobody alone — not even whoever holds the whole
//! database and every key of the server — opens an appeal still in the box; the quorum's box
//! passphrases open exactly the appeals the opening retrieves.

use entity::{appeal, appeal_message, box_key, box_key_share, Role};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{json, Value};

use crate::box_openings::{drop_appeal, post_as};
use crate::helpers::{assert_problem, spawn_app, TestApp, TestSchool};

pub struct Member {
    pub id: uuid::Uuid,
    pub token: String,
    pub passphrase: String,
    pub recovery_code: String,
}

async fn member(app: &TestApp, school: &TestSchool, number: usize) -> Member {
    let staff = app.create_staff(school, &[Role::WorkingGroup]).await;
    let token = app.token(&staff).await;
    let passphrase = format!("the box passphrase of member {number}");
    let response = post_as(
        app,
        &token,
        "/me/box-key",
        &json!({"passphrase": passphrase}),
    )
    .await;
    assert_eq!(response.status(), 201);
    let body: Value = response.json().await.unwrap();
    Member {
        id: staff.id,
        token,
        passphrase,
        recovery_code: body["recovery_code"].as_str().unwrap().to_owned(),
    }
}

/// Members who set their box passphrases.
pub async fn members(app: &TestApp, school: &TestSchool, count: usize) -> Vec<Member> {
    let mut members = Vec::new();
    for number in 0..count {
        members.push(member(app, school, number).await);
    }
    members
}

async fn start(app: &TestApp, member: &Member, school: &str) -> String {
    let response = post_as(
        app,
        &member.token,
        "/box-openings",
        &json!({"school": school, "passphrase": member.passphrase}),
    )
    .await;
    assert_eq!(response.status(), 201);
    let body: Value = response.json().await.unwrap();
    body["id"].as_str().unwrap().to_owned()
}

async fn confirm(app: &TestApp, token: &str, id: &str, passphrase: &str) -> reqwest::Response {
    post_as(
        app,
        token,
        &format!("/box-openings/{id}/confirmations"),
        &json!({"passphrase": passphrase}),
    )
    .await
}

async fn box_key_of(app: &TestApp, token: &str, school: &str) -> Value {
    let response = app
        .get_as(token, &format!("/schools/{school}/box-key"))
        .await;
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

async fn retrieved_texts(app: &TestApp, token: &str, id: &str) -> Vec<String> {
    let response = app
        .get_as(token, &format!("/box-openings/{id}/appeals"))
        .await;
    assert_eq!(response.status(), 200);
    let appeals: Vec<Value> = response.json().await.unwrap();
    appeals
        .iter()
        .map(|appeal| appeal["text"].as_str().unwrap().to_owned())
        .collect()
}

/// Tries every key of the server (the data folder's keys, as the running server holds them)
/// on every appeal and message of the school; returns the texts that opened.
async fn opened_with_every_server_key(app: &TestApp, school: &TestSchool) -> Vec<String> {
    let mut opened = Vec::new();
    for row in appeal::Entity::find()
        .filter(appeal::Column::SchoolId.eq(school.id))
        .all(&app.db)
        .await
        .unwrap()
    {
        for key in &app.state.secrets.data_keys {
            if let Ok(text) = ishenim::sealing::open_text(
                &app.state.secrets,
                row.id,
                ishenim::appeals::intake::field::CONTENT,
                &key.id,
                &row.sealed_content,
            ) {
                opened.push(text);
            }
        }
    }
    for message in appeal_message::Entity::find().all(&app.db).await.unwrap() {
        for key in &app.state.secrets.data_keys {
            if let Ok(text) = ishenim::sealing::open_text(
                &app.state.secrets,
                message.id,
                ishenim::appeals::intake::field::MESSAGE,
                &key.id,
                &message.sealed_content,
            ) {
                opened.push(text);
            }
        }
    }
    opened
}

fn any_contains(texts: &[String], marker: &str) -> bool {
    texts.iter().any(|text| text.contains(marker))
}

#[tokio::test]
async fn only_the_quorum_of_box_passphrases_opens_the_box_and_exactly_the_retrieved_appeals() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    // Before enough members have a passphrase, the box is not yet protected: as before.
    let first = member(&app, &school, 0).await;
    let key = box_key_of(&app, &first.token, "school-a").await;
    assert_eq!(key["protected"], false);
    drop_appeal(&app, "school-a", "OLDMARKER dropped before the box key").await;
    let mut group = vec![first];
    for number in 1..4 {
        group.push(member(&app, &school, number).await);
    }
    let key = box_key_of(&app, &group[0].token, "school-a").await;
    assert_eq!(key["protected"], true);
    assert_eq!(key["threshold"], 3);
    assert_eq!(key["trusted"], true);
    let fingerprint = key["fingerprint"].as_str().unwrap().to_owned();
    // The poster's fingerprint is public.
    let public: Value = app
        .client
        .get(app.url("/schools/school-a/public"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(public["box_key_fingerprint"], fingerprint.as_str());

    let receipt = drop_appeal(&app, "school-a", "BOXMARKER-1 the guard hits us").await;
    drop_appeal(&app, "school-a", "BOXMARKER-2 about the director").await;
    let reply = app
        .post_json(
            "/appeals/track/messages",
            &json!({"receipt": receipt, "text": "BOXMARKER-3 and again today"}),
        )
        .await;
    assert_eq!(reply.status(), 201);
    let in_the_box = appeal::Entity::find()
        .filter(appeal::Column::KeyId.eq("box"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(in_the_box.len(), 2);

    // The whole database and every key of the server open the old appeal only.
    let opened = opened_with_every_server_key(&app, &school).await;
    assert!(any_contains(&opened, "OLDMARKER"));
    assert!(!any_contains(&opened, "BOXMARKER"));
    let report = ishenim::operations::integrity::check(&app.db, &app.state.secrets)
        .await
        .unwrap();
    assert_eq!(report.sealed_failed, 0);
    assert_eq!(report.sealed_in_the_box, 3);

    // Quorum − 1 passphrases open nothing.
    let id = start(&app, &group[0], "school-a").await;
    let response = confirm(&app, &group[1].token, &id, &group[1].passphrase).await;
    assert_eq!(response.status(), 200);
    let opening: Value = response.json().await.unwrap();
    assert_eq!(opening["status"], "awaiting_quorum");
    assert_eq!(opening["confirmations_needed"], 1);
    assert_problem(
        app.get_as(&group[0].token, &format!("/box-openings/{id}/appeals"))
            .await,
        409,
        "quorum_not_reached",
    )
    .await;
    let opened = opened_with_every_server_key(&app, &school).await;
    assert!(!any_contains(&opened, "BOXMARKER"));

    // A wrong passphrase, or none, gives nothing and changes nothing.
    assert_problem(
        confirm(&app, &group[2].token, &id, "not the passphrase at all").await,
        422,
        "box_passphrase_wrong",
    )
    .await;
    assert_problem(
        post_as(
            &app,
            &group[2].token,
            &format!("/box-openings/{id}/confirmations"),
            &json!({}),
        )
        .await,
        422,
        "box_passphrase_required",
    )
    .await;

    // The quorum opens the box: the retrieved appeals and the writer's message, nothing else.
    let response = confirm(&app, &group[2].token, &id, &group[2].passphrase).await;
    assert_eq!(response.status(), 200);
    let opening: Value = response.json().await.unwrap();
    assert_eq!(opening["status"], "open");
    let response = app
        .get_as(&group[0].token, &format!("/box-openings/{id}/appeals"))
        .await;
    let appeals: Vec<Value> = response.json().await.unwrap();
    let texts: Vec<String> = appeals
        .iter()
        .map(|a| a["text"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(texts.len(), 3);
    assert!(any_contains(&texts, "OLDMARKER"));
    assert!(any_contains(&texts, "BOXMARKER-1"));
    assert!(any_contains(&texts, "BOXMARKER-2"));
    let messages: Vec<String> = appeals
        .iter()
        .flat_map(|a| a["messages"].as_array().unwrap().clone())
        .map(|m| m["text"].as_str().unwrap().to_owned())
        .collect();
    assert!(any_contains(&messages, "BOXMARKER-3"));

    // A new key was made for the group as it stands; an appeal dropped now waits for it.
    let key = box_key_of(&app, &group[0].token, "school-a").await;
    assert_ne!(key["fingerprint"], fingerprint.as_str());
    drop_appeal(&app, "school-a", "NEWMARKER dropped after the opening").await;
    let opened = opened_with_every_server_key(&app, &school).await;
    assert!(any_contains(&opened, "BOXMARKER-1"));
    assert!(!any_contains(&opened, "NEWMARKER"));
    let still_sealed = appeal::Entity::find()
        .filter(appeal::Column::KeyId.eq("box"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(still_sealed.len(), 1);
    assert_eq!(still_sealed[0].status, appeal::AppealStatus::Sealed);

    // The journal records both keys, and verifies.
    let verification: Value = app
        .get_as(&group[0].token, "/journal/verify?school=school-a")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(verification["valid"], true);

    // The act is signed by the quorum as before.
    for member in &group[..3] {
        let response = post_as(
            &app,
            &member.token,
            &format!("/box-openings/{id}/sign"),
            &json!({}),
        )
        .await;
        assert_eq!(response.status(), 200);
    }
}

#[tokio::test]
async fn an_abandoned_opening_leaves_everything_sealed() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let group = members(&app, &school, 3).await;
    drop_appeal(&app, "school-a", "ABANDONMARKER in the box").await;
    // Abandoned before the quorum: the gathered shares are forgotten.
    let id = start(&app, &group[0], "school-a").await;
    let response = confirm(&app, &group[1].token, &id, &group[1].passphrase).await;
    assert_eq!(response.status(), 200);
    let response = post_as(
        &app,
        &group[0].token,
        &format!("/box-openings/{id}/abandon"),
        &json!({}),
    )
    .await;
    assert_eq!(response.status(), 200);
    assert!(entity::opening_envelope::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .is_empty());
    // Abandoned after the quorum: what was opened goes back sealed to the new box key.
    let id = start(&app, &group[0], "school-a").await;
    confirm(&app, &group[1].token, &id, &group[1].passphrase).await;
    confirm(&app, &group[2].token, &id, &group[2].passphrase).await;
    assert!(any_contains(
        &retrieved_texts(&app, &group[0].token, &id).await,
        "ABANDONMARKER"
    ));
    let response = post_as(
        &app,
        &group[0].token,
        &format!("/box-openings/{id}/abandon"),
        &json!({}),
    )
    .await;
    assert_eq!(response.status(), 200);
    assert!(!any_contains(
        &opened_with_every_server_key(&app, &school).await,
        "ABANDONMARKER"
    ));
    // And the next opening opens it again.
    let id = start(&app, &group[0], "school-a").await;
    confirm(&app, &group[1].token, &id, &group[1].passphrase).await;
    confirm(&app, &group[2].token, &id, &group[2].passphrase).await;
    assert!(any_contains(
        &retrieved_texts(&app, &group[0].token, &id).await,
        "ABANDONMARKER"
    ));
}

#[tokio::test]
async fn a_lost_passphrase_is_replaced_with_the_recovery_code_once() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let group = members(&app, &school, 3).await;
    drop_appeal(&app, "school-a", "RECOVERYMARKER in the box").await;
    let lost = &group[2];
    assert_problem(
        post_as(
            &app,
            &lost.token,
            "/me/box-key/passphrase",
            &json!({"current": "a guess that is wrong", "new_passphrase": "a brand new passphrase"}),
        )
        .await,
        422,
        "box_passphrase_wrong",
    )
    .await;
    let response = post_as(
        &app,
        &lost.token,
        "/me/box-key/passphrase",
        &json!({"current": lost.recovery_code.to_lowercase(), "new_passphrase": "a brand new passphrase"}),
    )
    .await;
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    let new_code = body["recovery_code"].as_str().unwrap().to_owned();
    assert_ne!(new_code, lost.recovery_code);
    // The used code no longer works.
    assert_problem(
        post_as(
            &app,
            &lost.token,
            "/me/box-key/passphrase",
            &json!({"current": lost.recovery_code, "new_passphrase": "yet another passphrase"}),
        )
        .await,
        422,
        "box_passphrase_wrong",
    )
    .await;
    // The new passphrase gives the share; so does the new recovery code.
    let id = start(&app, &group[0], "school-a").await;
    confirm(&app, &group[1].token, &id, &group[1].passphrase).await;
    assert_problem(
        confirm(&app, &lost.token, &id, &lost.passphrase).await,
        422,
        "box_passphrase_wrong",
    )
    .await;
    let response = confirm(&app, &lost.token, &id, &new_code).await;
    assert_eq!(response.status(), 200);
    assert!(any_contains(
        &retrieved_texts(&app, &group[0].token, &id).await,
        "RECOVERYMARKER"
    ));
    let mine: Value = app
        .get_as(&lost.token, "/me/box-key")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(mine["has_key"], true);
    assert_eq!(mine["holds_share"], true);
}

#[tokio::test]
async fn a_removed_member_is_left_out_of_the_next_key_and_a_new_one_gets_a_share_of_it() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let director = app.create_staff(&school, &[Role::Director]).await;
    let director_token = app.token(&director).await;
    let group = members(&app, &school, 4).await;
    let first_key = box_key::Entity::find().one(&app.db).await.unwrap().unwrap();
    // A member named after the key was made holds no share of it.
    let newcomer = member(&app, &school, 9).await;
    let mine: Value = app
        .get_as(&newcomer.token, "/me/box-key")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(mine["has_key"], true);
    assert_eq!(mine["holds_share"], false);
    // The director removes member 3: they can no longer confirm.
    let response = app
        .client
        .delete(app.url(&format!("/schools/school-a/working-group/{}", group[3].id)))
        .bearer_auth(&director_token)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    let id = start(&app, &group[0], "school-a").await;
    assert_eq!(
        confirm(&app, &group[3].token, &id, &group[3].passphrase)
            .await
            .status(),
        403
    );
    // The newcomer's confirmation gives no share: the box stays shut until the quorum's shares.
    let response = confirm(&app, &newcomer.token, &id, "").await;
    assert_eq!(response.status(), 200);
    let opening: Value = response.json().await.unwrap();
    assert_eq!(opening["status"], "awaiting_quorum");
    confirm(&app, &group[1].token, &id, &group[1].passphrase).await;
    let response = confirm(&app, &group[2].token, &id, &group[2].passphrase).await;
    let opening: Value = response.json().await.unwrap();
    assert_eq!(opening["status"], "open");
    // The next key: shares to members 0, 1, 2 and the newcomer, none to member 3.
    let next = box_key::Entity::find()
        .filter(box_key::Column::CurrentSchoolId.eq(school.id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_ne!(next.id, first_key.id);
    assert_eq!(next.made_at_opening_id.map(|id| id.to_string()), Some(id));
    let holders: Vec<uuid::Uuid> = box_key_share::Entity::find()
        .filter(box_key_share::Column::BoxKeyId.eq(next.id))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|share| share.holder_id)
        .collect();
    assert_eq!(holders.len(), 4);
    let removed_holder = ishenim::box_keys::store::holder_of_user(&app.db, group[3].id)
        .await
        .unwrap()
        .unwrap();
    assert!(!holders.contains(&removed_holder.id));
    let mine: Value = app
        .get_as(&newcomer.token, "/me/box-key")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(mine["holds_share"], true);
}

#[tokio::test]
async fn the_district_share_with_quorum_minus_one_members_opens_the_box() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let admin = app
        .insert_staff(None, Some(school.district_id), &[Role::DistrictAdmin])
        .await;
    let admin_token = app.token(&admin).await;
    let first_passphrase = "the district office passphrase";
    let response = post_as(
        &app,
        &admin_token,
        &format!("/districts/{}/box-key", school.district_slug),
        &json!({"passphrase": first_passphrase}),
    )
    .await;
    assert_eq!(response.status(), 201);
    // The administrator changes it, with the current one; the office's key stays the same.
    let change = format!("/districts/{}/box-key/passphrase", school.district_slug);
    let response = post_as(
        &app,
        &admin_token,
        &change,
        &json!({"current": "a wrong district passphrase", "new_passphrase": "the office's new passphrase"}),
    )
    .await;
    assert_problem(response, 422, "box_passphrase_wrong").await;
    let district_passphrase = "the office's new passphrase";
    let response = post_as(
        &app,
        &admin_token,
        &change,
        &json!({"current": first_passphrase, "new_passphrase": district_passphrase}),
    )
    .await;
    assert_eq!(response.status(), 200);
    let group = members(&app, &school, 3).await;
    let key = box_key_of(&app, &group[0].token, "school-a").await;
    assert_eq!(key["district_share"], true);
    drop_appeal(&app, "school-a", "DISTRICTMARKER in the box").await;

    // The district alone opens nothing: its share and one member's are below the threshold.
    let id = start(&app, &group[0], "school-a").await;
    // The administrator finds the opening in the district's list, not by typing its id.
    let awaiting = format!(
        "/districts/{}/openings-awaiting-quorum",
        school.district_slug
    );
    let listed: Value = app
        .get_as(&admin_token, &awaiting)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 1, "{listed}");
    assert_eq!(listed[0]["id"], id.as_str());
    assert_eq!(listed[0]["school"], "school-a");
    assert_eq!(listed[0]["confirmations_needed"], 2);
    assert_eq!(listed[0]["district_share_given"], false);
    let response = post_as(
        &app,
        &admin_token,
        &format!("/box-openings/{id}/district-share"),
        &json!({"passphrase": first_passphrase}),
    )
    .await;
    assert_problem(response, 422, "box_passphrase_wrong").await;
    let response = post_as(
        &app,
        &admin_token,
        &format!("/box-openings/{id}/district-share"),
        &json!({"passphrase": district_passphrase}),
    )
    .await;
    assert_eq!(response.status(), 200);
    let opening: Value = response.json().await.unwrap();
    assert_eq!(opening["status"], "awaiting_quorum");
    let listed: Value = app
        .get_as(&admin_token, &awaiting)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(listed[0]["district_share_given"], true, "{listed}");
    assert_eq!(listed[0]["confirmations_needed"], 1);
    // With quorum − 1 = 2 members, it opens; the district reads nothing.
    let response = confirm(&app, &group[1].token, &id, &group[1].passphrase).await;
    let opening: Value = response.json().await.unwrap();
    assert_eq!(opening["status"], "open");
    assert!(any_contains(
        &retrieved_texts(&app, &group[0].token, &id).await,
        "DISTRICTMARKER"
    ));
    assert_eq!(
        app.get_as(&admin_token, &format!("/box-openings/{id}/appeals"))
            .await
            .status(),
        403
    );
    // The two members sign the act.
    for member in &group[..2] {
        let response = post_as(
            &app,
            &member.token,
            &format!("/box-openings/{id}/sign"),
            &json!({}),
        )
        .await;
        assert_eq!(response.status(), 200);
    }
    let act: Value = app
        .get_as(&group[0].token, &format!("/box-openings/{id}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(act["status"], "signed");
}

#[tokio::test]
async fn a_box_key_replaced_in_the_database_is_caught_and_nothing_is_sealed_to_it() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let group = members(&app, &school, 3).await;
    drop_appeal(&app, "school-a", "before the swap").await;
    // Someone with the database swaps the public key for one they hold.
    let theirs = ishenim::box_keys::crypto::Seed::generate();
    box_key::Entity::update_many()
        .col_expr(box_key::Column::PublicKey, Expr::value(theirs.public_key()))
        .filter(box_key::Column::SchoolId.eq(school.id))
        .exec(&app.db)
        .await
        .unwrap();
    app.state.school_cache.forget("school-a");
    let verification: Value = app
        .get_as(&group[0].token, "/journal/verify?school=school-a")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(verification["valid"], false);
    assert_eq!(verification["box_key_replaced"], true);
    assert_eq!(
        ishenim::box_keys::service::check_all_at_start_up(&app.db)
            .await
            .unwrap(),
        1
    );
    let response = app
        .post_json(
            "/appeals",
            &json!({"school": "school-a", "text": "after the swap", "anonymous": true}),
        )
        .await;
    assert_problem(response, 503, "box_key_untrusted").await;
    let key = box_key_of(&app, &group[0].token, "school-a").await;
    assert_eq!(key["trusted"], false);
}

#[tokio::test]
async fn only_members_set_a_box_passphrase_and_it_is_long_enough() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let director = app.create_staff(&school, &[Role::Director]).await;
    let director_token = app.token(&director).await;
    assert_problem(
        post_as(
            &app,
            &director_token,
            "/me/box-key",
            &json!({"passphrase": "a long enough passphrase"}),
        )
        .await,
        403,
        "not_working_group_member",
    )
    .await;
    let staff = app.create_staff(&school, &[Role::WorkingGroup]).await;
    let token = app.token(&staff).await;
    assert_problem(
        post_as(&app, &token, "/me/box-key", &json!({"passphrase": "short"})).await,
        422,
        "box_passphrase_too_short",
    )
    .await;
    let response = post_as(
        &app,
        &token,
        "/me/box-key",
        &json!({"passphrase": "a long enough passphrase"}),
    )
    .await;
    assert_eq!(response.status(), 201);
    assert_problem(
        post_as(
            &app,
            &token,
            "/me/box-key",
            &json!({"passphrase": "a long enough passphrase"}),
        )
        .await,
        409,
        "box_key_exists",
    )
    .await;
}
