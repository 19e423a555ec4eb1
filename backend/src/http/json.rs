//! `ApiJson<T>`: a JSON body with a size limit per route, checked content type, field paths in
//! type errors and `validator` rules applied — every failure a problem+json, never a 500.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::web::BytesMut;
use actix_web::{FromRequest, HttpRequest};
use futures_util::StreamExt;
use serde::de::DeserializeOwned;
use validator::{Validate, ValidationErrors, ValidationErrorsKind};

use crate::error::ProblemCode;
use crate::error::{ApiError, FieldError};

/// The default body limit: ample for every staff form.
pub const DEFAULT_LIMIT: usize = 16 * 1024;

/// How long a JSON body may take to arrive, once its headers are in, unless the setting
/// `body_timeout_seconds` says otherwise (a slow-body flood must not hold the connections).
pub const BODY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(20);

/// Reads a whole number written either way JSON allows (`7` or `7.0`), as the document's
/// `integer` promises.
pub fn whole_number<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<i32, D::Error> {
    use serde::de::Error;
    use serde::Deserialize;
    let number = serde_json::Number::deserialize(deserializer)?;
    number
        .as_i64()
        .or_else(|| {
            number
                .as_f64()
                .filter(|value| value.fract() == 0.0 && value.abs() <= f64::from(i32::MAX))
                .map(|value| value as i64)
        })
        .and_then(|value| i32::try_from(value).ok())
        .ok_or_else(|| D::Error::custom(format!("expected a whole number, found {number}")))
}

/// A validated JSON request body of at most `LIMIT` bytes.
#[derive(Debug)]
pub struct ApiJson<T, const LIMIT: usize = DEFAULT_LIMIT>(pub T);

impl<T, const LIMIT: usize> ApiJson<T, LIMIT> {
    /// The body.
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T, const LIMIT: usize> FromRequest for ApiJson<T, LIMIT>
where
    T: DeserializeOwned + Validate + 'static,
{
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(request: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let is_json = is_json_content_type(request);
        let declared_length = request
            .headers()
            .get(header::CONTENT_LENGTH)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.parse::<usize>().ok());
        let body_timeout = body_timeout(request);
        let payload = payload.take();
        Box::pin(async move {
            if !is_json {
                return Err(ApiError::UnsupportedMediaType);
            }
            if declared_length.is_some_and(|length| length > LIMIT) {
                return Err(ApiError::PayloadTooLarge { limit: LIMIT });
            }
            let body = read_body(payload, LIMIT, body_timeout)
                .await
                .map_err(|error| {
                    error.into_api_error(|| {
                        ApiError::MalformedJson("the body could not be read".into())
                    })
                })?;
            let value = parse_body::<T>(&body)?;
            value
                .validate()
                .map_err(|errors| ApiError::Validation(field_errors(&errors)))?;
            Ok(ApiJson(value))
        })
    }
}

/// How long a request body may take to arrive: the setting `body_timeout_seconds`.
pub fn body_timeout(request: &HttpRequest) -> std::time::Duration {
    request
        .app_data::<actix_web::web::Data<crate::state::AppState>>()
        .map_or(BODY_TIMEOUT, |state| {
            std::time::Duration::from_secs(state.settings.body_timeout_seconds.max(1))
        })
}

/// Why a body was not taken.
pub enum BodyError {
    /// The connection failed while it arrived.
    Unreadable,
    /// Longer than the route's limit (bytes).
    TooLarge(usize),
    /// Not all there within the time allowed.
    TooSlow,
}

impl BodyError {
    /// The problem to answer; an unreadable body is answered as its format says.
    pub fn into_api_error(self, unreadable: impl FnOnce() -> ApiError) -> ApiError {
        match self {
            BodyError::Unreadable => unreadable(),
            BodyError::TooLarge(limit) => ApiError::PayloadTooLarge { limit },
            BodyError::TooSlow => ApiError::rejected(
                ProblemCode::BodyTimeout,
                "the request body did not arrive in time",
            ),
        }
    }
}

/// Reads a request body of at most `limit` bytes. A body that trickles in holds a connection:
/// it has `timeout` to arrive.
pub async fn read_body(
    mut payload: Payload,
    limit: usize,
    timeout: std::time::Duration,
) -> Result<BytesMut, BodyError> {
    let mut body = BytesMut::new();
    let read = async {
        while let Some(chunk) = payload.next().await {
            let chunk = chunk.map_err(|_| BodyError::Unreadable)?;
            if body.len() + chunk.len() > limit {
                return Err(BodyError::TooLarge(limit));
            }
            body.extend_from_slice(&chunk);
        }
        Ok(())
    };
    tokio::time::timeout(timeout, read)
        .await
        .map_err(|_| BodyError::TooSlow)??;
    Ok(body)
}

fn is_json_content_type(request: &HttpRequest) -> bool {
    request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split(';').next())
        .map(|essence| {
            let essence = essence.trim().to_ascii_lowercase();
            essence == "application/json" || essence.ends_with("+json")
        })
        .unwrap_or(false)
}

/// Parses a JSON body: syntax errors (including invalid UTF-8) are `malformed_json`, type
/// errors `validation_failed` naming the field.
pub fn parse_body<T: DeserializeOwned>(body: &[u8]) -> Result<T, ApiError> {
    if holds_nul(body) {
        // Nothing stored may hold a NUL: PostgreSQL refuses it, and it hides text when printed.
        return Err(ApiError::invalid_field(
            "body",
            "nul_character",
            "text must not contain the NUL character",
        ));
    }
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let value: T = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let path = error.path().to_string();
        let inner = error.into_inner();
        match inner.classify() {
            serde_json::error::Category::Data => {
                let field = if path == "." { "body".to_owned() } else { path };
                ApiError::Validation(vec![FieldError::new(field, "invalid", inner.to_string())])
            }
            _ => ApiError::MalformedJson(inner.to_string()),
        }
    })?;
    deserializer
        .end()
        .map_err(|error| ApiError::MalformedJson(error.to_string()))?;
    Ok(value)
}

/// Flattens `validator`'s nested errors into field paths.
/// Whether a JSON body holds the escape of a NUL character (`\u0000`): a raw NUL is not
/// valid JSON anyway, and an escaped backslash before `u0000` is not an escape.
fn holds_nul(body: &[u8]) -> bool {
    let needle = b"\\u0000";
    body.windows(needle.len())
        .enumerate()
        .filter(|(_, window)| window.eq_ignore_ascii_case(needle))
        .any(|(at, _)| {
            let backslashes = body[..at]
                .iter()
                .rev()
                .take_while(|byte| **byte == b'\\')
                .count();
            backslashes % 2 == 0
        })
}

pub fn field_errors(errors: &ValidationErrors) -> Vec<FieldError> {
    let mut flat = Vec::new();
    collect(errors, "", &mut flat);
    flat
}

fn collect(errors: &ValidationErrors, prefix: &str, flat: &mut Vec<FieldError>) {
    let mut fields: Vec<_> = errors.errors().iter().collect();
    fields.sort_by(|a, b| a.0.cmp(b.0));
    for (field, kind) in fields {
        let path = if prefix.is_empty() {
            field.to_string()
        } else {
            format!("{prefix}.{field}")
        };
        match kind {
            ValidationErrorsKind::Field(list) => {
                for error in list {
                    let message = error
                        .message
                        .as_ref()
                        .map(|m| m.to_string())
                        .unwrap_or_else(|| format!("{path} is not valid ({})", error.code));
                    flat.push(FieldError::new(
                        path.clone(),
                        error.code.to_string(),
                        message,
                    ));
                }
            }
            ValidationErrorsKind::Struct(nested) => collect(nested, &path, flat),
            ValidationErrorsKind::List(items) => {
                for (index, nested) in items {
                    collect(nested, &format!("{path}[{index}]"), flat);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Sample {
        #[allow(dead_code)]
        name: String,
    }

    #[test]
    fn a_wrong_type_names_the_field() {
        let error = parse_body::<Sample>(br#"{"name": 5}"#).unwrap_err();
        match error {
            ApiError::Validation(fields) => assert_eq!(fields[0].field, "name"),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn invalid_utf8_is_malformed_json() {
        let error = parse_body::<Sample>(b"{\"name\": \"\xff\xfe\"}").unwrap_err();
        assert_eq!(error.code(), "malformed_json");
    }

    #[test]
    fn trailing_garbage_is_malformed_json() {
        let error = parse_body::<Sample>(br#"{"name": "a"} x"#).unwrap_err();
        assert_eq!(error.code(), "malformed_json");
    }

    #[test]
    fn an_unknown_field_is_a_validation_failure() {
        let error = parse_body::<Sample>(br#"{"name": "a", "admin": true}"#).unwrap_err();
        assert_eq!(error.code(), "validation_failed");
    }
}

#[cfg(test)]
mod nul_tests {
    use super::holds_nul;

    #[test]
    fn an_escaped_nul_is_found_and_an_escaped_backslash_is_not_one() {
        assert!(holds_nul(br#"{"text":"a\u0000b"}"#));
        assert!(!holds_nul(br#"{"text":"a\\u0000b"}"#));
        assert!(holds_nul(br#"{"text":"a\\\u0000b"}"#));
        assert!(!holds_nul(br#"{"text":"plain"}"#));
    }
}
