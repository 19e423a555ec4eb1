use actix_web::{get, web, HttpResponse};

use crate::districts::store::service_accounts_of;
use crate::districts::views::{ServiceAccountList, ServiceAccountView};
use crate::error::{ApiError, Problem};
use crate::schools::authorized::{may, DistrictOf};
use crate::state::AppState;

/// The district's service accounts (never their secrets).
#[utoipa::path(
    tag = "districts",
    params(("slug" = String, Path, description = "The district's slug")),
    responses(
        (status = 200, description = "The accounts", body = ServiceAccountList),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/districts/{slug}/service-accounts")]
pub async fn list_service_accounts(
    state: web::Data<AppState>,
    DistrictOf { district, .. }: DistrictOf<may::ManageIntegrations>,
) -> Result<HttpResponse, ApiError> {
    let items = service_accounts_of(&state.db, district.id)
        .await?
        .iter()
        .map(ServiceAccountView::of)
        .collect();
    Ok(HttpResponse::Ok().json(ServiceAccountList { items }))
}
