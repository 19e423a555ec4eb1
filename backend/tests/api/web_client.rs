//! The web client's files: the precompressed copies `npm run build` writes go out as they are to
//! a browser that accepts them, the files themselves to any other, and the caching headers say
//! which files never change.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use crate::helpers::spawn_app_with;

const SCRIPT: &str = "export const words = \"Ишеним: кутуча, ящик, box.\";\n";
const INDEX: &str = "<!doctype html><html><head><title>Ишеним</title>\
    <script type=\"module\" crossorigin src=\"/assets/index-1a2b.js\"></script>\
    </head><body><div id=\"root\"><p>Loading…</p></div></body></html>";

/// A built web client as `npm run build` leaves it: each text file with its `.br` and `.gz`.
fn built_client() -> PathBuf {
    let web_dir = std::env::temp_dir().join(format!("ishenim-web-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(web_dir.join("assets")).unwrap();
    let script = SCRIPT.repeat(40);
    write_with_copies(&web_dir.join("assets/index-1a2b.js"), script.as_bytes());
    write_with_copies(&web_dir.join("index.html"), INDEX.repeat(4).as_bytes());
    // A file without copies, as one too small for a copy to be smaller.
    std::fs::write(web_dir.join("assets/tiny-3c4d.js"), "export {};").unwrap();
    web_dir
}

fn write_with_copies(path: &Path, bytes: &[u8]) {
    std::fs::write(path, bytes).unwrap();
    let mut brotli = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut brotli, 4096, 11, 22);
        writer.write_all(bytes).unwrap();
    }
    std::fs::write(format!("{}.br", path.display()), brotli).unwrap();
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gzip.write_all(bytes).unwrap();
    std::fs::write(format!("{}.gz", path.display()), gzip.finish().unwrap()).unwrap();
}

fn decoded(encoding: Option<&str>, body: &[u8]) -> Vec<u8> {
    let mut plain = Vec::new();
    match encoding {
        Some("br") => {
            brotli::Decompressor::new(body, 4096)
                .read_to_end(&mut plain)
                .unwrap();
        }
        Some("gzip") => {
            flate2::read::GzDecoder::new(body)
                .read_to_end(&mut plain)
                .unwrap();
        }
        None => plain.extend_from_slice(body),
        Some(other) => panic!("unexpected Content-Encoding {other}"),
    }
    plain
}

struct Answer {
    encoding: Option<String>,
    vary: Option<String>,
    cache_control: Option<String>,
    content_type: Option<String>,
    plain: Vec<u8>,
}

async fn fetch(url: &str, accept_encoding: Option<&str>) -> Answer {
    // The test client decodes nothing itself: the bytes are those on the wire.
    let client = reqwest::Client::new();
    let mut request = client.get(url);
    if let Some(value) = accept_encoding {
        request = request.header("Accept-Encoding", value);
    }
    let response = request.send().await.unwrap();
    assert_eq!(response.status(), 200, "{url}");
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .map(|value| value.to_str().unwrap().to_owned())
    };
    let encoding = header("content-encoding");
    let vary = header("vary");
    let cache_control = header("cache-control");
    let content_type = header("content-type");
    let body = response.bytes().await.unwrap();
    Answer {
        plain: decoded(encoding.as_deref(), &body),
        encoding,
        vary,
        cache_control,
        content_type,
    }
}

#[tokio::test]
async fn a_bundle_goes_out_precompressed_as_the_browser_accepts_and_is_cached_for_good() {
    let web_dir = built_client();
    let app = spawn_app_with(|settings| settings.web_dir = web_dir.clone()).await;
    let url = format!("{}/assets/index-1a2b.js", app.address);
    let script = SCRIPT.repeat(40);

    for (accepted, expected) in [
        (Some("gzip, deflate, br, zstd"), Some("br")),
        (Some("gzip;q=1.0, br;q=0.8"), Some("br")),
        (Some("gzip, deflate"), Some("gzip")),
        (Some("gzip, br;q=0"), Some("gzip")),
        (Some("identity"), None),
        (None, None),
    ] {
        let answer = fetch(&url, accepted).await;
        assert_eq!(answer.encoding.as_deref(), expected, "{accepted:?}");
        assert_eq!(answer.plain, script.as_bytes(), "{accepted:?}");
        assert_eq!(
            answer.vary.as_deref(),
            Some("Accept-Encoding"),
            "{accepted:?}"
        );
        assert_eq!(
            answer.cache_control.as_deref(),
            Some("public, max-age=31536000, immutable")
        );
        assert!(answer
            .content_type
            .is_some_and(|value| value.starts_with("text/javascript")));
    }

    // A file without copies is compressed as it goes out, or sent as it is.
    let tiny = format!("{}/assets/tiny-3c4d.js", app.address);
    assert_eq!(fetch(&tiny, Some("gzip, br")).await.plain, b"export {};");
    let plain = fetch(&tiny, None).await;
    assert_eq!(plain.encoding, None);
    assert_eq!(plain.plain, b"export {};");
    std::fs::remove_dir_all(web_dir).ok();
}

#[tokio::test]
async fn the_client_page_goes_out_precompressed_and_is_checked_again_on_every_visit() {
    let web_dir = built_client();
    let app = spawn_app_with(|settings| settings.web_dir = web_dir.clone()).await;
    let index = INDEX.repeat(4);
    for path in [
        "/",
        "/index.html",
        "/staff",
        "/staff/cases/1",
        "/assets/missing-9z.js",
    ] {
        let answer = fetch(&format!("{}{path}", app.address), Some("gzip, deflate, br")).await;
        assert_eq!(answer.encoding.as_deref(), Some("br"), "{path}");
        assert_eq!(answer.plain, index.as_bytes(), "{path}");
        assert_eq!(answer.cache_control.as_deref(), Some("no-cache"), "{path}");
        assert_eq!(answer.vary.as_deref(), Some("Accept-Encoding"), "{path}");
        assert_eq!(
            answer.content_type.as_deref(),
            Some("text/html; charset=utf-8")
        );
        let plain = fetch(&format!("{}{path}", app.address), None).await;
        assert_eq!(plain.encoding, None, "{path}");
        assert_eq!(plain.plain, index.as_bytes(), "{path}");
    }
    std::fs::remove_dir_all(web_dir).ok();
}

#[tokio::test]
async fn a_range_is_of_the_file_itself() {
    let web_dir = built_client();
    let app = spawn_app_with(|settings| settings.web_dir = web_dir.clone()).await;
    let response = reqwest::Client::new()
        .get(format!("{}/assets/index-1a2b.js", app.address))
        .header("Accept-Encoding", "br, gzip")
        .header("Range", "bytes=0-5")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 206);
    assert_ne!(
        response
            .headers()
            .get("content-encoding")
            .map(|value| value.to_str().unwrap()),
        Some("br")
    );
    assert_eq!(
        response.bytes().await.unwrap().as_ref(),
        &SCRIPT.as_bytes()[..6]
    );
    std::fs::remove_dir_all(web_dir).ok();
}

#[tokio::test]
async fn the_school_page_is_compressed_for_a_browser_that_accepts_it() {
    let web_dir = built_client();
    let app = spawn_app_with(|settings| settings.web_dir = web_dir.clone()).await;
    app.create_school("school-a").await;
    let url = format!("{}/s/school-a", app.address);
    let compressed = fetch(&url, Some("gzip, deflate, br")).await;
    assert!(
        matches!(compressed.encoding.as_deref(), Some("br" | "gzip")),
        "{:?}",
        compressed.encoding
    );
    assert!(compressed
        .vary
        .is_some_and(|vary| vary.to_ascii_lowercase().contains("accept-encoding")));
    let plain = fetch(&url, None).await;
    assert_eq!(plain.encoding, None);
    // The same page either way (but for the form's one-time key).
    let page = String::from_utf8(compressed.plain).unwrap();
    let plain = String::from_utf8(plain.plain).unwrap();
    assert!(page.contains("id=\"appeal-form\""));
    assert_eq!(page.len(), plain.len());
    assert_eq!(
        page[..page.find("name=\"key\"").unwrap()],
        plain[..plain.find("name=\"key\"").unwrap()]
    );
    std::fs::remove_dir_all(web_dir).ok();
}
