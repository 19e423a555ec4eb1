use entity::Role;
use ishenim::audit::{self, AuditChain};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::helpers::spawn_app;

#[tokio::test]
async fn sign_ins_failed_sign_ins_and_role_grants_are_in_the_audit_trail() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let director = app.create_staff(&school, &[Role::Director]).await;
    app.sign_in(&director).await;
    app.login(&director.login, "wrong password").await;

    let actions: Vec<String> = entity::audit_entry::Entity::find()
        .filter(entity::audit_entry::Column::Chain.eq(AuditChain::School(school.id).key()))
        .order_by_asc(entity::audit_entry::Column::Seq)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|entry| entry.action)
        .collect();
    assert_eq!(
        actions,
        ["staff_created", "role_granted", "sign_in", "sign_in_failed"]
    );
    let verification = audit::verify(&app.db, AuditChain::School(school.id))
        .await
        .unwrap();
    assert!(verification.valid);
    assert_eq!(verification.entries, 4);
}

#[tokio::test]
async fn an_edited_audit_entry_is_found() {
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let director = app.create_staff(&school, &[Role::Director]).await;
    app.sign_in(&director).await;
    let entry = entity::audit_entry::Entity::find()
        .filter(entity::audit_entry::Column::Chain.eq(AuditChain::School(school.id).key()))
        .filter(entity::audit_entry::Column::Seq.eq(2))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let mut edited: entity::audit_entry::ActiveModel = entry.into();
    edited.details = Set(r#"{"login":"someone.else","role":"director"}"#.to_owned());
    edited.update(&app.db).await.unwrap();

    let verification = audit::verify(&app.db, AuditChain::School(school.id))
        .await
        .unwrap();
    assert!(!verification.valid);
    assert_eq!(verification.first_invalid, Some(2));
}
