use std::collections::BTreeMap;

use actix_web::{put, web, HttpResponse};
use sea_orm::TransactionTrait;
use serde_json::json;

use crate::audit::AuditSubject;
use crate::audit::{self, AuditAction, AuditEvent};
use crate::auth::{Caller, Permission};
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::schools::store::replace_holidays;
use crate::schools::views::{Holiday, HolidayList};
use crate::state::AppState;

/// Replaces the school's public holidays (for example to add Orozo Ait and Kurman Ait, whose
/// dates move each year). Deadlines of appeals registered from now on skip them; deadlines
/// already given stay as they were.
#[utoipa::path(
    tag = "schools",
    params(("slug" = String, Path, description = "The school's slug")),
    request_body = HolidayList,
    responses(
        (status = 200, description = "The holidays, in order", body = HolidayList),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[put("/schools/{slug}/holidays")]
pub async fn put_school_holidays(
    state: web::Data<AppState>,
    caller: Caller,
    slug: web::Path<String>,
    body: ApiJson<HolidayList>,
) -> Result<HttpResponse, ApiError> {
    let school = crate::schools::authorized_school(
        &state.db,
        &caller,
        &slug,
        Permission::ManageSchoolSettings,
    )
    .await?;
    // One name per day: the last one given wins.
    let days: BTreeMap<_, _> = body
        .into_inner()
        .holidays
        .into_iter()
        .map(|holiday| (holiday.day, holiday.name.trim().to_owned()))
        .collect();
    let txn = state.db.begin().await?;
    replace_holidays(&txn, school.id, days.clone().into_iter().collect()).await?;
    audit::record(
        &txn,
        AuditEvent {
            chain: caller.audit_chain(),
            actor: caller.actor(),
            action: AuditAction::HolidaysChanged,
            subject: Some(AuditSubject::School(school.id)),
            details: json!({"holidays": days.len()}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(HttpResponse::Ok().json(HolidayList {
        holidays: days
            .into_iter()
            .map(|(day, name)| Holiday { day, name })
            .collect(),
    }))
}
