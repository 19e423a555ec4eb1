//! Box openings (clauses 2.2–2.4, 3.3): a working group with a quorum takes the appeals out
//! of the box, enters the paper notes, sets aside what is not accepted, and signs the act,
//! which registers the appeals in the journal. The director acknowledges the act.

pub mod notice;
pub mod routes;
pub mod service;
pub mod store;
pub mod views;
