use actix_web::{post, web, HttpResponse};
use uuid::Uuid;

use crate::auth::Caller;
use crate::box_openings::service;
use crate::box_openings::views::OpeningView;
use crate::error::{ApiError, Problem};
use crate::schools::store::find_school;
use crate::state::AppState;

/// The director acknowledges the signed act (clause 2.4); the acknowledgement is a journal
/// entry.
#[utoipa::path(
    tag = "box-openings",
    params(("id" = Uuid, Path, description = "The opening's id")),
    responses(
        (status = 200, description = "Acknowledged", body = OpeningView),
        (status = 403, description = "`forbidden`: not the director of this school", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`act_not_signed`, `already_acknowledged`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/box-openings/{id}/acknowledgement")]
pub async fn acknowledge_act(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let opening = service::acknowledge(&state.db, &caller, *id).await?;
    let school = find_school(&state.db, opening.school_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(HttpResponse::Ok().json(service::view(&state.db, &opening, &school).await?))
}
