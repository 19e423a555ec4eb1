use actix_web::{get, HttpResponse};

use crate::error::{ApiError, Problem};
use crate::schools::authorized::{may, SchoolOf};
use crate::schools::views::SchoolView;

/// A school and its settings, for its staff and its district.
#[utoipa::path(
    tag = "schools",
    params(("slug" = String, Path, description = "The school's slug, e.g. `school-31`")),
    responses(
        (status = 200, description = "The school", body = SchoolView),
        (status = 403, description = "`forbidden`: staff of another school", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/schools/{slug}")]
pub async fn get_school(
    SchoolOf { school, .. }: SchoolOf<may::ViewSchool>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(SchoolView::from(school)))
}
