use actix_web::{post, web, HttpResponse};

use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::schools::authorized::{may, DistrictOf};
use crate::state::AppState;
use crate::webhooks::service::subscribe;
use crate::webhooks::views::{CreatedWebhookSubscription, NewWebhookSubscription};

/// Subscribes an address to the district's events. The answer carries the signing secret,
/// shown this once. A district has at most
/// [`MAX_SUBSCRIPTIONS_PER_DISTRICT`](crate::webhooks::store::MAX_SUBSCRIPTIONS_PER_DISTRICT)
/// active subscriptions.
#[utoipa::path(
    tag = "districts",
    params(("slug" = String, Path, description = "The district's slug")),
    request_body = NewWebhookSubscription,
    responses(
        (status = 201, description = "Subscribed", body = CreatedWebhookSubscription),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`too_many_webhooks`: the district has as many subscriptions as it may", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/districts/{slug}/webhooks")]
pub async fn subscribe_webhook(
    state: web::Data<AppState>,
    DistrictOf {
        caller, district, ..
    }: DistrictOf<may::ManageIntegrations>,
    body: ApiJson<NewWebhookSubscription>,
) -> Result<HttpResponse, ApiError> {
    let (subscription, secret) = subscribe(
        &state.db,
        &state.secrets,
        &state.settings.webhook_private_networks,
        &caller,
        &district,
        body.into_inner(),
    )
    .await?;
    Ok(HttpResponse::Created().json(CreatedWebhookSubscription {
        subscription,
        secret,
    }))
}
