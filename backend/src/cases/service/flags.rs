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
pub(super) struct FlagContext {
    /// The staff member looking.
    pub you: Uuid,
    pub today: NaiveDate,
    pub holidays: Holidays,
    /// The appeals among those flagged that were referred to a body.
    pub referred: HashSet<Uuid>,
    /// The appeals among those flagged with an answer awaiting approval.
    pub drafts: HashSet<Uuid>,
}

/// What a case needs, as the inbox flags it.
pub(super) fn flags(appeal: &appeal::Model, context: &FlagContext) -> Vec<CaseFlag> {
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
        } else if working_days_between(context.today, due, &context.holidays)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cases::fixtures::{appeal, school};

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    /// The flags of an appeal seen on Thursday 26 November 2026 by someone else.
    fn flags_on_thursday(appeal: &appeal::Model, referred: &HashSet<Uuid>) -> Vec<CaseFlag> {
        let context = FlagContext {
            you: Uuid::new_v4(),
            today: day("2026-11-26"),
            holidays: Holidays::new(),
            referred: referred.clone(),
            drafts: HashSet::new(),
        };
        flags(appeal, &context)
    }

    fn due_on(due: &str, status: AppealStatus) -> appeal::Model {
        appeal::Model {
            status,
            assigned_to_id: Some(Uuid::new_v4()),
            answer_due_on: Some(day(due)),
            ..appeal(&school())
        }
    }

    #[test]
    fn a_case_past_its_deadline_is_overdue() {
        let flags = flags_on_thursday(
            &due_on("2026-11-25", AppealStatus::Assigned),
            &HashSet::new(),
        );
        assert_eq!(flags, vec![CaseFlag::Overdue]);
    }

    #[test]
    fn a_case_due_within_two_working_days_is_due_soon_across_the_weekend() {
        for due in ["2026-11-26", "2026-11-27", "2026-11-30"] {
            let flags = flags_on_thursday(&due_on(due, AppealStatus::Assigned), &HashSet::new());
            assert_eq!(flags, vec![CaseFlag::DueSoon], "due on {due}");
        }
        let flags = flags_on_thursday(
            &due_on("2026-12-01", AppealStatus::Assigned),
            &HashSet::new(),
        );
        assert!(flags.is_empty());
    }

    #[test]
    fn an_answered_case_is_never_late() {
        let flags = flags_on_thursday(
            &due_on("2026-11-02", AppealStatus::Answered),
            &HashSet::new(),
        );
        assert!(flags.is_empty());
    }

    #[test]
    fn a_registered_case_without_an_official_is_unassigned() {
        let flags = flags_on_thursday(&appeal(&school()), &HashSet::new());
        assert_eq!(flags, vec![CaseFlag::Unassigned]);
    }

    #[test]
    fn an_urgent_case_is_flagged_until_it_is_referred_or_closed() {
        let urgent = appeal::Model {
            urgent: true,
            ..appeal(&school())
        };
        assert!(
            flags_on_thursday(&urgent, &HashSet::new()).contains(&CaseFlag::UrgentWithoutReferral)
        );
        let referred = HashSet::from([urgent.id]);
        assert!(!flags_on_thursday(&urgent, &referred).contains(&CaseFlag::UrgentWithoutReferral));
        let closed = appeal::Model {
            status: AppealStatus::Closed,
            ..urgent
        };
        assert!(
            !flags_on_thursday(&closed, &HashSet::new()).contains(&CaseFlag::UrgentWithoutReferral)
        );
    }

    #[test]
    fn the_official_sees_their_own_open_cases_as_assigned_to_them() {
        let you = Uuid::new_v4();
        let mine = appeal::Model {
            status: AppealStatus::Assigned,
            assigned_to_id: Some(you),
            ..appeal(&school())
        };
        let context = FlagContext {
            you,
            today: day("2026-11-26"),
            holidays: Holidays::new(),
            referred: HashSet::new(),
            drafts: HashSet::from([mine.id]),
        };
        assert_eq!(
            flags(&mine, &context),
            vec![CaseFlag::AssignedToYou, CaseFlag::AnswerAwaitingApproval]
        );
    }
}
