//! Routes of monthly reports, one handler per file.

pub mod export;
pub mod get;
pub mod parents;
pub mod publish;
pub mod save_draft;
