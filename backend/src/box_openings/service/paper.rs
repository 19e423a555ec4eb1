//! Paper notes found in the box, entered by a member during the opening.

use actix_web::web::BytesMut;
use entity::appeal::{self, AppealStatus, Channel};
use entity::school;
use sea_orm::{DatabaseConnection, TransactionTrait};
use uuid::Uuid;

use super::prologue::{begin_confirmed, confirmed_member, load, locked};
use super::retrieved::retrieved_view;
use crate::appeal_files::service::{take, SealedFor, MAX_FILES};
use crate::appeal_files::views::UploadedFile;
use crate::appeals::category::Categories;
use crate::appeals::intake::{arriving, check_text, field, AppealContent};
use crate::auth::Caller;
use crate::box_openings::views::{PaperAppeal, RetrievedAppeal};
use crate::calendar::today_in;
use crate::error::ApiError;
use crate::error::ProblemCode;
use crate::screening;
use crate::sealing::seal;
use crate::secrets::Secrets;
use crate::state::AppState;

/// A member enters a paper note found in the box.
pub async fn add_paper_appeal(
    db: &DatabaseConnection,
    secrets: &Secrets,
    caller: &Caller,
    id: Uuid,
    input: PaperAppeal,
) -> Result<RetrievedAppeal, ApiError> {
    let (opening, school) = load(db, caller, id).await?;
    let text = check_text(&input.text)?.to_owned();
    if !input.anonymous && input.submitter.is_none() {
        return Err(ApiError::rejected(
            ProblemCode::SubmitterRequired,
            "a signed note needs the writer's name",
        ));
    }
    let lexicon = crate::appeals::store::school_lexicon(db, school.id).await?;
    screening::ready().await;
    let screening = screening::screen(&text, &lexicon);
    let id = Uuid::new_v4();
    let content = AppealContent::screened(text, &screening, input.in_danger);
    let sealed = seal(
        secrets,
        id,
        field::CONTENT,
        &serde_json::to_vec(&content).map_err(anyhow::Error::from)?,
    )?;
    let sealed_identity = match (&input.anonymous, &input.submitter) {
        (false, Some(submitter)) => Some(
            seal(
                secrets,
                id,
                field::IDENTITY,
                &serde_json::to_vec(submitter).map_err(anyhow::Error::from)?,
            )?
            .bytes,
        ),
        _ => None,
    };
    let row = appeal::Model {
        status: if input.not_accepted.is_some() {
            AppealStatus::NotAccepted
        } else {
            AppealStatus::Retrieved
        },
        urgent: screening.is_urgent() || input.in_danger,
        needs_referral: screening.needs_referral() || input.in_danger,
        categories: Categories::new(&input.categories),
        sealed_identity,
        box_opening_id: Some(opening.id),
        not_accepted_reason: input.not_accepted,
        ..arriving(
            id,
            &school,
            Channel::Paper,
            input.anonymous,
            today_in(&school.time_zone),
            sealed.key_id,
            sealed.bytes,
        )
    };
    let txn = db.begin().await?;
    let opening = locked(&txn, &opening).await?;
    confirmed_member(&txn, &opening, caller).await?;
    crate::appeals::store::insert_appeal(&txn, row.clone()).await?;
    txn.commit().await?;
    retrieved_view(secrets, &row, (Vec::new(), Vec::new()))
}

/// The paper note a member may add a photo to: entered at this opening, while it is open, by a
/// member who confirmed it. Returns the note and how many files it has.
pub async fn paper_note_for_photo(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
    appeal_id: Uuid,
) -> Result<(appeal::Model, school::Model, usize), ApiError> {
    let step = begin_confirmed(db, caller, id).await?;
    let note = crate::appeals::store::find_appeal(&step.txn, appeal_id)
        .await?
        .filter(|appeal| {
            appeal.box_opening_id == Some(step.opening.id) && appeal.channel == Channel::Paper
        })
        .ok_or(ApiError::NotFound)?;
    let files = crate::appeal_files::store::listed(&step.txn, note.id)
        .await?
        .len();
    step.txn.rollback().await?;
    if files >= MAX_FILES {
        return Err(ApiError::rejected(
            ProblemCode::TooManyFiles,
            format!("a paper note carries at most {MAX_FILES} photos"),
        ));
    }
    Ok((note, step.school, files))
}

/// Adds a photo of a paper note, taken at the opening, to the note: cleaned like a writer's
/// file and sealed under the data key like the note itself.
pub async fn add_paper_photo(
    state: &AppState,
    (note, school, files): (appeal::Model, school::Model, usize),
    body: BytesMut,
) -> Result<UploadedFile, ApiError> {
    let taken = take(state, &school, SealedFor::Case, body).await?;
    let position = i32::try_from(files + 1).unwrap_or(i32::MAX);
    crate::appeal_files::store::attach_at(&state.db, taken.id, note.id, None, position).await?;
    Ok(taken)
}
