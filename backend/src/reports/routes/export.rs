use actix_web::http::header::{ContentDisposition, DispositionParam, DispositionType};
use actix_web::{get, web, HttpResponse};
use serde_json::json;

use crate::audit::AuditSubject;
use crate::audit::{self, AuditAction, AuditChain, AuditEvent};
use crate::error::{ApiError, Problem};
use crate::reports::export::{csv, xlsx};
use crate::reports::month::Month;
use crate::reports::service::report;
use crate::reports::views::{ExportFormat, ExportQuery};
use crate::schools::authorized::{may, SchoolOf};
use crate::state::AppState;

/// The full report as CSV or XLSX. Every export is in the audit trail.
#[utoipa::path(
    tag = "reports",
    params(ExportQuery),
    responses(
        (status = 200, description = "The file: `text/csv` or an XLSX workbook", body = Vec<u8>, content_type = "application/octet-stream"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/reports/monthly/export")]
pub async fn export_report(
    state: web::Data<AppState>,
    SchoolOf { caller, school, .. }: SchoolOf<may::ViewReports>,
    query: web::Query<ExportQuery>,
) -> Result<HttpResponse, ApiError> {
    let month = Month::from_param(&query.month)?;
    let report = report(&state.db, &caller, &school, month, query.version).await?;
    let (bytes, content_type, extension) = match query.format {
        ExportFormat::Csv => (csv(&report), "text/csv; charset=utf-8", "csv"),
        ExportFormat::Xlsx => (
            xlsx(&report)?,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "xlsx",
        ),
    };
    audit::record_now(
        &state.db,
        AuditEvent {
            chain: AuditChain::School(school.id),
            actor: caller.actor(),
            action: AuditAction::ReportExported,
            subject: Some(AuditSubject::Report(school.id, month)),
            details: json!({"month": month.to_string(), "version": report.version, "format": extension}),
        },
    )
    .await?;
    let filename = format!(
        "report-{}-{month}-v{}.{extension}",
        school.slug, report.version
    );
    Ok(HttpResponse::Ok()
        .content_type(content_type)
        .insert_header(ContentDisposition {
            disposition: DispositionType::Attachment,
            parameters: vec![DispositionParam::Filename(filename)],
        })
        .body(bytes))
}
