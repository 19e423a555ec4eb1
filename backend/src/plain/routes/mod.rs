//! The plain pages' handlers, one per file.

pub mod check;
pub mod check_page;
pub mod drop;
pub mod reply;
pub mod school_page;

use actix_web::web;

/// Registers the plain pages (before the web client's files, which they take over from).
/// Not in a scope of their own: an empty scope would answer every other path with 404
/// instead of letting the web client's files have it.
pub fn configure(config: &mut web::ServiceConfig) {
    config
        .service(school_page::school_page)
        .service(drop::drop_appeal)
        .service(check_page::check_page)
        .service(check::check_receipt)
        .service(reply::reply_to_school);
}
