//! Journal routes, one handler per file.

pub mod list;
pub mod verify;
