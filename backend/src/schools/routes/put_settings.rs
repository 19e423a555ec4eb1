use actix_web::{put, web, HttpResponse};
use entity::school;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, TransactionTrait};
use serde_json::json;

use crate::audit::AuditSubject;
use crate::audit::{self, AuditAction, AuditChain, AuditEvent};
use crate::auth::{Caller, Permission};
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::schools::store::find_school_by_slug;
use crate::schools::views::{SchoolSettingsChange, SchoolView};
use crate::state::AppState;

/// Checks a language and a time zone of the settings.
pub fn check_language_and_zone(language: &str, zone: &str) -> Result<(), ApiError> {
    if !["ky", "ru", "en"].contains(&language) {
        return Err(ApiError::invalid_field(
            "default_language",
            "invalid_language",
            "ky, ru or en",
        ));
    }
    if zone.parse::<chrono_tz::Tz>().is_err() {
        return Err(ApiError::invalid_field(
            "time_zone",
            "invalid_time_zone",
            "an IANA time zone such as Asia/Bishkek",
        ));
    }
    Ok(())
}

/// Changes the school's name and the settings of its process: the opening quorum and
/// interval, the answer deadlines, the language, the time zone and how long closed appeals
/// are kept. Deadlines already given
/// stay as they were.
#[utoipa::path(
    tag = "schools",
    params(("slug" = String, Path, description = "The school's slug")),
    request_body = SchoolSettingsChange,
    responses(
        (status = 200, description = "The school", body = SchoolView),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[put("/schools/{slug}/settings")]
pub async fn put_school_settings(
    state: web::Data<AppState>,
    caller: Caller,
    slug: web::Path<String>,
    body: ApiJson<SchoolSettingsChange>,
) -> Result<HttpResponse, ApiError> {
    let school = crate::schools::authorized_school(
        &state.db,
        &caller,
        &slug,
        Permission::ManageSchoolSettings,
    )
    .await?;
    let change = body.into_inner();
    check_language_and_zone(&change.default_language, &change.time_zone)?;
    let txn = state.db.begin().await?;
    school::Entity::update_many()
        .col_expr(school::Column::Name, Expr::value(change.name.trim()))
        .col_expr(
            school::Column::OpeningQuorum,
            Expr::value(change.opening_quorum),
        )
        .col_expr(
            school::Column::OpeningIntervalMonths,
            Expr::value(change.opening_interval_months),
        )
        .col_expr(
            school::Column::AnswerDeadlineWorkingDays,
            Expr::value(change.answer_deadline_working_days),
        )
        .col_expr(
            school::Column::AnonymousTargetWorkingDays,
            Expr::value(change.anonymous_target_working_days),
        )
        .col_expr(
            school::Column::DefaultLanguage,
            Expr::value(change.default_language.clone()),
        )
        .col_expr(
            school::Column::TimeZone,
            Expr::value(change.time_zone.clone()),
        )
        .col_expr(
            school::Column::RetentionYears,
            Expr::value(change.retention_years),
        )
        .filter(school::Column::Id.eq(school.id))
        .exec(&txn)
        .await?;
    audit::record(
        &txn,
        AuditEvent {
            chain: AuditChain::School(school.id),
            actor: caller.actor(),
            action: AuditAction::SchoolSettingsChanged,
            subject: Some(AuditSubject::School(school.id)),
            details: json!(change),
        },
    )
    .await?;
    txn.commit().await?;
    state.school_cache.forget(&school.slug);
    let updated = find_school_by_slug(&state.db, &slug)
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(HttpResponse::Ok().json(SchoolView::from(updated)))
}
