//! Staff accounts and their roles.

pub mod admin;
pub mod routes;
pub mod service;
pub mod store;
pub mod views;
