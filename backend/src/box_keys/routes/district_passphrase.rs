use actix_web::{post, web, HttpResponse};

use crate::box_keys::holders::change_district_passphrase;
use crate::box_keys::views::{BoxPassphraseChanged, ChangeBoxPassphrase};
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::schools::authorized::{may, DistrictOf};
use crate::state::AppState;

/// The district administrator changes the district office's box passphrase, with the current
/// one or — when it is lost — the recovery code (which works once: a new one is answered after
/// it was used). The office's key stays the same, so the shares it already holds still open.
#[utoipa::path(
    tag = "box-keys",
    params(("slug" = String, Path, description = "The district's slug")),
    request_body = ChangeBoxPassphrase,
    responses(
        (status = 200, description = "Changed", body = BoxPassphraseChanged),
        (status = 404, description = "`not_found`, `box_key_missing`: no passphrase set yet", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`box_passphrase_wrong`, `box_passphrase_too_short`, `validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/districts/{slug}/box-key/passphrase")]
pub async fn change_district_box_passphrase(
    state: web::Data<AppState>,
    DistrictOf {
        caller, district, ..
    }: DistrictOf<may::ManageDistrictSettings>,
    body: ApiJson<ChangeBoxPassphrase>,
) -> Result<HttpResponse, ApiError> {
    let changed =
        change_district_passphrase(&state.db, &caller, &district, body.into_inner()).await?;
    Ok(HttpResponse::Ok().json(changed))
}
