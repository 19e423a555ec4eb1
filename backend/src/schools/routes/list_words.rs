use actix_web::{get, web, HttpResponse};

use crate::error::{ApiError, Problem};
use crate::schools::authorized::{may, SchoolOf};
use crate::schools::views::SchoolWordView;
use crate::schools::words::list_words;
use crate::state::AppState;

/// The words a school added to its screening or allowed through it.
#[utoipa::path(
    tag = "schools",
    params(("slug" = String, Path, description = "The school's slug")),
    responses(
        (status = 200, description = "The school's words", body = [SchoolWordView]),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/schools/{slug}/screening-words")]
pub async fn list_screening_words(
    state: web::Data<AppState>,
    SchoolOf { school, .. }: SchoolOf<may::ManageScreeningWords>,
) -> Result<HttpResponse, ApiError> {
    let words: Vec<SchoolWordView> = list_words(&state.db, school.id)
        .await?
        .into_iter()
        .map(|word| SchoolWordView {
            id: word.id,
            word: word.word,
            rule: word.rule,
            created_at: word.created_at,
        })
        .collect();
    Ok(HttpResponse::Ok().json(words))
}
