//! The box sealed to the working group (DESIGN.md §6).

pub mod crypto;
