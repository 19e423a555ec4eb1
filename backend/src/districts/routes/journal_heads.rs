use actix_web::{get, web, HttpResponse};
use chrono::Utc;

use crate::districts::overview::schools_of;
use crate::districts::views::{JournalHeads, SchoolJournalHead};
use crate::error::{ApiError, Problem};
use crate::journal::store::head;
use crate::schools::authorized::{may, DistrictOf};
use crate::state::AppState;

/// The journal head (last number and hash) of every school of the district. The district
/// stores them: a later `GET /journal/verify` must still contain each, so it witnesses that
/// no school rewrote its history.
#[utoipa::path(
    tag = "districts",
    params(("slug" = String, Path, description = "The district's slug")),
    responses(
        (status = 200, description = "The heads", body = JournalHeads),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/districts/{slug}/journal-heads")]
pub async fn list_journal_heads(
    state: web::Data<AppState>,
    DistrictOf { district, .. }: DistrictOf<may::ViewDistrict>,
) -> Result<HttpResponse, ApiError> {
    let mut items = Vec::new();
    for school in schools_of(&state.db, district.id).await? {
        items.push(SchoolJournalHead {
            head: head(&state.db, school.id).await?,
            school: school.slug,
            read_at: Utc::now(),
        });
    }
    Ok(HttpResponse::Ok().json(JournalHeads { items }))
}
