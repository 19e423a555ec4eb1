use actix_web::{post, web, HttpResponse};
use secrecy::ExposeSecret;
use uuid::Uuid;

use crate::auth::Caller;
use crate::box_openings::service;
use crate::box_openings::views::{GiveDistrictShare, OpeningView};
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::schools::store::find_school;
use crate::state::AppState;

/// The district administrator gives the district office's share of the school's box key to
/// an opening, with the district's box passphrase: with quorum − 1 members' shares the box
/// opens (for a school whose members have left). The district alone never can. Recorded in
/// the district's audit trail; the district reads nothing of the appeals.
#[utoipa::path(
    tag = "box-openings",
    params(("id" = Uuid, Path, description = "The opening's id")),
    request_body = GiveDistrictShare,
    responses(
        (status = 200, description = "Given", body = OpeningView),
        (status = 404, description = "`not_found`, `box_key_missing`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`box_already_open`, `box_not_protected`, `district_holds_no_share`, `share_already_given`, `act_signed`, `opening_abandoned`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`box_passphrase_wrong`, `validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/box-openings/{id}/district-share")]
pub async fn give_district_share(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
    body: ApiJson<GiveDistrictShare>,
) -> Result<HttpResponse, ApiError> {
    let passphrase = body.into_inner().passphrase.expose_secret().to_owned();
    let opening = service::give_district_share(&state, &caller, *id, passphrase).await?;
    let school = find_school(&state.db, opening.school_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(HttpResponse::Ok().json(service::view(&state.db, &opening, &school).await?))
}
