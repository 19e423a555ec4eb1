use actix_web::{get, web, HttpResponse};

use crate::appeals::views::SchoolQuery;
use crate::cases::service::body_view;
use crate::cases::store::bodies_of_school;
use crate::cases::views::ReferralBodyList;
use crate::error::{ApiError, Problem};
use crate::schools::authorized::{may, SchoolOf};
use crate::state::AppState;

/// The competent bodies a school refers appeals to, named in Kyrgyz, Russian and English:
/// those every school has, then the school's own.
#[utoipa::path(
    tag = "cases",
    params(SchoolQuery),
    responses(
        (status = 200, description = "The catalogue", body = ReferralBodyList),
        (status = 404, description = "`not_found`: no such school", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/referral-bodies")]
pub async fn list_referral_bodies(
    state: web::Data<AppState>,
    SchoolOf { school, .. }: SchoolOf<may::ViewAppealOverview>,
) -> Result<HttpResponse, ApiError> {
    let items = bodies_of_school(&state.db, school.id)
        .await?
        .iter()
        .map(body_view)
        .collect();
    Ok(HttpResponse::Ok().json(ReferralBodyList { items }))
}
