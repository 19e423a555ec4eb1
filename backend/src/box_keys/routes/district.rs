use actix_web::{post, web, HttpResponse};
use secrecy::ExposeSecret;

use crate::box_keys::holders::set_district_passphrase;
use crate::box_keys::views::{DistrictPassphrase, RecoveryCodeShown};
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::schools::authorized::{may, DistrictOf};
use crate::state::AppState;

/// The district administrator sets the district office's box passphrase: the office's key
/// pair is made, and — when the district holds a share (its settings) — every box key made
/// from now on gives it one share, so that the district and quorum − 1 members can open a
/// box whose members have left. The district alone never can. The recovery code is answered
/// once.
#[utoipa::path(
    tag = "box-keys",
    params(("slug" = String, Path, description = "The district's slug")),
    request_body = DistrictPassphrase,
    responses(
        (status = 201, description = "Set; the recovery code is shown this once", body = RecoveryCodeShown),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`box_key_exists`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`box_passphrase_too_short`, `validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/districts/{slug}/box-key")]
pub async fn set_district_box_key(
    state: web::Data<AppState>,
    DistrictOf {
        caller, district, ..
    }: DistrictOf<may::ManageDistrictSettings>,
    body: ApiJson<DistrictPassphrase>,
) -> Result<HttpResponse, ApiError> {
    let passphrase = body.into_inner().passphrase.expose_secret().to_owned();
    let shown = set_district_passphrase(&state.db, &caller, &district, passphrase).await?;
    Ok(HttpResponse::Created().json(shown))
}
