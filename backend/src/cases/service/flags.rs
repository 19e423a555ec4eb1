//! The flags of a case in the inbox: what it needs and how near its deadline is.

use std::collections::HashSet;

use chrono::NaiveDate;
use entity::appeal::{self, AppealStatus};
use uuid::Uuid;

use crate::calendar::{working_days_between, Holidays};
use crate::cases::views::CaseFlag;

/// Working days before the deadline from which a case is flagged as nearly due.
const DUE_SOON_WORKING_DAYS: i64 = 2;

/// What the flags of a case need besides the appeal.
pub(super) struct FlagContext<'a> {
    /// The staff member looking.
    pub you: Uuid,
    pub today: NaiveDate,
    pub holidays: &'a Holidays,
    pub referred: &'a HashSet<Uuid>,
    pub drafts: &'a HashSet<Uuid>,
}

/// What a case needs, as the inbox flags it.
pub(super) fn flags(appeal: &appeal::Model, context: &FlagContext<'_>) -> Vec<CaseFlag> {
    let mut flags = Vec::new();
    let open = appeal.status != AppealStatus::Closed;
    if appeal.status == AppealStatus::Registered && appeal.assigned_to_id.is_none() {
        flags.push(CaseFlag::Unassigned);
    }
    if open && appeal.assigned_to_id == Some(context.you) {
        flags.push(CaseFlag::AssignedToYou);
    }
    if open && context.drafts.contains(&appeal.id) {
        flags.push(CaseFlag::AnswerAwaitingApproval);
    }
    if open && appeal.urgent && !context.referred.contains(&appeal.id) {
        flags.push(CaseFlag::UrgentWithoutReferral);
    }
    let awaiting_answer = matches!(
        appeal.status,
        AppealStatus::Registered | AppealStatus::Assigned
    );
    if let (true, Some(due)) = (awaiting_answer, appeal.answer_due_on) {
        if due < context.today {
            flags.push(CaseFlag::Overdue);
        } else if working_days_between(context.today, due, context.holidays)
            <= DUE_SOON_WORKING_DAYS
        {
            flags.push(CaseFlag::DueSoon);
        }
    }
    if appeal.routed_to_district {
        flags.push(CaseFlag::RoutedToDistrict);
    }
    if appeal.referred_to_district {
        flags.push(CaseFlag::ReferredToDistrict);
    }
    flags
}
