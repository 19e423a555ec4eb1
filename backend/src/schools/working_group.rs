//! Who is on a school's working group: members named and removed, each change in the audit
//! trail.

use entity::{school, Role};
use sea_orm::{DatabaseConnection, TransactionTrait};
use uuid::Uuid;

use crate::auth::Caller;
use crate::error::ApiError;
use crate::error::ProblemCode;
use crate::staff::admin::check_separation;
use crate::staff::store::{find_staff, grant_role, revoke_role, roles_of};

/// Names a staff member of the school to the working group; nobody names themself.
pub async fn name_member(
    db: &DatabaseConnection,
    caller: &Caller,
    school: &school::Model,
    user_id: Uuid,
) -> Result<(), ApiError> {
    if user_id == caller.user_id {
        return Err(ApiError::rejected(
            ProblemCode::WorkingGroupSeparation,
            "nobody names themself to the working group",
        ));
    }
    let txn = db.begin().await?;
    let user = find_staff(&txn, user_id)
        .await?
        .filter(|user| user.school_id == Some(school.id))
        .ok_or(ApiError::NotFound)?;
    let mut roles = roles_of(&txn, user.id).await?;
    roles.push(Role::WorkingGroup);
    check_separation(&roles)?;
    grant_role(&txn, caller.actor(), &user, Role::WorkingGroup).await?;
    txn.commit().await?;
    Ok(())
}

/// Removes a staff member of the school from the working group.
pub async fn remove_member(
    db: &DatabaseConnection,
    caller: &Caller,
    school: &school::Model,
    user_id: Uuid,
) -> Result<(), ApiError> {
    let txn = db.begin().await?;
    let user = find_staff(&txn, user_id)
        .await?
        .filter(|user| user.school_id == Some(school.id))
        .ok_or(ApiError::NotFound)?;
    revoke_role(&txn, caller.actor(), &user, Role::WorkingGroup).await?;
    txn.commit().await?;
    Ok(())
}
