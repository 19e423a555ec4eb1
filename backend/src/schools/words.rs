//! A school's own screening words: the database side, with every change in the audit trail.

use chrono::Utc;
use entity::{school, school_word};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbErr,
    EntityTrait, QueryFilter, QueryOrder, TransactionTrait,
};
use serde_json::json;
use uuid::Uuid;

use crate::audit::AuditSubject;
use crate::audit::{self, Actor, AuditAction, AuditChain, AuditEvent};
use crate::auth::Caller;
use crate::error::ApiError;
use crate::schools::cache::SchoolCache;
use crate::screening::{self, SchoolLexicon};

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
            subject: Some(AuditSubject::SchoolWord(model.id)),
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
            subject: Some(AuditSubject::SchoolWord(word.id)),
            details: json!({"word": word.word, "rule": word.rule}),
        },
    )
    .await?;
    Ok(true)
}

/// Everyday appeals a school's word must never refuse: the screening's innocent corpora.
const INNOCENT_APPEALS: [&str; 4] = [
    include_str!("../screening/corpus/innocent.txt"),
    include_str!("../screening/corpus/innocent.heldout.txt"),
    include_str!("../screening/corpus/innocent.heldout2.txt"),
    include_str!("../screening/corpus/innocent.heldout3.txt"),
];

/// Letters a blocking root needs at least: a shorter one would refuse ordinary words.
pub const MIN_ROOT_LETTERS: usize = 4;

/// Checks a word a school wants to refuse or allow, so that no school can censor its own box:
/// a refused word is a whole word (`word:…`, two letters or more) or a root of at least four
/// letters, and it must not refuse any everyday appeal of the innocent corpus.
pub fn check_school_word(word: &str, rule: school_word::WordRule) -> Result<(), ApiError> {
    let (exact, bare) = match word.split_once(':') {
        Some(("word", rest)) => (true, rest),
        Some(("root" | "prefix", rest)) => (false, rest),
        Some(_) => {
            return Err(ApiError::invalid_field(
                "word",
                "format",
                "a word, or word:, root: or prefix: followed by letters",
            ))
        }
        None => (false, word),
    };
    let letters = bare.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2
        || bare
            .chars()
            .any(|c| !c.is_alphabetic() && c != '-' && c != '*')
    {
        return Err(ApiError::invalid_field(
            "word",
            "format",
            "a word has at least 2 letters and no spaces, digits or signs",
        ));
    }
    if rule == school_word::WordRule::Allow {
        return Ok(());
    }
    if !exact && letters < MIN_ROOT_LETTERS {
        return Err(ApiError::invalid_field(
            "word",
            "too_short",
            "a root to refuse has at least 4 letters (or write word: for one exact word)",
        ));
    }
    let with_word = SchoolLexicon {
        extra_obscene: vec![word.to_owned()],
        allowed: Vec::new(),
    };
    let refused_everyday = INNOCENT_APPEALS
        .iter()
        .flat_map(|corpus| corpus.lines())
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .find(|line| {
            screening::obscene_words(line, &with_word).len()
                > screening::obscene_words(line, &SchoolLexicon::default()).len()
        });
    if let Some(line) = refused_everyday {
        return Err(ApiError::invalid_field(
            "word",
            "too_broad",
            &format!("this word would refuse an ordinary appeal, such as: «{line}»"),
        ));
    }
    Ok(())
}

/// Adds a word to the school's list, or changes its rule, and lets the school's cached
/// lexicon go.
pub async fn put_school_word(
    db: &DatabaseConnection,
    school_cache: &SchoolCache,
    caller: &Caller,
    school: &school::Model,
    word: &str,
    rule: school_word::WordRule,
) -> Result<school_word::Model, ApiError> {
    let word = word.trim().to_lowercase();
    check_school_word(&word, rule)?;
    let txn = db.begin().await?;
    let stored = put_word(&txn, caller.actor(), caller.user_id, school.id, &word, rule).await?;
    txn.commit().await?;
    school_cache.forget(&school.slug);
    Ok(stored)
}

/// Removes one of the school's words (`not_found` when it has no such word), and lets the
/// school's cached lexicon go.
pub async fn remove_school_word(
    db: &DatabaseConnection,
    school_cache: &SchoolCache,
    caller: &Caller,
    school: &school::Model,
    word_id: Uuid,
) -> Result<(), ApiError> {
    let txn = db.begin().await?;
    if !remove_word(&txn, caller.actor(), school.id, word_id).await? {
        txn.rollback().await?;
        return Err(ApiError::NotFound);
    }
    txn.commit().await?;
    school_cache.forget(&school.slug);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use school_word::WordRule::{Allow, Block};

    #[test]
    fn a_one_letter_root_or_a_short_prefix_is_refused() {
        for word in ["root:а", "prefix:ме", "мен", "а"] {
            assert!(check_school_word(word, Block).is_err(), "{word}");
        }
    }

    #[test]
    fn a_root_that_refuses_everyday_appeals_is_refused() {
        // "учит" would refuse every appeal about a teacher.
        assert!(check_school_word("учит", Block).is_err());
        assert!(check_school_word("school", Block).is_err());
    }

    #[test]
    fn a_real_insult_root_and_an_exact_word_are_accepted() {
        assert!(check_school_word("сволоч", Block).is_ok());
        assert!(check_school_word("word:жлоб", Block).is_ok());
        assert!(check_school_word("ок", Allow).is_ok());
    }
}
