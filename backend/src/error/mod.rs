//! Every error the API answers, as RFC 9457 problem+json with a stable snake_case `code`
//! that the web client translates.

use actix_web::http::{header, StatusCode};
use actix_web::{HttpResponse, ResponseError};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

mod code;

pub use code::ProblemCode;

/// The media type of every error body.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// An RFC 9457 problem document.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Problem {
    /// A URI naming the kind of problem: `urn:ishenim:problem:<code>`.
    #[serde(rename = "type")]
    pub problem_type: String,
    /// A short, human-readable summary in English; clients translate `code` instead.
    pub title: String,
    pub status: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// The stable, machine-readable code.
    pub code: ProblemCode,
    /// The failing fields of a `validation_failed` problem.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<FieldError>>,
    /// The words that caused an `obscene_language` refusal, as they were written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub words: Option<Vec<String>>,
    /// Seconds until a throttled request may be retried.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u64>,
}

/// One failing field of a request.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, PartialEq, Eq)]
pub struct FieldError {
    /// The field's path in the request body, e.g. `submitter.contact`.
    pub field: String,
    /// A stable code, e.g. `required`, `length`, `invalid_type`.
    pub code: String,
    pub message: String,
}

impl FieldError {
    /// A failing field with its code and an English message.
    pub fn new(
        field: impl Into<String>,
        code: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        FieldError {
            field: field.into(),
            code: code.into(),
            message: message.into(),
        }
    }
}

/// Everything a request can fail with.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("the login or the password is wrong")]
    InvalidCredentials,
    #[error("too many failed sign-ins; try again later")]
    LoginThrottled { retry_after_seconds: u64 },
    #[error("too many requests; try again later")]
    RateLimited { retry_after_seconds: u64 },
    #[error("sign-in required")]
    Unauthorized,
    #[error("the access token has expired")]
    TokenExpired,
    #[error("the token is not valid")]
    InvalidToken,
    #[error("you are not allowed to do this")]
    Forbidden,
    #[error("not found")]
    NotFound,
    #[error("the request has invalid fields")]
    Validation(Vec<FieldError>),
    #[error("the body is not valid JSON: {0}")]
    MalformedJson(String),
    #[error("the body is larger than {limit} bytes")]
    PayloadTooLarge { limit: usize },
    #[error("the body must be application/json")]
    UnsupportedMediaType,
    /// A refusal of the domain with its own code (`appeal_sealed`, `quorum_not_reached` …).
    #[error("{detail}")]
    Rejected { code: ProblemCode, detail: String },
    #[error("the appeal contains obscene language")]
    ObsceneLanguage { words: Vec<String> },
    #[error("an unexpected error occurred")]
    Unexpected(#[from] anyhow::Error),
}

impl ApiError {
    /// A domain refusal with its own code, answered with the code's status.
    pub fn rejected(code: ProblemCode, detail: impl Into<String>) -> Self {
        ApiError::Rejected {
            code,
            detail: detail.into(),
        }
    }

    /// A single failing field.
    pub fn invalid_field(field: &str, code: &str, message: &str) -> Self {
        ApiError::Validation(vec![FieldError::new(field, code, message)])
    }

    /// The stable code the client translates.
    pub fn code(&self) -> ProblemCode {
        match self {
            ApiError::InvalidCredentials => ProblemCode::InvalidCredentials,
            ApiError::LoginThrottled { .. } => ProblemCode::LoginThrottled,
            ApiError::RateLimited { .. } => ProblemCode::RateLimited,
            ApiError::Unauthorized => ProblemCode::Unauthorized,
            ApiError::TokenExpired => ProblemCode::TokenExpired,
            ApiError::InvalidToken => ProblemCode::InvalidToken,
            ApiError::Forbidden => ProblemCode::Forbidden,
            ApiError::NotFound => ProblemCode::NotFound,
            ApiError::Validation(_) => ProblemCode::ValidationFailed,
            ApiError::MalformedJson(_) => ProblemCode::MalformedJson,
            ApiError::PayloadTooLarge { .. } => ProblemCode::PayloadTooLarge,
            ApiError::UnsupportedMediaType => ProblemCode::UnsupportedMediaType,
            ApiError::Rejected { code, .. } => *code,
            ApiError::ObsceneLanguage { .. } => ProblemCode::ObsceneLanguage,
            ApiError::Unexpected(error) if is_busy(error) => ProblemCode::ServerBusy,
            ApiError::Unexpected(_) => ProblemCode::InternalError,
        }
    }

    fn retry_after(&self) -> Option<u64> {
        match self {
            ApiError::LoginThrottled {
                retry_after_seconds,
            }
            | ApiError::RateLimited {
                retry_after_seconds,
            } => Some(*retry_after_seconds),
            ApiError::Unexpected(error) if is_busy(error) => Some(10),
            _ => None,
        }
    }

    /// The problem document of this error.
    pub fn problem(&self) -> Problem {
        let status = self.status_code();
        let detail = match self {
            ApiError::Unexpected(error) if is_busy(error) => Some(error.to_string()),
            ApiError::Unexpected(_) => None,
            other => Some(other.to_string()),
        };
        Problem {
            problem_type: format!("urn:ishenim:problem:{}", self.code()),
            title: status.canonical_reason().unwrap_or("Error").to_owned(),
            status: status.as_u16(),
            detail,
            code: self.code(),
            errors: match self {
                ApiError::Validation(errors) => Some(errors.clone()),
                _ => None,
            },
            words: match self {
                ApiError::ObsceneLanguage { words } => Some(words.clone()),
                _ => None,
            },
            retry_after: self.retry_after(),
        }
    }
}

impl From<sea_orm::DbErr> for ApiError {
    fn from(error: sea_orm::DbErr) -> Self {
        ApiError::Unexpected(error.into())
    }
}

impl From<sea_orm::TransactionError<ApiError>> for ApiError {
    fn from(error: sea_orm::TransactionError<ApiError>) -> Self {
        match error {
            sea_orm::TransactionError::Connection(db) => db.into(),
            sea_orm::TransactionError::Transaction(api) => api,
        }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        self.code().status()
    }

    fn error_response(&self) -> HttpResponse {
        if let ApiError::Unexpected(error) = self {
            if is_busy(error) {
                tracing::warn!("password hashing at capacity; a request was asked to retry");
            } else {
                tracing::error!(error = format!("{error:#}"), "request failed");
            }
        }
        let mut response = HttpResponse::build(self.status_code());
        response.insert_header((header::CONTENT_TYPE, PROBLEM_JSON));
        if let Some(seconds) = self.retry_after() {
            response.insert_header((header::RETRY_AFTER, seconds.to_string()));
        }
        response.json(self.problem())
    }
}

/// Whether an unexpected error is the password hashing's "come back in a few seconds".
fn is_busy(error: &anyhow::Error) -> bool {
    error.is::<crate::auth::password::HashingBusy>()
}

/// A problem body for a status produced outside the handlers (unknown route, framework
/// errors), so every error the API answers has the same shape.
pub fn problem_for_status(status: StatusCode) -> Problem {
    let code = match status {
        StatusCode::NOT_FOUND => ProblemCode::NotFound,
        StatusCode::METHOD_NOT_ALLOWED => ProblemCode::MethodNotAllowed,
        StatusCode::PAYLOAD_TOO_LARGE => ProblemCode::PayloadTooLarge,
        StatusCode::UNSUPPORTED_MEDIA_TYPE => ProblemCode::UnsupportedMediaType,
        StatusCode::UNAUTHORIZED => ProblemCode::Unauthorized,
        StatusCode::FORBIDDEN => ProblemCode::Forbidden,
        StatusCode::TOO_MANY_REQUESTS => ProblemCode::RateLimited,
        status if status.is_server_error() => ProblemCode::InternalError,
        _ => ProblemCode::BadRequest,
    };
    Problem {
        problem_type: format!("urn:ishenim:problem:{code}"),
        title: status.canonical_reason().unwrap_or("Error").to_owned(),
        status: status.as_u16(),
        detail: None,
        code,
        errors: None,
        words: None,
        retry_after: None,
    }
}
