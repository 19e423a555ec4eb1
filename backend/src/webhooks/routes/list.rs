use actix_web::{get, web, HttpResponse};

use crate::error::{ApiError, Problem};
use crate::schools::authorized::{may, DistrictOf};
use crate::state::AppState;
use crate::webhooks::service::subscriptions;
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
    DistrictOf { district, .. }: DistrictOf<may::ManageIntegrations>,
) -> Result<HttpResponse, ApiError> {
    let items = subscriptions(&state.db, &district).await?;
    Ok(HttpResponse::Ok().json(WebhookSubscriptionList { items }))
}
