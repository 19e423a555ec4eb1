//! Response types of staff accounts.

use entity::{staff_user, Role};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;
use validator::Validate;

use crate::http::names::Positions;

/// A staff account as its school's administration sees it.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct StaffView {
    pub id: Uuid,
    pub login: String,
    pub full_name: String,
    /// The position in the school's language, shown to a language without one of its own.
    pub position: String,
    /// The position in each language that has one.
    pub positions: Positions,
    pub active: bool,
    /// Where alerts and reminders go.
    pub email: Option<String>,
    pub roles: Vec<Role>,
    /// Whether the member has turned on a second factor: told to those who manage the
    /// member's account (the staff list, role changes, deactivation), absent elsewhere.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub two_factor_enabled: Option<bool>,
}

impl StaffView {
    /// The view of a user with their roles.
    pub fn new(user: staff_user::Model, roles: Vec<Role>) -> Self {
        StaffView {
            id: user.id,
            login: user.login,
            full_name: user.full_name,
            positions: Positions::from(&user.positions),
            position: user.position,
            active: user.active,
            email: user.email,
            roles,
            two_factor_enabled: None,
        }
    }

    /// The view with whether the member's second factor is on.
    pub fn with_two_factor(mut self, enabled: bool) -> Self {
        self.two_factor_enabled = Some(enabled);
        self
    }
}

/// A new staff account of a school.
#[derive(Debug, Deserialize, Serialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewStaffMember {
    /// 3 to 64 characters: letters, digits, `.`, `-`, `_`.
    #[validate(length(min = 3, max = 64, code = "length"))]
    #[schema(min_length = 3, max_length = 64)]
    pub login: String,
    #[validate(
        length(min = 1, max = 200, code = "length"),
        custom(function = "crate::http::names::no_direction_control")
    )]
    #[schema(min_length = 1, max_length = 200)]
    pub full_name: String,
    /// The position in the school's language, for clients that send one; `positions` is
    /// preferred and wins where both give that language.
    #[validate(
        length(min = 1, max = 200, code = "length"),
        custom(function = "crate::http::names::no_direction_control")
    )]
    #[schema(min_length = 1, max_length = 200)]
    #[serde(default)]
    pub position: Option<String>,
    /// The position in each language: the school's language is required (here or in
    /// `position`), the others optional.
    #[validate(nested)]
    #[serde(default)]
    pub positions: Option<Positions>,
    #[validate(email(code = "email"), length(max = 254, code = "length"))]
    #[schema(max_length = 254, format = Email)]
    pub email: Option<String>,
    pub roles: Vec<Role>,
}

/// A member's position, changed.
#[derive(Debug, Deserialize, Serialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PositionChange {
    /// The position in the school's language, for clients that send one; `positions` is
    /// preferred and wins where both give that language.
    #[validate(
        length(min = 1, max = 200, code = "length"),
        custom(function = "crate::http::names::no_direction_control")
    )]
    #[schema(min_length = 1, max_length = 200)]
    #[serde(default)]
    pub position: Option<String>,
    /// The position in each language, replacing the stored ones (the school's language is
    /// required, here or in `position`); absent, the other languages stay as they are.
    #[validate(nested)]
    #[serde(default)]
    pub positions: Option<Positions>,
}

/// An account and its first password, shown this once.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct CreatedStaff {
    pub staff: StaffView,
    /// Hand it over in person; the member changes it at the first sign-in.
    pub initial_password: String,
}

/// The roles a member is to hold (replacing the ones held).
#[derive(Debug, Deserialize, Serialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RoleSet {
    pub roles: Vec<Role>,
}

/// A new password, shown this once.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct PasswordReset {
    pub initial_password: String,
}
