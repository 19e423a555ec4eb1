use actix_web::{get, web, HttpResponse};

use crate::auth::caller::SignedIn;
use crate::auth::two_factor;
use crate::auth::views::TwoFactorState;
use crate::error::ApiError;
use crate::state::AppState;

/// Whether the signed-in member's second factor is on, whether their district requires it,
/// and how many recovery codes they have left.
#[utoipa::path(
    tag = "auth",
    responses(
        (status = 200, description = "The member's second factor", body = TwoFactorState),
    ),
    security(("bearer" = []))
)]
#[get("/me/two-factor")]
pub async fn two_factor_status(
    state: web::Data<AppState>,
    SignedIn(caller): SignedIn,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(two_factor::state_of(&state.db, &caller).await?))
}
