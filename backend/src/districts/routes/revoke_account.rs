use actix_web::{delete, web, HttpResponse};
use uuid::Uuid;

use crate::districts::service;
use crate::error::{ApiError, Problem};
use crate::schools::authorized::{may, DistrictOf};
use crate::state::AppState;

/// Revokes a service account: its tokens stop working at once.
#[utoipa::path(
    tag = "districts",
    params(
        ("slug" = String, Path, description = "The district's slug"),
        ("id" = Uuid, Path, description = "The account"),
    ),
    responses(
        (status = 204, description = "Revoked"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[delete("/districts/{slug}/service-accounts/{id}")]
pub async fn revoke_service_account(
    state: web::Data<AppState>,
    DistrictOf {
        caller, district, ..
    }: DistrictOf<may::ManageIntegrations>,
    path: web::Path<(String, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    let (_, id) = path.into_inner();
    service::revoke_service_account(&state.db, &caller, &district, id).await?;
    Ok(HttpResponse::NoContent().finish())
}
