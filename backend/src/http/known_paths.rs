//! The paths the published document declares, with their methods: a request for a known path
//! with a method the document does not declare is answered 405 with `Allow`, not 404.

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{header, StatusCode};
use actix_web::middleware::Next;
use actix_web::{web, HttpResponse};
use utoipa::openapi::OpenApi;

use crate::http::problems::problem_response;

/// One declared path: its segments (`None` for a `{parameter}`) and its methods.
struct KnownPath {
    segments: Vec<Option<String>>,
    methods: Vec<&'static str>,
}

/// Every path of the document.
pub struct KnownPaths(Vec<KnownPath>);

impl KnownPaths {
    /// Reads the paths and methods out of the document the server publishes.
    pub fn from_document(document: &OpenApi) -> Self {
        let paths = document
            .paths
            .paths
            .iter()
            .map(|(template, item)| {
                let declared = [
                    ("GET", item.get.is_some()),
                    ("PUT", item.put.is_some()),
                    ("POST", item.post.is_some()),
                    ("DELETE", item.delete.is_some()),
                    ("OPTIONS", item.options.is_some()),
                    ("HEAD", item.head.is_some()),
                    ("PATCH", item.patch.is_some()),
                    ("TRACE", item.trace.is_some()),
                ];
                KnownPath {
                    segments: template
                        .trim_matches('/')
                        .split('/')
                        .map(|segment| {
                            (!(segment.starts_with('{') && segment.ends_with('}')))
                                .then(|| segment.to_owned())
                        })
                        .collect(),
                    methods: declared
                        .into_iter()
                        .filter_map(|(method, is_declared)| is_declared.then_some(method))
                        .collect(),
                }
            })
            .collect();
        KnownPaths(paths)
    }

    /// The methods declared for `path`, or `None` when the document does not know it. Where
    /// several templates match, the most literal ones answer (`/appeals/track` before
    /// `/appeals/{id}`), as they do in routing.
    pub fn methods_of(&self, path: &str) -> Option<Vec<&'static str>> {
        let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
        let matching: Vec<&KnownPath> = self
            .0
            .iter()
            .filter(|candidate| {
                candidate.segments.len() == segments.len()
                    && candidate
                        .segments
                        .iter()
                        .zip(&segments)
                        .all(|(expected, actual)| match expected {
                            Some(literal) => literal == actual,
                            None => !actual.is_empty(),
                        })
            })
            .collect();
        let fewest_parameters = matching
            .iter()
            .map(|candidate| candidate.parameters())
            .min()?;
        let mut methods: Vec<&'static str> = Vec::new();
        for candidate in matching
            .into_iter()
            .filter(|candidate| candidate.parameters() == fewest_parameters)
        {
            for method in &candidate.methods {
                if !methods.contains(method) {
                    methods.push(method);
                }
            }
        }
        Some(methods)
    }
}

impl KnownPath {
    fn parameters(&self) -> usize {
        self.segments
            .iter()
            .filter(|segment| segment.is_none())
            .count()
    }
}

/// Answers 405 with `Allow` before any extractor runs (authentication included) when the
/// path is declared and the method is not: `GET /appeals/track` is not a malformed
/// `GET /appeals/{id}`.
pub async fn refuse_undeclared_methods(
    request: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    let undeclared = request
        .app_data::<web::Data<KnownPaths>>()
        .and_then(|known| known.methods_of(request.path()))
        .filter(|methods| !methods.is_empty() && !methods.contains(&request.method().as_str()));
    match undeclared {
        Some(methods) => {
            let (request, _) = request.into_parts();
            Ok(ServiceResponse::new(request, method_not_allowed(&methods)).map_into_right_body())
        }
        None => Ok(next.call(request).await?.map_into_left_body()),
    }
}

/// 405 with the methods the path has.
fn method_not_allowed(methods: &[&str]) -> HttpResponse {
    let mut response = problem_response(StatusCode::METHOD_NOT_ALLOWED);
    if let Ok(allow) = header::HeaderValue::from_str(&methods.join(", ")) {
        response.headers_mut().insert(header::ALLOW, allow);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known() -> KnownPaths {
        KnownPaths::from_document(&crate::openapi::document())
    }

    #[test]
    fn a_declared_path_with_a_parameter_is_known_with_its_methods() {
        let methods = known()
            .methods_of("/api/v1/schools/school-31/holidays")
            .expect("declared");
        assert_eq!(methods, vec!["GET", "PUT"]);
    }

    #[test]
    fn an_undeclared_path_is_unknown() {
        assert!(known().methods_of("/api/v1/no-such-thing").is_none());
        assert_eq!(
            known().methods_of("/api/v1/appeals/track"),
            Some(vec!["POST"])
        );
        assert!(known().methods_of("/api/v1/schools//holidays").is_none());
    }
}
