use actix_web::{post, web, HttpResponse};
use uuid::Uuid;

use crate::auth::Caller;
use crate::box_openings::service;
use crate::box_openings::views::OpeningView;
use crate::error::{ApiError, Problem};
use crate::schools::store::find_school;
use crate::state::AppState;

/// A member who confirmed signs the act. With the quorum's signatures the act is frozen: its
/// number, the registration numbers given in order, the journal entries and the journal head.
#[utoipa::path(
    tag = "box-openings",
    params(("id" = Uuid, Path, description = "The opening's id")),
    responses(
        (status = 200, description = "Signed; frozen once the quorum has signed", body = OpeningView),
        (status = 403, description = "`not_confirmed`, `forbidden`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`quorum_not_reached`, `already_signed`, `act_signed`, `opening_abandoned`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/box-openings/{id}/sign")]
pub async fn sign_act(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let opening = service::sign(&state.db, &caller, *id).await?;
    let school = find_school(&state.db, opening.school_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(HttpResponse::Ok().json(service::view(&state.db, &opening, &school).await?))
}
