//! Case handling (clauses 2, 2.5, 3.2, 3.4; DESIGN.md §3, §4): the competent official, staff
//! an appeal concerns, measures, internal notes, referrals to competent bodies, the answer
//! and its approval, the closing, and deadlines in working days.

pub mod access;
#[cfg(test)]
pub(crate) mod fixtures;
pub mod notice;
pub mod routes;
pub mod service;
pub mod store;
pub mod views;
