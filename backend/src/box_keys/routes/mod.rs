//! Box-key routes, one handler per file.

pub mod change_passphrase;
pub mod district;
pub mod district_passphrase;
pub mod get_mine;
pub mod school;
pub mod set_mine;

use entity::Role;
use uuid::Uuid;

use crate::auth::Caller;
use crate::error::ApiError;
use crate::error::ProblemCode;

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
