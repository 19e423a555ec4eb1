//! Staff routes, one handler per file.

pub mod create;
pub mod deactivate;
pub mod list;
pub mod reset_password;
pub mod reset_two_factor;
pub mod roles;

use entity::{staff_user, Role};
use sea_orm::{ConnectionTrait, EntityTrait};
use uuid::Uuid;

use crate::auth::Caller;
use crate::error::ApiError;
use crate::schools::store::find_school;
use crate::staff::admin::{check_grantable, member_target};

/// A member of a school and their roles, when the caller may manage every role they hold.
pub async fn managed_member<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
    id: Uuid,
) -> Result<(staff_user::Model, Vec<Role>), ApiError> {
    let user = staff_user::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(ApiError::NotFound)?;
    let school = match user.school_id {
        Some(school_id) => find_school(db, school_id).await?,
        None => None,
    };
    let target = member_target(&user, school.map(|school| school.district_id));
    let roles = crate::staff::store::roles_of(db, user.id).await?;
    match target {
        Some(target) if caller.may(crate::auth::Permission::ManageStaff, target) => {
            check_grantable(caller, Some(target), &roles)?;
            Ok((user, roles))
        }
        _ => Err(ApiError::Forbidden),
    }
}
