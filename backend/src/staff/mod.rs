//! Staff accounts and their roles.

pub mod routes;
pub mod store;
pub mod views;
