use actix_web::{get, web, HttpResponse};
use entity::Role;

use crate::error::{ApiError, Problem};
use crate::schools::authorized::{may, SchoolOf};
use crate::staff::store::list_school_staff;
use crate::staff::views::StaffView;
use crate::state::AppState;

/// The members of the school's working group, who open the box together.
#[utoipa::path(
    tag = "schools",
    params(("slug" = String, Path, description = "The school's slug")),
    responses(
        (status = 200, description = "The working group", body = [StaffView]),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/schools/{slug}/working-group")]
pub async fn list_working_group(
    state: web::Data<AppState>,
    SchoolOf { school, .. }: SchoolOf<may::ViewOpenings>,
) -> Result<HttpResponse, ApiError> {
    let members: Vec<StaffView> = list_school_staff(&state.db, school.id)
        .await?
        .into_iter()
        .filter(|(user, roles)| user.active && roles.contains(&Role::WorkingGroup))
        .map(|(user, roles)| StaffView::new(user, roles))
        .collect();
    Ok(HttpResponse::Ok().json(members))
}
