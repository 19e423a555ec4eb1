//! Who may grant which role: nobody grants a role above their own. A school administrator
//! and a director manage every school role but the director's; the district administrator
//! names directors and the district's own staff.

use std::collections::BTreeSet;

use entity::{staff_user, Role};
use rand::Rng;
use uuid::Uuid;

use crate::auth::{Caller, Permission, Target};
use crate::error::ApiError;
use crate::error::ProblemCode;

/// The roles a caller may grant or take away in a school (`school`) or in their district
/// (`None`).
pub fn grantable(caller: &Caller, school: Option<Target>) -> BTreeSet<Role> {
    let mut roles = BTreeSet::new();
    let school_roles = [
        Role::Deputy,
        Role::Official,
        Role::SocialPedagogue,
        Role::WorkingGroup,
        Role::SchoolAdmin,
    ];
    match school {
        Some(target) => {
            if caller.may(Permission::ManageStaff, target) {
                roles.extend(school_roles);
                if caller.has_role(Role::DistrictAdmin) || caller.has_role(Role::Superadmin) {
                    roles.insert(Role::Director);
                }
            }
        }
        None => {
            if caller.has_role(Role::DistrictAdmin) || caller.has_role(Role::Superadmin) {
                roles.extend([Role::DistrictOfficer, Role::DistrictAdmin]);
            }
        }
    }
    roles
}

/// The roles that manage accounts: whoever holds one could make or reset a member's account,
/// so none of them may also open the box (regulation 2.2: "so that no other person can open
/// it"; the act goes *to* the director, 2.3–2.4).
pub const ACCOUNT_MANAGERS: [Role; 2] = [Role::Director, Role::SchoolAdmin];

/// `Ok` when a member may hold all of these roles together: the working group is kept apart
/// from the director and the school administrator (a `working_group_separation` refusal).
pub fn check_separation(roles: &[Role]) -> Result<(), ApiError> {
    if roles.contains(&Role::WorkingGroup)
        && roles.iter().any(|role| ACCOUNT_MANAGERS.contains(role))
    {
        return Err(ApiError::rejected(
            ProblemCode::WorkingGroupSeparation,
            "the director and the school administrator cannot be members of the working group",
        ));
    }
    Ok(())
}

/// `Ok` when every role is grantable, a `role_not_grantable` refusal otherwise.
pub fn check_grantable(
    caller: &Caller,
    school: Option<Target>,
    roles: &[Role],
) -> Result<(), ApiError> {
    let allowed = grantable(caller, school);
    match roles.iter().find(|role| !allowed.contains(role)) {
        None => Ok(()),
        Some(role) => Err(ApiError::rejected(
            ProblemCode::RoleNotGrantable,
            format!("you cannot grant or take away the role `{}`", role.as_str()),
        )),
    }
}

/// The target of a member's account: their school, or their district.
pub fn member_target(user: &staff_user::Model, district_of_school: Option<Uuid>) -> Option<Target> {
    match (user.school_id, district_of_school.or(user.district_id)) {
        (Some(id), Some(district_id)) => Some(Target::School { id, district_id }),
        _ => None,
    }
}

/// A first password: 14 characters from an alphabet without look-alikes, easy to read out.
pub fn initial_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
    let mut rng = rand::rngs::OsRng;
    (0..14)
        .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
        .collect()
}

/// A login as typed: 3 to 64 letters, digits, `.`, `-`, `_`.
pub fn valid_login(login: &str) -> bool {
    (3..=64).contains(&login.len())
        && login
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn caller(roles: &[Role], school: Option<Uuid>, district: Uuid) -> Caller {
        Caller {
            user_id: Uuid::new_v4(),
            login: "x".into(),
            full_name: "X".into(),
            position: "x".into(),
            school_id: school,
            district_id: Some(district),
            roles: roles.iter().copied().collect(),
            scopes: None,
            password_set_by_other: false,
        }
    }

    #[test]
    fn nobody_grants_a_role_above_their_own() {
        let (school, district) = (Uuid::new_v4(), Uuid::new_v4());
        let target = Some(Target::School {
            id: school,
            district_id: district,
        });
        let admin = caller(&[Role::SchoolAdmin], Some(school), district);
        assert!(check_grantable(&admin, target, &[Role::Official, Role::WorkingGroup]).is_ok());
        assert!(check_grantable(&admin, target, &[Role::Director]).is_err());
        assert!(check_grantable(&admin, target, &[Role::DistrictOfficer]).is_err());
        let director = caller(&[Role::Director], Some(school), district);
        assert!(check_grantable(&director, target, &[Role::Director]).is_err());
        let official = caller(&[Role::Official], Some(school), district);
        assert!(check_grantable(&official, target, &[Role::WorkingGroup]).is_err());
        let district_admin = caller(&[Role::DistrictAdmin], None, district);
        assert!(check_grantable(&district_admin, target, &[Role::Director]).is_ok());
        assert!(check_grantable(&district_admin, None, &[Role::DistrictOfficer]).is_ok());
        assert!(check_grantable(&admin, None, &[Role::DistrictOfficer]).is_err());
        // Another school of the district is out of a school administrator's reach.
        let elsewhere = Some(Target::School {
            id: Uuid::new_v4(),
            district_id: district,
        });
        assert!(check_grantable(&admin, elsewhere, &[Role::Official]).is_err());
    }

    #[test]
    fn first_passwords_are_long_and_readable() {
        let password = initial_password();
        assert_eq!(password.len(), 14);
        assert!(!password.contains(['0', 'O', 'l', '1', 'I']));
        assert_ne!(password, initial_password());
    }
}
