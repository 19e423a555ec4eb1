//! Database migrations of Ishenim: one schema for SQLite and PostgreSQL.

pub use m20261205_000002_no_drop_order::DROP_TABLES;
pub use m20261208_000001_appeal_files::FILE_TABLES;
pub use sea_orm_migration::prelude::*;

mod m20261126_000001_foundation;
mod m20261126_000002_appeals;
mod m20261126_000003_staff_email;
mod m20261126_000004_openings_journal;
mod m20261126_000005_case_handling;
mod m20261126_000006_reports_district;
mod m20261126_000007_two_factor;
mod m20261204_000001_helplines;
mod m20261204_000002_sessions;
mod m20261204_000010_box_keys;
mod m20261204_000020_door_refusals;
mod m20261204_000030_sign_in_throttle;
mod m20261205_000001_idempotency_age;
mod m20261205_000002_no_drop_order;
mod m20261205_000003_salted_recovery_codes;
mod m20261205_000004_password_set_by_other;
mod m20261205_000005_group_two_factor;
mod m20261205_000006_categories_as_list;
mod m20261206_000001_texts_in_languages;
mod m20261207_000001_throttle_windows;
mod m20261208_000001_appeal_files;

/// Every migration, in order.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261126_000001_foundation::Migration),
            Box::new(m20261126_000002_appeals::Migration),
            Box::new(m20261126_000003_staff_email::Migration),
            Box::new(m20261126_000004_openings_journal::Migration),
            Box::new(m20261126_000005_case_handling::Migration),
            Box::new(m20261126_000006_reports_district::Migration),
            Box::new(m20261126_000007_two_factor::Migration),
            Box::new(m20261204_000001_helplines::Migration),
            Box::new(m20261204_000002_sessions::Migration),
            Box::new(m20261204_000010_box_keys::Migration),
            Box::new(m20261204_000020_door_refusals::Migration),
            Box::new(m20261204_000030_sign_in_throttle::Migration),
            Box::new(m20261205_000001_idempotency_age::Migration),
            Box::new(m20261205_000002_no_drop_order::Migration),
            Box::new(m20261205_000003_salted_recovery_codes::Migration),
            Box::new(m20261205_000004_password_set_by_other::Migration),
            Box::new(m20261205_000005_group_two_factor::Migration),
            Box::new(m20261205_000006_categories_as_list::Migration),
            Box::new(m20261206_000001_texts_in_languages::Migration),
            Box::new(m20261207_000001_throttle_windows::Migration),
            Box::new(m20261208_000001_appeal_files::Migration),
        ]
    }
}
