use actix_web::{get, web, HttpResponse};

use crate::auth::Caller;
use crate::cases::service;
use crate::cases::views::{CaseList, CaseQuery};
use crate::error::{ApiError, Problem};
use crate::state::AppState;

/// The inbox of cases: for the director every registered appeal of the school (except any
/// that concerns them), for an official those assigned to them, for the district office those
/// routed or referred to it — each with what it needs: assignment, approval, a referral, or
/// the deadline. Never the content.
#[utoipa::path(
    tag = "cases",
    params(CaseQuery),
    responses(
        (status = 200, description = "A page of cases, what needs attention first", body = CaseList),
        (status = 404, description = "`not_found`: no such school", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/cases")]
pub async fn list_cases(
    state: web::Data<AppState>,
    caller: Caller,
    query: web::Query<CaseQuery>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(service::list(&state.db, &caller, query.into_inner()).await?))
}
