//! Problem+json for what the framework answers by itself: path and query errors, unknown
//! routes, and any error response that is not yet a problem document.

use actix_web::body::BoxBody;
use actix_web::dev::ServiceResponse;
use actix_web::http::{header, StatusCode};
use actix_web::middleware::ErrorHandlerResponse;
use actix_web::{web, HttpResponse};

use crate::error::{problem_for_status, ApiError, FieldError, PROBLEM_JSON};

/// Path parameters that do not parse (a malformed id) are `validation_failed`.
pub fn path_config() -> web::PathConfig {
    web::PathConfig::default().error_handler(|error, _| {
        ApiError::Validation(vec![FieldError::new("path", "invalid", error.to_string())]).into()
    })
}

/// Query strings that do not parse are `validation_failed`.
pub fn query_config() -> web::QueryConfig {
    web::QueryConfig::default().error_handler(|error, _| {
        ApiError::Validation(vec![FieldError::new("query", "invalid", error.to_string())]).into()
    })
}

/// Turns an error response that is not problem+json into one, keeping its status. The plain
/// pages' own answers (an HTML page saying why a form was refused) stay as they are.
pub fn ensure_problem<B>(
    response: ServiceResponse<B>,
) -> actix_web::Result<ErrorHandlerResponse<B>> {
    let is_answer = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with(PROBLEM_JSON) || value.starts_with("text/html"));
    if is_answer {
        return Ok(ErrorHandlerResponse::Response(
            response.map_into_left_body(),
        ));
    }
    let status = response.status();
    let (request, _) = response.into_parts();
    let replacement = problem_response(status);
    Ok(ErrorHandlerResponse::Response(
        ServiceResponse::new(request, replacement).map_into_right_body::<B>(),
    ))
}

/// A problem document of the framework's own kind for `status`.
pub fn problem_response(status: StatusCode) -> HttpResponse<BoxBody> {
    HttpResponse::build(status)
        .insert_header((header::CONTENT_TYPE, PROBLEM_JSON))
        .json(problem_for_status(status))
}

/// The answer to an unknown route under `/api` (a declared path with another method is
/// answered 405 before routing, by `known_paths::refuse_undeclared_methods`).
pub async fn api_not_found() -> HttpResponse {
    problem_response(StatusCode::NOT_FOUND)
}
