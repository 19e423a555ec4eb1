use actix_web::{put, web, HttpResponse};
use uuid::Uuid;

use crate::auth::Caller;
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::staff::service::set_member_roles;
use crate::staff::views::{RoleSet, StaffView};
use crate::state::AppState;

/// Sets the roles a member holds: the ones added and the ones taken away must both be
/// within the caller's reach, and nobody changes their own.
#[utoipa::path(
    tag = "staff",
    params(("id" = Uuid, Path, description = "The staff member")),
    request_body = RoleSet,
    responses(
        (status = 200, description = "The member with their roles", body = StaffView),
        (status = 403, description = "`forbidden`, `role_not_grantable`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`own_roles`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[put("/staff/{id}/roles")]
pub async fn set_staff_roles(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
    body: ApiJson<RoleSet>,
) -> Result<HttpResponse, ApiError> {
    let view = set_member_roles(&state.db, &caller, *id, body.into_inner().roles).await?;
    Ok(HttpResponse::Ok().json(view))
}
