//! Audit trail routes, one handler per file.

pub mod list;
