//! The built web client's files at `/`, with every unknown path answered by `index.html` so the
//! client's own routes (`/s/school-31`, `/staff`) load.
//!
//! `npm run build` writes a brotli (`.br`) and a gzip (`.gz`) copy beside each text file
//! (`frontend/scripts/precompress.mjs`); a browser that accepts one gets it as it is, at the
//! highest compression and with no work for the server, and any other client the file itself.
//! Vite names the bundles under `/assets/` by the hash of their content: a browser may keep
//! them for good, and a child's phone on mobile data loads them once. `index.html` names the
//! bundles of the day, so it is checked again on every visit.

use std::io;
use std::path::{Path, PathBuf};

use actix_files::NamedFile;
use actix_web::http::header::{self, ContentEncoding, HeaderValue};
use actix_web::http::Method;
use actix_web::{web, HttpRequest, HttpResponse};

/// The folder of the built web client (`web_dir`).
pub struct WebDir(pub PathBuf);

/// The precompressed copies, in the order they are preferred.
const VARIANTS: [(ContentEncoding, &str, &str); 2] = [
    (ContentEncoding::Brotli, "br", ".br"),
    (ContentEncoding::Gzip, "gzip", ".gz"),
];

const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// Answers a GET or HEAD of any path outside the API and the plain pages.
pub async fn serve(request: HttpRequest, web_dir: web::Data<WebDir>) -> HttpResponse {
    if request.method() != Method::GET && request.method() != Method::HEAD {
        return HttpResponse::MethodNotAllowed()
            .insert_header((header::ALLOW, "GET, HEAD"))
            .finish();
    }
    let (file, cache) = match file_under(&web_dir.0, request.path()) {
        Some(file) if file.is_file() => {
            let cache = if request.path().starts_with("/assets/") {
                IMMUTABLE
            } else {
                "no-cache"
            };
            (file, cache)
        }
        _ => (web_dir.0.join("index.html"), "no-cache"),
    };
    match open(&file, &request).await {
        Ok(mut response) => {
            if response.status().is_success() || response.status().is_redirection() {
                response
                    .headers_mut()
                    .insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
            }
            response
        }
        Err(_) => HttpResponse::NotFound()
            .content_type("text/plain; charset=utf-8")
            .body("The web client is not built: run `npm run build` in frontend/."),
    }
}

/// The file a request path names inside `web_dir`, or `None` for a path that cannot name one
/// (a hidden or parent segment, an encoded character, a folder).
fn file_under(web_dir: &Path, request_path: &str) -> Option<PathBuf> {
    let relative = request_path.strip_prefix('/')?;
    let mut path = web_dir.to_path_buf();
    for segment in relative.split('/') {
        let plain = !segment.is_empty()
            && !segment.starts_with('.')
            && segment
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b));
        if !plain {
            return None;
        }
        path.push(segment);
    }
    Some(path)
}

/// The file, or its precompressed copy when the browser accepts that coding. A range is always
/// of the file itself, so that its offsets mean what the browser thinks they mean.
async fn open(file: &Path, request: &HttpRequest) -> io::Result<HttpResponse> {
    let content_type = actix_files::file_extension_to_mime(
        file.extension()
            .and_then(|extension| extension.to_str())
            .unwrap_or_default(),
    );
    let mut precompressed = false;
    for (coding, name, suffix) in VARIANTS {
        let mut copy = file.as_os_str().to_owned();
        copy.push(suffix);
        let copy = PathBuf::from(copy);
        if !copy.is_file() {
            continue;
        }
        precompressed = true;
        if request.headers().contains_key(header::RANGE) || !accepts(request, name) {
            continue;
        }
        let mut response = NamedFile::open_async(&copy)
            .await?
            .set_content_type(content_type.clone())
            .set_content_encoding(coding)
            .disable_content_disposition()
            .prefer_utf8(true)
            .into_response(request);
        vary_by_encoding(&mut response);
        return Ok(response);
    }
    let mut response = NamedFile::open_async(file)
        .await?
        .disable_content_disposition()
        .prefer_utf8(true)
        .into_response(request);
    if precompressed {
        vary_by_encoding(&mut response);
    }
    Ok(response)
}

fn vary_by_encoding(response: &mut HttpResponse) {
    response
        .headers_mut()
        .insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
}

/// Whether `Accept-Encoding` names the coding with a weight above zero.
fn accepts(request: &HttpRequest, coding: &str) -> bool {
    request
        .headers()
        .get_all(header::ACCEPT_ENCODING)
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .any(|item| {
            let mut parts = item.split(';');
            let name = parts.next().unwrap_or_default().trim();
            let weight = parts
                .find_map(|part| part.trim().strip_prefix("q="))
                .and_then(|weight| weight.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            name.eq_ignore_ascii_case(coding) && weight > 0.0
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_with_a_parent_or_hidden_segment_names_no_file() {
        let dir = Path::new("/srv/web");
        assert_eq!(
            file_under(dir, "/assets/index-Ab1.js"),
            Some(PathBuf::from("/srv/web/assets/index-Ab1.js"))
        );
        for path in [
            "/../secret",
            "/assets/../../etc/passwd",
            "/.env",
            "/assets/",
            "/",
            "/a%2e%2e/b",
            "//etc/passwd",
        ] {
            assert_eq!(file_under(dir, path), None, "{path}");
        }
    }

    #[test]
    fn a_coding_weighted_zero_is_not_accepted() {
        let request = |value: &str| {
            actix_web::test::TestRequest::default()
                .insert_header((header::ACCEPT_ENCODING, value))
                .to_http_request()
        };
        assert!(accepts(&request("gzip, deflate, br, zstd"), "br"));
        assert!(accepts(&request("gzip;q=0.5, BR;q=1.0"), "br"));
        assert!(!accepts(&request("gzip, br;q=0"), "br"));
        assert!(!accepts(&request("gzip"), "br"));
        assert!(!accepts(&request("identity"), "gzip"));
    }
}
