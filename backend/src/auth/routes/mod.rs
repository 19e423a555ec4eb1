//! Sign-in routes and the member's own second factor, one handler per file.

pub mod login;
pub mod logout;
pub mod me;
pub mod password_change;
pub mod recovery_codes;
pub mod refresh;
pub mod token;
pub mod two_factor_confirmation;
pub mod two_factor_enrolment;
pub mod two_factor_removal;
pub mod two_factor_status;
