//! Box-opening routes, one handler per file.

pub mod abandon;
pub mod acknowledge;
pub mod act;
pub mod appeals;
pub mod awaiting_district_share;
pub mod confirm;
pub mod district_share;
pub mod file;
pub mod get;
pub mod list;
pub mod paper;
pub mod paper_photo;
pub mod set_aside;
pub mod sign;
pub mod start;
