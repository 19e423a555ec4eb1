//! Assignment: the director gives the case to a competent official, never to someone the
//! appeal concerns.

use entity::{appeal, school, staff_role, staff_user, Role};
use sea_orm::{
    ColumnTrait, DatabaseConnection, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder,
};
use serde_json::json;
use uuid::Uuid;

use super::inbox::summary_of;
use super::open_case::{begin_open, directing};
use crate::appeals::lifecycle;
use crate::audit::{self, AuditAction, AuditEvent, AuditSubject};
use crate::auth::Caller;
use crate::cases::store;
use crate::cases::views::{AssignCase, CaseSummary, StaffRef};
use crate::error::ApiError;
use crate::error::ProblemCode;
use crate::journal::event::Official;

/// The roles of a competent official: who may handle an appeal. A member of the working group
/// alone (a parents' committee chair, a teacher) or the school administrator is not one.
const COMPETENT: [Role; 5] = [
    Role::Official,
    Role::Director,
    Role::Deputy,
    Role::SocialPedagogue,
    Role::DistrictOfficer,
];

fn is_competent(roles: &[Role]) -> bool {
    roles.iter().any(|role| COMPETENT.contains(role))
}

/// Whether staff of this school (or district office) can take the case: the school's own
/// staff, and the district office's for an appeal routed up to it.
fn within_reach(
    school_id: Option<Uuid>,
    district_id: Option<Uuid>,
    appeal: &appeal::Model,
    school: &school::Model,
) -> bool {
    school_id == Some(school.id)
        || (appeal.routed_to_district
            && school_id.is_none()
            && district_id == Some(school.district_id))
}

/// Who a case can be assigned to: the rule `assign` enforces, as a list.
pub(super) async fn assignable_staff(
    txn: &DatabaseTransaction,
    appeal: &appeal::Model,
    school: &school::Model,
    concerned: &[Uuid],
) -> Result<Vec<StaffRef>, ApiError> {
    let mut condition = sea_orm::Condition::any().add(staff_user::Column::SchoolId.eq(school.id));
    if appeal.routed_to_district {
        condition = condition.add(
            sea_orm::Condition::all()
                .add(staff_user::Column::SchoolId.is_null())
                .add(staff_user::Column::DistrictId.eq(school.district_id)),
        );
    }
    Ok(staff_user::Entity::find()
        .filter(condition)
        .filter(staff_user::Column::Active.eq(true))
        .order_by_asc(staff_user::Column::FullName)
        .find_with_related(staff_role::Entity)
        .all(txn)
        .await?
        .into_iter()
        .filter(|(user, roles)| {
            !concerned.contains(&user.id)
                && is_competent(&roles.iter().map(|row| row.role).collect::<Vec<_>>())
        })
        .map(|(user, _)| StaffRef {
            id: user.id,
            full_name: user.full_name,
            position: user.position,
        })
        .collect())
}

/// The director assigns the competent official; a reassignment is a new journal entry.
pub async fn assign(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
    input: AssignCase,
) -> Result<CaseSummary, ApiError> {
    let case = begin_open(db, caller, id, directing).await?;
    let official = staff_user::Entity::find_by_id(input.official_id)
        .one(&case.txn)
        .await?
        .filter(|user| user.active);
    let eligible = official.as_ref().is_some_and(|user| {
        within_reach(user.school_id, user.district_id, &case.appeal, &case.school)
    });
    let Some(official) = official.filter(|_| eligible) else {
        return Err(ApiError::rejected(
            ProblemCode::AssigneeNotInSchool,
            "the official must be an active staff member of the appeal's school",
        ));
    };
    if !is_competent(&crate::staff::store::roles_of(&case.txn, official.id).await?) {
        return Err(ApiError::rejected(
            ProblemCode::AssigneeNotCompetent,
            "only a competent official (an official, the director, a deputy, the social \
             pedagogue or a district officer) can handle an appeal",
        ));
    }
    if store::concerned_staff(&case.txn, case.appeal.id)
        .await?
        .contains(&official.id)
    {
        return Err(ApiError::rejected(
            ProblemCode::AssigneeConcerned,
            "the appeal concerns this person: they can neither handle nor see it",
        ));
    }
    if case.appeal.assigned_to_id == Some(official.id) {
        return Err(ApiError::rejected(
            ProblemCode::AlreadyAssigned,
            "the appeal is already assigned to this official",
        ));
    }
    let (appeal, step) = lifecycle::assign(
        &case.txn,
        case.appeal.clone(),
        Official {
            id: official.id,
            position: official.position.clone(),
            full_name: official.full_name.clone(),
        },
    )
    .await?;
    case.record(caller, step).await?;
    audit::record(
        &case.txn,
        AuditEvent {
            chain: caller.audit_chain(),
            actor: caller.actor(),
            action: AuditAction::AppealAssigned,
            subject: Some(AuditSubject::Appeal(case.appeal.id)),
            details: json!({"official": official.id}),
        },
    )
    .await?;
    let summary = summary_of(&case.txn, caller, &appeal, &case.school).await?;
    case.txn.commit().await?;
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cases::fixtures::{appeal, school};

    #[test]
    fn a_working_group_member_alone_or_the_administrator_is_not_competent() {
        assert!(!is_competent(&[Role::WorkingGroup]));
        assert!(!is_competent(&[]));
        assert!(is_competent(&[Role::WorkingGroup, Role::SocialPedagogue]));
        assert!(is_competent(&[Role::DistrictOfficer]));
    }

    #[test]
    fn the_schools_own_staff_are_within_reach() {
        let school = school();
        let appeal = appeal(&school);
        assert!(within_reach(
            Some(school.id),
            Some(school.district_id),
            &appeal,
            &school
        ));
        assert!(!within_reach(
            Some(Uuid::new_v4()),
            Some(school.district_id),
            &appeal,
            &school
        ));
    }

    #[test]
    fn the_district_office_is_within_reach_only_of_an_appeal_routed_up() {
        let school = school();
        let appeal = appeal(&school);
        assert!(!within_reach(
            None,
            Some(school.district_id),
            &appeal,
            &school
        ));
        let routed = appeal::Model {
            routed_to_district: true,
            ..appeal
        };
        assert!(within_reach(
            None,
            Some(school.district_id),
            &routed,
            &school
        ));
        assert!(!within_reach(None, Some(Uuid::new_v4()), &routed, &school));
    }
}
