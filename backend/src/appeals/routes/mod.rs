//! Appeal routes, one handler per file.

pub mod alerts;
pub mod get;
pub mod list;
pub mod reply;
pub mod submit;
pub mod track;
