//! Schools, staff and appeals for the unit tests of case handling.

use std::collections::BTreeSet;

use chrono::Utc;
use entity::appeal::{self, AppealStatus};
use entity::{school, Role};
use uuid::Uuid;

use crate::appeals::intake::arriving;
use crate::auth::Caller;

/// A school of its own district.
pub fn school() -> school::Model {
    school::Model {
        id: Uuid::new_v4(),
        slug: "s".into(),
        name: "S".into(),
        district_id: Uuid::new_v4(),
        opening_quorum: 3,
        opening_interval_months: 1,
        answer_deadline_working_days: 14,
        anonymous_target_working_days: 14,
        default_language: "ky".into(),
        time_zone: "Asia/Bishkek".into(),
        created_at: Utc::now(),
        retention_years: 5,
        names: Default::default(),
    }
}

/// A staff member with these roles.
pub fn caller(roles: &[Role], school: Option<Uuid>, district: Option<Uuid>) -> Caller {
    Caller {
        user_id: Uuid::new_v4(),
        login: "x".into(),
        full_name: "X".into(),
        position: "x".into(),
        school_id: school,
        district_id: district,
        roles: roles.iter().copied().collect::<BTreeSet<_>>(),
        scopes: None,
        password_set_by_other: false,
    }
}

/// A registered appeal of the school, assigned to nobody.
pub fn appeal(school: &school::Model) -> appeal::Model {
    appeal::Model {
        status: AppealStatus::Registered,
        registration_year: Some(2026),
        registration_seq: Some(1),
        registration_number: Some("2026/1".into()),
        ..arriving(
            Uuid::new_v4(),
            school,
            appeal::Channel::Online,
            true,
            Utc::now().date_naive(),
            "k".into(),
            Vec::new(),
        )
    }
}
