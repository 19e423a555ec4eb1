use actix_web::{post, web, HttpResponse};

use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::schools::authorized::{may, SchoolOf};
use crate::schools::views::{NewSchoolWord, SchoolWordView};
use crate::schools::words::put_school_word;
use crate::state::AppState;

/// Adds a word to the school's obscene list (`block`), or lets a word through it (`allow`).
/// Recorded in the audit trail.
#[utoipa::path(
    tag = "schools",
    params(("slug" = String, Path, description = "The school's slug")),
    request_body = NewSchoolWord,
    responses(
        (status = 201, description = "The word is in effect", body = SchoolWordView),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`: not a word, a root shorter than four letters, or a word that would refuse everyday appeals (`too_broad`)", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/schools/{slug}/screening-words")]
pub async fn put_screening_word(
    state: web::Data<AppState>,
    SchoolOf { caller, school, .. }: SchoolOf<may::ManageScreeningWords>,
    body: ApiJson<NewSchoolWord>,
) -> Result<HttpResponse, ApiError> {
    let NewSchoolWord { word, rule } = body.into_inner();
    let stored = put_school_word(
        &state.db,
        &state.school_cache,
        &caller,
        &school,
        &word,
        rule,
    )
    .await?;
    Ok(HttpResponse::Created().json(SchoolWordView {
        id: stored.id,
        word: stored.word,
        rule: stored.rule,
        created_at: stored.created_at,
    }))
}
