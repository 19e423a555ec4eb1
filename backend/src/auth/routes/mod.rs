//! Sign-in routes, one handler per file.

pub mod login;
pub mod logout;
pub mod me;
pub mod refresh;
pub mod token;
