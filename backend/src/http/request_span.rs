//! One tracing span per request with an id, the method, the route pattern and the status.
//! Deliberately never the client's address, user agent, path values, query string or body:
//! the route pattern (`/api/v1/appeals/{id}`) says what was called without saying who or what.
//!
//! The writer's side is different (DESIGN.md §4, "no time of day"): a drop, a receipt
//! check, a reply, a school's public page, the parents' report and the web client's own
//! files write **no line per request**, because a line's timestamp is the moment a child
//! pressed "send". They are counted instead, and the counts logged once an hour
//! ([`log_public_counts`]). A refusal on those routes logs only the route and the status,
//! without a request id or a latency.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::middleware::Next;
use tracing::Instrument;
use uuid::Uuid;

use crate::http::connection_limit::ConnectionLimit;

/// The middleware function, used with `actix_web::middleware::from_fn`.
pub async fn request_span(
    request: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let route = request
        .match_pattern()
        .unwrap_or_else(|| "unmatched".to_owned());
    let method = request.method().to_string();
    if let Some(index) = public_route(&method, &route, request.path()) {
        return public_request(index, &route, next.call(request).await);
    }
    let request_id = Uuid::new_v4();
    let span = tracing::info_span!(
        "request",
        request_id = %request_id,
        method = %method,
        route = %route,
    );
    let started = Instant::now();
    let result = next.call(request).instrument(span.clone()).await;
    let latency_ms = started.elapsed().as_secs_f64() * 1000.0;
    let _entered = span.enter();
    match result {
        Ok(mut response) => {
            let status = response.status().as_u16();
            if status >= 500 {
                tracing::warn!(status, latency_ms, "request finished");
            } else {
                tracing::info!(status, latency_ms, "request finished");
            }
            if let Ok(value) = HeaderValue::from_str(&request_id.to_string()) {
                response
                    .headers_mut()
                    .insert(HeaderName::from_static("x-request-id"), value);
            }
            Ok(response)
        }
        Err(error) => {
            let status = error.as_response_error().status_code().as_u16();
            tracing::warn!(status, latency_ms, "request failed");
            Err(error)
        }
    }
}

/// The routes of the writer's side, by method and route pattern; the last entry stands for
/// the web client's own files (everything outside `/api`).
const PUBLIC_ROUTES: [(&str, &str); 11] = [
    ("POST", "/api/v1/appeals"),
    ("POST", "/api/v1/appeals/track"),
    ("POST", "/api/v1/appeals/track/messages"),
    ("POST", "/api/v1/schools/{slug}/files"),
    ("POST", "/api/v1/appeals/track/files"),
    ("GET", "/api/v1/schools/{slug}/public"),
    ("GET", "/api/v1/schools/{slug}/reports/{month}"),
    ("POST", "/s/{slug}"),
    ("POST", "/check"),
    ("POST", "/check/reply"),
    ("GET", "web client"),
];

/// Requests of each public route since the last hourly line.
static PUBLIC_COUNTS: [AtomicU64; PUBLIC_ROUTES.len()] =
    [const { AtomicU64::new(0) }; PUBLIC_ROUTES.len()];

fn public_route(method: &str, route: &str, path: &str) -> Option<usize> {
    if let Some(index) = PUBLIC_ROUTES[..PUBLIC_ROUTES.len() - 1]
        .iter()
        .position(|(m, r)| *m == method && *r == route)
    {
        return Some(index);
    }
    let api = path == "/api" || path.starts_with("/api/");
    (!api && (method == "GET" || method == "HEAD")).then_some(PUBLIC_ROUTES.len() - 1)
}

fn public_request<B>(
    index: usize,
    route: &str,
    result: Result<ServiceResponse<B>, actix_web::Error>,
) -> Result<ServiceResponse<B>, actix_web::Error> {
    PUBLIC_COUNTS[index].fetch_add(1, Ordering::Relaxed);
    let status = match &result {
        Ok(response) => response.status().as_u16(),
        Err(error) => error.as_response_error().status_code().as_u16(),
    };
    if status >= 500 {
        tracing::warn!(route, status, "public request failed");
    } else if status >= 400 && status != 404 {
        tracing::info!(route, status, "public request refused");
    }
    result
}

/// Logs how many requests each public route had since the last call, and starts counting
/// again: one line an hour instead of one line a drop.
pub fn log_public_counts() {
    for (index, (method, route)) in PUBLIC_ROUTES.iter().enumerate() {
        let count = PUBLIC_COUNTS[index].swap(0, Ordering::Relaxed);
        if count > 0 {
            tracing::info!(method, route, count, "public requests in the last hour");
        }
    }
}

/// Starts the hourly lines of public request counts and of refused connections.
pub fn start_hourly_counts(connection_limit: std::sync::Arc<ConnectionLimit>) {
    tokio::spawn(async move {
        let mut every_hour = tokio::time::interval(std::time::Duration::from_secs(3600));
        every_hour.tick().await;
        loop {
            every_hour.tick().await;
            log_public_counts();
            connection_limit.log_refusals();
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_writers_routes_and_the_web_client_are_public() {
        let listed = |method: &str, route: &str| {
            PUBLIC_ROUTES
                .iter()
                .position(|(m, r)| *m == method && *r == route)
        };
        let web_client = Some(PUBLIC_ROUTES.len() - 1);
        assert_eq!(
            public_route("POST", "/api/v1/appeals", "/api/v1/appeals"),
            Some(0)
        );
        for (method, route, path) in [
            ("POST", "/s/{slug}", "/s/school-31"),
            ("POST", "/check/reply", "/check/reply"),
            (
                "POST",
                "/api/v1/schools/{slug}/files",
                "/api/v1/schools/school-31/files",
            ),
            (
                "POST",
                "/api/v1/appeals/track/files",
                "/api/v1/appeals/track/files",
            ),
        ] {
            let index = public_route(method, route, path);
            assert!(index.is_some(), "{method} {route}");
            assert_eq!(index, listed(method, route));
        }
        assert_eq!(public_route("GET", "unmatched", "/s/school-31"), web_client);
        assert_eq!(public_route("GET", "/s/{slug}", "/s/school-31"), web_client);
        assert_eq!(
            public_route("GET", "/api/v1/appeals", "/api/v1/appeals"),
            None
        );
        assert_eq!(public_route("GET", "unmatched", "/api/v2/x"), None);
    }
}
