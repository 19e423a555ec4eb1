//! Holder keys: a working-group member's, or the district office's, set and changed under a
//! box passphrase, each change in one transaction with its audit entry.

use entity::{district, holder_key, Role};
use sea_orm::{DatabaseConnection, DbErr, TransactionTrait};
use secrecy::ExposeSecret;
use serde_json::json;
use uuid::Uuid;

use crate::audit::{self, Actor, AuditAction, AuditChain, AuditEvent, AuditSubject};
use crate::auth::Caller;
use crate::box_keys::views::{
    BoxPassphraseChanged, ChangeBoxPassphrase, MyBoxKey, RecoveryCodeShown,
};
use crate::box_keys::{crypto, service, store};
use crate::error::ApiError;
use crate::error::ProblemCode;
use crate::schools::cache::SchoolCache;
use crate::schools::store::find_school;

/// The caller's school, when they are a working-group member.
pub fn member_school(caller: &Caller) -> Result<Uuid, ApiError> {
    match caller.school_id {
        Some(school) if caller.has_role(Role::WorkingGroup) => Ok(school),
        _ => Err(ApiError::rejected(
            ProblemCode::NotWorkingGroupMember,
            "only members of a school's working group hold a key to its box",
        )),
    }
}

/// Whether the caller has a holder key, and holds a share of their school's box key.
pub async fn my_box_key(db: &DatabaseConnection, caller: &Caller) -> Result<MyBoxKey, ApiError> {
    let holder = store::holder_of_user(db, caller.user_id).await?;
    let current = match caller.school_id {
        Some(school) => store::current_box_key(db, school).await?,
        None => None,
    };
    let holds_share = match (&holder, &current) {
        (Some(holder), Some(key)) => store::holds_share(db, key.id, holder.id).await?,
        _ => false,
    };
    Ok(MyBoxKey {
        has_key: holder.is_some(),
        holds_share,
        school_protected: current.is_some(),
    })
}

/// The refusal of a second holder key where one exists, or the database's error.
fn refused_as_existing(error: DbErr, exists: fn() -> ApiError) -> ApiError {
    match error.sql_err() {
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => exists(),
        _ => error.into(),
    }
}

/// A working-group member sets their box passphrase; when enough members have one to reach
/// the quorum, the school gets its first box key.
pub async fn set_member_passphrase(
    db: &DatabaseConnection,
    school_cache: &SchoolCache,
    caller: &Caller,
    passphrase: String,
) -> Result<RecoveryCodeShown, ApiError> {
    let school_id = member_school(caller)?;
    if store::holder_of_user(db, caller.user_id).await?.is_some() {
        return Err(member_key_exists());
    }
    let (holder, code) = service::new_holder(Some(caller.user_id), None, passphrase).await?;
    let fingerprint = crypto::fingerprint(&holder.public_key);
    let school = find_school(db, school_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let txn = db.begin().await?;
    if let Err(error) = store::insert_holder(&txn, holder).await {
        txn.rollback().await?;
        return Err(refused_as_existing(error, member_key_exists));
    }
    audit::record(
        &txn,
        AuditEvent {
            chain: caller.audit_chain(),
            actor: caller.actor(),
            action: AuditAction::BoxPassphraseSet,
            subject: Some(AuditSubject::Staff(caller.user_id)),
            details: json!({"fingerprint": fingerprint}),
        },
    )
    .await?;
    let made = service::ensure_first_key(&txn, &school).await?;
    txn.commit().await?;
    if made.is_some() {
        school_cache.forget(&school.slug);
    }
    Ok(RecoveryCodeShown {
        recovery_code: code.to_string(),
        fingerprint,
    })
}

fn member_key_exists() -> ApiError {
    ApiError::rejected(
        ProblemCode::BoxKeyExists,
        "your box passphrase is already set; change it instead",
    )
}

/// The district administrator sets the district office's box passphrase.
pub async fn set_district_passphrase(
    db: &DatabaseConnection,
    caller: &Caller,
    district: &district::Model,
    passphrase: String,
) -> Result<RecoveryCodeShown, ApiError> {
    let exists = || {
        ApiError::rejected(
            ProblemCode::BoxKeyExists,
            "the district's box passphrase is already set",
        )
    };
    if store::holder_of_district(db, district.id).await?.is_some() {
        return Err(exists());
    }
    let (holder, code) = service::new_holder(None, Some(district.id), passphrase).await?;
    let fingerprint = crypto::fingerprint(&holder.public_key);
    let txn = db.begin().await?;
    if let Err(error) = store::insert_holder(&txn, holder).await {
        txn.rollback().await?;
        return Err(refused_as_existing(error, exists));
    }
    audit::record(
        &txn,
        AuditEvent {
            chain: AuditChain::District(district.id),
            actor: caller.actor(),
            action: AuditAction::BoxPassphraseSet,
            subject: Some(AuditSubject::District(district.id)),
            details: json!({"fingerprint": fingerprint}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(RecoveryCodeShown {
        recovery_code: code.to_string(),
        fingerprint,
    })
}

/// Where a passphrase change is recorded: whose chain, by whom, about whom.
struct ChangeRecord {
    chain: AuditChain,
    actor: Actor,
    subject: AuditSubject,
}

/// Changes a holder's passphrase and records it; answers the new recovery code when the old
/// one was used.
async fn change_passphrase_of(
    db: &DatabaseConnection,
    holder: &holder_key::Model,
    change: ChangeBoxPassphrase,
    record: ChangeRecord,
) -> Result<BoxPassphraseChanged, ApiError> {
    let ChangeBoxPassphrase {
        current,
        new_passphrase,
    } = change;
    let changed = service::change_passphrase(
        holder,
        current.expose_secret().to_owned(),
        new_passphrase.expose_secret().to_owned(),
    )
    .await?;
    let with_recovery_code = changed.with_recovery_code;
    let recovery_code = changed.recovery_code.clone();
    let txn = db.begin().await?;
    changed.store(&txn, holder.id).await?;
    audit::record(
        &txn,
        AuditEvent {
            chain: record.chain,
            actor: record.actor,
            action: AuditAction::BoxPassphraseChanged,
            subject: Some(record.subject),
            details: json!({"with_recovery_code": with_recovery_code}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(BoxPassphraseChanged { recovery_code })
}

/// A working-group member changes their box passphrase.
pub async fn change_member_passphrase(
    db: &DatabaseConnection,
    caller: &Caller,
    change: ChangeBoxPassphrase,
) -> Result<BoxPassphraseChanged, ApiError> {
    member_school(caller)?;
    let holder = store::holder_of_user(db, caller.user_id)
        .await?
        .ok_or_else(|| {
            ApiError::rejected(
                ProblemCode::BoxKeyMissing,
                "you have not set a box passphrase yet",
            )
        })?;
    let record = ChangeRecord {
        chain: caller.audit_chain(),
        actor: caller.actor(),
        subject: AuditSubject::Staff(caller.user_id),
    };
    change_passphrase_of(db, &holder, change, record).await
}

/// The district administrator changes the district office's box passphrase.
pub async fn change_district_passphrase(
    db: &DatabaseConnection,
    caller: &Caller,
    district: &district::Model,
    change: ChangeBoxPassphrase,
) -> Result<BoxPassphraseChanged, ApiError> {
    let holder = store::holder_of_district(db, district.id)
        .await?
        .ok_or_else(|| {
            ApiError::rejected(
                ProblemCode::BoxKeyMissing,
                "the district's box passphrase is not set yet",
            )
        })?;
    let record = ChangeRecord {
        chain: AuditChain::District(district.id),
        actor: caller.actor(),
        subject: AuditSubject::District(district.id),
    };
    change_passphrase_of(db, &holder, change, record).await
}
