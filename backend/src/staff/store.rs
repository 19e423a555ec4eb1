//! The database side of staff accounts. Every change is recorded in the audit trail in the
//! same transaction.

use chrono::Utc;
use entity::{staff_role, staff_user, Localized, Role};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseTransaction, DbErr, EntityTrait, QueryFilter, QueryOrder,
};
use serde_json::json;
use uuid::Uuid;

use crate::audit::AuditSubject;
use crate::audit::{self, Actor, AuditAction, AuditChain, AuditEvent};
use crate::auth::store::{end_sessions, normalise_login};

/// A new staff account.
#[derive(Debug, Clone)]
pub struct NewStaff {
    pub login: String,
    pub full_name: String,
    /// The position in the school's language.
    pub position: String,
    /// The position in each language that has one.
    pub positions: Localized,
    pub school_id: Option<Uuid>,
    pub district_id: Option<Uuid>,
    pub password_hash: String,
    pub roles: Vec<Role>,
    pub email: Option<String>,
    pub password_chosen_by: PasswordChosenBy,
}

/// Who chose a password: the member themself, or someone else for them (a manager creating
/// the account or resetting it, an operator at the command line). A working-group member
/// whose password someone else chose must choose their own before anything else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordChosenBy {
    TheMember,
    SomeoneElse,
}

impl PasswordChosenBy {
    fn by_other(self) -> bool {
        self == PasswordChosenBy::SomeoneElse
    }
}

/// Creates a staff account with its roles.
pub async fn create_staff(
    txn: &DatabaseTransaction,
    actor: Actor,
    new: NewStaff,
) -> Result<staff_user::Model, DbErr> {
    let now = Utc::now();
    let user = staff_user::Model {
        id: Uuid::new_v4(),
        login: normalise_login(&new.login),
        full_name: new.full_name,
        position: new.position,
        positions: new.positions,
        school_id: new.school_id,
        district_id: new.district_id,
        password_hash: new.password_hash,
        active: true,
        created_at: now,
        updated_at: now,
        email: new.email,
        sessions_valid_from: None,
        password_set_by_other: new.password_chosen_by.by_other(),
    };
    staff_user::Entity::insert(staff_user::ActiveModel::from(user.clone()))
        .exec_without_returning(txn)
        .await?;
    let chain = AuditChain::of_staff(user.school_id, user.district_id);
    audit::record(
        txn,
        AuditEvent {
            chain,
            actor: actor.clone(),
            action: AuditAction::StaffCreated,
            subject: Some(AuditSubject::Staff(user.id)),
            details: json!({"login": user.login, "full_name": user.full_name, "position": user.position}),
        },
    )
    .await?;
    for role in new.roles {
        grant_role(txn, actor.clone(), &user, role).await?;
    }
    Ok(user)
}

/// Replaces a member's position: in the school's language, and in each language.
pub async fn change_position(
    txn: &DatabaseTransaction,
    actor: Actor,
    user: &staff_user::Model,
    position: &str,
    positions: Localized,
) -> Result<(), DbErr> {
    staff_user::Entity::update_many()
        .col_expr(staff_user::Column::Position, Expr::value(position))
        .col_expr(
            staff_user::Column::Positions,
            Expr::value(positions.clone()),
        )
        .col_expr(staff_user::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(staff_user::Column::Id.eq(user.id))
        .exec(txn)
        .await?;
    audit::record(
        txn,
        AuditEvent {
            chain: AuditChain::of_staff(user.school_id, user.district_id),
            actor,
            action: AuditAction::StaffPositionChanged,
            subject: Some(AuditSubject::Staff(user.id)),
            details: json!({
                "login": user.login,
                "position": {"from": user.position, "to": position},
                "positions": positions,
            }),
        },
    )
    .await?;
    Ok(())
}

/// Grants a role (nothing happens when the user already holds it).
pub async fn grant_role(
    txn: &DatabaseTransaction,
    actor: Actor,
    user: &staff_user::Model,
    role: Role,
) -> Result<(), DbErr> {
    let held = staff_role::Entity::find_by_id((user.id, role))
        .one(txn)
        .await?;
    if held.is_some() {
        return Ok(());
    }
    staff_role::Entity::insert(staff_role::ActiveModel {
        user_id: Set(user.id),
        role: Set(role),
        granted_at: Set(Utc::now()),
    })
    .exec_without_returning(txn)
    .await?;
    audit::record(
        txn,
        AuditEvent {
            chain: AuditChain::of_staff(user.school_id, user.district_id),
            actor,
            action: AuditAction::RoleGranted,
            subject: Some(AuditSubject::Staff(user.id)),
            details: json!({"login": user.login, "role": role.as_str()}),
        },
    )
    .await?;
    Ok(())
}

/// Revokes a role (nothing happens when the user does not hold it).
pub async fn revoke_role(
    txn: &DatabaseTransaction,
    actor: Actor,
    user: &staff_user::Model,
    role: Role,
) -> Result<(), DbErr> {
    let removed = staff_role::Entity::delete_by_id((user.id, role))
        .exec(txn)
        .await?;
    if removed.rows_affected == 0 {
        return Ok(());
    }
    audit::record(
        txn,
        AuditEvent {
            chain: AuditChain::of_staff(user.school_id, user.district_id),
            actor,
            action: AuditAction::RoleRevoked,
            subject: Some(AuditSubject::Staff(user.id)),
            details: json!({"login": user.login, "role": role.as_str()}),
        },
    )
    .await?;
    Ok(())
}

/// Stores a member's new password hash and ends every session of theirs (a reset by a
/// manager, or the member's own change).
pub async fn replace_password<C: sea_orm::ConnectionTrait>(
    db: &C,
    user_id: Uuid,
    password_hash: String,
    chosen_by: PasswordChosenBy,
) -> Result<(), DbErr> {
    staff_user::Entity::update_many()
        .col_expr(staff_user::Column::PasswordHash, Expr::value(password_hash))
        .col_expr(
            staff_user::Column::PasswordSetByOther,
            Expr::value(chosen_by.by_other()),
        )
        .col_expr(staff_user::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(staff_user::Column::Id.eq(user_id))
        .exec(db)
        .await?;
    end_sessions(db, user_id).await
}

/// Replaces a user's password and signs them out everywhere.
pub async fn reset_password(
    txn: &DatabaseTransaction,
    actor: Actor,
    user: &staff_user::Model,
    password_hash: String,
    chosen_by: PasswordChosenBy,
) -> Result<(), DbErr> {
    replace_password(txn, user.id, password_hash, chosen_by).await?;
    audit::record(
        txn,
        AuditEvent {
            chain: AuditChain::of_staff(user.school_id, user.district_id),
            actor,
            action: AuditAction::PasswordReset,
            subject: Some(AuditSubject::Staff(user.id)),
            details: json!({"login": user.login}),
        },
    )
    .await?;
    Ok(())
}

/// A staff account by login, active or not.
pub async fn find_by_login(
    txn: &DatabaseTransaction,
    login: &str,
) -> Result<Option<staff_user::Model>, DbErr> {
    staff_user::Entity::find()
        .filter(staff_user::Column::Login.eq(normalise_login(login)))
        .one(txn)
        .await
}

/// The active staff of a school holding any of these roles who gave an e-mail address.
pub async fn emails_of_school_roles<C: sea_orm::ConnectionTrait>(
    db: &C,
    school_id: Uuid,
    roles: &[Role],
) -> Result<Vec<String>, DbErr> {
    let mut emails: Vec<String> = list_school_staff(db, school_id)
        .await?
        .into_iter()
        .filter(|(user, held)| user.active && held.iter().any(|role| roles.contains(role)))
        .filter_map(|(user, _)| user.email)
        .collect();
    emails.sort();
    emails.dedup();
    Ok(emails)
}

/// The staff of a school with their roles, by name.
pub async fn list_school_staff<C: sea_orm::ConnectionTrait>(
    db: &C,
    school_id: Uuid,
) -> Result<Vec<(staff_user::Model, Vec<Role>)>, DbErr> {
    let users = staff_user::Entity::find()
        .filter(staff_user::Column::SchoolId.eq(school_id))
        .order_by_asc(staff_user::Column::FullName)
        .find_with_related(staff_role::Entity)
        .all(db)
        .await?;
    Ok(users
        .into_iter()
        .map(|(user, roles)| {
            let mut roles: Vec<Role> = roles.into_iter().map(|r| r.role).collect();
            roles.sort();
            (user, roles)
        })
        .collect())
}

/// Takes away a member's second factor and recovery codes (a lost phone) and signs them out
/// everywhere: they sign in with their password alone and, where the district requires it,
/// must turn a second factor on again before anything else. Whether there was one.
pub async fn reset_two_factor(
    txn: &DatabaseTransaction,
    actor: Actor,
    user: &staff_user::Model,
) -> Result<bool, DbErr> {
    let had = crate::auth::two_factor::store::remove(txn, user.id).await?;
    end_sessions(txn, user.id).await?;
    audit::record(
        txn,
        AuditEvent {
            chain: AuditChain::of_staff(user.school_id, user.district_id),
            actor,
            action: AuditAction::TwoFactorReset,
            subject: Some(AuditSubject::Staff(user.id)),
            details: json!({"login": user.login, "had_second_factor": had}),
        },
    )
    .await?;
    Ok(had)
}

/// The roles a member holds.
pub async fn roles_of<C: sea_orm::ConnectionTrait>(
    db: &C,
    user_id: Uuid,
) -> Result<Vec<Role>, DbErr> {
    Ok(staff_role::Entity::find()
        .filter(staff_role::Column::UserId.eq(user_id))
        .all(db)
        .await?
        .into_iter()
        .map(|row| row.role)
        .collect())
}

/// A staff account by id, active or not.
pub async fn find_staff<C: sea_orm::ConnectionTrait>(
    db: &C,
    id: Uuid,
) -> Result<Option<staff_user::Model>, DbErr> {
    staff_user::Entity::find_by_id(id).one(db).await
}

/// Deactivates a member's account and ends their sessions.
pub async fn deactivate(
    txn: &DatabaseTransaction,
    actor: Actor,
    user: &staff_user::Model,
) -> Result<(), DbErr> {
    staff_user::Entity::update_many()
        .col_expr(staff_user::Column::Active, Expr::value(false))
        .col_expr(staff_user::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(staff_user::Column::Id.eq(user.id))
        .exec(txn)
        .await?;
    end_sessions(txn, user.id).await?;
    audit::record(
        txn,
        AuditEvent {
            chain: AuditChain::of_staff(user.school_id, user.district_id),
            actor,
            action: AuditAction::StaffDeactivated,
            subject: Some(AuditSubject::Staff(user.id)),
            details: json!({"login": user.login}),
        },
    )
    .await?;
    Ok(())
}
