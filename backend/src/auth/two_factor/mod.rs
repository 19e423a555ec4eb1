//! Two-factor sign-in for staff (DESIGN.md §6): a TOTP code from an authenticator app, or one
//! of ten recovery codes, after the password. A district can make it required of directors
//! and district officers, and of working-group members; until they have turned it on, their
//! sign-in reaches only their own account and the pages that turn it on.

pub mod recovery;
pub mod store;
pub mod totp;

use chrono::Utc;
use entity::{district, school, staff_second_factor, Role};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, TransactionTrait};
use uuid::Uuid;

use crate::audit::{AuditAction, AuditSubject};
use crate::auth::throttle::LoginThrottle;
use crate::auth::Caller;
use crate::error::ApiError;
use crate::error::ProblemCode;
use crate::secrets::Secrets;

/// The roles a district's `two_factor_required` makes a second factor required of (its
/// `group_two_factor_required` makes it required of working-group members).
pub const REQUIRED_OF: [Role; 3] = [Role::Director, Role::DistrictOfficer, Role::DistrictAdmin];

/// The district a staff member belongs to: their own, or their school's.
async fn district_of<C: ConnectionTrait>(
    db: &C,
    school_id: Option<Uuid>,
    district_id: Option<Uuid>,
) -> Result<Option<district::Model>, DbErr> {
    let district_id = match (district_id, school_id) {
        (Some(id), _) => Some(id),
        (None, Some(school_id)) => school::Entity::find_by_id(school_id)
            .one(db)
            .await?
            .map(|school| school.district_id),
        (None, None) => None,
    };
    match district_id {
        Some(id) => district::Entity::find_by_id(id).one(db).await,
        None => Ok(None),
    }
}

/// Whether the caller's district requires a second factor of someone in their roles.
pub async fn required_of<C: ConnectionTrait>(db: &C, caller: &Caller) -> Result<bool, DbErr> {
    let managing = REQUIRED_OF.iter().any(|role| caller.has_role(*role));
    let member = caller.has_role(Role::WorkingGroup);
    if caller.scopes.is_some() || !(managing || member) {
        return Ok(false);
    }
    Ok(district_of(db, caller.school_id, caller.district_id)
        .await?
        .is_some_and(|district| {
            (managing && district.two_factor_required)
                || (member && district.group_two_factor_required)
        }))
}

/// Whether the caller must turn on a second factor before doing anything else.
pub async fn enrolment_pending<C: ConnectionTrait>(db: &C, caller: &Caller) -> Result<bool, DbErr> {
    Ok(required_of(db, caller).await? && !store::is_enabled(db, caller.user_id).await?)
}

/// The second-factor state of a member, as `/me` and `/me/two-factor` show it.
pub async fn state_of<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
) -> Result<crate::auth::views::TwoFactorState, DbErr> {
    let enabled = store::is_enabled(db, caller.user_id).await?;
    Ok(crate::auth::views::TwoFactorState {
        enabled,
        required: required_of(db, caller).await?,
        recovery_codes_left: if enabled {
            store::codes_left(db, caller.user_id).await?
        } else {
            0
        },
    })
}

/// How a second factor was proved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Proof {
    /// A code from the authenticator app.
    Code,
    /// One of the recovery codes, now used up.
    RecoveryCode,
}

impl Proof {
    /// The name kept in the audit trail.
    pub fn as_str(self) -> &'static str {
        match self {
            Proof::Code => "code",
            Proof::RecoveryCode => "recovery_code",
        }
    }
}

/// Checks what a member typed against their confirmed second factor and uses it up: a code
/// works once and only within a minute and a half, a recovery code once. `None` when it
/// proves nothing.
pub async fn prove<C: ConnectionTrait>(
    db: &C,
    secrets: &Secrets,
    factor: &staff_second_factor::Model,
    typed: &str,
) -> Result<Option<Proof>, ApiError> {
    if factor.confirmed_at.is_none() {
        return Ok(None);
    }
    if let Some(code) = totp::as_code(typed) {
        let secret = store::secret_of(secrets, factor)?;
        let Some(step) = totp::matching_step(&secret, &code, Utc::now().timestamp()) else {
            return Ok(None);
        };
        return Ok(store::use_step(db, factor.user_id, step)
            .await?
            .then_some(Proof::Code));
    }
    if let Some(code) = recovery::as_recovery_code(typed) {
        return Ok(store::use_recovery_code(db, factor.user_id, &code)
            .await?
            .then_some(Proof::RecoveryCode));
    }
    Ok(None)
}

/// Asks again for the caller's password before their second factor changes, so a token
/// left on a shared computer is not enough. A wrong password counts as a failed sign-in.
pub async fn check_password(
    db: &DatabaseConnection,
    login_throttle: &LoginThrottle,
    client: &[u8],
    caller: &Caller,
    password: String,
) -> Result<(), ApiError> {
    use entity::staff_user;
    use secrecy::SecretString;

    login_throttle
        .refuse_while_blocked(db, &caller.login, client)
        .await?;
    let hash = staff_user::Entity::find_by_id(caller.user_id)
        .one(db)
        .await?
        .map(|user| user.password_hash);
    if crate::auth::password::verify_password(hash, SecretString::from(password)).await? {
        Ok(())
    } else {
        login_throttle
            .record_failure(db, &caller.login, client)
            .await?;
        Err(ApiError::invalid_field(
            "password",
            "wrong_password",
            "the password is wrong",
        ))
    }
}

/// A wrong code typed on one of the member's own pages: counted like a failed sign-in (with
/// no transaction open on `db`, so the count stays).
pub async fn wrong_code(
    db: &DatabaseConnection,
    login_throttle: &LoginThrottle,
    client: &[u8],
    caller: &Caller,
) -> ApiError {
    if let Err(error) = login_throttle
        .record_failure(db, &caller.login, client)
        .await
    {
        return error.into();
    }
    ApiError::invalid_field(
        "code",
        "wrong_code",
        "the code is wrong, too old or already used",
    )
}

/// The caller's confirmed second factor, or `two_factor_not_enabled`.
pub async fn confirmed_factor<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
) -> Result<staff_second_factor::Model, ApiError> {
    store::find(db, caller.user_id)
        .await?
        .filter(|factor| factor.confirmed_at.is_some())
        .ok_or_else(|| {
            ApiError::rejected(
                ProblemCode::TwoFactorNotEnabled,
                "the second factor is not on",
            )
        })
}

/// A member's attempt, from one client, at something only they may do on their own account:
/// the keys that open their second factor's secret, and the throttle that counts a wrong
/// password or code from this client as a failed sign-in.
pub struct Attempt<'a> {
    pub secrets: &'a Secrets,
    pub login_throttle: &'a LoginThrottle,
    pub client: Vec<u8>,
}

/// Opens the transaction of a change to the caller's own second factor and uses up, in it, the
/// code they typed; or, for a wrong code, rolls it back and counts a failed sign-in.
async fn prove_own(
    attempt: &Attempt<'_>,
    db: &DatabaseConnection,
    caller: &Caller,
    factor: &staff_second_factor::Model,
    typed: &str,
) -> Result<sea_orm::DatabaseTransaction, ApiError> {
    let txn = db.begin().await?;
    if prove(&txn, attempt.secrets, factor, typed).await?.is_some() {
        return Ok(txn);
    }
    txn.rollback().await?;
    Err(wrong_code(db, attempt.login_throttle, &attempt.client, caller).await)
}

/// Records a change the caller made to their own second factor in the audit trail.
async fn record_own_change(
    txn: &sea_orm::DatabaseTransaction,
    caller: &Caller,
    action: crate::audit::AuditAction,
) -> Result<(), DbErr> {
    crate::audit::record(
        txn,
        crate::audit::AuditEvent {
            chain: caller.audit_chain(),
            actor: caller.actor(),
            action,
            subject: Some(AuditSubject::Staff(caller.user_id)),
            details: serde_json::json!({}),
        },
    )
    .await
    .map(drop)
}

/// Starts turning on the caller's second factor, after their password: a new secret for
/// their app, replacing an unconfirmed one.
pub async fn start_enrolment(
    db: &DatabaseConnection,
    attempt: &Attempt<'_>,
    caller: &Caller,
    password: String,
) -> Result<Vec<u8>, ApiError> {
    if caller.scopes.is_some() {
        return Err(ApiError::Forbidden);
    }
    check_password(
        db,
        attempt.login_throttle,
        &attempt.client,
        caller,
        password,
    )
    .await?;
    if store::is_enabled(db, caller.user_id).await? {
        return Err(ApiError::rejected(
            ProblemCode::TwoFactorAlreadyEnabled,
            "the second factor is already on; turn it off first to move it to another app",
        ));
    }
    let secret = totp::new_secret();
    store::start_enrolment(db, attempt.secrets, caller.user_id, &secret).await?;
    Ok(secret)
}

/// Turns the caller's second factor on with a first code from their app; answers the ten
/// recovery codes.
pub async fn confirm(
    db: &DatabaseConnection,
    attempt: &Attempt<'_>,
    caller: &Caller,
    typed: &str,
) -> Result<Vec<String>, ApiError> {
    attempt
        .login_throttle
        .refuse_while_blocked(db, &caller.login, &attempt.client)
        .await?;
    let Some(factor) = store::find(db, caller.user_id).await? else {
        return Err(ApiError::rejected(
            ProblemCode::TwoFactorNotStarted,
            "start the enrolment first",
        ));
    };
    if factor.confirmed_at.is_some() {
        return Err(ApiError::rejected(
            ProblemCode::TwoFactorAlreadyEnabled,
            "the second factor is already on",
        ));
    }
    let secret = store::secret_of(attempt.secrets, &factor)?;
    let Some(step) = totp::as_code(typed)
        .and_then(|code| totp::matching_step(&secret, &code, Utc::now().timestamp()))
    else {
        return Err(wrong_code(db, attempt.login_throttle, &attempt.client, caller).await);
    };

    let txn = db.begin().await?;
    if !store::confirm(&txn, caller.user_id, step).await? {
        txn.rollback().await?;
        return Err(ApiError::rejected(
            ProblemCode::TwoFactorAlreadyEnabled,
            "the second factor is already on",
        ));
    }
    let codes = store::renew_recovery_codes(&txn, caller.user_id).await?;
    record_own_change(&txn, caller, AuditAction::TwoFactorEnabled).await?;
    txn.commit().await?;
    Ok(codes)
}

/// A new set of recovery codes for the caller in place of the old ones, for a current code.
pub async fn renew_own_recovery_codes(
    db: &DatabaseConnection,
    attempt: &Attempt<'_>,
    caller: &Caller,
    typed: &str,
) -> Result<Vec<String>, ApiError> {
    attempt
        .login_throttle
        .refuse_while_blocked(db, &caller.login, &attempt.client)
        .await?;
    let factor = confirmed_factor(db, caller).await?;
    let txn = prove_own(attempt, db, caller, &factor, typed).await?;
    let codes = store::renew_recovery_codes(&txn, caller.user_id).await?;
    record_own_change(&txn, caller, AuditAction::RecoveryCodesRenewed).await?;
    txn.commit().await?;
    Ok(codes)
}

/// Turns the caller's second factor off, with their password and a current code; refused
/// while their district requires it.
pub async fn turn_off(
    db: &DatabaseConnection,
    attempt: &Attempt<'_>,
    caller: &Caller,
    password: String,
    typed: &str,
) -> Result<(), ApiError> {
    check_password(
        db,
        attempt.login_throttle,
        &attempt.client,
        caller,
        password,
    )
    .await?;
    let factor = confirmed_factor(db, caller).await?;
    if required_of(db, caller).await? {
        return Err(ApiError::rejected(
            ProblemCode::TwoFactorRequired,
            "the district requires a second factor of this member",
        ));
    }
    let txn = prove_own(attempt, db, caller, &factor, typed).await?;
    store::remove(&txn, caller.user_id).await?;
    record_own_change(&txn, caller, AuditAction::TwoFactorDisabled).await?;
    txn.commit().await?;
    Ok(())
}
