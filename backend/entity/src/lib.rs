//! Database entities of Ishenim. The API never serialises these: request and response
//! types live in the `ishenim` crate.

pub mod appeal;
pub mod appeal_category;
pub mod appeal_concern;
pub mod appeal_file;
pub mod appeal_message;
pub mod audit_entry;
pub mod box_key;
pub mod box_key_share;
pub mod box_opening;
pub mod box_opening_member;
pub mod district;
pub mod door_refusal;
pub mod holder_key;
pub mod idempotency_record;
pub mod job_run;
pub mod journal_check;
pub mod journal_entry;
pub mod localized;
pub mod measure;
pub mod monthly_report;
pub mod opening_envelope;
pub mod opening_share;
pub mod recovery_code;
pub mod referral;
pub mod referral_body;
pub mod refresh_token;
pub mod role;
pub mod school;
pub mod school_holiday;
pub mod school_word;
pub mod service_account;
pub mod staff_role;
pub mod staff_second_factor;
pub mod staff_user;
pub mod throttle_window;
pub mod webhook_delivery;
pub mod webhook_subscription;

pub use localized::Localized;
pub use role::Role;
