use actix_web::{post, web, HttpResponse};
use secrecy::ExposeSecret;

use crate::auth::Caller;
use crate::box_keys::holders::set_member_passphrase;
use crate::box_keys::views::{RecoveryCodeShown, SetBoxPassphrase};
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::state::AppState;

/// A working-group member sets their box passphrase: their key pair for the box is made, its
/// private half stored only wrapped under the passphrase and under a one-time recovery code,
/// which is answered here once. When enough members have one to reach the quorum, the school
/// gets its first box key.
#[utoipa::path(
    tag = "box-keys",
    request_body = SetBoxPassphrase,
    responses(
        (status = 201, description = "Set; the recovery code is shown this once", body = RecoveryCodeShown),
        (status = 403, description = "`not_working_group_member`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`box_key_exists`: change it instead", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`box_passphrase_too_short`, `validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/me/box-key")]
pub async fn set_my_box_key(
    state: web::Data<AppState>,
    caller: Caller,
    body: ApiJson<SetBoxPassphrase>,
) -> Result<HttpResponse, ApiError> {
    let passphrase = body.into_inner().passphrase.expose_secret().to_owned();
    let shown = set_member_passphrase(&state.db, &state.school_cache, &caller, passphrase).await?;
    Ok(HttpResponse::Created().json(shown))
}
