use actix_web::{post, web, HttpResponse};
use uuid::Uuid;

use crate::auth::Caller;
use crate::error::{ApiError, Problem};
use crate::staff::service::reset_member_password;
use crate::staff::views::PasswordReset;
use crate::state::AppState;

/// Gives a member a new password (shown this once) and signs them out everywhere.
#[utoipa::path(
    tag = "staff",
    params(("id" = Uuid, Path, description = "The staff member")),
    responses(
        (status = 200, description = "The new password", body = PasswordReset),
        (status = 403, description = "`forbidden`, `role_not_grantable`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/staff/{id}/password-reset")]
pub async fn reset_staff_password(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let initial_password = reset_member_password(&state.db, &caller, *id).await?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(PasswordReset { initial_password }))
}
