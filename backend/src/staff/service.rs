//! What a manager does to staff accounts, each change in one transaction with its audit entry.

use entity::{school, staff_user, Localized, Role};
use sea_orm::{ConnectionTrait, DatabaseConnection, TransactionTrait};
use secrecy::SecretString;
use uuid::Uuid;

use crate::auth::password::hash_password;
use crate::auth::store::normalise_login;
use crate::auth::{two_factor, Caller, Permission, Target};
use crate::error::ApiError;
use crate::error::ProblemCode;
use crate::http::names::{merged, required_in};
use crate::schools::store::find_school;
use crate::staff::admin::{
    check_grantable, check_separation, initial_password, member_target, valid_login,
};
use crate::staff::store::{self, NewStaff, PasswordChosenBy};
use crate::staff::views::{NewStaffMember, PositionChange, StaffView};

/// A member of a school and their roles, when the caller may manage every role they hold.
pub async fn managed_member<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
    id: Uuid,
) -> Result<(staff_user::Model, Vec<Role>), ApiError> {
    let user = store::find_staff(db, id).await?.ok_or(ApiError::NotFound)?;
    let school = match user.school_id {
        Some(school_id) => find_school(db, school_id).await?,
        None => None,
    };
    let target = member_target(&user, school.map(|school| school.district_id));
    let roles = store::roles_of(db, user.id).await?;
    match target {
        Some(target) if caller.may(Permission::ManageStaff, target) => {
            check_grantable(caller, Some(target), &roles)?;
            Ok((user, roles))
        }
        _ => Err(ApiError::Forbidden),
    }
}

/// A member's view with whether their second factor is on.
async fn view_of(
    db: &DatabaseConnection,
    user: staff_user::Model,
    roles: Vec<Role>,
) -> Result<StaffView, ApiError> {
    let enabled = two_factor::store::is_enabled(db, user.id).await?;
    Ok(StaffView::new(user, roles).with_two_factor(enabled))
}

/// Creates a staff account of the school with its roles and a first password, which is
/// answered with the new member.
pub async fn create_member(
    db: &DatabaseConnection,
    caller: &Caller,
    school: &school::Model,
    new: NewStaffMember,
) -> Result<(StaffView, String), ApiError> {
    check_grantable(caller, Some(Target::of_school(school)), &new.roles)?;
    check_separation(&new.roles)?;
    let login = normalise_login(&new.login);
    if !valid_login(&login) {
        return Err(ApiError::invalid_field(
            "login",
            "invalid_login",
            "3 to 64 letters, digits, . - _",
        ));
    }
    let positions = merged(
        new.position.as_deref(),
        new.positions.map(Localized::from),
        &Localized::default(),
        &school.default_language,
    );
    let position = required_in(&positions, "positions", &school.default_language)?;
    let password = initial_password();
    let hash = hash_password(SecretString::from(password.clone())).await?;
    let txn = db.begin().await?;
    if store::find_by_login(&txn, &login).await?.is_some() {
        return Err(ApiError::rejected(
            ProblemCode::LoginTaken,
            "this login is taken",
        ));
    }
    let user = store::create_staff(
        &txn,
        caller.actor(),
        NewStaff {
            login,
            full_name: new.full_name.trim().to_owned(),
            position,
            positions,
            school_id: Some(school.id),
            district_id: Some(school.district_id),
            password_hash: hash,
            roles: new.roles.clone(),
            email: new.email.map(|email| email.trim().to_owned()),
            password_chosen_by: PasswordChosenBy::SomeoneElse,
        },
    )
    .await?;
    txn.commit().await?;
    Ok((StaffView::new(user, new.roles), password))
}

/// Changes a member's position, in the school's language and in each language. The journal
/// and the acts keep the position as it was when they were written.
pub async fn change_member_position(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
    change: PositionChange,
) -> Result<StaffView, ApiError> {
    let (user, roles) = managed_member(db, caller, id).await?;
    let school = match user.school_id {
        Some(school_id) => find_school(db, school_id).await?,
        None => None,
    };
    let (position, positions) = match &school {
        Some(school) => {
            let positions = merged(
                change.position.as_deref(),
                change.positions.map(Localized::from),
                &user.positions,
                &school.default_language,
            );
            let position = required_in(&positions, "positions", &school.default_language)?;
            (position, positions)
        }
        // A district's staff have no school language: `position` is their default.
        None => {
            let position = change
                .position
                .as_deref()
                .map(str::trim)
                .filter(|position| !position.is_empty())
                .unwrap_or(&user.position)
                .to_owned();
            let positions = change
                .positions
                .map(Localized::from)
                .unwrap_or_else(|| user.positions.clone());
            (position, positions)
        }
    };
    let txn = db.begin().await?;
    store::change_position(&txn, caller.actor(), &user, &position, positions.clone()).await?;
    txn.commit().await?;
    let changed = staff_user::Model {
        position,
        positions,
        ..user
    };
    view_of(db, changed, roles).await
}

/// Deactivates a member's account and ends their sessions; their name stays on what they did.
pub async fn deactivate_member(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
) -> Result<StaffView, ApiError> {
    let (user, roles) = managed_member(db, caller, id).await?;
    if user.id == caller.user_id {
        return Err(ApiError::rejected(
            ProblemCode::OwnAccount,
            "nobody deactivates their own account",
        ));
    }
    let txn = db.begin().await?;
    store::deactivate(&txn, caller.actor(), &user).await?;
    txn.commit().await?;
    let mut view = view_of(db, user, roles).await?;
    view.active = false;
    Ok(view)
}

/// Gives a member a new password, which is answered, and signs them out everywhere.
pub async fn reset_member_password(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
) -> Result<String, ApiError> {
    let (user, _) = managed_member(db, caller, id).await?;
    let password = initial_password();
    let hash = hash_password(SecretString::from(password.clone())).await?;
    let txn = db.begin().await?;
    store::reset_password(
        &txn,
        caller.actor(),
        &user,
        hash,
        PasswordChosenBy::SomeoneElse,
    )
    .await?;
    txn.commit().await?;
    Ok(password)
}

/// Takes away another member's second factor and signs them out everywhere.
pub async fn reset_member_two_factor(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
) -> Result<(), ApiError> {
    if id == caller.user_id {
        return Err(ApiError::rejected(
            ProblemCode::OwnAccount,
            "nobody resets their own second factor: turn it off on the account page",
        ));
    }
    let (user, _) = managed_member(db, caller, id).await?;
    let txn = db.begin().await?;
    store::reset_two_factor(&txn, caller.actor(), &user).await?;
    txn.commit().await?;
    Ok(())
}

/// Sets the roles another member holds; the ones added and the ones taken away must both be
/// within the caller's reach.
pub async fn set_member_roles(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
    mut wanted: Vec<Role>,
) -> Result<StaffView, ApiError> {
    let (user, held) = managed_member(db, caller, id).await?;
    if user.id == caller.user_id {
        return Err(ApiError::rejected(
            ProblemCode::OwnRoles,
            "nobody changes their own roles",
        ));
    }
    wanted.sort();
    wanted.dedup();
    let removed: Vec<_> = held
        .iter()
        .copied()
        .filter(|role| !wanted.contains(role))
        .collect();
    let target = member_target(&user, user.district_id);
    check_grantable(caller, target, &wanted)?;
    check_grantable(caller, target, &removed)?;
    check_separation(&wanted)?;
    let txn = db.begin().await?;
    for role in removed {
        store::revoke_role(&txn, caller.actor(), &user, role).await?;
    }
    for role in wanted.iter().filter(|role| !held.contains(role)) {
        store::grant_role(&txn, caller.actor(), &user, *role).await?;
    }
    txn.commit().await?;
    view_of(db, user, wanted).await
}

/// The staff of a school with their roles and whether their second factor is on.
pub async fn school_staff(
    db: &DatabaseConnection,
    school_id: Uuid,
) -> Result<Vec<StaffView>, ApiError> {
    let members = store::list_school_staff(db, school_id).await?;
    let with_factor =
        two_factor::store::enabled_among(db, members.iter().map(|(user, _)| user.id)).await?;
    Ok(members
        .into_iter()
        .map(|(user, roles)| {
            let enabled = with_factor.contains(&user.id);
            StaffView::new(user, roles).with_two_factor(enabled)
        })
        .collect())
}
