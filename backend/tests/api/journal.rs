//! The journal is a verifiable log: tampering in the database is found.

use entity::journal_entry;
use ishenim::chain::link;
use ishenim::journal::event::{CaseStep, JournalEvent};
use ishenim::journal::store::{append, canonical, NewJournalEntry};
use ishenim::journal::verification::verify;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder,
    TransactionTrait,
};
use uuid::Uuid;

use crate::box_openings::{drop_appeal, open_box, sign_all, working_group};
use crate::helpers::{spawn_app, TestApp};

/// A school with a journal of six registrations made by two signed acts (heads at 3 and 6).
async fn journal_of_two_acts(app: &TestApp) -> Uuid {
    let school = app.create_school("school-a").await;
    let group = working_group(app, &school, 3).await;
    for round in 0..2 {
        for n in 0..3 {
            drop_appeal(
                app,
                "school-a",
                &format!("Round {round} appeal {n}: the stairs are slippery"),
            )
            .await;
        }
        let id = open_box(app, "school-a", &group).await;
        sign_all(app, &id, &group).await;
    }
    let verification = verify(&app.db, school.id).await.unwrap();
    assert!(verification.valid);
    assert_eq!(verification.entries, 6);
    school.id
}

async fn entry(app: &TestApp, school_id: Uuid, seq: i64) -> journal_entry::Model {
    journal_entry::Entity::find()
        .filter(journal_entry::Column::SchoolId.eq(school_id))
        .filter(journal_entry::Column::Seq.eq(seq))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

#[tokio::test]
async fn a_changed_entry_is_found() {
    let app = spawn_app().await;
    let school = journal_of_two_acts(&app).await;
    let mut changed: journal_entry::ActiveModel = entry(&app, school, 2).await.into();
    changed.payload = Set(r#"{"registration_number":"9999/1"}"#.to_owned());
    changed.update(&app.db).await.unwrap();
    let verification = verify(&app.db, school).await.unwrap();
    assert!(!verification.valid);
    assert_eq!(verification.first_invalid, Some(2));
}

#[tokio::test]
async fn a_deleted_entry_is_found() {
    let app = spawn_app().await;
    let school = journal_of_two_acts(&app).await;
    journal_entry::Entity::delete_by_id(entry(&app, school, 4).await.id)
        .exec(&app.db)
        .await
        .unwrap();
    let verification = verify(&app.db, school).await.unwrap();
    assert!(!verification.valid);
    assert_eq!(verification.first_invalid, Some(4));
}

#[tokio::test]
async fn a_deleted_last_entry_is_found_through_the_act_head() {
    let app = spawn_app().await;
    let school = journal_of_two_acts(&app).await;
    journal_entry::Entity::delete_by_id(entry(&app, school, 6).await.id)
        .exec(&app.db)
        .await
        .unwrap();
    let verification = verify(&app.db, school).await.unwrap();
    assert!(!verification.valid);
    assert_eq!(verification.first_invalid, Some(6));
}

#[tokio::test]
async fn reordered_entries_are_found() {
    let app = spawn_app().await;
    let school = journal_of_two_acts(&app).await;
    let (two, three) = (entry(&app, school, 2).await, entry(&app, school, 3).await);
    // Swap their places in the sequence (through a free number, for the unique index).
    for (model, seq) in [(two.clone(), 1000), (three, 2), (two, 3)] {
        let mut active: journal_entry::ActiveModel = model.into();
        active.seq = Set(seq);
        active.update(&app.db).await.unwrap();
    }
    let verification = verify(&app.db, school).await.unwrap();
    assert!(!verification.valid);
    assert_eq!(verification.first_invalid, Some(2));
}

#[tokio::test]
async fn a_chain_rehashed_after_an_edit_is_found_through_the_recorded_heads() {
    let app = spawn_app().await;
    let school = journal_of_two_acts(&app).await;
    // Edit entry 4, then recompute every hash from there on so the chain holds together.
    let entries = journal_entry::Entity::find()
        .filter(journal_entry::Column::SchoolId.eq(school))
        .order_by_asc(journal_entry::Column::Seq)
        .all(&app.db)
        .await
        .unwrap();
    let mut prev = entries[2].hash.clone();
    for mut model in entries.into_iter().skip(3) {
        if model.seq == 4 {
            model.payload = r#"{"registration_number":"forged"}"#.to_owned();
        }
        model.prev_hash = prev.clone();
        model.hash = link(&model.prev_hash, &canonical(&model));
        prev = model.hash.clone();
        let active: journal_entry::ActiveModel = model.clone().into();
        active.reset_all().update(&app.db).await.unwrap();
    }
    let verification = verify(&app.db, school).await.unwrap();
    assert!(!verification.valid);
    // The last head that still matches is the first act's (3): the fault lies after it.
    assert_eq!(verification.first_invalid, Some(4));
}

#[tokio::test]
async fn the_cli_exits_non_zero_for_a_broken_journal() {
    let app = spawn_app().await;
    let school = journal_of_two_acts(&app).await;
    let run = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_ishenim"))
            .args(["journal", "verify", "--school", "school-a"])
            .env("ISHENIM_DATABASE_URL", &app.database_url)
            .env("ISHENIM_DATA_DIR", &app.data_dir)
            .env("ISHENIM_CONFIG", "/nonexistent.toml")
            .output()
            .unwrap()
    };
    let intact = run();
    assert!(
        intact.status.success(),
        "{}",
        String::from_utf8_lossy(&intact.stderr)
    );
    assert!(String::from_utf8_lossy(&intact.stdout).contains("\"valid\": true"));
    journal_entry::Entity::delete_by_id(entry(&app, school, 2).await.id)
        .exec(&app.db)
        .await
        .unwrap();
    let broken = run();
    assert!(!broken.status.success());
    assert!(String::from_utf8_lossy(&broken.stdout).contains("\"first_invalid\": 2"));
}

#[tokio::test]
async fn concurrent_appends_keep_the_chain_whole() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let mut handles = Vec::new();
    for writer in 0..8 {
        let db = app.db.clone();
        let school_id = school.id;
        handles.push(tokio::spawn(async move {
            for n in 0..5 {
                let txn = db.begin().await.unwrap();
                append(
                    &txn,
                    school_id,
                    vec![NewJournalEntry {
                        appeal_id: None,
                        box_opening_id: None,
                        actor_id: None,
                        event: JournalEvent::Case {
                            registration_number: None,
                            step: CaseStep::MeasureTaken {
                                measure_id: Uuid::new_v4(),
                                taken_on: chrono::Utc::now().date_naive(),
                                taken_by: format!("writer {writer}"),
                                summary: format!("measure {n}"),
                            },
                        },
                    }],
                )
                .await
                .unwrap();
                txn.commit().await.unwrap();
            }
        }));
    }
    for handle in handles {
        handle.await.unwrap();
    }
    let verification = verify(&app.db, school.id).await.unwrap();
    assert!(verification.valid, "{verification:?}");
    assert_eq!(verification.entries, 40);
    assert_eq!(verification.head.unwrap().seq, 40);
}
