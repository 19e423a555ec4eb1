//! Staff routes, one handler per file.

pub mod create;
pub mod deactivate;
pub mod list;
pub mod position;
pub mod reset_password;
pub mod reset_two_factor;
pub mod roles;
