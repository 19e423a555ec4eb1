//! What handling a case does, step by step. Each step runs in one transaction that takes the
//! school's journal lock first, re-reads the appeal, checks the caller's part in it, and
//! appends its journal entry — so two directors racing, or a step racing a closing, are
//! given one at a time.

mod answers;
mod assignment;
mod case_file;
mod closing;
mod concern;
mod flags;
mod inbox;
mod notes;
mod open_case;
mod referrals;

pub use answers::{add_answer, approve_answer};
pub use assignment::assign;
pub use case_file::{case_file_content, file};
pub use closing::close;
pub use concern::mark_concerned;
pub use inbox::list;
pub use notes::{add_measure, add_note};
pub use referrals::{add_referral_body, body_view, record_reply, refer};

/// Sealed field of a body's reply.
pub const REFERRAL_REPLY: &str = "referral.reply";
