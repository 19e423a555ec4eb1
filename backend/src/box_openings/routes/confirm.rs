use actix_web::{post, web, HttpResponse};
use secrecy::ExposeSecret;
use uuid::Uuid;

use crate::auth::Caller;
use crate::box_openings::service;
use crate::box_openings::views::{ConfirmOpening, OpeningView};
use crate::error::{ApiError, Problem};
use crate::schools::store::find_school;
use crate::state::AppState;

/// Another working-group member confirms the opening. When the quorum has confirmed, every
/// sealed appeal of the school is retrieved into this opening. When the box is sealed to the
/// working group, each member's box passphrase gives their share, and the box opens when the
/// key's threshold of shares is in: the key is rebuilt in memory, the retrieved appeals are
/// opened, and a new key is made for the group as it stands. The body may be left out for a
/// box without a box key.
#[utoipa::path(
    tag = "box-openings",
    params(("id" = Uuid, Path, description = "The opening's id")),
    request_body(content = Option<ConfirmOpening>),
    responses(
        (status = 200, description = "Confirmed", body = OpeningView),
        (status = 403, description = "`not_working_group_member`, `forbidden`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`already_confirmed`, `act_signed`, `opening_abandoned`, `share_already_given`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`box_passphrase_required`, `box_passphrase_wrong`, `malformed_json`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/box-openings/{id}/confirmations")]
pub async fn confirm_opening(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
    body: web::Bytes,
) -> Result<HttpResponse, ApiError> {
    let body: ConfirmOpening = if body.iter().all(u8::is_ascii_whitespace) {
        ConfirmOpening::default()
    } else {
        serde_json::from_slice::<Option<ConfirmOpening>>(&body)
            .map_err(|error| ApiError::MalformedJson(error.to_string()))?
            .unwrap_or_default()
    };
    let passphrase = body.passphrase.map(|p| p.expose_secret().to_owned());
    let opening = service::confirm(&state, &caller, *id, passphrase).await?;
    let school = find_school(&state.db, opening.school_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(HttpResponse::Ok().json(service::view(&state.db, &opening, &school).await?))
}
