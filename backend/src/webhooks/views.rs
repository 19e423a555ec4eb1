//! Request and response types of webhook subscriptions.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;
use validator::Validate;

use super::EventType;

/// Where a district's events go.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct WebhookSubscription {
    pub id: Uuid,
    pub url: String,
    pub events: Vec<EventType>,
    pub active: bool,
    pub created_at: DateTime<Utc>,
    /// Deliveries waiting for their next attempt.
    pub pending: i64,
    /// Deliveries given up after every retry failed.
    pub failed: i64,
}

/// The district's subscriptions.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct WebhookSubscriptionList {
    pub items: Vec<WebhookSubscription>,
}

/// A new subscription.
#[derive(Debug, Deserialize, Serialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewWebhookSubscription {
    /// An `https://` (or, inside a private network, `http://`) address that accepts POST.
    #[validate(length(min = 8, max = 500, code = "length"))]
    #[schema(min_length = 8, max_length = 500)]
    pub url: String,
    #[validate(length(min = 1, code = "required"))]
    #[schema(min_items = 1)]
    pub events: Vec<EventType>,
}

/// The subscription and its signing secret, shown this once.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct CreatedWebhookSubscription {
    pub subscription: WebhookSubscription,
    /// The HMAC-SHA256 key of the `Ishenim-Signature` header. Store it: it is not shown again.
    pub secret: String,
}
