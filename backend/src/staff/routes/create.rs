use actix_web::{post, web, HttpResponse};

use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::schools::authorized::{may, SchoolOf};
use crate::staff::service::create_member;
use crate::staff::views::{CreatedStaff, NewStaffMember};
use crate::state::AppState;

/// Creates a staff account of the school with its roles; the answer carries the first
/// password, shown this once. Nobody grants a role above their own.
#[utoipa::path(
    tag = "staff",
    params(("slug" = String, Path, description = "The school's slug")),
    request_body = NewStaffMember,
    responses(
        (status = 201, description = "Created", body = CreatedStaff),
        (status = 403, description = "`forbidden`, `role_not_grantable`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`login_taken`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/schools/{slug}/staff")]
pub async fn create_staff_member(
    state: web::Data<AppState>,
    SchoolOf { caller, school, .. }: SchoolOf<may::ManageStaff>,
    body: ApiJson<NewStaffMember>,
) -> Result<HttpResponse, ApiError> {
    let (staff, initial_password) =
        create_member(&state.db, &caller, &school, body.into_inner()).await?;
    Ok(HttpResponse::Created().json(CreatedStaff {
        staff,
        initial_password,
    }))
}
