use actix_web::{post, web, HttpResponse};
use uuid::Uuid;

use crate::auth::Caller;
use crate::error::{ApiError, Problem};
use crate::staff::service::deactivate_member;
use crate::staff::views::StaffView;
use crate::state::AppState;

/// Deactivates a member's account: they are signed out at once and can no longer sign in.
/// Their name stays on what they did.
#[utoipa::path(
    tag = "staff",
    params(("id" = Uuid, Path, description = "The staff member")),
    responses(
        (status = 200, description = "The deactivated member", body = StaffView),
        (status = 403, description = "`forbidden`, `role_not_grantable`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`own_account`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/staff/{id}/deactivation")]
pub async fn deactivate_staff_member(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let view = deactivate_member(&state.db, &caller, *id).await?;
    Ok(HttpResponse::Ok().json(view))
}
