//! The box sealed to the working group (DESIGN.md §6): holder keys wrapped under box
//! passphrases, each school's box key split into shares, and the opening that rebuilds it.

pub mod crypto;
pub mod holders;
pub mod routes;
pub mod service;
pub mod store;
pub mod views;
