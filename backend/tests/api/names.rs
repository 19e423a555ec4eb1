//! Names and the parents' narrative in every language: a school's and a district's name, a
//! staff member's position and a monthly report's narrative are given per language (ky, ru,
//! en); a reader's language without a value of its own shows the one in the school's language.
//! Older clients sending one value keep working, and the migration keeps the existing value as
//! the one in the school's language.

use chrono::{TimeZone, Utc};
use entity::Role;
use ishenim::reports::month::Month;
use migration::MigratorTrait;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, TransactionTrait};
use serde_json::{json, Value};

use crate::helpers::{assert_problem, spawn_app, TestApp, TestSchool};

async fn put_as(app: &TestApp, token: &str, path: &str, body: &Value) -> reqwest::Response {
    app.client
        .put(app.url(path))
        .bearer_auth(token)
        .json(body)
        .send()
        .await
        .unwrap()
}

async fn post_as(
    app: &TestApp,
    token: &str,
    path: &str,
    body: Option<&Value>,
) -> reqwest::Response {
    let request = app.client.post(app.url(path)).bearer_auth(token);
    match body {
        Some(body) => request.json(body),
        None => request,
    }
    .send()
    .await
    .unwrap()
}

async fn public(app: &TestApp, path: &str) -> Value {
    let response = app.client.get(app.url(path)).send().await.unwrap();
    assert_eq!(response.status(), 200, "{path}");
    response.json().await.unwrap()
}

fn settings(names: Value) -> Value {
    json!({
        "names": names,
        "opening_quorum": 3,
        "opening_interval_months": 1,
        "answer_deadline_working_days": 14,
        "anonymous_target_working_days": 14,
        "default_language": "ky",
        "time_zone": "Asia/Bishkek",
        "retention_years": 5,
    })
}

#[tokio::test]
async fn a_school_and_its_district_are_named_in_each_language_with_the_schools_as_fallback() {
    let app = spawn_app().await;
    let school = app.create_school("school-n").await;
    let director = app
        .token(&app.create_staff(&school, &[Role::Director]).await)
        .await;
    let district_admin = app
        .token(
            &app.insert_staff(None, Some(school.district_id), &[Role::DistrictAdmin])
                .await,
        )
        .await;

    let changed = put_as(
        &app,
        &director,
        "/schools/school-n/settings",
        &settings(json!({"ky": "№31 «Ынтымак» мектеби", "ru": "Школа №31 «Ынтымак»"})),
    )
    .await;
    assert_eq!(changed.status(), 200);
    let changed: Value = changed.json().await.unwrap();
    assert_eq!(changed["name"], "№31 «Ынтымак» мектеби");
    assert_eq!(
        changed["names"],
        json!({"ky": "№31 «Ынтымак» мектеби", "ru": "Школа №31 «Ынтымак»", "en": null})
    );
    let read: Value = app
        .get_as(&director, "/schools/school-n")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(read["names"], changed["names"]);

    let district = put_as(
        &app,
        &district_admin,
        &format!("/districts/{}/settings", school.district_slug),
        &json!({
            "two_factor_required": false,
            "name": "Түп районунун билим берүү бөлүмү",
            "names": {"ru": "Тюпский районный отдел образования", "en": "Tüp district education office"},
        }),
    )
    .await;
    assert_eq!(district.status(), 200);
    let district: Value = district.json().await.unwrap();
    assert_eq!(district["name"], "Түп районунун билим берүү бөлүмү");
    assert_eq!(
        district["names"]["ru"],
        "Тюпский районный отдел образования"
    );

    // The public page in each language: Russian has its own, English falls back to the
    // school's language (Kyrgyz) for the school and has its own for the district.
    let ru = public(&app, "/schools/school-n/public?lang=ru").await;
    assert_eq!(ru["name"], "Школа №31 «Ынтымак»");
    assert_eq!(ru["district_name"], "Тюпский районный отдел образования");
    let en = public(&app, "/schools/school-n/public?lang=en").await;
    assert_eq!(en["name"], "№31 «Ынтымак» мектеби");
    assert_eq!(en["district_name"], "Tüp district education office");
    let ky = public(&app, "/schools/school-n/public?lang=ky").await;
    assert_eq!(ky["name"], "№31 «Ынтымак» мектеби");
    assert_eq!(ky["district_name"], "Түп районунун билим берүү бөлүмү");
    // Without `?lang=`: the school's language, and every language's beside it.
    let plain = public(&app, "/schools/school-n/public").await;
    assert_eq!(plain["name"], "№31 «Ынтымак» мектеби");
    assert_eq!(plain["names"]["ru"], "Школа №31 «Ынтымак»");
    assert_eq!(plain["names"]["en"], Value::Null);
    assert_eq!(
        plain["district_names"]["en"],
        "Tüp district education office"
    );
    let unknown = app
        .client
        .get(app.url("/schools/school-n/public?lang=de"))
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), 422, "a language the box does not speak");

    // The staff's own views carry every language.
    let me: Value = app.get_as(&director, "/me").await.json().await.unwrap();
    assert_eq!(me["school"]["names"]["ru"], "Школа №31 «Ынтымак»");
    assert_eq!(
        me["district"]["names"]["ru"],
        "Тюпский районный отдел образования"
    );
    let overview: Value = app
        .get_as(
            &district_admin,
            &format!("/districts/{}/schools", school.district_slug),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(overview["names"]["en"], "Tüp district education office");
    assert_eq!(overview["schools"][0]["names"]["ru"], "Школа №31 «Ынтымак»");

    // An older client sending one name changes the school's language only.
    let mut legacy = settings(Value::Null);
    legacy.as_object_mut().unwrap().remove("names");
    legacy["name"] = json!("№31 Ынтымак мектеби");
    let kept: Value = put_as(&app, &director, "/schools/school-n/settings", &legacy)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(kept["name"], "№31 Ынтымак мектеби");
    assert_eq!(kept["names"]["ky"], "№31 Ынтымак мектеби");
    assert_eq!(kept["names"]["ru"], "Школа №31 «Ынтымак»");

    // Changing the school's language makes that language's name the one shown by default.
    let mut to_russian = settings(json!({"ky": "№31 Ынтымак мектеби", "ru": "Школа №31"}));
    to_russian["default_language"] = json!("ru");
    let russian: Value = put_as(&app, &director, "/schools/school-n/settings", &to_russian)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(russian["name"], "Школа №31");
    assert_eq!(
        public(&app, "/schools/school-n/public?lang=en").await["name"],
        "Школа №31"
    );
}

#[tokio::test]
async fn names_are_checked_like_names_and_the_schools_language_is_required() {
    let app = spawn_app().await;
    let school = app.create_school("school-v").await;
    let director = app
        .token(&app.create_staff(&school, &[Role::Director]).await)
        .await;
    let before: Value = app
        .get_as(&director, "/schools/school-v")
        .await
        .json()
        .await
        .unwrap();

    let missing = assert_problem(
        put_as(
            &app,
            &director,
            "/schools/school-v/settings",
            &settings(json!({"ru": "Школа"})),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(missing.errors.as_ref().unwrap()[0].field, "names.ky");
    assert_eq!(missing.errors.as_ref().unwrap()[0].code, "required");

    let reversed = assert_problem(
        put_as(
            &app,
            &director,
            "/schools/school-v/settings",
            &settings(json!({"ky": "Мектеп", "ru": "\u{202E}алокШ"})),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(reversed.errors.as_ref().unwrap()[0].field, "names.ru");
    assert_eq!(
        reversed.errors.as_ref().unwrap()[0].code,
        "direction_control"
    );

    let long = assert_problem(
        put_as(
            &app,
            &director,
            "/schools/school-v/settings",
            &settings(json!({"ky": "Мектеп", "en": "S".repeat(201)})),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(long.errors.as_ref().unwrap()[0].field, "names.en");
    assert_eq!(long.errors.as_ref().unwrap()[0].code, "length");

    let unknown = assert_problem(
        put_as(
            &app,
            &director,
            "/schools/school-v/settings",
            &settings(json!({"ky": "Мектеп", "uz": "Maktab"})),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert!(
        unknown
            .errors
            .iter()
            .flatten()
            .any(|error| error.field.contains("names") || error.message.contains("names")),
        "{unknown:?}"
    );

    let nul = app
        .client
        .put(app.url("/schools/school-v/settings"))
        .bearer_auth(&director)
        .header("content-type", "application/json")
        .body(settings(json!({"ky": "Мектеп", "ru": "Шко\u{0}ла"})).to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(nul.status(), 422);

    let after: Value = app
        .get_as(&director, "/schools/school-v")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(after["name"], before["name"]);
    assert_eq!(after["names"], before["names"]);
}

#[tokio::test]
async fn a_district_opens_a_school_named_in_each_language_and_its_director_has_each_position() {
    let app = spawn_app().await;
    let school = app.create_school("school-home").await;
    let district_admin = app
        .token(
            &app.insert_staff(None, Some(school.district_id), &[Role::DistrictAdmin])
                .await,
        )
        .await;
    let path = format!("/districts/{}/schools", school.district_slug);
    let refused = assert_problem(
        post_as(
            &app,
            &district_admin,
            &path,
            Some(&json!({
                "slug": "school-7",
                "names": {"ky": "№7 мектеп"},
                "default_language": "ru",
                "director": {"login": "d.seven", "full_name": "Айгүл Асанова", "positions": {"ru": "Директор"}, "roles": []},
            })),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(refused.errors.as_ref().unwrap()[0].field, "names.ru");

    let created = post_as(
        &app,
        &district_admin,
        &path,
        Some(&json!({
            "slug": "school-7",
            "names": {"ky": "№7 мектеп", "ru": "Школа №7", "en": "School No. 7"},
            "default_language": "ru",
            "director": {"login": "d.seven", "full_name": "Айгүл Асанова", "positions": {"ky": "Директор", "ru": "Директор школы"}, "roles": []},
        })),
    )
    .await;
    assert_eq!(created.status(), 201);
    let created: Value = created.json().await.unwrap();
    assert_eq!(created["school"]["name"], "Школа №7");
    assert_eq!(created["school"]["names"]["en"], "School No. 7");
    assert_eq!(created["director"]["position"], "Директор школы");
    assert_eq!(created["director"]["positions"]["ky"], "Директор");
    assert_eq!(
        public(&app, "/schools/school-7/public?lang=ky").await["name"],
        "№7 мектеп"
    );
}

#[tokio::test]
async fn a_position_is_given_and_changed_in_each_language() {
    let app = spawn_app().await;
    let school = app.create_school("school-p").await;
    let director = app
        .token(&app.create_staff(&school, &[Role::Director]).await)
        .await;
    let created = post_as(
        &app,
        &director,
        "/schools/school-p/staff",
        Some(&json!({
            "login": "d.sydykova",
            "full_name": "Динара Сыдыкова",
            "positions": {"ky": "Психолог", "ru": "Педагог-психолог", "en": "Psychologist"},
            "roles": ["official"],
        })),
    )
    .await;
    assert_eq!(created.status(), 201);
    let created: Value = created.json().await.unwrap();
    let member = &created["staff"];
    assert_eq!(member["position"], "Психолог");
    assert_eq!(member["positions"]["ru"], "Педагог-психолог");
    let id = member["id"].as_str().unwrap();

    // The school's language is required; an older client's one position is that language's.
    let missing = assert_problem(
        put_as(
            &app,
            &director,
            &format!("/staff/{id}/position"),
            &json!({"positions": {"en": "Counsellor"}}),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(missing.errors.as_ref().unwrap()[0].field, "positions.ky");
    let legacy: Value = put_as(
        &app,
        &director,
        &format!("/staff/{id}/position"),
        &json!({"position": "Мектеп психологу"}),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(legacy["position"], "Мектеп психологу");
    assert_eq!(legacy["positions"]["ru"], "Педагог-психолог");
    let changed: Value = put_as(
        &app,
        &director,
        &format!("/staff/{id}/position"),
        &json!({"positions": {"ky": "Психолог", "en": "School psychologist"}}),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(changed["position"], "Психолог");
    assert_eq!(changed["positions"]["ru"], Value::Null);
    assert_eq!(changed["positions"]["en"], "School psychologist");
    let listed: Value = app
        .get_as(&director, "/schools/school-p/staff")
        .await
        .json()
        .await
        .unwrap();
    let listed = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|member| member["id"] == id)
        .unwrap()
        .clone();
    assert_eq!(listed["positions"]["en"], "School psychologist");

    let official = app
        .token(&app.create_staff(&school, &[Role::Official]).await)
        .await;
    assert_problem(
        put_as(
            &app,
            &official,
            &format!("/staff/{id}/position"),
            &json!({"position": "Директор"}),
        )
        .await,
        403,
        "forbidden",
    )
    .await;
}

/// The school as if it came to Ishenim on the 1st of last month, so that last month's report
/// can be written.
async fn founded_last_month(app: &TestApp, school: &TestSchool) -> Month {
    let last_month = Month::of(ishenim::calendar::today_in("Asia/Bishkek")).previous();
    let since = Utc.from_utc_datetime(&last_month.first_day().and_hms_opt(0, 0, 0).unwrap());
    entity::school::Entity::update_many()
        .col_expr(entity::school::Column::CreatedAt, Expr::value(since))
        .filter(entity::school::Column::Id.eq(school.id))
        .exec(&app.db)
        .await
        .unwrap();
    last_month
}

#[tokio::test]
async fn parents_read_the_narrative_in_their_language_or_the_schools() {
    let app = spawn_app().await;
    let school = app.create_school("school-t").await;
    let socped = app
        .token(&app.create_staff(&school, &[Role::SocialPedagogue]).await)
        .await;
    let month = founded_last_month(&app, &school).await;
    let path = |extra: &str| format!("/reports/monthly{extra}?school=school-t&month={month}");

    let draft = put_as(
        &app,
        &socped,
        &path("/draft"),
        &json!({"narratives": {"ky": "Ата-энелер менен жолуктук.", "ru": "Мы встретились с родителями."}}),
    )
    .await;
    assert_eq!(draft.status(), 200);
    let draft: Value = draft.json().await.unwrap();
    assert_eq!(draft["narrative"], "Ата-энелер менен жолуктук.");
    assert_eq!(draft["narratives"]["ru"], "Мы встретились с родителями.");
    assert_eq!(draft["language"], "ky");

    // One narrative from an older client changes the school's language only.
    let legacy: Value = put_as(
        &app,
        &socped,
        &path("/draft"),
        &json!({"narrative": "Ата-энелер менен жолуктук, жарыкты оңдодук."}),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(
        legacy["narratives"]["ky"],
        "Ата-энелер менен жолуктук, жарыкты оңдодук."
    );
    assert_eq!(legacy["narratives"]["ru"], "Мы встретились с родителями.");
    let published = post_as(&app, &socped, &path("/publication"), None).await;
    assert_eq!(published.status(), 200);

    let ru = public(&app, &format!("/schools/school-t/reports/{month}?lang=ru")).await;
    assert_eq!(ru["narrative"], "Мы встретились с родителями.");
    assert_eq!(ru["narrative_language"], "ru");
    let en = public(&app, "/schools/school-t/reports/latest?lang=en").await;
    assert_eq!(
        en["narrative"],
        "Ата-энелер менен жолуктук, жарыкты оңдодук."
    );
    assert_eq!(en["narrative_language"], "ky");
    assert_eq!(en["school_name"], "School school-t");
    let default = public(&app, "/schools/school-t/reports/latest").await;
    assert_eq!(default["narrative_language"], "ky");

    // A correction keeps the other languages of the version it corrects.
    let correction: Value = put_as(
        &app,
        &socped,
        &path("/draft"),
        &json!({"narrative": "Оңдолду.", "changes": "The Kyrgyz text"}),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(correction["version"], 2);
    assert_eq!(correction["narratives"]["ky"], "Оңдолду.");
    assert_eq!(
        correction["narratives"]["ru"],
        "Мы встретились с родителями."
    );

    let too_long = put_as(
        &app,
        &socped,
        &path("/draft"),
        &json!({"narratives": {"ky": "a", "en": "a".repeat(20_001)}, "changes": "x"}),
    )
    .await;
    let too_long = assert_problem(too_long, 422, "validation_failed").await;
    assert_eq!(too_long.errors.as_ref().unwrap()[0].field, "narratives.en");
}

/// How many migrations to undo to reach the database as it was before names in every language.
fn steps_back_to_single_values() -> u32 {
    use migration::MigratorTrait;
    let migrations = migration::Migrator::migrations();
    let at = migrations
        .iter()
        .position(|migration| migration.name() == "m20261206_000001_texts_in_languages")
        .expect("the migration is listed");
    (migrations.len() - at) as u32
}

#[tokio::test]
async fn the_migration_keeps_each_existing_value_as_the_one_in_the_schools_language() {
    let app = spawn_app().await;
    let school = app.create_school("school-m").await;
    let member = app.create_staff(&school, &[Role::Official]).await;
    let officer = app
        .insert_staff(None, Some(school.district_id), &[Role::DistrictOfficer])
        .await;
    let month = founded_last_month(&app, &school).await;
    let txn = app.db.begin().await.unwrap();
    for (version, narrative) in [(1, "Биз ата-энелер менен жолуктук."), (2, "")]
    {
        ishenim::reports::store::insert_draft(
            &txn,
            ishenim::reports::store::NewVersion {
                school_id: school.id,
                month,
                version,
                figures: "{}".to_owned(),
                narrative: narrative.to_owned(),
                narratives: Default::default(),
                changes: None,
                head: None,
                by: None,
            },
        )
        .await
        .unwrap();
    }
    txn.commit().await.unwrap();

    // Back to the single values, then forward again as an existing database is migrated.
    migration::Migrator::down(&app.db, Some(steps_back_to_single_values()))
        .await
        .unwrap();
    migration::Migrator::up(&app.db, None).await.unwrap();

    let stored = entity::school::Entity::find_by_id(school.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.name, "School school-m");
    assert_eq!(
        stored.names,
        entity::Localized::only("ky", "School school-m")
    );
    let district = entity::district::Entity::find_by_id(school.district_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(district.name, "Test district");
    assert!(district.names.is_empty(), "a district has no language");
    let user = entity::staff_user::Entity::find_by_id(member.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(user.positions, entity::Localized::only("ky", "Teacher"));
    let officer = entity::staff_user::Entity::find_by_id(officer.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(officer.position, "Teacher");
    assert!(officer.positions.is_empty());
    let reports = entity::monthly_report::Entity::find()
        .filter(entity::monthly_report::Column::SchoolId.eq(school.id))
        .all(&app.db)
        .await
        .unwrap();
    for report in reports {
        match report.version {
            1 => assert_eq!(
                report.narratives,
                entity::Localized::only("ky", "Биз ата-энелер менен жолуктук.")
            ),
            _ => assert!(report.narratives.is_empty()),
        }
    }

    // A name with quotes and a backslash comes through as JSON requires.
    let tricky = "Школа \"Ынтымак\" \\ №31";
    entity::school::Entity::update_many()
        .col_expr(entity::school::Column::Name, Expr::value(tricky))
        .filter(entity::school::Column::Id.eq(school.id))
        .exec(&app.db)
        .await
        .unwrap();
    migration::Migrator::down(&app.db, Some(steps_back_to_single_values()))
        .await
        .unwrap();
    migration::Migrator::up(&app.db, None).await.unwrap();
    let stored = entity::school::Entity::find_by_id(school.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.names.get("ky"), Some(tricky));
    let page = public(&app, "/schools/school-m/public?lang=ru").await;
    assert_eq!(page["name"], tricky);
}
