use actix_web::{post, web, HttpResponse};

use crate::auth::Caller;
use crate::box_keys::holders::change_member_passphrase;
use crate::box_keys::views::{BoxPassphraseChanged, ChangeBoxPassphrase};
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::state::AppState;

/// A member changes their box passphrase, with the current one or — when it is lost — the
/// recovery code; a recovery code works once, so a new one is answered after it was used.
#[utoipa::path(
    tag = "box-keys",
    request_body = ChangeBoxPassphrase,
    responses(
        (status = 200, description = "Changed", body = BoxPassphraseChanged),
        (status = 403, description = "`not_working_group_member`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`box_key_missing`: no passphrase set yet", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`box_passphrase_wrong`, `box_passphrase_too_short`, `validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/me/box-key/passphrase")]
pub async fn change_box_passphrase(
    state: web::Data<AppState>,
    caller: Caller,
    body: ApiJson<ChangeBoxPassphrase>,
) -> Result<HttpResponse, ApiError> {
    let changed = change_member_passphrase(&state.db, &caller, body.into_inner()).await?;
    Ok(HttpResponse::Ok().json(changed))
}
