use actix_web::{post, web, HttpResponse};
use uuid::Uuid;

use crate::auth::Caller;
use crate::box_openings::service;
use crate::box_openings::views::OpeningView;
use crate::error::{ApiError, Problem};
use crate::schools::store::find_school;
use crate::state::AppState;

/// Gives an opening up before its act is signed: every appeal goes back into the box,
/// sealed as before.
#[utoipa::path(
    tag = "box-openings",
    params(("id" = Uuid, Path, description = "The opening's id")),
    responses(
        (status = 200, description = "Abandoned", body = OpeningView),
        (status = 403, description = "`not_working_group_member`, `not_confirmed`, `forbidden`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`act_signed`, `opening_abandoned`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/box-openings/{id}/abandon")]
pub async fn abandon_opening(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let opening = service::abandon(&state.db, &state.secrets, &caller, *id).await?;
    let school = find_school(&state.db, opening.school_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(HttpResponse::Ok().json(service::view(&state.db, &opening, &school).await?))
}
