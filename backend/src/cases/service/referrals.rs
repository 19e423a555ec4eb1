//! Referrals to competent bodies (clause 3.4), their replies, and the school's catalogue of
//! bodies.

use std::collections::HashMap;

use chrono::Utc;
use entity::{referral, referral_body};
use sea_orm::{DatabaseConnection, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use super::case_file::referral_view;
use super::open_case::{begin_handling, not_after_today};
use super::REFERRAL_REPLY;
use crate::appeals::lifecycle;
use crate::audit::{self, AuditAction, AuditEvent, AuditSubject};
use crate::auth::{Caller, Permission};
use crate::cases::store;
use crate::cases::views::{
    CaseReferral, NewReferral, NewReferralBody, ReferralBody, ReferralReply,
};
use crate::error::ApiError;
use crate::error::ProblemCode;
use crate::journal::event::CaseStep;
use crate::sealing::seal;
use crate::secrets::Secrets;

/// Refers the appeal to a competent body (clause 3.4).
pub async fn refer(
    db: &DatabaseConnection,
    secrets: &Secrets,
    caller: &Caller,
    id: Uuid,
    input: NewReferral,
) -> Result<CaseReferral, ApiError> {
    let Some(body_id) = input.body_id else {
        return Err(ApiError::rejected(
            ProblemCode::ReferralBodyRequired,
            "choose the body the appeal is referred to",
        ));
    };
    let case = begin_handling(db, caller, id).await?;
    not_after_today(input.referred_on, &case.school)?;
    let body = store::find_body(&case.txn, body_id)
        .await?
        .filter(|body| body.school_id.is_none() || body.school_id == Some(case.school.id))
        .ok_or_else(|| {
            ApiError::rejected(
                ProblemCode::UnknownReferralBody,
                "no body of the school's catalogue has this id",
            )
        })?;
    let model = referral::Model {
        id: Uuid::new_v4(),
        appeal_id: case.appeal.id,
        school_id: case.school.id,
        body_id: body.id,
        referred_on: input.referred_on,
        method: input.method,
        referred_by: caller.user_id,
        body_reference: input
            .body_reference
            .map(|reference| reference.trim().to_owned())
            .filter(|reference| !reference.is_empty()),
        reply_received_on: None,
        key_id: None,
        sealed_reply: None,
        recorded_at: Utc::now(),
    };
    store::insert_referral(&case.txn, model.clone()).await?;
    if body.district_office && !case.appeal.referred_to_district {
        lifecycle::note_referred_to_district(&case.txn, &case.appeal).await?;
        crate::webhooks::enqueue(
            &case.txn,
            case.school.district_id,
            crate::webhooks::Event::ReferredToDistrict {
                school: case.school.slug.clone(),
                case_id: case.appeal.id,
                registration_number: case.appeal.registration_number.clone(),
                referred_on: model.referred_on,
            },
        )
        .await?;
    }
    case.record(
        caller,
        CaseStep::Referred {
            referral_id: model.id,
            body: body.code.clone().unwrap_or_else(|| body.name_en.clone()),
            referred_on: model.referred_on,
            method: model.method.as_str().to_owned(),
            body_reference: model.body_reference.clone(),
        },
    )
    .await?;
    let staff = store::staff_refs(&case.txn, [caller.user_id]).await?;
    let bodies = HashMap::from([(body.id, body)]);
    case.txn.commit().await?;
    referral_view(secrets, &staff, &bodies, model)
}

/// Records the body's reply to a referral.
pub async fn record_reply(
    db: &DatabaseConnection,
    secrets: &Secrets,
    caller: &Caller,
    id: Uuid,
    referral_id: Uuid,
    input: ReferralReply,
) -> Result<CaseReferral, ApiError> {
    let case = begin_handling(db, caller, id).await?;
    not_after_today(input.received_on, &case.school)?;
    let referral = store::find_referral(&case.txn, referral_id)
        .await?
        .filter(|referral| referral.appeal_id == case.appeal.id)
        .ok_or(ApiError::NotFound)?;
    if referral.reply_received_on.is_some() {
        return Err(ApiError::rejected(
            ProblemCode::ReferralReplyRecorded,
            "the body's reply to this referral is already recorded",
        ));
    }
    let sealed = seal(
        secrets,
        referral.id,
        REFERRAL_REPLY,
        input.summary.trim().as_bytes(),
    )?;
    let reference = input
        .body_reference
        .map(|reference| reference.trim().to_owned())
        .filter(|reference| !reference.is_empty());
    store::record_referral_reply(
        &case.txn,
        referral.id,
        input.received_on,
        reference.clone(),
        sealed.key_id.clone(),
        sealed.bytes.clone(),
    )
    .await?;
    case.record(
        caller,
        CaseStep::ReplyReceived {
            referral_id: referral.id,
            received_on: input.received_on,
            body_reference: reference.clone().or(referral.body_reference.clone()),
        },
    )
    .await?;
    let staff = store::staff_refs(&case.txn, [referral.referred_by]).await?;
    let bodies: HashMap<Uuid, referral_body::Model> = store::find_body(&case.txn, referral.body_id)
        .await?
        .map(|body| (body.id, body))
        .into_iter()
        .collect();
    case.txn.commit().await?;
    referral_view(
        secrets,
        &staff,
        &bodies,
        referral::Model {
            reply_received_on: Some(input.received_on),
            body_reference: reference.or(referral.body_reference.clone()),
            key_id: Some(sealed.key_id),
            sealed_reply: Some(sealed.bytes),
            ..referral
        },
    )
}

/// A body as the API shows it.
pub fn body_view(body: &referral_body::Model) -> ReferralBody {
    ReferralBody {
        id: body.id,
        code: body.code.clone(),
        name_ky: body.name_ky.clone(),
        name_ru: body.name_ru.clone(),
        name_en: body.name_en.clone(),
        district_office: body.district_office,
    }
}

/// A school adds a competent body of its own to its catalogue, named in three languages.
pub async fn add_referral_body(
    db: &DatabaseConnection,
    caller: &Caller,
    input: NewReferralBody,
) -> Result<ReferralBody, ApiError> {
    let school = crate::schools::authorized_school(
        db,
        caller,
        &input.school,
        Permission::ManageSchoolSettings,
    )
    .await?;
    let model = referral_body::Model {
        id: Uuid::new_v4(),
        school_id: Some(school.id),
        code: None,
        name_ky: input.name_ky.trim().to_owned(),
        name_ru: input.name_ru.trim().to_owned(),
        name_en: input.name_en.trim().to_owned(),
        district_office: false,
        created_at: Utc::now(),
    };
    let txn = db.begin().await?;
    store::insert_body(&txn, model.clone()).await?;
    audit::record(
        &txn,
        AuditEvent {
            chain: caller.audit_chain(),
            actor: caller.actor(),
            action: AuditAction::ReferralBodyAdded,
            subject: Some(AuditSubject::ReferralBody(model.id)),
            details: json!({"school": school.slug}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(body_view(&model))
}
