//! The writer's side: dropping an appeal (checked, screened, sealed, a receipt given, a retry
//! answered with the first answer), following it with the receipt, and adding to it.

use chrono::NaiveDate;
use entity::appeal::{self, AppealStatus, Channel};
use entity::appeal_message::{self, MessageKind};
use entity::{idempotency_record, school};
use sea_orm::{
    ColumnTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, SqlErr, TransactionTrait,
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use zeroize::Zeroizing;

use super::category::Categories;
use super::group_commit::SealedDrop;
use super::receipt::Receipt;
use super::store;
use super::views::{
    AppealReceipt, RepliesGoTo, SubmitAppeal, Submitter, TrackedAppeal, TrackedMessage,
    TrackedMessageKind, WriterReplyAccepted, WriterStatus,
};
use crate::appeal_files::service::{check_sendable, door_seals_to_box, taken_meanwhile};
use crate::appeal_files::store::attach;
use crate::box_keys::service::{at_the_door, seal_at_the_door};
use crate::calendar::today_in;
use crate::error::ApiError;
use crate::error::ProblemCode;
use crate::schools::store::find_school_by_slug;
use crate::screening::{self, Screening, Verdict};
use crate::sealing::{keyed_hash, open, open_text, seal};
use crate::secrets::Secrets;
use crate::state::AppState;

/// The longest appeal or message, in characters.
pub const MAX_TEXT_CHARS: usize = 10_000;

/// The sealed part of an appeal: its text and what the screening found in it.
#[derive(Debug, Serialize, Deserialize)]
pub struct AppealContent {
    pub text: String,
    pub danger: Vec<String>,
    pub insult: bool,
    /// The writer answered "yes" to "are you in danger now, or is someone hurting you?" (or
    /// the working group ticked it on a paper note).
    #[serde(default)]
    pub in_danger: bool,
}

/// The working days from registration the school takes to answer: its target for anonymous
/// appeals, its deadline for signed ones.
pub fn answer_within_working_days(school: &school::Model, anonymous: bool) -> i32 {
    if anonymous {
        school.anonymous_target_working_days
    } else {
        school.answer_deadline_working_days
    }
}

/// A new appeal of the school as it enters the box: sealed, in no opening yet, neither
/// registered, assigned, referred, answered nor closed. Callers set what they know besides.
pub fn arriving(
    id: Uuid,
    school: &school::Model,
    channel: Channel,
    anonymous: bool,
    submitted_on: NaiveDate,
    key_id: String,
    sealed_content: Vec<u8>,
) -> appeal::Model {
    appeal::Model {
        id,
        school_id: school.id,
        channel,
        anonymous,
        status: AppealStatus::Sealed,
        submitted_on,
        urgent: false,
        needs_referral: false,
        categories: Default::default(),
        language: school.default_language.clone(),
        key_id,
        sealed_content,
        sealed_identity: None,
        receipt_hash: None,
        box_opening_id: None,
        registration_year: None,
        registration_seq: None,
        registration_number: None,
        registered_on: None,
        not_accepted_reason: None,
        assigned_to_id: None,
        routed_to_district: false,
        referred_to_district: false,
        answer_due_on: None,
        closed_on: None,
        outcome: None,
        answered_on: None,
        erased_on: None,
    }
}

impl AppealContent {
    /// The content of a new appeal, with what the screening found in its text.
    pub fn screened(text: String, screening: &Screening, in_danger: bool) -> AppealContent {
        AppealContent {
            text,
            danger: screening
                .danger
                .iter()
                .map(|d| d.code().to_owned())
                .collect(),
            insult: screening.insult,
            in_danger,
        }
    }

    /// Opens an appeal's content sealed under the data key.
    pub fn open(secrets: &Secrets, appeal: &appeal::Model) -> anyhow::Result<AppealContent> {
        let opened = open_text(
            secrets,
            appeal.id,
            field::CONTENT,
            &appeal.key_id,
            &appeal.sealed_content,
        )?;
        Ok(AppealContent::parse(&opened)?)
    }

    /// Reads opened content; erased content (after the retention period) reads as empty.
    pub fn parse(opened: &str) -> Result<AppealContent, serde_json::Error> {
        if opened.is_empty() {
            return Ok(AppealContent {
                text: String::new(),
                danger: Vec::new(),
                insult: false,
                in_danger: false,
            });
        }
        serde_json::from_str(opened)
    }
}

/// Names of the sealed fields, bound into each seal.
pub mod field {
    pub const CONTENT: &str = "appeal.content";
    pub const IDENTITY: &str = "appeal.identity";
    pub const MESSAGE: &str = "message.content";
    pub const FILE: &str = "file.content";
}

/// Checks a text's length: not empty, not over the limit. Returns it trimmed.
pub fn check_text(text: &str) -> Result<&str, ApiError> {
    let trimmed = text.trim();
    // Only invisible characters (zero-width spaces, joiners, direction marks) is empty too.
    if !trimmed.chars().any(is_visible) {
        return Err(ApiError::rejected(
            ProblemCode::AppealTextEmpty,
            "the text is empty",
        ));
    }
    if trimmed.chars().count() > MAX_TEXT_CHARS {
        return Err(ApiError::rejected(
            ProblemCode::AppealTextTooLong,
            format!("the text is longer than {MAX_TEXT_CHARS} characters"),
        ));
    }
    Ok(trimmed)
}

/// Whether a character shows on a page: not white space, a control or an invisible format
/// character (zero-width space and joiners, direction marks and overrides, the BOM).
fn is_visible(c: char) -> bool {
    !c.is_whitespace()
        && !c.is_control()
        && !matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}' | '\u{180E}')
}

/// Screens a text at the door: obscene language alone is refused (clause 3.3), a danger
/// signal is accepted whatever else it contains (clause 3.4).
pub async fn screen_at_the_door(
    text: &str,
    lexicon: &screening::SchoolLexicon,
) -> Result<Screening, ApiError> {
    screening::ready().await;
    let screening = screening::screen(text, lexicon);
    match screening.verdict() {
        Verdict::RejectObscene => Err(ApiError::ObsceneLanguage {
            words: screening.obscene_words,
        }),
        Verdict::Accept | Verdict::AcceptUrgent => Ok(screening),
    }
}

/// Counts a refusal at the door in the month's figures, by reason (the school's day's month).
async fn count_refusal(
    state: &AppState,
    school: &entity::school::Model,
    refusal: &ApiError,
) -> Result<(), ApiError> {
    if let ApiError::ObsceneLanguage { .. } = refusal {
        let month = crate::reports::month::Month::of(today_in(&school.time_zone));
        let reason = crate::reports::views::DoorRefusalReason::ObsceneLanguage;
        store::count_door_refusal(&state.db, school.id, &month.to_string(), reason.code()).await?;
    }
    Ok(())
}

fn check_submitter(input: &SubmitAppeal) -> Result<Option<&Submitter>, ApiError> {
    match (input.anonymous, &input.submitter) {
        (true, Some(_)) => Err(ApiError::rejected(
            ProblemCode::SubmitterNotAllowed,
            "an anonymous appeal carries no name or contact",
        )),
        (true, None) => Ok(None),
        (false, None) => Err(ApiError::rejected(
            ProblemCode::SubmitterRequired,
            "a signed appeal needs the writer's name and a way to answer them",
        )),
        (false, Some(submitter)) => {
            let has =
                |value: &Option<String>| value.as_deref().is_some_and(|v| !v.trim().is_empty());
            if !has(&submitter.phone) && !has(&submitter.email) {
                return Err(ApiError::rejected(
                    ProblemCode::ContactRequired,
                    "a signed appeal needs a phone number or an e-mail address",
                ));
            }
            if submitter.name.trim().is_empty() {
                return Err(ApiError::invalid_field(
                    "submitter.name",
                    "length",
                    "the name is empty",
                ));
            }
            Ok(Some(submitter))
        }
    }
}

fn school_not_found() -> ApiError {
    ApiError::rejected(ProblemCode::SchoolNotFound, "no school with this address")
}

/// The public profile of a school, for its box's page.
pub async fn public_school(state: &AppState, slug: &str) -> Result<school::Model, ApiError> {
    find_school_by_slug(&state.db, slug)
        .await?
        .ok_or_else(school_not_found)
}

/// Drops an appeal into a school's box and returns the receipt. With an idempotency key, a
/// retry returns the first answer instead of a second appeal.
pub async fn submit(
    state: &AppState,
    input: SubmitAppeal,
    idempotency_key: Option<&str>,
) -> Result<AppealReceipt, ApiError> {
    let text = check_text(&input.text)?.to_owned();
    let submitter = check_submitter(&input)?.cloned();
    let cached = state
        .school_cache
        .get(&state.db, input.school.trim())
        .await?
        .ok_or_else(school_not_found)?;
    let school = &cached.school;
    let screening = match screen_at_the_door(&text, &cached.lexicon).await {
        Ok(screening) => screening,
        Err(refusal) => {
            count_refusal(state, school, &refusal).await?;
            return Err(refusal);
        }
    };
    check_sendable(
        &state.db,
        school.id,
        door_seals_to_box(&cached.door),
        &input.files,
        idempotency_key.is_some(),
    )
    .await?;
    let in_danger = input.in_danger == Some(true);
    // A "yes" makes the appeal urgent whatever the words say.
    let urgent = screening.is_urgent() || in_danger;
    let needs_referral = screening.needs_referral() || in_danger;

    let idempotency = idempotency_key.map(|key| {
        let request = serde_json::to_vec(&input).unwrap_or_default();
        (
            keyed_hash(
                &state.secrets.receipt_key,
                b"idempotency:appeals:",
                key.as_bytes(),
            ),
            keyed_hash(&state.secrets.receipt_key, b"request:", &request),
        )
    });
    let receipt = match idempotency_key {
        Some(key) => Receipt::derived(&state.secrets.receipt_key, key),
        None => Receipt::generate(),
    };
    let today = today_in(&school.time_zone);
    let id = Uuid::new_v4();
    let content = AppealContent::screened(text, &screening, in_danger);
    // Sealed to the working group's box key; the data key only for a school not yet protected.
    let sealed_content = seal_at_the_door(
        &state.secrets,
        &cached.door,
        id,
        field::CONTENT,
        &Zeroizing::new(serde_json::to_vec(&content).map_err(anyhow::Error::from)?),
    )?;
    let sealed_identity = match &submitter {
        Some(submitter) => Some(
            seal_at_the_door(
                &state.secrets,
                &cached.door,
                id,
                field::IDENTITY,
                &Zeroizing::new(serde_json::to_vec(submitter).map_err(anyhow::Error::from)?),
            )?
            .bytes,
        ),
        None => None,
    };
    let answer = AppealReceipt {
        receipt: receipt.to_string(),
        status: AppealStatus::Sealed,
        urgent,
        submitted_on: today,
        opening_interval_months: school.opening_interval_months,
        answer_within_working_days: answer_within_working_days(school, input.anonymous),
    };
    let row = appeal::Model {
        urgent,
        needs_referral,
        categories: Categories::new(&input.categories),
        language: input.language.unwrap_or_default().code().to_owned(),
        sealed_identity,
        receipt_hash: Some(receipt.hash(&state.secrets.receipt_key)),
        ..arriving(
            id,
            school,
            Channel::Online,
            input.anonymous,
            today,
            sealed_content.key_id.clone(),
            sealed_content.bytes,
        )
    };

    // The stored first answer leaves the digits out: a replay derives them from the key again.
    let first_answer = match &idempotency {
        Some((key_hash, request_hash)) => {
            let response = serde_json::to_vec(&AppealReceipt {
                receipt: String::new(),
                ..answer.clone()
            })
            .map_err(anyhow::Error::from)?;
            let sealed_response = seal(
                &state.secrets,
                Uuid::nil(),
                &format!("idempotency:{key_hash}"),
                &response,
            )?;
            Some(idempotency_record::Model {
                key_hash: key_hash.clone(),
                request_hash: request_hash.clone(),
                status_code: 201,
                key_id: sealed_response.key_id,
                sealed_response: sealed_response.bytes,
                created_on: today,
            })
        }
        None => None,
    };

    // Written with the drops that arrive together, and committed before the answer. Nothing
    // time-stamped is stored beside it (the district hears of an urgent appeal from the hourly
    // announcement, `escalation::announce_urgent_appeals`).
    let stored = state
        .drop_writer
        .store(SealedDrop {
            appeal: row,
            first_answer,
            files: input.files.clone(),
        })
        .await;
    if let Err(error) = stored {
        // A retry with the same key (or one racing it) stored the same receipt first: answer as
        // it did. Without its record, the key was used long ago and its receipt is taken.
        if let Some((key_hash, request_hash)) = &idempotency {
            if is_unique_violation(&error) {
                return match replay(state, key_hash, request_hash, &receipt.to_string()).await? {
                    Some(first) => Ok(first),
                    None => Err(key_reused()),
                };
            }
        }
        if matches!(error, DbErr::RecordNotUpdated) {
            return Err(taken_meanwhile());
        }
        return Err(error.into());
    }
    if answer.urgent {
        super::alert::alert_urgent_appeal(state, school, today);
    }
    Ok(answer)
}

pub(super) fn is_unique_violation(error: &DbErr) -> bool {
    matches!(error.sql_err(), Some(SqlErr::UniqueConstraintViolation(_)))
}

/// The first answer to a request with this key, if there was one.
fn key_reused() -> ApiError {
    ApiError::rejected(
        ProblemCode::IdempotencyKeyReused,
        "this Idempotency-Key was used for another request",
    )
}

async fn replay(
    state: &AppState,
    key_hash: &str,
    request_hash: &str,
    receipt: &str,
) -> Result<Option<AppealReceipt>, ApiError> {
    let Some(record) = store::find_idempotency_record(&state.db, key_hash).await? else {
        return Ok(None);
    };
    if record.request_hash != request_hash {
        return Err(key_reused());
    }
    let bytes = open(
        &state.secrets,
        Uuid::nil(),
        &format!("idempotency:{key_hash}"),
        &record.key_id,
        &record.sealed_response,
    )?;
    let mut answer: AppealReceipt = serde_json::from_slice(&bytes).map_err(anyhow::Error::from)?;
    if answer.receipt.is_empty() {
        answer.receipt = receipt.to_owned();
    }
    Ok(Some(answer))
}

fn parse_receipt(input: &str) -> Result<Receipt, ApiError> {
    Receipt::parse(input)
        .ok_or_else(|| ApiError::rejected(ProblemCode::ReceiptMalformed, "a receipt has 16 digits"))
}

pub(crate) async fn appeal_by_receipt(
    state: &AppState,
    input: &str,
) -> Result<appeal::Model, ApiError> {
    let receipt = parse_receipt(input)?;
    store::find_by_receipt_hash(&state.db, &receipt.hash(&state.secrets.receipt_key))
        .await?
        .ok_or_else(|| {
            ApiError::rejected(ProblemCode::ReceiptNotFound, "no appeal has this receipt")
        })
}

/// Where a writer's message on this appeal goes now.
pub fn replies_go_to(appeal: &appeal::Model) -> RepliesGoTo {
    let registered = appeal.registration_number.is_some()
        && matches!(
            appeal.status,
            AppealStatus::Registered | AppealStatus::Assigned | AppealStatus::Answered
        );
    if registered {
        RepliesGoTo::Case
    } else {
        RepliesGoTo::Box
    }
}

pub(crate) fn accepts_replies(status: AppealStatus) -> bool {
    !matches!(status, AppealStatus::Closed | AppealStatus::NotAccepted)
}

/// The appeal as its writer sees it: status, the school's approved answers, and the days of
/// their own messages (never their text).
pub async fn track(state: &AppState, receipt: &str) -> Result<TrackedAppeal, ApiError> {
    let appeal = appeal_by_receipt(state, receipt).await?;
    let mut messages = Vec::new();
    for message in store::messages_of_kinds(
        &state.db,
        appeal.id,
        &[MessageKind::Answer, MessageKind::WriterMessage],
    )
    .await?
    {
        match message.kind {
            MessageKind::Answer if message.approved_at.is_some() => messages.push(TrackedMessage {
                kind: TrackedMessageKind::Answer,
                written_on: message.written_on,
                text: Some(open_text(
                    &state.secrets,
                    message.id,
                    field::MESSAGE,
                    &message.key_id,
                    &message.sealed_content,
                )?),
            }),
            MessageKind::WriterMessage => messages.push(TrackedMessage {
                kind: TrackedMessageKind::WriterMessage,
                written_on: message.written_on,
                text: None,
            }),
            _ => {}
        }
    }
    Ok(TrackedAppeal {
        status: appeal.status.into(),
        registration_number: appeal.registration_number.clone(),
        submitted_on: appeal.submitted_on,
        anonymous: appeal.anonymous,
        urgent: appeal.urgent,
        messages,
        can_reply: accepts_replies(appeal.status),
        replies_go_to: replies_go_to(&appeal),
    })
}

/// The most messages a writer may add to one appeal: enough for any conversation, not enough
/// to flood the working group's opening.
pub const MAX_WRITER_MESSAGES: u64 = 30;

/// The writer adds to their appeal; the message stays sealed until the next opening.
pub async fn reply(
    state: &AppState,
    receipt: &str,
    text: &str,
    files: &[Uuid],
) -> Result<WriterReplyAccepted, ApiError> {
    let appeal = appeal_by_receipt(state, receipt).await?;
    if !accepts_replies(appeal.status) {
        return Err(ApiError::rejected(
            ProblemCode::AppealClosed,
            "this appeal is closed",
        ));
    }
    let text = check_text(text)?;
    let written = appeal_message::Entity::find()
        .filter(appeal_message::Column::AppealId.eq(appeal.id))
        .filter(appeal_message::Column::Kind.eq(MessageKind::WriterMessage))
        .count(&state.db)
        .await?;
    if written >= MAX_WRITER_MESSAGES {
        return Err(ApiError::rejected(
            ProblemCode::TooManyMessages,
            format!(
                "an appeal takes at most {MAX_WRITER_MESSAGES} messages from its writer; \
                 write a new appeal"
            ),
        ));
    }
    let lexicon = store::school_lexicon(&state.db, appeal.school_id).await?;
    let school = crate::schools::store::find_school(&state.db, appeal.school_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let screening = match screen_at_the_door(text, &lexicon).await {
        Ok(screening) => screening,
        Err(refusal) => {
            count_refusal(state, &school, &refusal).await?;
            return Err(refusal);
        }
    };
    let today = today_in(&school.time_zone);
    let id = Uuid::new_v4();
    // A message on an appeal still in the box is sealed to the box key, like the appeal.
    let sealed = if is_sealed(appeal.status) {
        let door = at_the_door(&state.db, appeal.school_id).await?;
        check_sendable(&state.db, school.id, door_seals_to_box(&door), files, false).await?;
        seal_at_the_door(&state.secrets, &door, id, field::MESSAGE, text.as_bytes())?
    } else {
        check_sendable(&state.db, school.id, false, files, false).await?;
        seal(&state.secrets, id, field::MESSAGE, text.as_bytes())?
    };
    // On a registered case the message belongs to the case: whoever handles it reads it at
    // once. Only a message on an appeal still in the box (or in an opening) waits for the
    // next opening.
    let to_the_case = replies_go_to(&appeal) == RepliesGoTo::Case;
    let txn = state.db.begin().await?;
    store::insert_message(
        &txn,
        appeal_message::Model {
            id,
            appeal_id: appeal.id,
            kind: MessageKind::WriterMessage,
            written_on: today,
            written_at: None,
            author_id: None,
            sealed: !to_the_case,
            approved_at: None,
            approved_by: None,
            position: 0,
            key_id: sealed.key_id,
            sealed_content: sealed.bytes,
        },
    )
    .await?;
    if let Err(error) = attach(&txn, files, appeal.id, Some(id)).await {
        txn.rollback().await?;
        return Err(match error {
            DbErr::RecordNotUpdated => taken_meanwhile(),
            other => other.into(),
        });
    }
    let newly_urgent = screening.is_urgent() && !appeal.urgent;
    if newly_urgent {
        store::mark_urgent(&txn, appeal.id).await?;
    }
    txn.commit().await?;
    if newly_urgent {
        super::alert::alert_urgent_appeal(state, &school, today);
    }
    Ok(WriterReplyAccepted {
        written_on: today,
        status: WriterStatus::from(appeal.status),
    })
}

/// Whether an appeal's writer status is the sealed one (used by the staff views).
pub fn is_sealed(status: AppealStatus) -> bool {
    matches!(status, AppealStatus::Sealed)
}

/// The answer to anyone asking for a sealed appeal's content.
pub fn appeal_sealed() -> ApiError {
    ApiError::rejected(
        ProblemCode::AppealSealed,
        "this appeal is sealed in the box until the working group opens it",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_only_text_is_empty() {
        assert_eq!(
            check_text(" \n\t ").unwrap_err().code(),
            "appeal_text_empty"
        );
    }

    #[test]
    fn text_over_ten_thousand_characters_is_too_long() {
        let long = "ы".repeat(MAX_TEXT_CHARS + 1);
        assert_eq!(
            check_text(&long).unwrap_err().code(),
            "appeal_text_too_long"
        );
        assert!(check_text(&"ы".repeat(MAX_TEXT_CHARS)).is_ok());
    }
}
