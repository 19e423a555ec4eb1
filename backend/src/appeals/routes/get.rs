use actix_web::{get, web, HttpResponse};
use uuid::Uuid;

use crate::appeals::intake::{appeal_sealed, is_sealed};
use crate::appeals::store::find_appeal;
use crate::appeals::views::AppealSummary;
use crate::auth::Target;
use crate::auth::{Caller, Permission};
use crate::error::{ApiError, Problem};
use crate::schools::store::find_school;
use crate::state::AppState;

/// One appeal. While it is sealed in the box nobody — director, administrator, anyone — gets
/// its content: the answer is `appeal_sealed`.
#[utoipa::path(
    tag = "appeals",
    params(("id" = Uuid, Path, description = "The appeal's id")),
    responses(
        (status = 200, description = "The appeal", body = AppealSummary),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`: not an id", body = Problem, content_type = "application/problem+json"),
        (status = 423, description = "`appeal_sealed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/appeals/{id}")]
pub async fn get_appeal(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let appeal = find_appeal(&state.db, *id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let school = find_school(&state.db, appeal.school_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    caller.authorize(Permission::ViewAppealOverview, Target::of_school(&school))?;
    if is_sealed(appeal.status) {
        return Err(appeal_sealed());
    }
    Ok(HttpResponse::Ok().json(AppealSummary {
        id: appeal.id,
        submitted_on: appeal.submitted_on,
        channel: appeal.channel,
        status: appeal.status,
        urgent: appeal.urgent,
    }))
}
