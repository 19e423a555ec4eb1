use actix_web::{post, web, HttpResponse};
use uuid::Uuid;

use crate::auth::Caller;
use crate::cases::service;
use crate::cases::views::{CaseReferral, NewReferral};
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::state::AppState;

/// Refers the appeal to a competent body of the catalogue (clause 3.4): when, how, and the
/// body's own reference. A referral to the district education office lets that district's
/// officers read the appeal.
#[utoipa::path(
    tag = "cases",
    params(("id" = Uuid, Path, description = "The appeal's id")),
    request_body = NewReferral,
    responses(
        (status = 201, description = "Referred", body = CaseReferral),
        (status = 403, description = "`not_handling`, `forbidden`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`case_closed`, `appeal_not_registered`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`referral_body_required`, `unknown_referral_body`, `date_in_future`, `validation_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 423, description = "`appeal_sealed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/cases/{id}/referrals")]
pub async fn refer_case(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
    body: ApiJson<NewReferral>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Created()
        .json(service::refer(&state.db, &state.secrets, &caller, *id, body.into_inner()).await?))
}
