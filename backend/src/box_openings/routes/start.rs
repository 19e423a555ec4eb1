use actix_web::{post, web, HttpResponse};
use secrecy::ExposeSecret;

use crate::auth::Caller;
use crate::box_openings::service;
use crate::box_openings::views::{OpeningView, StartOpening};
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::schools::store::find_school;
use crate::state::AppState;

/// A working-group member starts an opening of the school's box; they are its first
/// confirmation. Nothing is visible until the quorum has confirmed. When the box is sealed to
/// the working group, the member's box passphrase gives their share of the box key.
#[utoipa::path(
    tag = "box-openings",
    request_body = StartOpening,
    responses(
        (status = 201, description = "Started", body = OpeningView),
        (status = 403, description = "`not_working_group_member`, `forbidden`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`: no such school", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`opening_in_progress`, `share_already_given`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`box_passphrase_required`, `box_passphrase_wrong`, `validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/box-openings")]
pub async fn start_opening(
    state: web::Data<AppState>,
    caller: Caller,
    body: ApiJson<StartOpening>,
) -> Result<HttpResponse, ApiError> {
    let StartOpening {
        school,
        extraordinary,
        passphrase,
    } = body.into_inner();
    let passphrase = passphrase.map(|p| p.expose_secret().to_owned());
    let opening = service::start(&state, &caller, &school, extraordinary, passphrase).await?;
    let school = find_school(&state.db, opening.school_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(HttpResponse::Created().json(service::view(&state.db, &opening, &school).await?))
}
