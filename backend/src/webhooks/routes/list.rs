use actix_web::{get, web, HttpResponse};

use crate::auth::Target;
use crate::auth::{Caller, Permission};
use crate::error::{ApiError, Problem};
use crate::schools::store::find_district_by_slug;
use crate::state::AppState;
use crate::webhooks::store::{subscriptions_of, view};
use crate::webhooks::views::WebhookSubscriptionList;

/// The district's webhook subscriptions, with what waits to be delivered and what failed.
#[utoipa::path(
    tag = "districts",
    params(("slug" = String, Path, description = "The district's slug")),
    responses(
        (status = 200, description = "The subscriptions", body = WebhookSubscriptionList),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/districts/{slug}/webhooks")]
pub async fn list_webhooks(
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
    let mut items = Vec::new();
    for subscription in subscriptions_of(&state.db, district.id).await? {
        items.push(view(&state.db, &subscription).await?);
    }
    Ok(HttpResponse::Ok().json(WebhookSubscriptionList { items }))
}
