use actix_web::{delete, web, HttpResponse};
use uuid::Uuid;

use crate::error::{ApiError, Problem};
use crate::schools::authorized::{may, DistrictOf};
use crate::state::AppState;
use crate::webhooks::service::unsubscribe;

/// Stops a subscription: nothing more is sent to it, and what waited is dropped.
#[utoipa::path(
    tag = "districts",
    params(
        ("slug" = String, Path, description = "The district's slug"),
        ("id" = Uuid, Path, description = "The subscription"),
    ),
    responses(
        (status = 204, description = "Stopped"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[delete("/districts/{slug}/webhooks/{id}")]
pub async fn remove_webhook(
    state: web::Data<AppState>,
    DistrictOf {
        caller, district, ..
    }: DistrictOf<may::ManageIntegrations>,
    path: web::Path<(String, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    let (_, id) = path.into_inner();
    unsubscribe(&state.db, &caller, &district, id).await?;
    Ok(HttpResponse::NoContent().finish())
}
