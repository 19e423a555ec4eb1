//! A member's sign-in from password to tokens, its refresh and its end, and the change of
//! their own password that ends every session.

use sea_orm::{DatabaseConnection, TransactionTrait};
use secrecy::SecretString;
use serde_json::json;
use uuid::Uuid;

use crate::audit::{self, Actor, AuditAction, AuditChain, AuditEvent, AuditSubject};
use crate::auth::account_throttle::{self, account_key};
use crate::auth::caller;
use crate::auth::password::{hash_password, verify_password};
use crate::auth::store::{
    end_sessions, find_active_user, issue_refresh_token, normalise_login, revoke, rotate, Rotation,
};
use crate::auth::throttle::LoginThrottle;
use crate::auth::tokens::{TokenKeys, ACCESS_TOKEN_SECONDS};
use crate::auth::two_factor::{self, store, Proof};
use crate::auth::views::{LoginRequest, PasswordChange, TokenPair};
use crate::auth::Caller;
use crate::error::ApiError;
use crate::error::ProblemCode;
use crate::secrets::{Key, Secrets};
use crate::staff::store::{replace_password, PasswordChosenBy};

/// A sign-in that holds: whose it is and its current refresh token.
pub struct Session {
    pub user_id: Uuid,
    pub refresh_token: String,
}

impl Session {
    /// The tokens the member is answered: a new access token with the refresh token.
    pub fn token_pair(self, keys: &TokenKeys) -> Result<TokenPair, ApiError> {
        Ok(TokenPair {
            access_token: keys.issue(self.user_id)?,
            refresh_token: self.refresh_token,
            token_type: "Bearer".to_owned(),
            expires_in: ACCESS_TOKEN_SECONDS,
        })
    }
}

/// Signs a member in with their password and, when they have turned it on, their second
/// factor. Failures are throttled per login and client and per account, and recorded in the
/// audit trail.
pub async fn sign_in(
    db: &DatabaseConnection,
    secrets: &Secrets,
    login_throttle: &LoginThrottle,
    client: &[u8],
    request: LoginRequest,
) -> Result<Session, ApiError> {
    let LoginRequest {
        login,
        password,
        one_time_code,
    } = request;
    let login = normalise_login(&login);
    login_throttle
        .refuse_while_blocked(db, &login, client)
        .await?;
    let account = account_key(&secrets.receipt_key, &login);
    if let Err(seconds) = account_throttle::check(db, &account).await? {
        return Err(ApiError::LoginThrottled {
            retry_after_seconds: seconds,
        });
    }

    let user = find_active_user(db, &login).await?;
    let verified = verify_password(
        user.as_ref().map(|u| u.password_hash.clone()),
        SecretString::from(password),
    )
    .await?;

    let txn = db.begin().await?;
    let Some(user) = user.clone().filter(|_| verified) else {
        let chain = match &user {
            Some(user) => AuditChain::of_staff(user.school_id, user.district_id),
            None => AuditChain::System,
        };
        audit::record(
            &txn,
            AuditEvent {
                chain,
                actor: Actor::Anonymous {
                    login: login.chars().take(64).collect(),
                },
                action: AuditAction::SignInFailed,
                subject: None,
                details: json!({}),
            },
        )
        .await?;
        txn.commit().await?;
        login_throttle.record_failure(db, &login, client).await?;
        account_throttle::record_failure(db, &account).await?;
        return Err(ApiError::InvalidCredentials);
    };

    let second_factor = match store::find(&txn, user.id)
        .await?
        .filter(|factor| factor.confirmed_at.is_some())
    {
        None => None,
        Some(factor) => {
            let Some(typed) = one_time_code.as_deref() else {
                txn.rollback().await?;
                return Err(ApiError::rejected(
                    ProblemCode::SecondFactorRequired,
                    "enter the code from the authenticator app, or a recovery code",
                ));
            };
            match two_factor::prove(&txn, secrets, &factor, typed).await? {
                Some(proof) => Some(proof),
                None => {
                    audit::record(
                        &txn,
                        AuditEvent {
                            chain: AuditChain::of_staff(user.school_id, user.district_id),
                            actor: Actor::Staff {
                                id: user.id,
                                login: user.login.clone(),
                            },
                            action: AuditAction::SignInFailed,
                            subject: None,
                            details: json!({"second_factor": "wrong"}),
                        },
                    )
                    .await?;
                    txn.commit().await?;
                    login_throttle.record_failure(db, &login, client).await?;
                    account_throttle::record_failure(db, &account).await?;
                    return Err(ApiError::rejected(
                        ProblemCode::InvalidSecondFactor,
                        "the code is wrong, too old or already used",
                    ));
                }
            }
        }
    };

    account_throttle::record_success(&txn, &account).await?;
    let refresh_token = issue_refresh_token(&txn, user.id, Uuid::new_v4()).await?;
    audit::record(
        &txn,
        AuditEvent {
            chain: AuditChain::of_staff(user.school_id, user.district_id),
            actor: Actor::Staff {
                id: user.id,
                login: user.login.clone(),
            },
            action: AuditAction::SignIn,
            subject: None,
            details: json!({"second_factor": second_factor.map(Proof::as_str)}),
        },
    )
    .await?;
    txn.commit().await?;
    login_throttle.record_success(db, &login, client).await?;
    Ok(Session {
        user_id: user.id,
        refresh_token,
    })
}

/// Exchanges a refresh token for its successor. A token presented again after its rotation
/// revokes every token of that sign-in, and is recorded in the audit trail.
pub async fn refresh(
    db: &DatabaseConnection,
    receipt_key: &Key,
    presented: &str,
) -> Result<Session, ApiError> {
    let txn = db.begin().await?;
    let rotation = rotate(&txn, receipt_key, presented).await?;
    match rotation {
        Rotation::Rotated { user_id, token } => {
            // A deactivated user's tokens no longer work.
            let Some(_owner) = caller::load(&txn, user_id).await? else {
                txn.rollback().await?;
                return Err(ApiError::InvalidToken);
            };
            txn.commit().await?;
            Ok(Session {
                user_id,
                refresh_token: token,
            })
        }
        Rotation::Reused { user_id } => {
            if let Some(owner) = caller::load(&txn, user_id).await? {
                audit::record(
                    &txn,
                    AuditEvent {
                        chain: owner.audit_chain(),
                        actor: owner.actor(),
                        action: AuditAction::RefreshTokenReused,
                        subject: None,
                        details: json!({"effect": "all tokens of this sign-in revoked"}),
                    },
                )
                .await?;
            }
            txn.commit().await?;
            Err(ApiError::InvalidToken)
        }
        Rotation::Invalid => {
            txn.rollback().await?;
            Err(ApiError::InvalidToken)
        }
    }
}

/// Signs out: the refresh token and every session of its member end. An unknown token
/// changes nothing.
pub async fn sign_out(db: &DatabaseConnection, presented: &str) -> Result<(), ApiError> {
    let txn = db.begin().await?;
    if let Some(user_id) = revoke(&txn, presented).await? {
        // Signing out ends every session of the member, access tokens included.
        end_sessions(&txn, user_id).await?;
        if let Some(owner) = caller::load(&txn, user_id).await? {
            audit::record(
                &txn,
                AuditEvent {
                    chain: owner.audit_chain(),
                    actor: owner.actor(),
                    action: AuditAction::SignOut,
                    subject: None,
                    details: json!({}),
                },
            )
            .await?;
        }
    }
    txn.commit().await?;
    Ok(())
}

/// The member changes their own password, typing the current one; a wrong one counts as a
/// failed sign-in. Every session of the member ends.
pub async fn change_own_password(
    db: &DatabaseConnection,
    login_throttle: &LoginThrottle,
    client: &[u8],
    caller: &Caller,
    change: PasswordChange,
) -> Result<(), ApiError> {
    if caller.scopes.is_some() {
        return Err(ApiError::Forbidden);
    }
    if change.new_password == change.current_password {
        return Err(ApiError::invalid_field(
            "new_password",
            "same_password",
            "the new password must differ from the current one",
        ));
    }
    two_factor::check_password(db, login_throttle, client, caller, change.current_password).await?;
    let hash = hash_password(SecretString::from(change.new_password)).await?;
    let txn = db.begin().await?;
    replace_password(&txn, caller.user_id, hash, PasswordChosenBy::TheMember).await?;
    audit::record(
        &txn,
        AuditEvent {
            chain: caller.audit_chain(),
            actor: caller.actor(),
            action: AuditAction::PasswordChanged,
            subject: Some(AuditSubject::Staff(caller.user_id)),
            details: json!({}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
