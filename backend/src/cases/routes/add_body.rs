use actix_web::{post, web, HttpResponse};

use crate::auth::Caller;
use crate::cases::service;
use crate::cases::views::{NewReferralBody, ReferralBody};
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::state::AppState;

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
    let added = service::add_referral_body(&state.db, &caller, body.into_inner()).await?;
    Ok(HttpResponse::Created().json(added))
}
