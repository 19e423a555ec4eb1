//! The authorization matrix: every route of the OpenAPI document is called as every role of
//! the school, as the district office, as staff of another school and of another district,
//! and as nobody; each answer is checked against one table of who may do what. A route
//! missing from the table fails the suite, so a new route cannot forget its check unseen.
//! Every answer read on the way (and every one a district's service account can read) is also
//! searched for the moment of an anonymous drop: staff see days, not moments.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};

use entity::Role;
use serde_json::{json, Value};

use crate::box_openings::{open_box, post_as, sign_all, working_group};
use crate::helpers::spawn_app;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Persona {
    Director,
    Deputy,
    Official,
    SocialPedagogue,
    Member,
    SchoolAdmin,
    DistrictOfficer,
    DistrictAdmin,
    /// The director of another school of the same district.
    OtherSchoolDirector,
    /// An officer of another district.
    OtherDistrictOfficer,
    Nobody,
}

use Persona::*;

const EVERY_STAFF: &[Persona] = &[
    Director,
    Deputy,
    Official,
    SocialPedagogue,
    Member,
    SchoolAdmin,
    DistrictOfficer,
    DistrictAdmin,
    OtherSchoolDirector,
    OtherDistrictOfficer,
];
const SCHOOL_AND_DISTRICT: &[Persona] = &[
    Director,
    Deputy,
    Official,
    SocialPedagogue,
    Member,
    SchoolAdmin,
    DistrictOfficer,
    DistrictAdmin,
];
const OVERVIEW: &[Persona] = &[
    Director,
    Deputy,
    Official,
    SocialPedagogue,
    Member,
    SchoolAdmin,
    DistrictOfficer,
];
const OPENINGS: &[Persona] = &[Director, Member, SchoolAdmin, DistrictOfficer];
const SETTINGS: &[Persona] = &[Director, SchoolAdmin, DistrictAdmin];
const CASE_HANDLERS: &[Persona] = &[Director, Official];

/// Who may call a route.
enum Access {
    /// No sign-in: the public side.
    Public,
    /// Signed-in staff among these.
    Staff(&'static [Persona]),
}

/// One row of the table: the route as the document names it, the call to make (with
/// `{case}`-style placeholders filled from the scene), its body, and who may.
struct Rule {
    method: &'static str,
    route: &'static str,
    call: &'static str,
    body: Option<Value>,
    access: Access,
}

fn rule(
    method: &'static str,
    route: &'static str,
    call: &'static str,
    body: Option<Value>,
    access: Access,
) -> Rule {
    Rule {
        method,
        route,
        call,
        body,
        access,
    }
}

/// The table, in the order the calls are made: reads first, then the steps of a case, then
/// the opening in progress, and last what changes who belongs where.
fn table() -> Vec<Rule> {
    use Access::{Public, Staff};
    let today = ishenim::calendar::today_in("Asia/Bishkek");
    vec![
        rule("GET", "/api/v1/health", "/health", None, Public),
        rule(
            "GET",
            "/api/v1/schools/{slug}/public",
            "/schools/school-a/public",
            None,
            Public,
        ),
        rule(
            "POST",
            "/api/v1/appeals",
            "/appeals",
            Some(json!({"school": "school-a", "text": "A matrix appeal", "anonymous": true})),
            Public,
        ),
        rule(
            "POST",
            "/api/v1/appeals/track",
            "/appeals/track",
            Some(json!({"receipt": "{receipt}"})),
            Public,
        ),
        rule(
            "POST",
            "/api/v1/appeals/track/messages",
            "/appeals/track/messages",
            Some(json!({"receipt": "{receipt}", "text": "More"})),
            Public,
        ),
        rule(
            "POST",
            "/api/v1/schools/{slug}/files",
            "/schools/school-a/files",
            None,
            Public,
        ),
        rule(
            "POST",
            "/api/v1/appeals/track/files",
            "/appeals/track/files",
            None,
            Public,
        ),
        rule(
            "POST",
            "/api/v1/auth/login",
            "/auth/login",
            Some(json!({"login": "nobody", "password": "wrong password"})),
            Public,
        ),
        rule(
            "POST",
            "/api/v1/auth/refresh",
            "/auth/refresh",
            Some(json!({"refresh_token": "not-a-token"})),
            Public,
        ),
        rule(
            "POST",
            "/api/v1/auth/logout",
            "/auth/logout",
            Some(json!({"refresh_token": "not-a-token"})),
            Public,
        ),
        rule("GET", "/api/v1/me", "/me", None, Staff(EVERY_STAFF)),
        rule(
            "POST",
            "/api/v1/me/password",
            "/me/password",
            Some(
                json!({"current_password": "not the password", "new_password": "a new long password"}),
            ),
            Staff(EVERY_STAFF),
        ),
        rule(
            "GET",
            "/api/v1/me/box-key",
            "/me/box-key",
            None,
            Staff(EVERY_STAFF),
        ),
        rule(
            "POST",
            "/api/v1/me/box-key",
            "/me/box-key",
            Some(json!({"passphrase": "a long enough box passphrase"})),
            Staff(&[Member]),
        ),
        rule(
            "POST",
            "/api/v1/me/box-key/passphrase",
            "/me/box-key/passphrase",
            Some(
                json!({"current": "not the passphrase", "new_passphrase": "another long passphrase"}),
            ),
            Staff(&[Member]),
        ),
        rule(
            "GET",
            "/api/v1/schools/{slug}/box-key",
            "/schools/school-a/box-key",
            None,
            Staff(OPENINGS),
        ),
        rule(
            "GET",
            "/api/v1/me/two-factor",
            "/me/two-factor",
            None,
            Staff(EVERY_STAFF),
        ),
        rule(
            "POST",
            "/api/v1/me/two-factor/enrolment",
            "/me/two-factor/enrolment",
            Some(json!({"password": "not the password"})),
            Staff(EVERY_STAFF),
        ),
        rule(
            "POST",
            "/api/v1/me/two-factor/confirmation",
            "/me/two-factor/confirmation",
            Some(json!({"code": "123456"})),
            Staff(EVERY_STAFF),
        ),
        rule(
            "POST",
            "/api/v1/me/two-factor/recovery-codes",
            "/me/two-factor/recovery-codes",
            Some(json!({"code": "123456"})),
            Staff(EVERY_STAFF),
        ),
        rule(
            "POST",
            "/api/v1/me/two-factor/removal",
            "/me/two-factor/removal",
            Some(json!({"password": "not the password", "code": "123456"})),
            Staff(EVERY_STAFF),
        ),
        rule(
            "GET",
            "/api/v1/districts/{slug}/settings",
            "/districts/tup/settings",
            None,
            Staff(&[DistrictAdmin]),
        ),
        rule(
            "PUT",
            "/api/v1/districts/{slug}/settings",
            "/districts/tup/settings",
            Some(json!({"two_factor_required": false})),
            Staff(&[DistrictAdmin]),
        ),
        rule(
            "POST",
            "/api/v1/districts/{slug}/box-key",
            "/districts/tup/box-key",
            Some(json!({"passphrase": "the district's box passphrase"})),
            Staff(&[DistrictAdmin]),
        ),
        rule(
            "GET",
            "/api/v1/districts/{slug}/openings-awaiting-quorum",
            "/districts/tup/openings-awaiting-quorum",
            None,
            Staff(&[DistrictAdmin]),
        ),
        rule(
            "POST",
            "/api/v1/districts/{slug}/box-key/passphrase",
            "/districts/tup/box-key/passphrase",
            Some(
                json!({"current": "the district's box passphrase", "new_passphrase": "another box passphrase"}),
            ),
            Staff(&[DistrictAdmin]),
        ),
        rule(
            "GET",
            "/api/v1/schools/{slug}",
            "/schools/school-a",
            None,
            Staff(SCHOOL_AND_DISTRICT),
        ),
        rule(
            "GET",
            "/api/v1/schools/{slug}/staff",
            "/schools/school-a/staff",
            None,
            Staff(&[Director, SchoolAdmin, DistrictAdmin]),
        ),
        rule(
            "GET",
            "/api/v1/schools/{slug}/box-status",
            "/schools/school-a/box-status",
            None,
            Staff(OVERVIEW),
        ),
        rule(
            "GET",
            "/api/v1/schools/{slug}/holidays",
            "/schools/school-a/holidays",
            None,
            Staff(SCHOOL_AND_DISTRICT),
        ),
        rule(
            "PUT",
            "/api/v1/schools/{slug}/holidays",
            "/schools/school-a/holidays",
            Some(json!({"holidays": [{"day": "2027-01-01", "name": "New Year"}]})),
            Staff(SETTINGS),
        ),
        rule(
            "GET",
            "/api/v1/schools/{slug}/screening-words",
            "/schools/school-a/screening-words",
            None,
            Staff(&[Director, SchoolAdmin]),
        ),
        rule(
            "POST",
            "/api/v1/schools/{slug}/screening-words",
            "/schools/school-a/screening-words",
            Some(json!({"word": "matrixword", "rule": "block"})),
            Staff(&[Director, SchoolAdmin]),
        ),
        rule(
            "DELETE",
            "/api/v1/schools/{slug}/screening-words/{id}",
            "/schools/school-a/screening-words/{word}",
            None,
            Staff(&[Director, SchoolAdmin]),
        ),
        rule(
            "GET",
            "/api/v1/schools/{slug}/working-group",
            "/schools/school-a/working-group",
            None,
            Staff(OPENINGS),
        ),
        rule(
            "GET",
            "/api/v1/alerts",
            "/alerts?school=school-a",
            None,
            Staff(&[Director, Member]),
        ),
        rule(
            "GET",
            "/api/v1/appeals",
            "/appeals?school=school-a",
            None,
            Staff(OVERVIEW),
        ),
        rule(
            "GET",
            "/api/v1/appeals/{id}",
            "/appeals/{case}",
            None,
            Staff(OVERVIEW),
        ),
        rule(
            "GET",
            "/api/v1/journal",
            "/journal?school=school-a",
            None,
            Staff(SCHOOL_AND_DISTRICT),
        ),
        rule(
            "GET",
            "/api/v1/journal/verify",
            "/journal/verify?school=school-a",
            None,
            Staff(SCHOOL_AND_DISTRICT),
        ),
        rule(
            "GET",
            "/api/v1/audit",
            "/audit?school=school-a",
            None,
            Staff(&[Director, DistrictOfficer]),
        ),
        rule(
            "GET",
            "/api/v1/referral-bodies",
            "/referral-bodies?school=school-a",
            None,
            Staff(OVERVIEW),
        ),
        rule(
            "POST",
            "/api/v1/referral-bodies",
            "/referral-bodies",
            Some(
                json!({"school": "school-a", "name_ky": "Психолог", "name_ru": "Психолог", "name_en": "Psychologist"}),
            ),
            Staff(SETTINGS),
        ),
        rule(
            "GET",
            "/api/v1/reports/monthly",
            "/reports/monthly?school=school-a&month={last_month}",
            None,
            Staff(SCHOOL_AND_DISTRICT),
        ),
        rule(
            "GET",
            "/api/v1/reports/monthly/export",
            "/reports/monthly/export?school=school-a&month={last_month}&format=csv",
            None,
            Staff(SCHOOL_AND_DISTRICT),
        ),
        rule(
            "PUT",
            "/api/v1/reports/monthly/draft",
            "/reports/monthly/draft?school=school-a&month={last_month}",
            Some(json!({"narrative": "A quiet month."})),
            Staff(&[Director, SocialPedagogue]),
        ),
        rule(
            "POST",
            "/api/v1/reports/monthly/publication",
            "/reports/monthly/publication?school=school-a&month={last_month}",
            None,
            Staff(&[Director, SocialPedagogue]),
        ),
        rule(
            "GET",
            "/api/v1/schools/{slug}/reports/{month}",
            "/schools/school-a/reports/latest",
            None,
            Public,
        ),
        rule(
            "POST",
            "/api/v1/auth/token",
            "/auth/token",
            Some(
                json!({"grant_type": "client_credentials", "client_id": "x", "client_secret": "y"}),
            ),
            Public,
        ),
        rule(
            "GET",
            "/api/v1/districts/{slug}/schools",
            "/districts/tup/schools",
            None,
            Staff(&[DistrictOfficer, DistrictAdmin]),
        ),
        rule(
            "GET",
            "/api/v1/districts/{slug}/statistics",
            "/districts/tup/statistics",
            None,
            Staff(&[DistrictOfficer, DistrictAdmin]),
        ),
        rule(
            "GET",
            "/api/v1/districts/{slug}/journal-heads",
            "/districts/tup/journal-heads",
            None,
            Staff(&[DistrictOfficer, DistrictAdmin]),
        ),
        rule(
            "GET",
            "/api/v1/districts/{slug}/service-accounts",
            "/districts/tup/service-accounts",
            None,
            Staff(&[DistrictAdmin]),
        ),
        rule(
            "POST",
            "/api/v1/districts/{slug}/service-accounts",
            "/districts/tup/service-accounts",
            Some(json!({"name": "District statistics", "scopes": ["district:read"]})),
            Staff(&[DistrictAdmin]),
        ),
        rule(
            "DELETE",
            "/api/v1/districts/{slug}/service-accounts/{id}",
            "/districts/tup/service-accounts/{account}",
            None,
            Staff(&[DistrictAdmin]),
        ),
        rule(
            "GET",
            "/api/v1/districts/{slug}/webhooks",
            "/districts/tup/webhooks",
            None,
            Staff(&[DistrictAdmin]),
        ),
        rule(
            "POST",
            "/api/v1/districts/{slug}/webhooks",
            "/districts/tup/webhooks",
            Some(json!({"url": "http://127.0.0.1:9/hook", "events": ["report.published"]})),
            Staff(&[DistrictAdmin]),
        ),
        rule(
            "DELETE",
            "/api/v1/districts/{slug}/webhooks/{id}",
            "/districts/tup/webhooks/{webhook}",
            None,
            Staff(&[DistrictAdmin]),
        ),
        rule(
            "GET",
            "/api/v1/box-openings",
            "/box-openings?school=school-a",
            None,
            Staff(OPENINGS),
        ),
        rule(
            "GET",
            "/api/v1/box-openings/{id}/act",
            "/box-openings/{signed}/act",
            None,
            Staff(OPENINGS),
        ),
        rule(
            "POST",
            "/api/v1/box-openings/{id}/acknowledgement",
            "/box-openings/{signed}/acknowledgement",
            Some(json!({})),
            Staff(&[Director]),
        ),
        rule(
            "GET",
            "/api/v1/cases",
            "/cases?school=school-a",
            None,
            Staff(OVERVIEW),
        ),
        rule(
            "GET",
            "/api/v1/cases/{id}",
            "/cases/{case}",
            None,
            Staff(CASE_HANDLERS),
        ),
        rule(
            "GET",
            "/api/v1/cases/{id}/files/{file_id}",
            "/cases/{case}/files/00000000-0000-4000-8000-000000000000",
            None,
            Staff(CASE_HANDLERS),
        ),
        rule(
            "POST",
            "/api/v1/cases/{id}/assignment",
            "/cases/{case}/assignment",
            Some(json!({"official_id": "{official}"})),
            Staff(&[Director]),
        ),
        rule(
            "POST",
            "/api/v1/cases/{id}/concerned-staff",
            "/cases/{case}/concerned-staff",
            Some(json!({"staff_id": "{spare}"})),
            Staff(CASE_HANDLERS),
        ),
        rule(
            "POST",
            "/api/v1/cases/{id}/measures",
            "/cases/{case}/measures",
            Some(
                json!({"taken_on": today, "taken_by": "Deputy", "summary": "Talked to the class"}),
            ),
            Staff(CASE_HANDLERS),
        ),
        rule(
            "POST",
            "/api/v1/cases/{id}/notes",
            "/cases/{case}/notes",
            Some(json!({"text": "Internal"})),
            Staff(CASE_HANDLERS),
        ),
        rule(
            "POST",
            "/api/v1/cases/{id}/referrals",
            "/cases/{case}/referrals",
            Some(
                json!({"body_id": "00000000-0000-0000-0000-000000000002", "referred_on": today, "method": "letter"}),
            ),
            Staff(CASE_HANDLERS),
        ),
        rule(
            "POST",
            "/api/v1/cases/{id}/referrals/{referral_id}/reply",
            "/cases/{case}/referrals/{referral}/reply",
            Some(json!({"received_on": today, "summary": "Seen"})),
            Staff(CASE_HANDLERS),
        ),
        rule(
            "POST",
            "/api/v1/cases/{id}/answers",
            "/cases/{case}/answers",
            Some(json!({"text": "An answer"})),
            Staff(CASE_HANDLERS),
        ),
        rule(
            "POST",
            "/api/v1/cases/{id}/answers/{answer_id}/approval",
            "/cases/{case}/answers/{answer}/approval",
            Some(json!({})),
            Staff(&[Director]),
        ),
        rule(
            "POST",
            "/api/v1/cases/{id}/closing",
            "/cases/{case}/closing",
            Some(json!({"outcome": "resolved"})),
            Staff(CASE_HANDLERS),
        ),
        rule(
            "GET",
            "/api/v1/box-openings/{id}",
            "/box-openings/{open}",
            None,
            Staff(OPENINGS),
        ),
        rule(
            "POST",
            "/api/v1/box-openings",
            "/box-openings",
            Some(json!({"school": "school-a"})),
            Staff(&[Member]),
        ),
        rule(
            "POST",
            "/api/v1/box-openings/{id}/confirmations",
            "/box-openings/{open}/confirmations",
            Some(json!({})),
            Staff(&[Member]),
        ),
        rule(
            "POST",
            "/api/v1/box-openings/{id}/district-share",
            "/box-openings/{open}/district-share",
            Some(json!({"passphrase": "not the district passphrase"})),
            Staff(&[DistrictAdmin]),
        ),
        rule(
            "GET",
            "/api/v1/box-openings/{id}/appeals",
            "/box-openings/{open}/appeals",
            None,
            Staff(&[Member]),
        ),
        rule(
            "POST",
            "/api/v1/box-openings/{id}/appeals/{appeal_id}/files",
            "/box-openings/{open}/appeals/{paper}/files",
            None,
            Staff(&[Member]),
        ),
        rule(
            "GET",
            "/api/v1/box-openings/{id}/appeals/{appeal_id}/files/{file_id}",
            "/box-openings/{open}/appeals/{paper}/files/00000000-0000-4000-8000-000000000000",
            None,
            Staff(&[Member]),
        ),
        rule(
            "POST",
            "/api/v1/box-openings/{id}/paper-appeals",
            "/box-openings/{open}/paper-appeals",
            Some(json!({"text": "A paper note", "anonymous": true})),
            Staff(&[Member]),
        ),
        rule(
            "POST",
            "/api/v1/box-openings/{id}/appeals/{appeal_id}/set-aside",
            "/box-openings/{open}/appeals/{paper}/set-aside",
            Some(json!({"reason": "not_an_appeal"})),
            Staff(&[Member]),
        ),
        rule(
            "POST",
            "/api/v1/box-openings/{id}/sign",
            "/box-openings/{open}/sign",
            Some(json!({})),
            Staff(&[Member]),
        ),
        rule(
            "POST",
            "/api/v1/box-openings/{id}/abandon",
            "/box-openings/{open}/abandon",
            Some(json!({})),
            Staff(&[Member]),
        ),
        rule(
            "POST",
            "/api/v1/districts/{slug}/schools",
            "/districts/tup/schools",
            Some(
                json!({"slug": "school-new", "name": "New school", "default_language": "ky", "director": {"login": "new.director", "full_name": "New Director", "position": "Director", "roles": []}}),
            ),
            Staff(&[DistrictAdmin]),
        ),
        rule(
            "PUT",
            "/api/v1/schools/{slug}/settings",
            "/schools/school-a/settings",
            Some(
                json!({"name": "School school-a", "opening_quorum": 3, "opening_interval_months": 1, "answer_deadline_working_days": 14, "anonymous_target_working_days": 14, "default_language": "ky", "time_zone": "Asia/Bishkek", "retention_years": 5}),
            ),
            Staff(SETTINGS),
        ),
        rule(
            "POST",
            "/api/v1/schools/{slug}/staff",
            "/schools/school-a/staff",
            Some(
                json!({"login": "matrix.new", "full_name": "New Member", "position": "Teacher", "roles": ["official"]}),
            ),
            Staff(SETTINGS),
        ),
        rule(
            "PUT",
            "/api/v1/staff/{id}/roles",
            "/staff/{member}/roles",
            Some(json!({"roles": ["official", "deputy"]})),
            Staff(SETTINGS),
        ),
        rule(
            "PUT",
            "/api/v1/staff/{id}/position",
            "/staff/{member}/position",
            Some(json!({"positions": {"ky": "Мугалим", "ru": "Учитель"}})),
            Staff(SETTINGS),
        ),
        rule(
            "POST",
            "/api/v1/staff/{id}/password-reset",
            "/staff/{member}/password-reset",
            None,
            Staff(SETTINGS),
        ),
        rule(
            "POST",
            "/api/v1/staff/{id}/two-factor-reset",
            "/staff/{member}/two-factor-reset",
            None,
            Staff(SETTINGS),
        ),
        rule(
            "POST",
            "/api/v1/staff/{id}/deactivation",
            "/staff/{member}/deactivation",
            None,
            Staff(SETTINGS),
        ),
        rule(
            "PUT",
            "/api/v1/schools/{slug}/working-group/{user_id}",
            "/schools/school-a/working-group/{spare}",
            None,
            Staff(&[Director, SchoolAdmin]),
        ),
        rule(
            "DELETE",
            "/api/v1/schools/{slug}/working-group/{user_id}",
            "/schools/school-a/working-group/{spare}",
            None,
            Staff(&[Director, SchoolAdmin]),
        ),
    ]
}

fn fill(text: &str, values: &BTreeMap<&str, String>) -> String {
    values.iter().fold(text.to_owned(), |text, (key, value)| {
        text.replace(&format!("{{{key}}}"), value)
    })
}

fn fill_json(value: &Value, values: &BTreeMap<&str, String>) -> Value {
    match value {
        Value::String(text) => Value::String(fill(text, values)),
        Value::Array(items) => Value::Array(items.iter().map(|v| fill_json(v, values)).collect()),
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), fill_json(v, values)))
                .collect(),
        ),
        other => other.clone(),
    }
}

#[tokio::test]
async fn every_route_answers_every_caller_as_the_table_says() {
    let app = spawn_app().await;
    let school = app.create_school_in("school-a", "tup").await;
    let neighbour = app.create_school_in("school-b", "tup").await;
    let elsewhere = app.create_school_in("school-z", "naryn").await;

    let mut tokens: BTreeMap<Persona, String> = BTreeMap::new();
    let mut ids: BTreeMap<&str, String> = BTreeMap::new();
    for (persona, roles) in [
        (Director, vec![Role::Director]),
        (Deputy, vec![Role::Deputy]),
        (Official, vec![Role::Official]),
        (SocialPedagogue, vec![Role::SocialPedagogue]),
        (SchoolAdmin, vec![Role::SchoolAdmin]),
    ] {
        let staff = app.create_staff(&school, &roles).await;
        if persona == Official {
            ids.insert("official", staff.id.to_string());
        }
        tokens.insert(persona, app.token(&staff).await);
    }
    let group = working_group(&app, &school, 3).await;
    tokens.insert(Member, group.tokens[0].clone());
    for (persona, role) in [
        (DistrictOfficer, Role::DistrictOfficer),
        (DistrictAdmin, Role::DistrictAdmin),
    ] {
        let staff = app
            .insert_staff(None, Some(school.district_id), &[role])
            .await;
        tokens.insert(persona, app.token(&staff).await);
    }
    let other = app.create_staff(&neighbour, &[Role::Director]).await;
    tokens.insert(OtherSchoolDirector, app.token(&other).await);
    let other = app
        .insert_staff(None, Some(elsewhere.district_id), &[Role::DistrictOfficer])
        .await;
    tokens.insert(OtherDistrictOfficer, app.token(&other).await);
    let spare = app.create_staff(&school, &[Role::Official]).await;
    ids.insert("spare", spare.id.to_string());
    let member = app.create_staff(&school, &[Role::Official]).await;
    ids.insert("member", member.id.to_string());

    // A registered case assigned to the official, with a draft answer and a referral; a signed
    // act; an opening in progress with a paper note; a screening word. The anonymous drops are
    // made at moments apart from every staff action, so that any answer naming such a moment
    // is seen to tell when a drop arrived.
    let mut drops = DropMoments::default();
    let receipt: Value = drops
        .drop(&app, "The matrix case")
        .await
        .json()
        .await
        .unwrap();
    ids.insert("receipt", receipt["receipt"].as_str().unwrap().to_owned());
    let signed = open_box(&app, "school-a", &group).await;
    sign_all(&app, &signed, &group).await;
    ids.insert("signed", signed);
    let director = tokens[&Director].clone();
    let cases: Value = app
        .get_as(&director, "/cases?school=school-a")
        .await
        .json()
        .await
        .unwrap();
    let case = cases["items"][0]["id"].as_str().unwrap().to_owned();
    ids.insert("case", case.clone());
    let assigned = post_as(
        &app,
        &director,
        &format!("/cases/{case}/assignment"),
        &json!({"official_id": ids["official"]}),
    )
    .await;
    assert_eq!(assigned.status(), 200);
    let answer: Value = post_as(
        &app,
        &director,
        &format!("/cases/{case}/answers"),
        &json!({"text": "Draft"}),
    )
    .await
    .json()
    .await
    .unwrap();
    ids.insert("answer", answer["id"].as_str().unwrap().to_owned());
    let today = ishenim::calendar::today_in("Asia/Bishkek");
    let referral: Value = post_as(
        &app,
        &director,
        &format!("/cases/{case}/referrals"),
        &json!({"body_id": "00000000-0000-0000-0000-000000000001", "referred_on": today, "method": "phone"}),
    )
    .await
    .json()
    .await
    .unwrap();
    ids.insert("referral", referral["id"].as_str().unwrap().to_owned());
    let word: Value = post_as(
        &app,
        &director,
        "/schools/school-a/screening-words",
        &json!({"word": "tablematrix", "rule": "block"}),
    )
    .await
    .json()
    .await
    .unwrap();
    ids.insert("word", word["id"].as_str().unwrap().to_owned());
    let open = open_box(&app, "school-a", &group).await;
    let paper: Value = post_as(
        &app,
        &group.tokens[1],
        &format!("/box-openings/{open}/paper-appeals"),
        &json!({"text": "Seed note", "anonymous": true}),
    )
    .await
    .json()
    .await
    .unwrap();
    ids.insert("paper", paper["id"].as_str().unwrap().to_owned());
    ids.insert("open", open);
    let still_sealed = drops.drop(&app, "A drop still in the box").await;
    assert_eq!(still_sealed.status(), 201);
    let last_month = ishenim::reports::month::Month::of(today).previous();
    ids.insert("last_month", last_month.to_string());
    let account: Value = post_as(
        &app,
        &tokens[&DistrictAdmin],
        "/districts/tup/service-accounts",
        &json!({"name": "Matrix", "scopes": ["reports:read"]}),
    )
    .await
    .json()
    .await
    .unwrap();
    ids.insert(
        "account",
        account["account"]["id"].as_str().unwrap().to_owned(),
    );
    let webhook: Value = post_as(
        &app,
        &tokens[&DistrictAdmin],
        "/districts/tup/webhooks",
        &json!({"url": "http://127.0.0.1:9/matrix", "events": ["box.overdue"]}),
    )
    .await
    .json()
    .await
    .unwrap();
    ids.insert(
        "webhook",
        webhook["subscription"]["id"].as_str().unwrap().to_owned(),
    );

    // Every route of the document has a row, and every row a route.
    let document: Value = app
        .client
        .get(app.url("/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let mut documented: BTreeMap<(String, String), bool> = BTreeMap::new();
    for (path, operations) in document["paths"].as_object().unwrap() {
        for (method, operation) in operations.as_object().unwrap() {
            if ["get", "post", "put", "delete", "patch"].contains(&method.as_str()) {
                let secured = operation.get("security").is_some();
                documented.insert((method.to_uppercase(), path.clone()), secured);
            }
        }
    }
    let table = table();
    let tabled: BTreeSet<(String, String)> = table
        .iter()
        .map(|rule| (rule.method.to_owned(), rule.route.to_owned()))
        .collect();
    let missing: Vec<_> = documented
        .keys()
        .filter(|key| !tabled.contains(*key))
        .collect();
    assert!(
        missing.is_empty(),
        "routes without a row in the authorization table: {missing:?}"
    );
    let stale: Vec<_> = tabled
        .iter()
        .filter(|key| !documented.contains_key(*key))
        .collect();
    assert!(
        stale.is_empty(),
        "rows for routes that do not exist: {stale:?}"
    );

    let personas = [
        Nobody,
        OtherDistrictOfficer,
        OtherSchoolDirector,
        DistrictAdmin,
        DistrictOfficer,
        SchoolAdmin,
        Member,
        SocialPedagogue,
        Deputy,
        Official,
        Director,
    ];
    let mut failures = Vec::new();
    for rule in &table {
        let secured = documented[&(rule.method.to_owned(), rule.route.to_owned())];
        let allowed = match rule.access {
            Access::Public => {
                if secured {
                    failures.push(format!(
                        "{} {}: public in the table, secured in the document",
                        rule.method, rule.route
                    ));
                }
                continue;
            }
            Access::Staff(allowed) => {
                if !secured {
                    failures.push(format!(
                        "{} {}: staff-only in the table, public in the document",
                        rule.method, rule.route
                    ));
                }
                allowed
            }
        };
        let url = app.url(&fill(rule.call, &ids));
        let body = rule.body.as_ref().map(|body| fill_json(body, &ids));
        // Those who may not go first, so that what the allowed ones change cannot hide a
        // missing check.
        for persona in personas {
            let method = reqwest::Method::from_bytes(rule.method.as_bytes()).unwrap();
            let mut request = app.client.request(method, &url);
            if let Some(token) = tokens.get(&persona) {
                request = request.bearer_auth(token);
            }
            if let Some(body) = &body {
                request = request.json(body);
            }
            let response = request.send().await.unwrap();
            let status = response.status().as_u16();
            let text = response.text().await.unwrap_or_default();
            if rule.method == "GET" {
                failures.extend(drops.named_in(&format!("{} as {persona:?}", rule.call), &text));
            }
            let ok = if persona == Nobody {
                status == 401
            } else if allowed.contains(&persona) {
                status != 401 && status != 403 && status < 500
            } else {
                status == 403
            };
            if !ok {
                failures.push(format!(
                    "{} {} as {persona:?}: {status} {}",
                    rule.method,
                    rule.call,
                    text.chars().take(200).collect::<String>()
                ));
            }
        }
    }
    // The control: the search finds the moment of a drop where there is one.
    let (from, _) = drops.windows[0];
    assert_eq!(
        drops
            .named_in("control", &json!({"at": from}).to_string())
            .len(),
        1
    );
    // A district's system reads what its service account may: no moment of a drop either.
    let system: Value = post_as(
        &app,
        &tokens[&DistrictAdmin],
        "/districts/tup/service-accounts",
        &json!({"name": "Every scope", "scopes": ["district:read", "reports:read", "journal:read"]}),
    )
    .await
    .json()
    .await
    .unwrap();
    let granted: Value = app
        .post_json(
            "/auth/token",
            &json!({
                "grant_type": "client_credentials",
                "client_id": system["account"]["client_id"],
                "client_secret": system["client_secret"],
            }),
        )
        .await
        .json()
        .await
        .unwrap();
    let account_token = granted["access_token"].as_str().unwrap().to_owned();
    for rule in table.iter().filter(|rule| rule.method == "GET") {
        let response = app
            .client
            .get(app.url(&fill(rule.call, &ids)))
            .bearer_auth(&account_token)
            .send()
            .await
            .unwrap();
        let text = response.text().await.unwrap_or_default();
        failures.extend(drops.named_in(&format!("{} as a service account", rule.call), &text));
    }
    assert!(
        failures.is_empty(),
        "the answers differ from the table:\n{}",
        failures.join("\n")
    );
}

/// The moments anonymous appeals were dropped, each kept apart from staff actions by
/// `DropMoments::APART` on both sides.
#[derive(Default)]
struct DropMoments {
    windows: Vec<(DateTime<Utc>, DateTime<Utc>)>,
}

impl DropMoments {
    const APART: std::time::Duration = std::time::Duration::from_millis(1_100);

    async fn drop(&mut self, app: &crate::helpers::TestApp, text: &str) -> reqwest::Response {
        tokio::time::sleep(Self::APART).await;
        let from = Utc::now();
        let response = app
            .post_json(
                "/appeals",
                &json!({"school": "school-a", "text": text, "anonymous": true}),
            )
            .await;
        let to = Utc::now();
        tokio::time::sleep(Self::APART).await;
        self.windows.push((from, to));
        response
    }

    /// Every moment in an answer (any RFC 3339 time in its text) that falls within half a
    /// second of a drop: none may.
    fn named_in(&self, what: &str, text: &str) -> Vec<String> {
        let margin = chrono::Duration::milliseconds(500);
        text.split(|c: char| !(c.is_ascii_alphanumeric() || ":.+-".contains(c)))
            .filter_map(|token| DateTime::parse_from_rfc3339(token).ok())
            .map(|moment| moment.with_timezone(&Utc))
            .filter(|moment| {
                self.windows
                    .iter()
                    .any(|(from, to)| *from - margin <= *moment && *moment <= *to + margin)
            })
            .map(|moment| format!("{what}: names {moment}, the moment of a drop"))
            .collect()
    }
}
