//! Database entities of Ishenim. The API never serialises these: request and response
//! types live in the `ishenim` crate.

pub mod audit_entry;
pub mod district;
pub mod refresh_token;
pub mod role;
pub mod school;
pub mod staff_role;
pub mod staff_user;

pub use role::Role;
