//! Appeals: dropped at the door (screened, sealed, a receipt given), listed to staff without
//! their content, and followed by their writer through the receipt.

pub mod alert;
pub mod category;
pub mod drop_order;
pub mod escalation;
pub mod group_commit;
pub mod intake;
pub mod lifecycle;
pub mod receipt;
pub mod retention;
pub mod routes;
pub mod store;
pub mod views;
