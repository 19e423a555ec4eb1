//! `PlainForm<T>`: a form-encoded body with the JSON API's guards — a size limit, a time
//! limit for the body to arrive (a body that trickles in must not hold a connection), and
//! clear refusals.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use actix_web::dev::Payload;
use actix_web::http::{header, StatusCode};
use actix_web::web::BytesMut;
use actix_web::{FromRequest, HttpRequest};
use futures_util::StreamExt;
use serde::de::DeserializeOwned;

use crate::error::ApiError;
use crate::http::json::BODY_TIMEOUT;

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
        let body_timeout = request
            .app_data::<actix_web::web::Data<crate::state::AppState>>()
            .map_or(BODY_TIMEOUT, |state| {
                Duration::from_secs(state.settings.body_timeout_seconds.max(1))
            });
        let mut payload = payload.take();
        Box::pin(async move {
            if !is_form {
                return Err(ApiError::UnsupportedMediaType);
            }
            let mut body = BytesMut::new();
            let read = async {
                while let Some(chunk) = payload.next().await {
                    let chunk = chunk.map_err(|_| {
                        ApiError::rejected(
                            StatusCode::BAD_REQUEST,
                            "bad_request",
                            "the body could not be read",
                        )
                    })?;
                    if body.len() + chunk.len() > FORM_LIMIT {
                        return Err(ApiError::PayloadTooLarge { limit: FORM_LIMIT });
                    }
                    body.extend_from_slice(&chunk);
                }
                Ok(())
            };
            tokio::time::timeout(body_timeout, read)
                .await
                .map_err(|_| {
                    ApiError::rejected(
                        StatusCode::REQUEST_TIMEOUT,
                        "body_timeout",
                        "the request body did not arrive in time",
                    )
                })??;
            serde_urlencoded::from_bytes::<T>(&body)
                .map(PlainForm)
                .map_err(|error| {
                    ApiError::rejected(StatusCode::BAD_REQUEST, "bad_request", error.to_string())
                })
        })
    }
}
