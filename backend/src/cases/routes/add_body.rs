use actix_web::{post, web, HttpResponse};
use chrono::Utc;
use entity::referral_body;
use serde_json::json;
use uuid::Uuid;

use crate::audit::AuditSubject;
use crate::audit::{self, AuditAction, AuditEvent};
use crate::auth::{Caller, Permission};
use crate::cases::service::body_view;
use crate::cases::store::insert_body;
use crate::cases::views::{NewReferralBody, ReferralBody};
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::state::AppState;
use sea_orm::TransactionTrait;

/// A school adds a competent body of its own to its catalogue, named in three languages.
#[utoipa::path(
    tag = "cases",
    request_body = NewReferralBody,
    responses(
        (status = 201, description = "Added", body = ReferralBody),
        (status = 404, description = "`not_found`: no such school", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/referral-bodies")]
pub async fn add_referral_body(
    state: web::Data<AppState>,
    caller: Caller,
    body: ApiJson<NewReferralBody>,
) -> Result<HttpResponse, ApiError> {
    let input = body.into_inner();
    let school = crate::schools::authorized_school(
        &state.db,
        &caller,
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
    let txn = state.db.begin().await?;
    insert_body(&txn, model.clone()).await?;
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
    Ok(HttpResponse::Created().json(body_view(&model)))
}
