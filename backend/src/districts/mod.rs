//! The district education office: every school's compliance at a glance, the district's
//! figures by month and category, journal heads to witness, and its integration clients.

pub mod helplines;
pub mod overview;
pub mod routes;
pub mod service;
pub mod statistics;
pub mod store;
pub mod views;
