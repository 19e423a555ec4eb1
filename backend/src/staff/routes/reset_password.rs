use actix_web::{post, web, HttpResponse};
use sea_orm::TransactionTrait;
use secrecy::SecretString;
use uuid::Uuid;

use super::managed_member;
use crate::auth::password::hash_password;
use crate::auth::Caller;
use crate::error::{ApiError, Problem};
use crate::staff::admin::initial_password;
use crate::staff::store::{reset_password, PasswordChosenBy};
use crate::staff::views::PasswordReset;
use crate::state::AppState;

/// Gives a member a new password (shown this once) and signs them out everywhere.
#[utoipa::path(
    tag = "staff",
    params(("id" = Uuid, Path, description = "The staff member")),
    responses(
        (status = 200, description = "The new password", body = PasswordReset),
        (status = 403, description = "`forbidden`, `role_not_grantable`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/staff/{id}/password-reset")]
pub async fn reset_staff_password(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let (user, _) = managed_member(&state.db, &caller, *id).await?;
    let password = initial_password();
    let hash = hash_password(SecretString::from(password.clone())).await?;
    let txn = state.db.begin().await?;
    reset_password(
        &txn,
        caller.actor(),
        &user,
        hash,
        PasswordChosenBy::SomeoneElse,
    )
    .await?;
    txn.commit().await?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(PasswordReset {
            initial_password: password,
        }))
}
