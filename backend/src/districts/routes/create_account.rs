use actix_web::{post, web, HttpResponse};

use crate::districts::service;
use crate::districts::views::{CreatedServiceAccount, NewServiceAccount, ServiceAccountView};
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::schools::authorized::{may, DistrictOf};
use crate::state::AppState;

/// Creates a service account for the district's own systems. The answer carries the client
/// secret, shown this once.
#[utoipa::path(
    tag = "districts",
    params(("slug" = String, Path, description = "The district's slug")),
    request_body = NewServiceAccount,
    responses(
        (status = 201, description = "Created", body = CreatedServiceAccount),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/districts/{slug}/service-accounts")]
pub async fn create_service_account(
    state: web::Data<AppState>,
    DistrictOf {
        caller, district, ..
    }: DistrictOf<may::ManageIntegrations>,
    body: ApiJson<NewServiceAccount>,
) -> Result<HttpResponse, ApiError> {
    let (account, client_secret) =
        service::create_service_account(&state.db, &caller, &district, body.into_inner()).await?;
    Ok(HttpResponse::Created().json(CreatedServiceAccount {
        account: ServiceAccountView::of(&account),
        client_secret,
    }))
}
