use actix_web::{delete, web, HttpResponse};
use uuid::Uuid;

use crate::error::{ApiError, Problem};
use crate::schools::authorized::{may, SchoolOf};
use crate::schools::words::remove_school_word;
use crate::state::AppState;

/// Removes one of the school's own screening words. Recorded in the audit trail.
#[utoipa::path(
    tag = "schools",
    params(
        ("slug" = String, Path, description = "The school's slug"),
        ("id" = Uuid, Path, description = "The word's id"),
    ),
    responses(
        (status = 204, description = "Removed"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[delete("/schools/{slug}/screening-words/{id}")]
pub async fn remove_screening_word(
    state: web::Data<AppState>,
    SchoolOf { caller, school, .. }: SchoolOf<may::ManageScreeningWords>,
    path: web::Path<(String, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    let (_, word_id) = path.into_inner();
    remove_school_word(&state.db, &state.school_cache, &caller, &school, word_id).await?;
    Ok(HttpResponse::NoContent().finish())
}
