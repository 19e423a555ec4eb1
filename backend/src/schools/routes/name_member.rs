use actix_web::{delete, put, web, HttpResponse};
use uuid::Uuid;

use crate::error::{ApiError, Problem};
use crate::schools::authorized::{may, SchoolOf};
use crate::schools::working_group;
use crate::state::AppState;

/// Names a staff member of the school to the working group. Recorded in the audit trail.
#[utoipa::path(
    tag = "schools",
    params(
        ("slug" = String, Path, description = "The school's slug"),
        ("user_id" = Uuid, Path, description = "The staff member's id"),
    ),
    responses(
        (status = 204, description = "A member of the working group"),
        (status = 404, description = "`not_found`: no such school, or no such staff member there", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[put("/schools/{slug}/working-group/{user_id}")]
pub async fn add_working_group_member(
    state: web::Data<AppState>,
    SchoolOf { caller, school, .. }: SchoolOf<may::ManageWorkingGroup>,
    path: web::Path<(String, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    let (_, user_id) = path.into_inner();
    working_group::name_member(&state.db, &caller, &school, user_id).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Removes a member from the working group. Recorded in the audit trail.
#[utoipa::path(
    tag = "schools",
    params(
        ("slug" = String, Path, description = "The school's slug"),
        ("user_id" = Uuid, Path, description = "The staff member's id"),
    ),
    responses(
        (status = 204, description = "No longer a member"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[delete("/schools/{slug}/working-group/{user_id}")]
pub async fn remove_working_group_member(
    state: web::Data<AppState>,
    SchoolOf { caller, school, .. }: SchoolOf<may::ManageWorkingGroup>,
    path: web::Path<(String, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    let (_, user_id) = path.into_inner();
    working_group::remove_member(&state.db, &caller, &school, user_id).await?;
    Ok(HttpResponse::NoContent().finish())
}
