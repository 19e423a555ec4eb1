use actix_web::{put, web, HttpResponse};
use uuid::Uuid;

use crate::auth::Caller;
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::staff::service::change_member_position;
use crate::staff::views::{PositionChange, StaffView};
use crate::state::AppState;

/// Changes a member's position, in the school's language and in each other language. The
/// journal and the signed acts keep the position as it was when they were written. Recorded in
/// the audit trail.
#[utoipa::path(
    tag = "staff",
    params(("id" = Uuid, Path, description = "The staff member")),
    request_body = PositionChange,
    responses(
        (status = 200, description = "The member with their new position", body = StaffView),
        (status = 403, description = "`forbidden`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`: a position's length, a direction control, or no position in the school's language (`required`)", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[put("/staff/{id}/position")]
pub async fn set_staff_position(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
    body: ApiJson<PositionChange>,
) -> Result<HttpResponse, ApiError> {
    let view = change_member_position(&state.db, &caller, *id, body.into_inner()).await?;
    Ok(HttpResponse::Ok().json(view))
}
