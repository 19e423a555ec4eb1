//! Measures taken and internal notes: what those handling a case add to it as they go.

use chrono::Utc;
use entity::appeal_message::{self, MessageKind};
use entity::measure;
use sea_orm::DatabaseConnection;
use uuid::Uuid;

use super::case_file::{measure_view, message_view};
use super::open_case::{begin_handling, not_after_today, OpenCase};
use crate::appeals::intake::field;
use crate::appeals::store::insert_message;
use crate::auth::Caller;
use crate::calendar::today_in;
use crate::cases::store;
use crate::cases::views::{CaseMeasure, CaseMessage, NewMeasure, NewNote};
use crate::error::ApiError;
use crate::journal::event::CaseStep;
use crate::sealing::seal;
use crate::secrets::Secrets;

/// A measure taken, recorded in the journal.
pub async fn add_measure(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
    input: NewMeasure,
) -> Result<CaseMeasure, ApiError> {
    let case = begin_handling(db, caller, id).await?;
    not_after_today(input.taken_on, &case.school)?;
    let model = measure::Model {
        id: Uuid::new_v4(),
        appeal_id: case.appeal.id,
        taken_on: input.taken_on,
        taken_by: input.taken_by.trim().to_owned(),
        summary: input.summary.trim().to_owned(),
        recorded_by: caller.user_id,
        recorded_at: Utc::now(),
    };
    store::insert_measure(&case.txn, model.clone()).await?;
    case.record(
        caller,
        CaseStep::MeasureTaken {
            measure_id: model.id,
            taken_on: model.taken_on,
            taken_by: model.taken_by.clone(),
            summary: model.summary.clone(),
        },
    )
    .await?;
    let staff = store::staff_refs(&case.txn, [caller.user_id]).await?;
    case.txn.commit().await?;
    Ok(measure_view(&staff, model))
}

/// A message written by staff into the case, sealed.
pub(super) async fn insert_staff_message(
    secrets: &Secrets,
    case: &OpenCase,
    caller: &Caller,
    kind: MessageKind,
    text: &str,
) -> Result<appeal_message::Model, ApiError> {
    let id = Uuid::new_v4();
    let sealed = seal(secrets, id, field::MESSAGE, text.as_bytes())?;
    let message = appeal_message::Model {
        id,
        appeal_id: case.appeal.id,
        kind,
        written_on: today_in(&case.school.time_zone),
        written_at: Some(Utc::now()),
        author_id: Some(caller.user_id),
        sealed: false,
        approved_at: None,
        approved_by: None,
        position: 0,
        key_id: sealed.key_id,
        sealed_content: sealed.bytes,
    };
    Ok(insert_message(&case.txn, message).await?)
}

/// An internal note: its kind keeps it from the writer.
pub async fn add_note(
    db: &DatabaseConnection,
    secrets: &Secrets,
    caller: &Caller,
    id: Uuid,
    input: NewNote,
) -> Result<CaseMessage, ApiError> {
    let case = begin_handling(db, caller, id).await?;
    let message = insert_staff_message(
        secrets,
        &case,
        caller,
        MessageKind::InternalNote,
        input.text.trim(),
    )
    .await?;
    let staff = store::staff_refs(&case.txn, [caller.user_id]).await?;
    case.txn.commit().await?;
    message_view(secrets, &staff, message)
}
