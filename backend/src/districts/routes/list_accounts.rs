use actix_web::{get, web, HttpResponse};
use entity::service_account;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use super::account_view;
use crate::auth::Target;
use crate::auth::{Caller, Permission};
use crate::districts::views::ServiceAccountList;
use crate::error::{ApiError, Problem};
use crate::schools::store::find_district_by_slug;
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
    let district = find_district_by_slug(&state.db, &slug)
        .await?
        .ok_or(ApiError::NotFound)?;
    caller.authorize(
        Permission::ManageIntegrations,
        Target::of_district(&district),
    )?;
    let items = service_account::Entity::find()
        .filter(service_account::Column::DistrictId.eq(district.id))
        .order_by_asc(service_account::Column::CreatedAt)
        .all(&state.db)
        .await?
        .iter()
        .map(account_view)
        .collect();
    Ok(HttpResponse::Ok().json(ServiceAccountList { items }))
}
