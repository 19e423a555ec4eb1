//! Routes of the district's webhook subscriptions, one handler per file.

pub mod list;
pub mod remove;
pub mod subscribe;
