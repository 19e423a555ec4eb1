//! Districts and schools, and each school's settings.

pub mod cache;
pub mod routes;
pub mod store;
pub mod views;
pub mod words;
