//! `PlainForm<T>`: a form-encoded body with the JSON API's guards — a size limit, a time
//! limit for the body to arrive (a body that trickles in must not hold a connection), and
//! clear refusals.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{FromRequest, HttpRequest};
use serde::de::DeserializeOwned;

use crate::error::ApiError;
use crate::error::ProblemCode;
use crate::http::json::{body_timeout, read_body};

/// Room for 10,000 characters of any script, form-encoded.
pub const FORM_LIMIT: usize = 256 * 1024;

/// A form body of the plain pages.
#[derive(Debug)]
pub struct PlainForm<T>(pub T);

impl<T: DeserializeOwned + 'static> FromRequest for PlainForm<T> {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(request: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let is_form = request
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .is_some_and(|value| value.starts_with("application/x-www-form-urlencoded"));
        let body_timeout = body_timeout(request);
        let payload = payload.take();
        Box::pin(async move {
            if !is_form {
                return Err(ApiError::UnsupportedMediaType);
            }
            let body = read_body(payload, FORM_LIMIT, body_timeout)
                .await
                .map_err(|error| {
                    error.into_api_error(|| {
                        ApiError::rejected(ProblemCode::BadRequest, "the body could not be read")
                    })
                })?;
            serde_urlencoded::from_bytes::<T>(&body)
                .map(PlainForm)
                .map_err(|error| ApiError::rejected(ProblemCode::BadRequest, error.to_string()))
        })
    }
}
