//! The inbox: the cases the caller directs, handles or was referred, each with the flags of
//! what it needs (unassigned, overdue, due soon, urgent without a referral …).

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use entity::appeal::{self, AppealStatus};
use entity::appeal_message::{self, MessageKind};
use entity::school;
use sea_orm::{
    ColumnTrait, DatabaseConnection, DatabaseTransaction, EntityTrait, QueryFilter,
    TransactionTrait,
};
use uuid::Uuid;

use super::flags::{flags, FlagContext};
use crate::auth::{Caller, Permission};
use crate::calendar::today_in;
use crate::cases::access::case_access;
use crate::cases::store;
use crate::cases::views::{CaseFlag, CaseList, CaseQuery, CaseState, CaseSummary, StaffRef};
use crate::error::ApiError;
use crate::schools::store::holidays_of;

fn summary(
    appeal: &appeal::Model,
    school: &school::Model,
    staff: &HashMap<Uuid, StaffRef>,
    flags: Vec<CaseFlag>,
) -> CaseSummary {
    CaseSummary {
        id: appeal.id,
        school: school.slug.clone(),
        registration_number: appeal.registration_number.clone().unwrap_or_default(),
        registered_on: appeal.registered_on.unwrap_or(appeal.submitted_on),
        channel: appeal.channel,
        anonymous: appeal.anonymous,
        categories: appeal.categories.to_vec(),
        urgent: appeal.urgent,
        status: appeal.status,
        official: appeal.assigned_to_id.and_then(|id| staff.get(&id).cloned()),
        answer_due_on: appeal.answer_due_on,
        flags,
    }
}

/// The summary of one case as it stands in the transaction.
pub(super) async fn summary_of(
    txn: &DatabaseTransaction,
    caller: &Caller,
    appeal: &appeal::Model,
    school: &school::Model,
) -> Result<CaseSummary, ApiError> {
    let context = flag_context(txn, caller, school, vec![appeal.id]).await?;
    let staff = store::staff_refs(txn, appeal.assigned_to_id).await?;
    Ok(summary(appeal, school, &staff, flags(appeal, &context)))
}

/// What the flags of these cases need, read in the transaction.
async fn flag_context(
    txn: &DatabaseTransaction,
    caller: &Caller,
    school: &school::Model,
    appeal_ids: Vec<Uuid>,
) -> Result<FlagContext, ApiError> {
    let referred: HashSet<Uuid> = store::referred_appeals(txn, appeal_ids.clone())
        .await?
        .into_iter()
        .collect();
    let drafts = draft_answers(txn, appeal_ids).await?;
    let holidays = holidays_of(txn, school.id).await?;
    Ok(FlagContext {
        you: caller.user_id,
        today: today_in(&school.time_zone),
        holidays,
        referred,
        drafts,
    })
}

/// The appeals among these with an answer drafted and not yet approved.
async fn draft_answers(
    txn: &DatabaseTransaction,
    appeal_ids: Vec<Uuid>,
) -> Result<HashSet<Uuid>, ApiError> {
    if appeal_ids.is_empty() {
        return Ok(HashSet::new());
    }
    Ok(appeal_message::Entity::find()
        .filter(appeal_message::Column::AppealId.is_in(appeal_ids))
        .filter(appeal_message::Column::Kind.eq(MessageKind::Answer))
        .filter(appeal_message::Column::ApprovedAt.is_null())
        .all(txn)
        .await?
        .into_iter()
        .map(|message| message.appeal_id)
        .collect())
}

/// The inbox: the cases the caller directs, handles or was referred, with what each needs.
pub async fn list(
    db: &DatabaseConnection,
    caller: &Caller,
    query: CaseQuery,
) -> Result<CaseList, ApiError> {
    let school = crate::schools::authorized_school(
        db,
        caller,
        &query.school,
        Permission::ViewAppealOverview,
    )
    .await?;
    let statuses = statuses_in(query.state.unwrap_or_default());
    let txn = db.begin().await?;
    let concerning: HashSet<Uuid> = store::appeals_concerning(&txn, caller.user_id)
        .await?
        .into_iter()
        .collect();
    let mut cases: Vec<appeal::Model> = store::cases_of_school(&txn, school.id, statuses)
        .await?
        .into_iter()
        .filter(|appeal| {
            case_access(caller, appeal, &school, concerning.contains(&appeal.id)).reading
        })
        .collect();
    let ids: Vec<Uuid> = cases.iter().map(|appeal| appeal.id).collect();
    let context = flag_context(&txn, caller, &school, ids).await?;
    let staff = store::staff_refs(&txn, cases.iter().filter_map(|a| a.assigned_to_id)).await?;
    txn.commit().await?;
    // What needs attention first: urgent without a referral, then late, then by due date.
    cases.sort_by_cached_key(|appeal| {
        let flags = flags(appeal, &context);
        (
            !flags.contains(&CaseFlag::UrgentWithoutReferral),
            !flags.contains(&CaseFlag::Overdue),
            appeal.answer_due_on.unwrap_or(NaiveDate::MAX),
            appeal.registration_year,
            appeal.registration_seq,
        )
    });
    let total = cases.len() as u64;
    let per_page = query.per_page.unwrap_or(50).clamp(1, 200);
    let page = query.page.unwrap_or(1).clamp(1, crate::http::MAX_PAGE);
    let items = cases
        .iter()
        .skip(usize::try_from((page - 1).saturating_mul(per_page)).unwrap_or(usize::MAX))
        .take(per_page as usize)
        .map(|appeal| summary(appeal, &school, &staff, flags(appeal, &context)))
        .collect();
    Ok(CaseList { items, total })
}

/// The statuses of the cases an inbox shows.
fn statuses_in(state: CaseState) -> &'static [AppealStatus] {
    match state {
        CaseState::Open => &[
            AppealStatus::Registered,
            AppealStatus::Assigned,
            AppealStatus::Answered,
        ],
        CaseState::Closed => &[AppealStatus::Closed],
        CaseState::All => &[
            AppealStatus::Registered,
            AppealStatus::Assigned,
            AppealStatus::Answered,
            AppealStatus::Closed,
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_open_inbox_leaves_closed_cases_out() {
        assert!(!statuses_in(CaseState::Open).contains(&AppealStatus::Closed));
        assert_eq!(statuses_in(CaseState::Closed), &[AppealStatus::Closed]);
        assert_eq!(statuses_in(CaseState::All).len(), 4);
    }

    #[test]
    fn no_inbox_shows_an_appeal_that_is_not_a_case() {
        for state in [CaseState::Open, CaseState::Closed, CaseState::All] {
            assert!(statuses_in(state)
                .iter()
                .all(|status| crate::cases::access::is_case(*status)));
        }
    }
}
