use actix_web::{get, web, HttpResponse};

use crate::auth::Caller;
use crate::box_keys::holders::my_box_key;
use crate::box_keys::views::MyBoxKey;
use crate::error::ApiError;
use crate::state::AppState;

/// Whether the caller has set a box passphrase, and holds a share of their school's box key.
#[utoipa::path(
    tag = "box-keys",
    responses(
        (status = 200, description = "The caller's box key", body = MyBoxKey),
    ),
    security(("bearer" = []))
)]
#[get("/me/box-key")]
pub async fn get_my_box_key(
    state: web::Data<AppState>,
    caller: Caller,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(my_box_key(&state.db, &caller).await?))
}
