//! School routes, one handler per file.

pub mod box_status;
pub mod get;
pub mod holidays;
pub mod list_words;
pub mod name_member;
pub mod public;
pub mod put_holidays;
pub mod put_settings;
pub mod put_word;
pub mod remove_word;
pub mod working_group;
