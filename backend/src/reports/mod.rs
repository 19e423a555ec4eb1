//! Monthly reports (clause 2.6): a draft made from the data on the 1st, the social
//! pedagogue's narrative and publication by the 5th, corrections as new versions, the
//! parents' version with small counts hidden, and exports.

pub mod export;
pub mod figures;
pub mod month;
pub mod parents;
pub mod routes;
pub mod service;
pub mod store;
pub mod suppression;
pub mod views;
