//! What an opening does, step by step. Every step that changes an opening takes the school's
//! journal lock first, so concurrent confirmations, signatures and registrations are given
//! one at a time, across replicas.

mod abandon;
mod act;
mod box_status;
mod confirmations;
mod paper;
mod prologue;
mod retrieved;
mod shares;
mod signing;
mod view;

pub use abandon::abandon;
pub use act::{acknowledge, act};
pub use box_status::{box_due_by, box_status};
pub use confirmations::{confirm, start};
pub use paper::{add_paper_appeal, add_paper_photo, paper_note_for_photo};
pub use prologue::load;
pub use retrieved::{retrieved_appeals, retrieved_file, set_aside};
pub use shares::give_district_share;
pub use signing::sign;
pub use view::view;
