use actix_web::{get, web, HttpResponse};

use crate::error::{ApiError, Problem};
use crate::journal::page::journal_page;
use crate::journal::views::{JournalPage, JournalQuery};
use crate::schools::authorized::{may, SchoolOf};
use crate::state::AppState;

/// The school's journal: one row per registered appeal, in registration order, with the
/// regulation's columns and no appeal text. A row about the reader shows neither its official
/// nor its measures, only where it is handled.
#[utoipa::path(
    tag = "journal",
    params(JournalQuery),
    responses(
        (status = 200, description = "A page of the journal", body = JournalPage),
        (status = 404, description = "`not_found`: no such school", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/journal")]
pub async fn list_journal(
    state: web::Data<AppState>,
    SchoolOf { caller, school, .. }: SchoolOf<may::ViewJournal>,
    query: web::Query<JournalQuery>,
) -> Result<HttpResponse, ApiError> {
    let query = query.into_inner();
    Ok(HttpResponse::Ok().json(journal_page(&state.db, &caller, &school, query).await?))
}
