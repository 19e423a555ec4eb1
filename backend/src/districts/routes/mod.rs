//! Routes of the district education office, one handler per file.

pub mod create_account;
pub mod create_school;
pub mod journal_heads;
pub mod list_accounts;
pub mod overview;
pub mod put_settings;
pub mod revoke_account;
pub mod settings;
pub mod statistics;
