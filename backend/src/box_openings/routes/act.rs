use actix_web::{get, web, HttpResponse};
use uuid::Uuid;

use crate::auth::Caller;
use crate::box_openings::service;
use crate::box_openings::views::Act;
use crate::error::{ApiError, Problem};
use crate::state::AppState;

/// The signed act of an opening: number, date and time, members, counts, the registration
/// numbers given and the journal head — what a paper act carries.
#[utoipa::path(
    tag = "box-openings",
    params(("id" = Uuid, Path, description = "The opening's id")),
    responses(
        (status = 200, description = "The act", body = Act),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`act_not_signed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/box-openings/{id}/act")]
pub async fn get_act(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(service::act(&state.db, &caller, *id).await?))
}
