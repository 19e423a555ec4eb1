use actix_web::{post, web, HttpRequest, HttpResponse};
use sea_orm::TransactionTrait;

use crate::audit::AuditAction;
use crate::auth::caller::SignedIn;
use crate::auth::two_factor::{self, store};
use crate::auth::views::TwoFactorRemoval;
use crate::error::ProblemCode;
use crate::error::{ApiError, Problem};
use crate::http::client_key::client_address;
use crate::http::ApiJson;
use crate::state::AppState;

/// Turns the member's second factor off, with their password and a current code (or a
/// recovery code). Refused while their district requires it.
#[utoipa::path(
    tag = "auth",
    request_body = TwoFactorRemoval,
    responses(
        (status = 204, description = "Off; the recovery codes no longer work"),
        (status = 409, description = "`two_factor_not_enabled`, `two_factor_required`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed` (`wrong_password`, `wrong_code`)", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "`login_throttled`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/me/two-factor/removal")]
pub async fn remove_two_factor(
    state: web::Data<AppState>,
    request: HttpRequest,
    SignedIn(caller): SignedIn,
    body: ApiJson<TwoFactorRemoval>,
) -> Result<HttpResponse, ApiError> {
    let TwoFactorRemoval { password, code } = body.into_inner();
    let client = client_address(&request, state.settings.trust_forwarded_for);
    two_factor::check_password(&state, &client, &caller, password).await?;
    let factor = two_factor::confirmed_factor(&state.db, &caller).await?;
    if two_factor::required_of(&state.db, &caller).await? {
        return Err(ApiError::rejected(
            ProblemCode::TwoFactorRequired,
            "the district requires a second factor of this member",
        ));
    }
    let txn = state.db.begin().await?;
    two_factor::prove_own(&state, &txn, &client, &caller, &factor, &code).await?;
    store::remove(&txn, caller.user_id).await?;
    two_factor::record_own_change(&txn, &caller, AuditAction::TwoFactorDisabled).await?;
    txn.commit().await?;
    Ok(HttpResponse::NoContent().finish())
}
