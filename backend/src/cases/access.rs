//! Who may do what on a case (DESIGN.md §4): the director directs, or the district office
//! when the appeal concerns the director; the assigned official handles; the district office
//! reads what was referred to it; a staff member the appeal concerns does none of it.

use entity::appeal::{self, AppealStatus};
use entity::{school, Role};

use crate::auth::Caller;

/// What a caller may do on one case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CaseAccess {
    /// Assign, approve answers, close.
    pub directing: bool,
    /// Measures, notes, referrals, the answer's draft, closing.
    pub handling: bool,
    /// Read the content.
    pub reading: bool,
}

/// Whether the caller is a district officer of the school's district.
pub fn is_district_officer(caller: &Caller, school: &school::Model) -> bool {
    caller.has_role(Role::DistrictOfficer) && caller.district_id == Some(school.district_id)
}

/// Whether the caller directs this appeal's handling.
pub fn directs(caller: &Caller, appeal: &appeal::Model, school: &school::Model) -> bool {
    if appeal.routed_to_district {
        is_district_officer(caller, school)
    } else {
        caller.has_role(Role::Director) && caller.school_id == Some(school.id)
    }
}

/// The caller's part in a case; `concerned` says the appeal is about the caller.
pub fn case_access(
    caller: &Caller,
    appeal: &appeal::Model,
    school: &school::Model,
    concerned: bool,
) -> CaseAccess {
    if concerned {
        return CaseAccess::default();
    }
    let directing = directs(caller, appeal, school);
    let handling = directing || appeal.assigned_to_id == Some(caller.user_id);
    let reading = handling || (appeal.referred_to_district && is_district_officer(caller, school));
    CaseAccess {
        directing,
        handling,
        reading,
    }
}

/// Whether an appeal is in handling: registered and not set aside.
pub fn is_case(status: AppealStatus) -> bool {
    matches!(
        status,
        AppealStatus::Registered
            | AppealStatus::Assigned
            | AppealStatus::Answered
            | AppealStatus::Closed
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;
    use std::collections::BTreeSet;
    use uuid::Uuid;

    fn school() -> school::Model {
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

    fn caller(roles: &[Role], school: Option<Uuid>, district: Option<Uuid>) -> Caller {
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

    fn appeal(school: &school::Model) -> appeal::Model {
        appeal::Model {
            id: Uuid::new_v4(),
            school_id: school.id,
            channel: appeal::Channel::Online,
            anonymous: true,
            status: AppealStatus::Registered,
            submitted_on: Utc::now().date_naive(),
            urgent: false,
            needs_referral: false,
            categories: Default::default(),
            language: "ky".into(),
            key_id: "k".into(),
            sealed_content: Vec::new(),
            sealed_identity: None,
            receipt_hash: None,
            box_opening_id: None,
            registration_year: Some(2026),
            registration_seq: Some(1),
            registration_number: Some("2026/1".into()),
            registered_on: None,
            not_accepted_reason: None,
            assigned_to_id: None,
            routed_to_district: false,
            referred_to_district: false,
            answer_due_on: None,
            closed_on: None,
            outcome: None,
            answered_on: None,
            erased_on: None,
        }
    }

    #[test]
    fn the_director_directs_unless_the_appeal_concerns_them() {
        let school = school();
        let director = caller(&[Role::Director], Some(school.id), Some(school.district_id));
        let appeal = appeal(&school);
        assert!(case_access(&director, &appeal, &school, false).directing);
        assert_eq!(
            case_access(&director, &appeal, &school, true),
            CaseAccess::default()
        );
    }

    #[test]
    fn an_appeal_routed_up_is_directed_by_the_district_office_only() {
        let school = school();
        let director = caller(&[Role::Director], Some(school.id), Some(school.district_id));
        let officer = caller(&[Role::DistrictOfficer], None, Some(school.district_id));
        let elsewhere = caller(&[Role::DistrictOfficer], None, Some(Uuid::new_v4()));
        let appeal = appeal::Model {
            routed_to_district: true,
            ..appeal(&school)
        };
        assert!(!case_access(&director, &appeal, &school, false).reading);
        assert!(case_access(&officer, &appeal, &school, false).directing);
        assert!(!case_access(&elsewhere, &appeal, &school, false).reading);
    }

    #[test]
    fn the_assigned_official_handles_but_does_not_direct() {
        let school = school();
        let official = caller(&[Role::Official], Some(school.id), Some(school.district_id));
        let appeal = appeal::Model {
            assigned_to_id: Some(official.user_id),
            ..appeal(&school)
        };
        let access = case_access(&official, &appeal, &school, false);
        assert!(access.handling && access.reading && !access.directing);
        let colleague = caller(&[Role::Official], Some(school.id), Some(school.district_id));
        assert!(!case_access(&colleague, &appeal, &school, false).reading);
    }

    #[test]
    fn the_district_reads_only_what_was_referred_to_it() {
        let school = school();
        let officer = caller(&[Role::DistrictOfficer], None, Some(school.district_id));
        assert!(!case_access(&officer, &appeal(&school), &school, false).reading);
        let referred = appeal::Model {
            referred_to_district: true,
            ..appeal(&school)
        };
        let access = case_access(&officer, &referred, &school, false);
        assert!(access.reading && !access.handling);
    }
}
