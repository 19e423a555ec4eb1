//! The district education office: every school's compliance at a glance, the district's
//! figures by month and category, journal heads to witness, and its integration clients.

pub mod helplines;
pub mod overview;
pub mod routes;
pub mod statistics;
pub mod views;
