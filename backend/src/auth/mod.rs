//! Staff sign-in, tokens, the caller of a request and the one authorization policy that
//! every route uses.

pub mod account_throttle;
pub mod caller;
pub mod password;
pub mod policy;
pub mod routes;
pub mod service;
pub mod sessions;
pub mod store;
pub mod throttle;
pub mod tokens;
pub mod two_factor;
pub mod views;

pub use caller::Caller;
pub use policy::{Permission, Target};
