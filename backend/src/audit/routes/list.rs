use actix_web::{get, web, HttpResponse};

use crate::audit::store::read_trail;
use crate::audit::views::{AuditPage, AuditQuery};
use crate::error::{ApiError, Problem};
use crate::schools::authorized::{may, SchoolOf};
use crate::state::AppState;

/// The school's audit trail (clause 4), newest first: sign-ins, role changes, every read of
/// appeal content, assignments. For the director and the district office; reading it is
/// itself an entry of the trail. Entries about an appeal that concerns the reader are left out.
#[utoipa::path(
    tag = "audit",
    params(AuditQuery),
    responses(
        (status = 200, description = "A page of the trail", body = AuditPage),
        (status = 404, description = "`not_found`: no such school", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/audit")]
pub async fn list_audit_trail(
    state: web::Data<AppState>,
    SchoolOf { caller, school, .. }: SchoolOf<may::ViewAuditTrail>,
    query: web::Query<AuditQuery>,
) -> Result<HttpResponse, ApiError> {
    let query = query.into_inner();
    Ok(HttpResponse::Ok().json(read_trail(&state.db, &caller, &school, query).await?))
}
