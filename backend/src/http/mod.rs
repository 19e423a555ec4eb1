//! HTTP plumbing shared by every route: the JSON body extractor, error shapes for the
//! framework's own failures, request spans and security headers.

pub mod client_key;
pub mod connection_limit;
pub mod json;
pub mod known_paths;
pub mod names;
pub mod problems;
pub mod rate_limit;
pub mod request_span;
pub mod security_headers;
pub mod web_client;

pub use json::ApiJson;

/// The highest page number a list answers (a higher one answers this page, which is empty
/// for any real list): offsets stay within what every database takes.
pub const MAX_PAGE: u64 = 1_000_000;
