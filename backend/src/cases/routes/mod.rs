//! Case routes, one handler per file.

pub mod add_body;
pub mod answer;
pub mod approve;
pub mod assign;
pub mod close;
pub mod concern;
pub mod file;
pub mod get;
pub mod list;
pub mod list_bodies;
pub mod measure;
pub mod note;
pub mod refer;
pub mod referral_reply;
