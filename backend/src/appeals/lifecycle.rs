//! The life cycle of an appeal (DESIGN.md §3), in one place: every change of an appeal's
//! status is one function here, which checks the state the appeal starts from, writes its
//! columns and returns what the journal is to record of it. Services compose these; nothing
//! else writes an appeal's status.
//!
//! ```text
//! sealed ──retrieve──▶ retrieved ──register──▶ registered ──assign──▶ assigned
//!   ▲                      │  ▲                    │                     │
//!   └──return to the box───┤  │                    └────answer───────────┴──▶ answered
//!                          ▼  │                                                  │
//!                   not accepted (set aside)              close ◀────────────────┘
//!                                                            │
//!                                                         closed ──erase──▶ (content gone)
//! ```
//!
//! Each one-appeal transition updates the row only where its status is one the transition
//! starts from; a row in any other state is left alone and the caller gets
//! `appeal_state_changed` (409), so two staff acting at once cannot both move it.

use chrono::NaiveDate;
use entity::appeal::{self, AppealStatus, NotAcceptedReason, Outcome};
use sea_orm::sea_query::{Expr, SimpleExpr};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use uuid::Uuid;

use crate::error::ApiError;
use crate::error::ProblemCode;
use crate::journal::event::{CaseStep, JournalEvent, NamedPerson, Official};

/// The states a registered appeal is handled in (a case).
pub const HANDLED: [AppealStatus; 3] = [
    AppealStatus::Registered,
    AppealStatus::Assigned,
    AppealStatus::Answered,
];

/// Writes `columns` on one appeal if its status is one of `from`.
async fn transition<C: ConnectionTrait>(
    db: &C,
    appeal_id: Uuid,
    from: &[AppealStatus],
    columns: Vec<(appeal::Column, SimpleExpr)>,
) -> Result<(), ApiError> {
    let mut update = appeal::Entity::update_many()
        .filter(appeal::Column::Id.eq(appeal_id))
        .filter(appeal::Column::Status.is_in(from.iter().copied()));
    for (column, value) in columns {
        update = update.col_expr(column, value);
    }
    if update.exec(db).await?.rows_affected == 1 {
        Ok(())
    } else {
        Err(ApiError::rejected(
            ProblemCode::AppealStateChanged,
            "the appeal was changed meanwhile: reload it",
        ))
    }
}

/// Takes every sealed appeal of the school out of the box into an opening. Returns how many.
pub async fn retrieve_sealed<C: ConnectionTrait>(
    db: &C,
    school_id: Uuid,
    opening_id: Uuid,
) -> Result<u64, DbErr> {
    Ok(appeal::Entity::update_many()
        .col_expr(appeal::Column::Status, Expr::value(AppealStatus::Retrieved))
        .col_expr(appeal::Column::BoxOpeningId, Expr::value(opening_id))
        .filter(appeal::Column::SchoolId.eq(school_id))
        .filter(appeal::Column::Status.eq(AppealStatus::Sealed))
        .exec(db)
        .await?
        .rows_affected)
}

/// Puts every appeal of an abandoned opening back into the box, sealed, as if never taken out.
pub async fn return_to_the_box<C: ConnectionTrait>(db: &C, opening_id: Uuid) -> Result<(), DbErr> {
    appeal::Entity::update_many()
        .col_expr(appeal::Column::Status, Expr::value(AppealStatus::Sealed))
        .col_expr(
            appeal::Column::BoxOpeningId,
            Expr::value(Option::<Uuid>::None),
        )
        .col_expr(
            appeal::Column::NotAcceptedReason,
            Expr::value(Option::<String>::None),
        )
        .filter(appeal::Column::BoxOpeningId.eq(opening_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Sets a retrieved appeal aside as not accepted (clause 3.3), with its reason.
pub async fn set_aside<C: ConnectionTrait>(
    db: &C,
    appeal: appeal::Model,
    reason: NotAcceptedReason,
) -> Result<appeal::Model, ApiError> {
    transition(
        db,
        appeal.id,
        &[AppealStatus::Retrieved, AppealStatus::NotAccepted],
        vec![
            (
                appeal::Column::Status,
                Expr::value(AppealStatus::NotAccepted),
            ),
            (appeal::Column::NotAcceptedReason, Expr::value(reason)),
        ],
    )
    .await?;
    Ok(appeal::Model {
        status: AppealStatus::NotAccepted,
        not_accepted_reason: Some(reason),
        ..appeal
    })
}

/// What an appeal gets when the act of its opening is signed.
#[derive(Debug, Clone)]
pub struct Registration {
    pub year: i32,
    pub seq: i32,
    pub registered_on: NaiveDate,
    pub answer_due_on: NaiveDate,
    pub act_number: String,
}

impl Registration {
    /// `2026/17`.
    pub fn number(&self) -> String {
        format!("{}/{}", self.year, self.seq)
    }
}

/// Registers a retrieved appeal in the journal under its number (clause 3.1).
pub async fn register<C: ConnectionTrait>(
    db: &C,
    appeal: &appeal::Model,
    registration: &Registration,
) -> Result<JournalEvent, ApiError> {
    let number = registration.number();
    transition(
        db,
        appeal.id,
        &[AppealStatus::Retrieved],
        vec![
            (
                appeal::Column::Status,
                Expr::value(AppealStatus::Registered),
            ),
            (
                appeal::Column::RegistrationYear,
                Expr::value(registration.year),
            ),
            (
                appeal::Column::RegistrationSeq,
                Expr::value(registration.seq),
            ),
            (
                appeal::Column::RegistrationNumber,
                Expr::value(number.clone()),
            ),
            (
                appeal::Column::RegisteredOn,
                Expr::value(registration.registered_on),
            ),
            (
                appeal::Column::AnswerDueOn,
                Expr::value(registration.answer_due_on),
            ),
        ],
    )
    .await?;
    Ok(JournalEvent::Registered {
        registration_number: number,
        registered_on: registration.registered_on,
        channel: appeal.channel,
        anonymous: appeal.anonymous,
        categories: appeal.categories.to_vec(),
        urgent: appeal.urgent,
        act_number: registration.act_number.clone(),
        answer_due_on: registration.answer_due_on,
    })
}

/// Gives a case to an official (clause 3.2): a registered appeal becomes assigned; a case
/// already assigned or answered keeps its status and changes hands.
pub async fn assign<C: ConnectionTrait>(
    db: &C,
    appeal: appeal::Model,
    official: Official,
) -> Result<(appeal::Model, CaseStep), ApiError> {
    let status = if appeal.status == AppealStatus::Registered {
        AppealStatus::Assigned
    } else {
        appeal.status
    };
    transition(
        db,
        appeal.id,
        &HANDLED,
        vec![
            (appeal::Column::AssignedToId, Expr::value(official.id)),
            (appeal::Column::Status, Expr::value(status)),
        ],
    )
    .await?;
    let step = if appeal.assigned_to_id.is_some() {
        CaseStep::Reassigned {
            official: official.clone(),
        }
    } else {
        CaseStep::Assigned {
            official: official.clone(),
        }
    };
    let appeal = appeal::Model {
        assigned_to_id: Some(official.id),
        status,
        ..appeal
    };
    Ok((appeal, step))
}

/// An appeal that turns out to concern a member of staff leaves their hands: a director's
/// goes up to the district office (`route_up`), and the person is no longer its official
/// (`unassign`; an assigned case is registered again). Returns what the journal records for
/// a case, if anything changed.
pub async fn release<C: ConnectionTrait>(
    db: &C,
    appeal: &appeal::Model,
    route_up: bool,
    unassign: bool,
) -> Result<Option<CaseStep>, ApiError> {
    let mut columns = Vec::new();
    if route_up {
        columns.push((appeal::Column::RoutedToDistrict, Expr::value(true)));
    }
    if unassign {
        columns.push((
            appeal::Column::AssignedToId,
            Expr::value(Option::<Uuid>::None),
        ));
        if appeal.status == AppealStatus::Assigned {
            columns.push((
                appeal::Column::Status,
                Expr::value(AppealStatus::Registered),
            ));
        }
    }
    if columns.is_empty() {
        return Ok(None);
    }
    // Concerned staff are named at any stage, the box included: the status stays.
    transition(db, appeal.id, &[appeal.status], columns).await?;
    // The journal, which all staff read, says where a case went — never whom it concerns.
    let step = if route_up {
        CaseStep::RoutedToDistrict
    } else {
        CaseStep::Unassigned
    };
    Ok(crate::cases::access::is_case(appeal.status).then_some(step))
}

/// Notes that a case was referred to the district office (the district sees it).
pub async fn note_referred_to_district<C: ConnectionTrait>(
    db: &C,
    appeal: &appeal::Model,
) -> Result<(), ApiError> {
    transition(
        db,
        appeal.id,
        &HANDLED,
        vec![(appeal::Column::ReferredToDistrict, Expr::value(true))],
    )
    .await
}

/// An answer to the writer was approved (clause 3.5): the case is answered; the first
/// answer's day is kept.
pub async fn answer<C: ConnectionTrait>(
    db: &C,
    appeal: &appeal::Model,
    message_id: Uuid,
    approved_on: NaiveDate,
    approved_by: NamedPerson,
) -> Result<CaseStep, ApiError> {
    let mut columns = vec![(appeal::Column::Status, Expr::value(AppealStatus::Answered))];
    if appeal.answered_on.is_none() {
        columns.push((appeal::Column::AnsweredOn, Expr::value(approved_on)));
    }
    transition(db, appeal.id, &HANDLED, columns).await?;
    Ok(CaseStep::AnswerApproved {
        message_id,
        approved_on,
        approved_by,
    })
}

/// Closes a case with its outcome (clause 3.6).
pub async fn close<C: ConnectionTrait>(
    db: &C,
    appeal: appeal::Model,
    outcome: Outcome,
    closed_on: NaiveDate,
    no_referral_reason_recorded: bool,
) -> Result<(appeal::Model, CaseStep), ApiError> {
    transition(
        db,
        appeal.id,
        &HANDLED,
        vec![
            (appeal::Column::Status, Expr::value(AppealStatus::Closed)),
            (appeal::Column::ClosedOn, Expr::value(closed_on)),
            (appeal::Column::Outcome, Expr::value(outcome)),
        ],
    )
    .await?;
    let step = CaseStep::Closed {
        outcome: outcome.as_str().to_owned(),
        closed_on,
        no_referral_reason_recorded,
    };
    let appeal = appeal::Model {
        status: AppealStatus::Closed,
        closed_on: Some(closed_on),
        outcome: Some(outcome),
        ..appeal
    };
    Ok((appeal, step))
}

/// Erases the content and the writer of a closed appeal after the retention period; its
/// numbers, dates and journal entries stay. `None` when another replica erased it first.
pub async fn erase<C: ConnectionTrait>(
    db: &C,
    appeal: &appeal::Model,
    erased_on: NaiveDate,
    retention_years: i32,
) -> Result<Option<JournalEvent>, DbErr> {
    let erased = appeal::Entity::update_many()
        .col_expr(appeal::Column::SealedContent, Expr::value(Vec::<u8>::new()))
        .col_expr(
            appeal::Column::SealedIdentity,
            Expr::value(Option::<Vec<u8>>::None),
        )
        .col_expr(appeal::Column::ErasedOn, Expr::value(erased_on))
        .filter(appeal::Column::Id.eq(appeal.id))
        .filter(appeal::Column::Status.eq(AppealStatus::Closed))
        .filter(appeal::Column::ErasedOn.is_null())
        .exec(db)
        .await?
        .rows_affected;
    Ok((erased == 1).then(|| JournalEvent::Erased {
        registration_number: appeal.registration_number.clone(),
        closed_on: appeal.closed_on,
        erased_on,
        retention_years,
    }))
}
