//! The appeals taken out of the box, read by the members who confirmed while the opening is
//! open, and set aside as not accepted.

use entity::appeal;
use entity::appeal_message::MessageKind;
use sea_orm::{DatabaseConnection, DatabaseTransaction, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use super::prologue::{begin_confirmed, confirmed_member, load};
use crate::appeal_files::service::{open_file, OpenedFile};
use crate::appeal_files::views::AttachedFile;
use crate::appeals::intake::{field, AppealContent};
use crate::appeals::lifecycle;
use crate::appeals::views::Language;
use crate::audit::{self, AuditAction, AuditEvent, AuditSubject};
use crate::auth::Caller;
use crate::box_openings::store;
use crate::box_openings::views::{NotAcceptedReason, RetrievedAppeal, RetrievedMessage};
use crate::error::ApiError;
use crate::screening;
use crate::sealing::open_text;
use crate::secrets::Secrets;

/// An appeal taken out of the box, opened for the members.
pub(super) fn retrieved_view(
    secrets: &Secrets,
    appeal: &appeal::Model,
    (messages, files): (Vec<RetrievedMessage>, Vec<AttachedFile>),
) -> Result<RetrievedAppeal, ApiError> {
    let content = AppealContent::open(secrets, appeal)?;
    let obscene_words =
        screening::obscene_words(&content.text, &screening::SchoolLexicon::default());
    Ok(RetrievedAppeal {
        id: appeal.id,
        channel: appeal.channel,
        anonymous: appeal.anonymous,
        submitted_on: appeal.submitted_on,
        status: appeal.status,
        urgent: appeal.urgent,
        needs_referral: appeal.needs_referral,
        danger: content.danger,
        in_danger: content.in_danger,
        obscene_words,
        categories: appeal.categories.to_vec(),
        text: content.text,
        language: Language::from_code(&appeal.language).unwrap_or_default(),
        messages,
        not_accepted_reason: appeal.not_accepted_reason,
        files,
    })
}

/// The writer's later messages to an appeal, opened, each with its files; and the appeal's
/// own files.
async fn writer_messages(
    secrets: &Secrets,
    txn: &DatabaseTransaction,
    appeal_id: Uuid,
) -> Result<(Vec<RetrievedMessage>, Vec<AttachedFile>), ApiError> {
    let mut files = crate::appeal_files::store::listed(txn, appeal_id).await?;
    let mut messages = Vec::new();
    for message in
        crate::appeals::store::messages_of_kinds(txn, appeal_id, &[MessageKind::WriterMessage])
            .await?
    {
        messages.push(RetrievedMessage {
            written_on: message.written_on,
            text: open_text(
                secrets,
                message.id,
                field::MESSAGE,
                &message.key_id,
                &message.sealed_content,
            )?,
            files: files
                .iter()
                .filter(|(of, _)| *of == Some(message.id))
                .map(|(_, file)| file.clone())
                .collect(),
        });
    }
    files.retain(|(of, _)| of.is_none());
    Ok((messages, files.into_iter().map(|(_, file)| file).collect()))
}

/// The appeals taken out of the box, for the members who confirmed, while the opening is
/// open. Every read is recorded in the audit trail.
pub async fn retrieved_appeals(
    db: &DatabaseConnection,
    secrets: &Secrets,
    caller: &Caller,
    id: Uuid,
) -> Result<Vec<RetrievedAppeal>, ApiError> {
    let (opening, _) = load(db, caller, id).await?;
    let txn = db.begin().await?;
    confirmed_member(&txn, &opening, caller).await?;
    let appeals = store::appeals_of_opening(&txn, opening.id).await?;
    let mut views = Vec::with_capacity(appeals.len());
    for appeal in &appeals {
        let messages = writer_messages(secrets, &txn, appeal.id).await?;
        views.push(retrieved_view(secrets, appeal, messages)?);
    }
    audit::record(
        &txn,
        AuditEvent {
            chain: caller.audit_chain(),
            actor: caller.actor(),
            action: AuditAction::AppealContentRead,
            subject: Some(AuditSubject::BoxOpening(opening.id)),
            details: json!({"appeals": appeals.iter().map(|a| a.id.to_string()).collect::<Vec<_>>()}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(views)
}

/// A member sets an appeal of the opening aside as not accepted.
pub async fn set_aside(
    db: &DatabaseConnection,
    secrets: &Secrets,
    caller: &Caller,
    id: Uuid,
    appeal_id: Uuid,
    reason: NotAcceptedReason,
) -> Result<RetrievedAppeal, ApiError> {
    let step = begin_confirmed(db, caller, id).await?;
    let appeal = crate::appeals::store::find_appeal(&step.txn, appeal_id)
        .await?
        .filter(|appeal| appeal.box_opening_id == Some(step.opening.id))
        .ok_or(ApiError::NotFound)?;
    let updated = lifecycle::set_aside(&step.txn, appeal, reason).await?;
    let messages = writer_messages(secrets, &step.txn, updated.id).await?;
    step.txn.commit().await?;
    retrieved_view(secrets, &updated, messages)
}

/// One file of an appeal of the opening, opened for a member who confirmed, while the opening
/// is open. The read is recorded in the audit trail.
pub async fn retrieved_file(
    db: &DatabaseConnection,
    secrets: &Secrets,
    caller: &Caller,
    id: Uuid,
    appeal_id: Uuid,
    file_id: Uuid,
) -> Result<OpenedFile, ApiError> {
    let (opening, _) = load(db, caller, id).await?;
    let txn = db.begin().await?;
    confirmed_member(&txn, &opening, caller).await?;
    let appeal = crate::appeals::store::find_appeal(&txn, appeal_id)
        .await?
        .filter(|appeal| appeal.box_opening_id == Some(opening.id))
        .ok_or(ApiError::NotFound)?;
    let opened = open_file(&txn, secrets, &appeal, file_id).await?;
    audit::record(
        &txn,
        AuditEvent {
            chain: caller.audit_chain(),
            actor: caller.actor(),
            action: AuditAction::AppealContentRead,
            subject: Some(AuditSubject::Appeal(appeal.id)),
            details: json!({"file": file_id.to_string(), "box_opening": opening.id.to_string()}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(opened)
}
