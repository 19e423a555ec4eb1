//! The answer: the official drafts it, the director approves it, and only then does it reach
//! the writer (through the receipt, and by mail to a signed writer who gave an address).

use chrono::Utc;
use entity::appeal_message::{self, MessageKind};
use uuid::Uuid;

use super::case_file::message_view;
use super::notes::insert_staff_message;
use super::open_case::{begin_open, directing_as, handling, OpenCase};
use crate::appeals::lifecycle;
use crate::auth::Caller;
use crate::calendar::today_in;
use crate::cases::access::CaseAccess;
use crate::cases::notice::notify_writer_of_answer;
use crate::cases::store;
use crate::cases::views::{CaseMessage, NewAnswer};
use crate::error::ApiError;
use crate::error::ProblemCode;
use crate::state::AppState;

fn approval_requires_director() -> ApiError {
    ApiError::rejected(
        ProblemCode::ApprovalRequiresDirector,
        "an answer reaches the writer only once the director approves it",
    )
}

/// Who may write an answer: those handling the case; approving it at once is for those who
/// direct it.
fn may_answer(access: CaseAccess, approve: bool) -> Result<(), ApiError> {
    handling(access)?;
    if approve {
        may_approve(access)?;
    }
    Ok(())
}

/// Who may approve an answer: those who direct the case.
fn may_approve(access: CaseAccess) -> Result<(), ApiError> {
    directing_as(access, approval_requires_director)
}

/// The official drafts the answer; the director may answer and approve at once.
pub async fn add_answer(
    state: &AppState,
    caller: &Caller,
    id: Uuid,
    input: NewAnswer,
) -> Result<CaseMessage, ApiError> {
    let approve = input.approve;
    let case = begin_open(&state.db, caller, id, |access| may_answer(access, approve)).await?;
    let message = insert_staff_message(
        &state.secrets,
        &case,
        caller,
        MessageKind::Answer,
        input.text.trim(),
    )
    .await?;
    let message = if input.approve {
        approve_in(&case, caller, message).await?
    } else {
        message
    };
    let staff = store::staff_refs(&case.txn, [caller.user_id]).await?;
    case.txn.commit().await?;
    if message.approved_at.is_some() {
        notify_writer_of_answer(state, &case.school, &case.appeal);
    }
    message_view(&state.secrets, &staff, message)
}

/// The director approves a drafted answer: the writer sees it through the receipt, and a
/// signed writer who gave an e-mail address is told so.
pub async fn approve_answer(
    state: &AppState,
    caller: &Caller,
    id: Uuid,
    answer_id: Uuid,
) -> Result<CaseMessage, ApiError> {
    let case = begin_open(&state.db, caller, id, may_approve).await?;
    let message = store::find_answer(&case.txn, case.appeal.id, answer_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    if message.approved_at.is_some() {
        return Err(ApiError::rejected(
            ProblemCode::AnswerAlreadyApproved,
            "this answer is already approved",
        ));
    }
    let message = approve_in(&case, caller, message).await?;
    let people: Vec<Uuid> = message
        .author_id
        .into_iter()
        .chain([caller.user_id])
        .collect();
    let staff = store::staff_refs(&case.txn, people).await?;
    case.txn.commit().await?;
    notify_writer_of_answer(state, &case.school, &case.appeal);
    message_view(&state.secrets, &staff, message)
}

async fn approve_in(
    case: &OpenCase,
    caller: &Caller,
    message: appeal_message::Model,
) -> Result<appeal_message::Model, ApiError> {
    let approved_at = Utc::now();
    store::approve_answer(&case.txn, message.id, approved_at, caller.user_id).await?;
    let step = lifecycle::answer(
        &case.txn,
        &case.appeal,
        message.id,
        today_in(&case.school.time_zone),
        caller.named(),
    )
    .await?;
    case.record(caller, step).await?;
    Ok(appeal_message::Model {
        approved_at: Some(approved_at),
        approved_by: Some(caller.user_id),
        ..message
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(result: Result<(), ApiError>) -> Option<&'static str> {
        result.err().map(|error| error.code().as_str())
    }

    const OFFICIAL: CaseAccess = CaseAccess {
        directing: false,
        handling: true,
        reading: true,
    };
    const DIRECTOR: CaseAccess = CaseAccess {
        directing: true,
        handling: true,
        reading: true,
    };
    const DISTRICT_READER: CaseAccess = CaseAccess {
        directing: false,
        handling: false,
        reading: true,
    };

    #[test]
    fn the_official_drafts_but_does_not_approve_at_once() {
        assert_eq!(code(may_answer(OFFICIAL, false)), None);
        assert_eq!(
            code(may_answer(OFFICIAL, true)),
            Some("approval_requires_director")
        );
    }

    #[test]
    fn the_director_answers_and_approves_at_once() {
        assert_eq!(code(may_answer(DIRECTOR, true)), None);
        assert_eq!(code(may_approve(DIRECTOR)), None);
    }

    #[test]
    fn a_reader_who_does_not_handle_the_case_writes_no_answer() {
        assert_eq!(
            code(may_answer(DISTRICT_READER, false)),
            Some("not_handling")
        );
        assert_eq!(
            code(may_answer(DISTRICT_READER, true)),
            Some("not_handling")
        );
    }

    #[test]
    fn only_those_directing_approve_an_answer() {
        assert_eq!(
            code(may_approve(OFFICIAL)),
            Some("approval_requires_director")
        );
        assert_eq!(
            code(may_approve(DISTRICT_READER)),
            Some("approval_requires_director")
        );
    }
}
