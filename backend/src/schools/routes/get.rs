use actix_web::{get, web, HttpResponse};

use crate::auth::{Caller, Permission};
use crate::error::{ApiError, Problem};
use crate::schools::views::SchoolView;
use crate::state::AppState;

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
    state: web::Data<AppState>,
    caller: Caller,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let school =
        crate::schools::authorized_school(&state.db, &caller, &slug, Permission::ViewSchool)
            .await?;
    Ok(HttpResponse::Ok().json(SchoolView::from(school)))
}
