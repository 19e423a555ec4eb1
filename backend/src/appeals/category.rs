//! The categories of the UN Convention on the Rights of the Child (DESIGN.md §2), plus
//! proposal, gratitude and other; an appeal may carry several. They live with the entities,
//! which store them as a typed column.

pub use entity::appeal_category::{AppealCategory, Categories};
