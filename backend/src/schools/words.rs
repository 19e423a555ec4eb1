//! A school's own screening words: the database side, with every change in the audit trail.

use chrono::Utc;
use entity::school_word;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseTransaction, DbErr, EntityTrait,
    QueryFilter, QueryOrder,
};
use serde_json::json;
use uuid::Uuid;

use crate::audit::{self, Actor, AuditAction, AuditChain, AuditEvent};

/// The school's words, alphabetically.
pub async fn list_words<C: ConnectionTrait>(
    db: &C,
    school_id: Uuid,
) -> Result<Vec<school_word::Model>, DbErr> {
    school_word::Entity::find()
        .filter(school_word::Column::SchoolId.eq(school_id))
        .order_by_asc(school_word::Column::Word)
        .all(db)
        .await
}

/// Adds a word, or changes the rule of a word the school already has.
pub async fn put_word(
    txn: &DatabaseTransaction,
    actor: Actor,
    actor_id: Uuid,
    school_id: Uuid,
    word: &str,
    rule: school_word::WordRule,
) -> Result<school_word::Model, DbErr> {
    let existing = school_word::Entity::find()
        .filter(school_word::Column::SchoolId.eq(school_id))
        .filter(school_word::Column::Word.eq(word))
        .one(txn)
        .await?;
    if let Some(existing) = &existing {
        school_word::Entity::delete_by_id(existing.id)
            .exec(txn)
            .await?;
    }
    let model = school_word::Model {
        id: Uuid::new_v4(),
        school_id,
        word: word.to_owned(),
        rule,
        created_by: actor_id,
        created_at: Utc::now(),
    };
    school_word::Entity::insert(school_word::ActiveModel {
        id: Set(model.id),
        school_id: Set(model.school_id),
        word: Set(model.word.clone()),
        rule: Set(model.rule),
        created_by: Set(model.created_by),
        created_at: Set(model.created_at),
    })
    .exec_without_returning(txn)
    .await?;
    audit::record(
        txn,
        AuditEvent {
            chain: AuditChain::School(school_id),
            actor,
            action: AuditAction::ScreeningWordSet,
            subject: Some(format!("school_word:{}", model.id)),
            details: json!({"word": word, "rule": rule}),
        },
    )
    .await?;
    Ok(model)
}

/// Removes a word; `false` when the school has no such word.
pub async fn remove_word(
    txn: &DatabaseTransaction,
    actor: Actor,
    school_id: Uuid,
    word_id: Uuid,
) -> Result<bool, DbErr> {
    let Some(word) = school_word::Entity::find_by_id(word_id)
        .filter(school_word::Column::SchoolId.eq(school_id))
        .one(txn)
        .await?
    else {
        return Ok(false);
    };
    school_word::Entity::delete_by_id(word.id).exec(txn).await?;
    audit::record(
        txn,
        AuditEvent {
            chain: AuditChain::School(school_id),
            actor,
            action: AuditAction::ScreeningWordRemoved,
            subject: Some(format!("school_word:{}", word.id)),
            details: json!({"word": word.word, "rule": word.rule}),
        },
    )
    .await?;
    Ok(true)
}
