use actix_web::{get, web, HttpResponse};

use crate::auth::{Caller, Permission};
use crate::error::{ApiError, Problem};
use crate::schools::authorized_district;
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
    caller: Caller,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let district =
        authorized_district(&state.db, &caller, &slug, Permission::ManageIntegrations).await?;
    let items = subscriptions(&state.db, &district).await?;
    Ok(HttpResponse::Ok().json(WebhookSubscriptionList { items }))
}
