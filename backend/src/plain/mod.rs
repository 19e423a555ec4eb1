//! The public side without JavaScript: the school page with its form, the receipt, the check
//! and the writer's reply as plain HTML forms the server renders, in Kyrgyz, Russian and
//! English (`?lang=`, kept in the address, never a cookie). They call the same service
//! functions as the JSON API — the same screening, limits, idempotency and problem codes,
//! shown as sentences from the web client's own catalogues.
//!
//! With JavaScript on, the single-page client has the page: a GET of the school page or the
//! check answers the client's own `index.html` with the server's form inside `<noscript>`,
//! which a browser running scripts never shows (no second form, nothing typed lost when the
//! scripts arrive). A page answered to a POST (a receipt, a check) is the server's alone.

pub mod catalogue;
pub mod form;
pub mod routes;
pub mod school;
pub mod track;

use std::path::Path;

use actix_web::http::{header, StatusCode};
use actix_web::HttpResponse;
use maud::{html, Markup, PreEscaped, DOCTYPE};
use serde::Deserialize;

use crate::appeals::views::Language;
use crate::districts::helplines::Helpline;
use catalogue::text;

/// `?lang=`, else the school's language, else Kyrgyz.
pub fn chosen_language(query: &LangQuery, fallback: Option<&str>) -> Language {
    query
        .lang
        .as_deref()
        .or(fallback)
        .and_then(Language::from_code)
        .unwrap_or_default()
}

/// A language by its own name, for the language links.
fn native_name(lang: Language) -> &'static str {
    match lang {
        Language::Ky => "Кыргызча",
        Language::Ru => "Русский",
        Language::En => "English",
    }
}

/// `?lang=ky|ru|en`.
#[derive(Debug, Default, Deserialize)]
pub struct LangQuery {
    pub lang: Option<String>,
}

/// Catalogue keys the pages use (checked in every language by a test).
pub const KEYS: &[&str] = &[
    "common.app_name",
    "common.app_tagline",
    "common.help.heading",
    "common.help.adult",
    "appeal.form.heading",
    "appeal.form.text_label",
    "appeal.form.text_hint",
    "appeal.form.mode_legend",
    "appeal.form.anonymous",
    "appeal.form.anonymous_hint",
    "appeal.form.signed",
    "appeal.form.about_you",
    "appeal.form.name",
    "appeal.form.kind_legend",
    "appeal.form.kinds.student",
    "appeal.form.kinds.parent",
    "appeal.form.kinds.citizen",
    "appeal.form.kinds.staff",
    "appeal.form.class_name",
    "appeal.form.contact_hint",
    "appeal.form.phone",
    "appeal.form.email",
    "appeal.form.submit",
    "appeal.form.privacy",
    "appeal.form.in_danger_legend",
    "appeal.form.in_danger_yes",
    "appeal.form.in_danger_no",
    "appeal.form.in_danger_note",
    "appeal.receipt.title",
    "appeal.receipt.heading",
    "appeal.receipt.warning_title",
    "appeal.receipt.warning",
    "appeal.receipt.next_heading",
    "appeal.receipt.next_opening_monthly",
    "appeal.receipt.next_registered",
    "appeal.receipt.next_check",
    "appeal.receipt.check_link",
    "appeal.urgent.alerted",
    "track.title",
    "track.intro",
    "track.privacy",
    "track.receipt_label",
    "track.receipt_hint",
    "track.submit",
    "track.result_heading",
    "track.submitted_on",
    "track.registration_number",
    "track.status",
    "track.statuses.sealed",
    "track.statuses.registered",
    "track.statuses.in_progress",
    "track.statuses.answered",
    "track.statuses.closed",
    "track.statuses.not_accepted",
    "track.explanations.sealed",
    "track.explanations.registered",
    "track.explanations.in_progress",
    "track.explanations.answered",
    "track.explanations.closed",
    "track.explanations.not_accepted",
    "track.messages_heading",
    "track.no_messages",
    "track.answer",
    "track.writer_message",
    "track.writer_message_hidden",
    "track.reply_heading",
    "track.reply_label",
    "track.reply_hint",
    "track.reply_hint_case",
    "track.reply_submit",
    "track.reply_sent",
    "track.closed_no_reply",
    "track.urgent_alerted",
    "errors.unknown",
    "errors.codes.validation_failed",
    "errors.codes.rate_limited",
    "errors.codes.appeal_text_empty",
    "errors.codes.school_not_found",
    "errors.codes.receipt_not_found",
];

/// Catalogue keys with plural forms.
pub const PLURAL_KEYS: &[&str] = &["appeal.receipt.next_opening", "appeal.receipt.next_answer"];

/// The single-page client's `index.html`, or nothing when the client is not built.
pub fn client_index(web_dir: &Path) -> String {
    std::fs::read_to_string(web_dir.join("index.html")).unwrap_or_default()
}

/// The client's `index.html` for a school's page, with the page's first requests announced in
/// its head: the school's public profile and the words of the page's language. On a slow line
/// they then arrive together with the scripts instead of one round trip after another once the
/// scripts have run. Nothing is announced when the client is not built.
pub fn with_school_preloads(index: String, web_dir: &Path, slug: &str, lang: Language) -> String {
    if index.is_empty() || !slug.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        return index;
    }
    let mut links = format!(
        r#"<link rel="preload" href="/api/v1/schools/{slug}/public" as="fetch" crossorigin="anonymous">"#
    );
    if let Some(chunk) = catalogue_chunk(web_dir, lang) {
        links.push_str(&format!(
            r#"<link rel="modulepreload" href="/assets/{chunk}">"#
        ));
    }
    links.push_str("</head>");
    index.replacen("</head>", &links, 1)
}

/// The built client's chunk of the public words of a language (`catalogues-public-ky-….js`).
fn catalogue_chunk(web_dir: &Path, lang: Language) -> Option<String> {
    let prefix = format!("catalogues-public-{}-", lang.code());
    std::fs::read_dir(web_dir.join("assets"))
        .ok()?
        .filter_map(Result::ok)
        .filter_map(|entry| entry.file_name().into_string().ok())
        .find(|name| {
            name.starts_with(&prefix)
                && name.ends_with(".js")
                && name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
        })
}

/// A whole page: the help bar on top, the language links, then `main`.
pub struct Page<'a> {
    pub lang: Language,
    pub title: &'a str,
    /// Where each language link goes (the same page, other `?lang=`).
    pub path: &'a str,
    pub helplines: &'a [Helpline],
    /// The single-page client's `index.html` (GET pages only, empty otherwise): the page is
    /// then the client's own, with this page inside `<noscript>`, so that a browser running
    /// scripts shows only the client and one that does not shows only this.
    pub client: &'a str,
    pub status: StatusCode,
}

impl Page<'_> {
    pub fn render(self, main: Markup) -> HttpResponse {
        let lang = self.lang;
        let content = html! {
            div.plain lang=(lang.code()) {
                (help_bar(lang, self.helplines))
                nav.plain-languages aria-label="Language" {
                    @for other in Language::ALL {
                        @if other == lang {
                            strong lang=(other.code()) { (native_name(other)) }
                        } @else {
                            a href={ (self.path) "?lang=" (other.code()) } lang=(other.code()) hreflang=(other.code()) { (native_name(other)) }
                        }
                        " "
                    }
                }
                main id="main" { (main) }
            }
        };
        let body = match within_client(self.client, self.title, &content) {
            Some(page) => page,
            None => html! {
                (DOCTYPE)
                html lang=(lang.code()) {
                    head {
                        meta charset="utf-8";
                        meta name="viewport" content="width=device-width, initial-scale=1";
                        meta name="referrer" content="no-referrer";
                        title { (self.title) " — " (text(lang, "common.app_name", &[])) }
                        style { (PreEscaped(STYLE)) }
                    }
                    body { (content) }
                }
            }
            .into_string(),
        };
        HttpResponse::build(self.status)
            .insert_header((header::CONTENT_TYPE, "text/html; charset=utf-8"))
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .body(body)
    }
}

/// The client's `index.html` with `content` for browsers without scripts: in `<noscript>`,
/// with the client's own loading line and JavaScript notice hidden for them.
/// The page's title (the school's name) is the client's title too, and it shows in the loading
/// line's place before any script has arrived over a slow line.
fn within_client(index: &str, title: &str, content: &Markup) -> Option<String> {
    let head_end = index.find("</head>")?;
    let body_start = index.find("<body")?;
    let body_open_end = body_start + index[body_start..].find('>')? + 1;
    if body_open_end < head_end {
        return None;
    }
    let title = maud::html! { (title) }.0;
    let mut head = index[..head_end].to_owned();
    if let (Some(start), Some(end)) = (head.find("<title>"), head.find("</title>")) {
        if start < end {
            head.replace_range(start + "<title>".len()..end, &format!("{title} — Ишеним"));
        }
    }
    let mut rest = index[body_open_end..].to_owned();
    if let Some(main) = rest.find("<main>") {
        let at = main + "<main>".len();
        rest.insert_str(at, &format!("<h1 class=\"loading-school\">{title}</h1>"));
    }
    let mut page = String::with_capacity(index.len() + content.0.len() + STYLE.len() + 256);
    page.push_str(&head);
    page.push_str("<noscript><style>#root,.noscript{display:none}");
    page.push_str(STYLE);
    page.push_str("</style></noscript>");
    page.push_str(&index[head_end..body_open_end]);
    page.push_str("<noscript>");
    page.push_str(&content.0);
    page.push_str("</noscript>");
    page.push_str(&rest);
    Some(page)
}

fn help_bar(lang: Language, helplines: &[Helpline]) -> Markup {
    html! {
        aside.plain-help aria-labelledby="plain-help-heading" {
            strong id="plain-help-heading" { (text(lang, "common.help.heading", &[])) }
            ul {
                @for line in helplines {
                    li {
                        (match lang { Language::Ky => &line.label_ky, Language::Ru => &line.label_ru, Language::En => &line.label_en })
                        " "
                        a href={ "tel:" (line.number.replace([' ', '-'], "")) } { (line.number) }
                    }
                }
            }
            p { (text(lang, "common.help.adult", &[])) }
        }
    }
}

/// A form of these pages is posted from these pages only: another site cannot make a
/// visitor's browser drop appeals or try receipts (`Sec-Fetch-Site`, else `Origin`).
pub fn from_these_pages(request: &actix_web::HttpRequest) -> Result<(), crate::error::ApiError> {
    let header = |name: &str| {
        request
            .headers()
            .get(name)
            .and_then(|value| value.to_str().ok())
    };
    let foreign = match header("sec-fetch-site") {
        Some(site) => site == "cross-site" || site == "same-site",
        None => match (header("origin"), header("host")) {
            (Some(origin), Some(host)) => {
                origin != "null"
                    && origin
                        .split_once("://")
                        .is_none_or(|(_, authority)| authority != host)
            }
            _ => false,
        },
    };
    if foreign {
        Err(crate::error::ApiError::Forbidden)
    } else {
        Ok(())
    }
}

/// A message of the server, at the top of the form it concerns.
pub fn problem_box(lang: Language, error: &crate::error::ApiError) -> Markup {
    let words = match error {
        crate::error::ApiError::ObsceneLanguage { words } => words.clone(),
        _ => Vec::new(),
    };
    html! {
        div.plain-problem role="alert" {
            p { (catalogue::problem(lang, error.code().as_str())) }
            @if !words.is_empty() {
                ul { @for word in &words { li { (word) } } }
            }
        }
    }
}

/// Enough to read on a small screen; the single-page client's styles replace it.
const STYLE: &str = "\
.plain{max-width:40rem;margin:0 auto;padding:.75rem;font:1rem/1.5 system-ui,sans-serif;color:#1a1a1a}\
.plain-help{background:#fff4e5;border:1px solid #e0a040;border-radius:.5rem;padding:.5rem .75rem;margin-bottom:.75rem}\
.plain-help ul{margin:.25rem 0;padding-left:1.25rem}\
.plain-help a{font-weight:700;font-size:1.1rem}\
.plain-languages{margin-bottom:.5rem}\
.plain label{display:block;font-weight:600;margin-top:.75rem}\
.plain textarea{width:100%;box-sizing:border-box;min-height:9rem;font:inherit}\
.plain input[type=text],.plain input[type=tel],.plain input[type=email],.plain select{width:100%;box-sizing:border-box;font:inherit;padding:.25rem}\
.plain fieldset{margin-top:.75rem;border:1px solid #ccc;border-radius:.5rem}\
.plain fieldset label{display:inline;font-weight:400;margin:0 .75rem 0 .25rem}\
.plain button{margin-top:1rem;font:inherit;font-weight:700;padding:.6rem 1.2rem;background:#1d5fa8;color:#fff;border:0;border-radius:.4rem}\
.plain-problem{background:#fdecea;border:1px solid #c62828;border-radius:.5rem;padding:.5rem .75rem}\
.plain-receipt{font:700 1.6rem/1.3 ui-monospace,monospace;letter-spacing:.05em;background:#eef4fb;padding:.5rem;border-radius:.4rem;user-select:all}\
.plain-hint{color:#444;font-size:.92rem}";
