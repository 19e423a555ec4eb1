use actix_web::{get, web, HttpResponse};

use crate::error::{ApiError, Problem};
use crate::schools::authorized::{may, SchoolOf};
use crate::staff::service::school_staff;
use crate::staff::views::StaffView;
use crate::state::AppState;

/// The staff of a school with their roles, for those who manage them.
#[utoipa::path(
    tag = "staff",
    params(("slug" = String, Path, description = "The school's slug")),
    responses(
        (status = 200, description = "The school's staff", body = [StaffView]),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/schools/{slug}/staff")]
pub async fn list_staff(
    state: web::Data<AppState>,
    SchoolOf { school, .. }: SchoolOf<may::ManageStaff>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(school_staff(&state.db, school.id).await?))
}
