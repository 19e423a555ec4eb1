//! The authorization policy: one table of which roles may do what, and the rule that school
//! roles act only in their own school and district roles only in their own district. Every
//! route asks `Caller::authorize` before it touches data.

use entity::Role;
use uuid::Uuid;

use super::service::ServiceScope;
use super::Caller;
use crate::error::ApiError;

/// Something a route does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Permission {
    /// See a school's profile and settings.
    ViewSchool,
    /// See and manage a school's staff accounts and roles.
    ManageStaff,
    /// Change a school's settings.
    ManageSchoolSettings,
    /// See that appeals exist (date, channel, status, urgent), never their content.
    ViewAppealOverview,
    /// Be alerted to urgent appeals waiting in the box.
    ReceiveAlerts,
    /// Add words to, or allow words in, the school's screening lists.
    ManageScreeningWords,
    /// Start, confirm, read, sign an opening as a working-group member.
    TakePartInOpening,
    /// Follow the school's openings and their acts.
    ViewOpenings,
    /// Acknowledge a signed act (clause 2.4).
    AcknowledgeAct,
    /// Read the journal (no appeal text in it) and verify it.
    ViewJournal,
    /// Name the working group's members.
    ManageWorkingGroup,
    /// Read the audit trail (clause 4; DESIGN.md §4).
    ViewAuditTrail,
    /// Read a school's monthly reports with their full figures.
    ViewReports,
    /// Write the monthly report's narrative and publish it (clause 2.6).
    EditReport,
    /// See the district's overview: every school's compliance and the aggregated figures.
    ViewDistrict,
    /// Manage the district's service accounts and webhooks.
    ManageIntegrations,
    /// Create a school of the district with its first director.
    CreateSchool,
    /// See and change the district's settings (a required second factor).
    ManageDistrictSettings,
}

/// What a permission is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    School { id: Uuid, district_id: Uuid },
    District { id: Uuid },
}

impl Target {
    /// A school, within its district.
    pub fn of_school(school: &entity::school::Model) -> Target {
        Target::School {
            id: school.id,
            district_id: school.district_id,
        }
    }

    /// A district.
    pub fn of_district(district: &entity::district::Model) -> Target {
        Target::District { id: district.id }
    }
}

/// The roles that grant a permission.
pub fn roles_for(permission: Permission) -> &'static [Role] {
    use Role::*;
    match permission {
        Permission::ViewSchool => &[
            Director,
            Deputy,
            Official,
            SocialPedagogue,
            WorkingGroup,
            SchoolAdmin,
            DistrictOfficer,
            DistrictAdmin,
            Superadmin,
        ],
        Permission::ManageStaff => &[Director, SchoolAdmin, DistrictAdmin, Superadmin],
        Permission::ManageSchoolSettings => &[Director, SchoolAdmin, DistrictAdmin, Superadmin],
        Permission::ViewAppealOverview => &[
            Director,
            Deputy,
            Official,
            SocialPedagogue,
            WorkingGroup,
            SchoolAdmin,
            DistrictOfficer,
        ],
        Permission::ReceiveAlerts => &[Director, WorkingGroup],
        Permission::ManageScreeningWords => &[Director, SchoolAdmin],
        Permission::TakePartInOpening => &[WorkingGroup],
        Permission::ViewOpenings => &[Director, WorkingGroup, SchoolAdmin, DistrictOfficer],
        Permission::AcknowledgeAct => &[Director],
        Permission::ViewJournal => &[
            Director,
            Deputy,
            Official,
            SocialPedagogue,
            WorkingGroup,
            SchoolAdmin,
            DistrictOfficer,
            DistrictAdmin,
            Integration,
        ],
        Permission::ManageWorkingGroup => &[Director, SchoolAdmin],
        Permission::ViewAuditTrail => &[Director, DistrictOfficer],
        Permission::ViewReports => &[
            Director,
            Deputy,
            Official,
            SocialPedagogue,
            WorkingGroup,
            SchoolAdmin,
            DistrictOfficer,
            DistrictAdmin,
            Integration,
        ],
        Permission::EditReport => &[SocialPedagogue, Director],
        Permission::ViewDistrict => &[DistrictOfficer, DistrictAdmin, Integration],
        Permission::ManageIntegrations => &[DistrictAdmin],
        Permission::CreateSchool => &[DistrictAdmin, Superadmin],
        Permission::ManageDistrictSettings => &[DistrictAdmin, Superadmin],
    }
}

/// Whether a role, held by this caller, reaches the target.
fn role_reaches(caller: &Caller, role: Role, target: Target) -> bool {
    match role {
        Role::Superadmin => true,
        Role::DistrictOfficer | Role::DistrictAdmin | Role::Integration => match target {
            Target::School { district_id, .. } => caller.district_id == Some(district_id),
            Target::District { id } => caller.district_id == Some(id),
        },
        _ => match target {
            Target::School { id, .. } => caller.school_id == Some(id),
            Target::District { .. } => false,
        },
    }
}

impl Caller {
    /// Whether the caller may do this to the target.
    pub fn may(&self, permission: Permission, target: Target) -> bool {
        if let Some(scopes) = &self.scopes {
            if !ServiceScope::granting(permission).is_some_and(|scope| scopes.contains(&scope)) {
                return false;
            }
        }
        roles_for(permission)
            .iter()
            .any(|role| self.has_role(*role) && role_reaches(self, *role, target))
    }

    /// `Ok` when the caller may do this to the target, `forbidden` otherwise.
    pub fn authorize(&self, permission: Permission, target: Target) -> Result<(), ApiError> {
        if self.may(permission, target) {
            Ok(())
        } else {
            Err(ApiError::Forbidden)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

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

    #[test]
    fn a_director_manages_staff_of_their_own_school_only() {
        let district = Uuid::new_v4();
        let (own, other) = (Uuid::new_v4(), Uuid::new_v4());
        let director = caller(&[Role::Director], Some(own), Some(district));
        assert!(director.may(
            Permission::ManageStaff,
            Target::School {
                id: own,
                district_id: district
            }
        ));
        assert!(!director.may(
            Permission::ManageStaff,
            Target::School {
                id: other,
                district_id: district
            }
        ));
    }

    #[test]
    fn a_district_officer_sees_schools_of_their_district_only() {
        let (district, elsewhere) = (Uuid::new_v4(), Uuid::new_v4());
        let officer = caller(&[Role::DistrictOfficer], None, Some(district));
        assert!(officer.may(
            Permission::ViewSchool,
            Target::School {
                id: Uuid::new_v4(),
                district_id: district
            }
        ));
        assert!(!officer.may(
            Permission::ViewSchool,
            Target::School {
                id: Uuid::new_v4(),
                district_id: elsewhere
            }
        ));
        assert!(!officer.may(
            Permission::ManageStaff,
            Target::School {
                id: Uuid::new_v4(),
                district_id: district
            }
        ));
    }

    #[test]
    fn a_working_group_member_cannot_manage_staff() {
        let (school, district) = (Uuid::new_v4(), Uuid::new_v4());
        let member = caller(&[Role::WorkingGroup], Some(school), Some(district));
        assert!(!member.may(
            Permission::ManageStaff,
            Target::School {
                id: school,
                district_id: district
            }
        ));
    }
}
