use actix_web::{post, web, HttpResponse};
use uuid::Uuid;

use crate::auth::Caller;
use crate::cases::service;
use crate::cases::views::{CaseMeasure, NewMeasure};
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::state::AppState;

/// A measure taken — what, by whom, when — recorded in the journal's "measures taken" column.
#[utoipa::path(
    tag = "cases",
    params(("id" = Uuid, Path, description = "The appeal's id")),
    request_body = NewMeasure,
    responses(
        (status = 201, description = "Recorded", body = CaseMeasure),
        (status = 403, description = "`not_handling`, `forbidden`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`case_closed`, `appeal_not_registered`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`date_in_future`, `validation_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 423, description = "`appeal_sealed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/cases/{id}/measures")]
pub async fn add_measure(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
    body: ApiJson<NewMeasure>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Created()
        .json(service::add_measure(&state.db, &caller, *id, body.into_inner()).await?))
}
