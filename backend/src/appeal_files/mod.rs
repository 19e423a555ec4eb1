//! Photos, screenshots and PDFs a writer sends with an appeal or a reply (DESIGN.md §6):
//! typed by their bytes, stripped of what identifies the writer, sealed like the text, read
//! by those who read the appeal, every read recorded.

pub mod clean;
pub mod routes;
pub mod service;
pub mod store;
pub mod views;
