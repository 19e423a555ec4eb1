use actix_web::{get, web, HttpResponse};
use entity::box_opening::OpeningStatus;

use crate::box_keys::service::district_helped;
use crate::box_openings::views::OpeningAwaitingShare;
use crate::box_openings::{service, store};
use crate::districts::overview::schools_of;
use crate::error::{ApiError, Problem};
use crate::schools::authorized::{may, DistrictOf};
use crate::state::AppState;

/// The openings of the district's schools still waiting for their quorum, for the district
/// administrator to give the office's share to (a school whose members have left). Says of
/// each whether the share is given already; nothing of the appeals.
#[utoipa::path(
    tag = "box-openings",
    params(("slug" = String, Path, description = "The district's slug")),
    responses(
        (status = 200, description = "The openings waiting for their quorum, newest first", body = [OpeningAwaitingShare]),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/districts/{slug}/openings-awaiting-quorum")]
pub async fn openings_awaiting_district_share(
    state: web::Data<AppState>,
    DistrictOf { district, .. }: DistrictOf<may::ManageDistrictSettings>,
) -> Result<HttpResponse, ApiError> {
    let mut waiting = Vec::new();
    for school in schools_of(&state.db, district.id).await? {
        for opening in store::openings_of_school(&state.db, school.id).await? {
            if opening.status != OpeningStatus::AwaitingQuorum {
                continue;
            }
            let view = service::view(&state.db, &opening, &school).await?;
            waiting.push(OpeningAwaitingShare {
                id: opening.id,
                school: school.slug.clone(),
                school_name: school.name.clone(),
                time_zone: school.time_zone.clone(),
                extraordinary: opening.extraordinary,
                started_at: opening.started_at,
                confirmations_needed: view.confirmations_needed,
                district_share_given: district_helped(&state.db, opening.id).await?,
            });
        }
    }
    waiting.sort_by_key(|opening| std::cmp::Reverse(opening.started_at));
    Ok(HttpResponse::Ok().json(waiting))
}
