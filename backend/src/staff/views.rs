//! Response types of staff accounts.

use entity::{staff_user, Role};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

/// A staff account as its school's administration sees it.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct StaffView {
    pub id: Uuid,
    pub login: String,
    pub full_name: String,
    pub position: String,
    pub active: bool,
    pub roles: Vec<Role>,
}

impl StaffView {
    /// The view of a user with their roles.
    pub fn new(user: staff_user::Model, roles: Vec<Role>) -> Self {
        StaffView {
            id: user.id,
            login: user.login,
            full_name: user.full_name,
            position: user.position,
            active: user.active,
            roles,
        }
    }
}
