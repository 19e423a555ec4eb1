//! Running a school's box safely: consistent backups of a running server, restoring them,
//! and checking that a database is whole — every journal and audit chain verifies and every
//! sealed text opens.

pub mod backup;
pub mod integrity;
pub mod rekey;
