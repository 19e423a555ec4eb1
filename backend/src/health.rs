//! `GET /api/v1/health`: 200 when the database answers, and whether the danger screen is
//! trained.

use actix_web::{get, web, HttpResponse};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::error::ProblemCode;
use crate::error::{ApiError, Problem};
use crate::state::AppState;

/// The service is up and its database answers.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Health {
    /// Always `ok`.
    pub status: String,
    /// Whether the danger screen is trained. It trains when the service starts (seconds to
    /// a minute); until then the service answers, and an appeal dropped meanwhile waits for
    /// the training before its receipt. A load balancer or a test can wait for `true`.
    pub screening_ready: bool,
}

/// Whether the service and its database answer.
#[utoipa::path(
    tag = "health",
    responses(
        (status = 200, description = "The database answers", body = Health),
        (status = 503, description = "`database_unavailable`", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/health")]
pub async fn health(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    state.db.ping().await.map_err(|_| {
        ApiError::rejected(
            ProblemCode::DatabaseUnavailable,
            "the database does not answer",
        )
    })?;
    Ok(HttpResponse::Ok().json(Health {
        status: "ok".to_owned(),
        screening_ready: crate::screening::is_ready(),
    }))
}
