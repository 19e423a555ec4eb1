//! Recording that an appeal concerns a staff member: they lose sight of it and lose it if it
//! was theirs; an appeal about the director goes up to the district office.

use chrono::Utc;
use entity::appeal::{self, AppealStatus};
use entity::box_opening::OpeningStatus;
use entity::{appeal_concern, staff_role, staff_user, Role};
use sea_orm::{
    ColumnTrait, DatabaseConnection, DatabaseTransaction, EntityTrait, QueryFilter,
    TransactionTrait,
};
use serde_json::json;
use uuid::Uuid;

use super::open_case::{entry, locked_appeal, not_handling, require_open};
use crate::appeals::intake::appeal_sealed;
use crate::appeals::lifecycle;
use crate::audit::{self, AuditAction, AuditEvent, AuditSubject};
use crate::auth::Caller;
use crate::box_openings::store::{find_member, find_opening};
use crate::cases::access::{case_access, is_case};
use crate::cases::store;
use crate::cases::views::MarkConcerned;
use crate::error::ApiError;
use crate::error::ProblemCode;
use crate::journal::store as journal;

/// Records that the appeal concerns a staff member: they lose sight of it, lose it if it was
/// assigned to them, and an appeal about the director goes up to the district office. The
/// working group may record it during the opening, before anyone else reads the appeal.
pub async fn mark_concerned(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
    input: MarkConcerned,
) -> Result<(), ApiError> {
    let txn = db.begin().await?;
    let (appeal, school) = locked_appeal(&txn, caller, id).await?;
    let concerned = store::concerned_staff(&txn, appeal.id).await?;
    let allowed = if appeal.status == AppealStatus::Retrieved {
        member_of_open_opening(&txn, caller, &appeal).await?
    } else if is_case(appeal.status) {
        case_access(
            caller,
            &appeal,
            &school,
            concerned.contains(&caller.user_id),
        )
        .handling
    } else if appeal.status == AppealStatus::Sealed {
        return Err(appeal_sealed());
    } else {
        false
    };
    if !allowed {
        return Err(not_handling());
    }
    require_open(&appeal)?;
    let staff = staff_user::Entity::find_by_id(input.staff_id)
        .one(&txn)
        .await?
        .filter(|user| user.school_id == Some(school.id));
    let Some(staff) = staff else {
        return Err(ApiError::rejected(
            ProblemCode::StaffNotInSchool,
            "no staff member of this school has this id",
        ));
    };
    let recorded = store::insert_concern(
        &txn,
        appeal_concern::Model {
            appeal_id: appeal.id,
            staff_id: staff.id,
            recorded_by: caller.user_id,
            recorded_at: Utc::now(),
        },
    )
    .await?;
    if !recorded {
        txn.commit().await?;
        return Ok(());
    }
    let is_director = staff_role::Entity::find()
        .filter(staff_role::Column::UserId.eq(staff.id))
        .filter(staff_role::Column::Role.eq(Role::Director))
        .one(&txn)
        .await?
        .is_some();
    let route_up = is_director && !appeal.routed_to_district;
    let unassign = appeal.assigned_to_id == Some(staff.id);
    if let Some(step) = lifecycle::release(&txn, &appeal, route_up, unassign).await? {
        journal::append(&txn, school.id, vec![entry(&appeal, caller, step)]).await?;
    }
    audit::record(
        &txn,
        AuditEvent {
            chain: caller.audit_chain(),
            actor: caller.actor(),
            action: AuditAction::AppealConcernRecorded,
            subject: Some(AuditSubject::Appeal(appeal.id)),
            details: json!({"routed_to_district": route_up}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

async fn member_of_open_opening(
    txn: &DatabaseTransaction,
    caller: &Caller,
    appeal: &appeal::Model,
) -> Result<bool, ApiError> {
    let Some(opening_id) = appeal.box_opening_id else {
        return Ok(false);
    };
    let Some(opening) = find_opening(txn, opening_id).await? else {
        return Ok(false);
    };
    Ok(opening.status == OpeningStatus::Open
        && find_member(txn, opening.id, caller.user_id)
            .await?
            .is_some())
}
