use actix_web::{post, web, HttpResponse};
use uuid::Uuid;

use crate::auth::Caller;
use crate::cases::service;
use crate::cases::views::{CaseReferral, ReferralReply};
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::state::AppState;

const BODY_LIMIT: usize = 64 * 1024;

/// The body's reply to a referral, recorded in the journal (the reply itself is sealed).
#[utoipa::path(
    tag = "cases",
    params(
        ("id" = Uuid, Path, description = "The appeal's id"),
        ("referral_id" = Uuid, Path, description = "The referral's id"),
    ),
    request_body = ReferralReply,
    responses(
        (status = 200, description = "Recorded", body = CaseReferral),
        (status = 403, description = "`not_handling`, `forbidden`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`referral_reply_recorded`, `case_closed`, `appeal_not_registered`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`date_in_future`, `validation_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 423, description = "`appeal_sealed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/cases/{id}/referrals/{referral_id}/reply")]
pub async fn record_referral_reply(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<(Uuid, Uuid)>,
    body: ApiJson<ReferralReply, BODY_LIMIT>,
) -> Result<HttpResponse, ApiError> {
    let (id, referral_id) = path.into_inner();
    Ok(HttpResponse::Ok().json(
        service::record_reply(
            &state.db,
            &state.secrets,
            &caller,
            id,
            referral_id,
            body.into_inner(),
        )
        .await?,
    ))
}
