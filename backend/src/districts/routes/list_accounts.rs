use actix_web::{get, web, HttpResponse};

use crate::auth::{Caller, Permission};
use crate::districts::store::service_accounts_of;
use crate::districts::views::{ServiceAccountList, ServiceAccountView};
use crate::error::{ApiError, Problem};
use crate::schools::authorized_district;
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
    caller: Caller,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let district =
        authorized_district(&state.db, &caller, &slug, Permission::ManageIntegrations).await?;
    let items = service_accounts_of(&state.db, district.id)
        .await?
        .iter()
        .map(ServiceAccountView::of)
        .collect();
    Ok(HttpResponse::Ok().json(ServiceAccountList { items }))
}
