use actix_web::{get, web, HttpResponse};

use crate::chain::Verification;
use crate::error::{ApiError, Problem};
use crate::journal::verification::verify;
use crate::schools::authorized::{may, SchoolOf};
use crate::state::AppState;

/// Recomputes the school's journal and checks it against every head recorded in its acts:
/// an edited, deleted, reordered or re-hashed history is found, with the first entry that
/// is wrong.
#[utoipa::path(
    tag = "journal",
    params(("school" = String, Query, description = "The school's slug")),
    responses(
        (status = 200, description = "The verification", body = Verification),
        (status = 404, description = "`not_found`: no such school", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/journal/verify")]
pub async fn verify_journal(
    state: web::Data<AppState>,
    SchoolOf { school, .. }: SchoolOf<may::ViewJournal>,
) -> Result<HttpResponse, ApiError> {
    let verification = verify(&state.db, school.id).await?;
    crate::journal::store::record_check(&state.db, school.id, &verification).await?;
    Ok(HttpResponse::Ok().json(verification))
}
