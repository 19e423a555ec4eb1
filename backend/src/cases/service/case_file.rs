//! The case file: the appeal opened for those who may read it, with its messages, measures,
//! referrals and the staff it concerns. Every read is recorded in the audit trail.

use std::collections::{BTreeSet, HashMap};

use entity::{appeal_message, measure, referral, referral_body};
use sea_orm::DatabaseConnection;
use serde_json::json;
use uuid::Uuid;

use super::assignment::assignable_staff;
use super::inbox::summary_of;
use super::open_case::{begin, OpenCase};
use super::referrals::body_view;
use super::REFERRAL_REPLY;
use crate::appeal_files::service::{open_file, OpenedFile};
use crate::appeals::intake::{field, AppealContent};
use crate::appeals::store::messages_of;
use crate::appeals::views::{Language, Submitter};
use crate::audit::{self, AuditAction, AuditChain, AuditEvent, AuditSubject};
use crate::auth::Caller;
use crate::cases::store;
use crate::cases::views::{CaseFile, CaseMeasure, CaseMessage, CasePart, CaseReferral, StaffRef};
use crate::error::ApiError;
use crate::sealing::open_text;
use crate::secrets::Secrets;

/// The case in full. The read is recorded in the audit trail.
pub async fn file(
    db: &DatabaseConnection,
    secrets: &Secrets,
    caller: &Caller,
    id: Uuid,
) -> Result<CaseFile, ApiError> {
    let case = begin(db, caller, id).await?;
    let file = build_file(secrets, caller, &case).await?;
    // Into the school's trail, whoever reads: the director sees the district's reads too.
    audit::record(
        &case.txn,
        AuditEvent {
            chain: AuditChain::School(case.school.id),
            actor: caller.actor(),
            action: AuditAction::AppealContentRead,
            subject: Some(AuditSubject::Appeal(case.appeal.id)),
            details: json!({"writer_identity": file.writer.is_some()}),
        },
    )
    .await?;
    case.txn.commit().await?;
    Ok(file)
}

/// One file of the case (the appeal's or a message's the case shows), opened for one who may
/// read the case. The read is recorded in the audit trail.
pub async fn case_file_content(
    db: &DatabaseConnection,
    secrets: &Secrets,
    caller: &Caller,
    id: Uuid,
    file_id: Uuid,
) -> Result<OpenedFile, ApiError> {
    let case = begin(db, caller, id).await?;
    let listed = crate::appeal_files::store::listed(&case.txn, case.appeal.id).await?;
    let Some((message_id, _)) = listed.iter().find(|(_, file)| file.id == file_id) else {
        return Err(ApiError::NotFound);
    };
    if let Some(message_id) = message_id {
        // A writer's message still sealed until the next opening: its files too.
        let shown = messages_of(&case.txn, case.appeal.id)
            .await?
            .iter()
            .any(|message| message.id == *message_id && !message.sealed);
        if !shown {
            return Err(ApiError::NotFound);
        }
    }
    let opened = open_file(&case.txn, secrets, &case.appeal, file_id).await?;
    audit::record(
        &case.txn,
        AuditEvent {
            chain: AuditChain::School(case.school.id),
            actor: caller.actor(),
            action: AuditAction::AppealContentRead,
            subject: Some(AuditSubject::Appeal(case.appeal.id)),
            details: json!({"file": file_id.to_string()}),
        },
    )
    .await?;
    case.txn.commit().await?;
    Ok(opened)
}

async fn build_file(
    secrets: &Secrets,
    caller: &Caller,
    case: &OpenCase,
) -> Result<CaseFile, ApiError> {
    let OpenCase {
        txn,
        appeal,
        school,
        access,
    } = case;
    let content = AppealContent::open(secrets, appeal)?;
    // The writer's identity: for the director (or the district directing) and the official.
    let writer = match (&appeal.sealed_identity, access.handling) {
        (Some(sealed), true) => {
            let identity = open_text(secrets, appeal.id, field::IDENTITY, &appeal.key_id, sealed)?;
            Some(serde_json::from_str::<Submitter>(&identity).map_err(anyhow::Error::from)?)
        }
        _ => None,
    };
    let messages = messages_of(txn, appeal.id).await?;
    let measures = store::measures_of(txn, appeal.id).await?;
    let referrals = store::referrals_of(txn, appeal.id).await?;
    let concerned = store::concerned_staff(txn, appeal.id).await?;
    let mut people: BTreeSet<Uuid> = BTreeSet::new();
    people.extend(appeal.assigned_to_id);
    people.extend(messages.iter().filter_map(|m| m.author_id));
    people.extend(messages.iter().filter_map(|m| m.approved_by));
    people.extend(measures.iter().map(|m| m.recorded_by));
    people.extend(referrals.iter().map(|r| r.referred_by));
    people.extend(concerned.iter().copied());
    let staff = store::staff_refs(txn, people).await?;
    let bodies: HashMap<Uuid, referral_body::Model> = store::bodies_of_school(txn, school.id)
        .await?
        .into_iter()
        .map(|body| (body.id, body))
        .collect();
    let mut files = crate::appeal_files::store::listed(txn, appeal.id).await?;
    let mut message_views = Vec::new();
    for message in messages {
        // A writer's later message stays sealed until the next opening takes it out.
        if message.sealed {
            continue;
        }
        let mut view = message_view(secrets, &staff, message)?;
        view.files = files
            .iter()
            .filter(|(of, _)| *of == Some(view.id))
            .map(|(_, file)| file.clone())
            .collect();
        message_views.push(view);
    }
    files.retain(|(of, _)| of.is_none());
    let mut referral_views = Vec::new();
    for referral in referrals {
        referral_views.push(referral_view(secrets, &staff, &bodies, referral)?);
    }
    let summary = summary_of(txn, caller, appeal, school).await?;
    let assignable = if access.directing {
        assignable_staff(txn, appeal, school, &concerned).await?
    } else {
        Vec::new()
    };
    Ok(CaseFile {
        summary,
        text: content.text,
        language: Language::from_code(&appeal.language).unwrap_or_default(),
        danger: content.danger,
        needs_referral: appeal.needs_referral,
        writer,
        files: files.into_iter().map(|(_, file)| file).collect(),
        messages: message_views,
        measures: measures
            .into_iter()
            .map(|measure| measure_view(&staff, measure))
            .collect(),
        referrals: referral_views,
        concerned_staff: concerned
            .iter()
            .filter_map(|id| staff.get(id).cloned())
            .collect(),
        routed_to_district: appeal.routed_to_district,
        outcome: appeal.outcome,
        closed_on: appeal.closed_on,
        erased_on: appeal.erased_on,
        your_part: CasePart {
            directing: access.directing,
            handling: access.handling,
        },
        assignable,
    })
}

/// A message as the case file shows it, opened.
pub(super) fn message_view(
    secrets: &Secrets,
    staff: &HashMap<Uuid, StaffRef>,
    message: appeal_message::Model,
) -> Result<CaseMessage, ApiError> {
    let text = open_text(
        secrets,
        message.id,
        field::MESSAGE,
        &message.key_id,
        &message.sealed_content,
    )?;
    Ok(CaseMessage {
        id: message.id,
        kind: message.kind,
        written_on: message.written_on,
        written_at: message.written_at,
        author: message.author_id.and_then(|id| staff.get(&id).cloned()),
        text,
        approved_at: message.approved_at,
        approved_by: message.approved_by.and_then(|id| staff.get(&id).cloned()),
        files: Vec::new(),
    })
}

/// A measure as the case file shows it.
pub(super) fn measure_view(
    staff: &HashMap<Uuid, StaffRef>,
    measure: measure::Model,
) -> CaseMeasure {
    CaseMeasure {
        id: measure.id,
        taken_on: measure.taken_on,
        taken_by: measure.taken_by,
        summary: measure.summary,
        recorded_by: staff.get(&measure.recorded_by).cloned(),
        recorded_at: measure.recorded_at,
    }
}

/// A referral as the case file shows it, with the body's reply opened.
pub(super) fn referral_view(
    secrets: &Secrets,
    staff: &HashMap<Uuid, StaffRef>,
    bodies: &HashMap<Uuid, referral_body::Model>,
    referral: referral::Model,
) -> Result<CaseReferral, ApiError> {
    let body = bodies
        .get(&referral.body_id)
        .map(body_view)
        .ok_or_else(|| ApiError::Unexpected(anyhow::anyhow!("a referral's body is missing")))?;
    let reply = match (&referral.key_id, &referral.sealed_reply) {
        (Some(key_id), Some(sealed)) => Some(open_text(
            secrets,
            referral.id,
            REFERRAL_REPLY,
            key_id,
            sealed,
        )?),
        _ => None,
    };
    Ok(CaseReferral {
        id: referral.id,
        body,
        referred_on: referral.referred_on,
        method: referral.method,
        referred_by: staff.get(&referral.referred_by).cloned(),
        body_reference: referral.body_reference,
        reply_received_on: referral.reply_received_on,
        reply,
    })
}
