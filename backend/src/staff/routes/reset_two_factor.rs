use actix_web::{post, web, HttpResponse};
use uuid::Uuid;

use crate::auth::Caller;
use crate::error::{ApiError, Problem};
use crate::staff::service::reset_member_two_factor;
use crate::state::AppState;

/// Takes away a member's second factor when they have lost their phone and their recovery
/// codes: they are signed out everywhere and sign in with their password alone, then turn it
/// on again. Nobody resets their own: they turn it off themselves.
#[utoipa::path(
    tag = "staff",
    params(("id" = Uuid, Path, description = "The staff member")),
    responses(
        (status = 204, description = "Reset"),
        (status = 403, description = "`forbidden`, `role_not_grantable`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`own_account`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/staff/{id}/two-factor-reset")]
pub async fn reset_staff_two_factor(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    reset_member_two_factor(&state.db, &caller, *id).await?;
    Ok(HttpResponse::NoContent().finish())
}
