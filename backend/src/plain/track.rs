//! The check: a receipt typed in, the appeal as its writer sees it, and the writer's reply.
//! The receipt travels only in the body of a POST, never in an address.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use maud::html;
use serde::Deserialize;

use super::catalogue::text;
use super::{problem_box, Page};
use crate::appeals::views::Language;
use crate::appeals::views::{RepliesGoTo, TrackedAppeal, TrackedMessageKind, WriterStatus};
use crate::districts::helplines::national_helplines;
use crate::error::ApiError;

/// The check's form.
#[derive(Debug, Default, Deserialize)]
pub struct CheckForm {
    #[serde(default)]
    pub receipt: String,
}

/// The reply's form.
#[derive(Debug, Default, Deserialize)]
pub struct ReplyForm {
    #[serde(default)]
    pub receipt: String,
    #[serde(default)]
    pub text: String,
}

fn status_key(status: WriterStatus) -> &'static str {
    match status {
        WriterStatus::Sealed => "sealed",
        WriterStatus::Registered => "registered",
        WriterStatus::InProgress => "in_progress",
        WriterStatus::Answered => "answered",
        WriterStatus::Closed => "closed",
        WriterStatus::NotAccepted => "not_accepted",
    }
}

/// The check's form, with a message when the last try failed.
pub fn check_page(
    lang: Language,
    typed: &str,
    error: Option<&ApiError>,
    client: &str,
) -> HttpResponse {
    let t = |key: &str| text(lang, key, &[]);
    let main = html! {
        h1 { (t("track.title")) }
        @if let Some(error) = error { (problem_box(lang, error)) }
        p { (t("track.intro")) }
        form id="check-form" method="post" action={ "/check?lang=" (lang.code()) } {
            label for="receipt" { (t("track.receipt_label")) }
            p.plain-hint id="receipt-hint" { (t("track.receipt_hint")) }
            input type="text" id="receipt" name="receipt" required maxlength="64"
                inputmode="numeric" autocomplete="off" spellcheck="false"
                placeholder="1234-5678-9012-3456" aria-describedby="receipt-hint" value=(typed);
            button type="submit" { (t("track.submit")) }
        }
        p.plain-hint { (t("track.privacy")) }
    };
    Page {
        lang,
        title: &t("track.title"),
        path: "/check",
        helplines: &national_helplines(),
        client,
        status: error.map_or(StatusCode::OK, ResponseError::status_code),
    }
    .render(main)
}

/// The appeal as its writer sees it, with the reply form; `sent` after a reply went in,
/// `error` when it did not.
pub fn tracked_page(
    lang: Language,
    receipt: &str,
    tracked: &TrackedAppeal,
    sent: Option<chrono::NaiveDate>,
    error: Option<&ApiError>,
) -> HttpResponse {
    let t = |key: &str| text(lang, key, &[]);
    let status = status_key(tracked.status);
    let main = html! {
        h1 { (t("track.result_heading")) }
        @if tracked.urgent {
            div.plain-problem role="alert" { p { (t("track.urgent_alerted")) } }
        }
        @if let Some(day) = sent {
            p role="status" { (text(lang, "track.reply_sent", &[("date", &day.to_string())])) }
        }
        @if let Some(error) = error { (problem_box(lang, error)) }
        dl {
            dt { (t("track.status")) }
            dd id="status" { (t(&format!("track.statuses.{status}"))) }
            dt { (t("track.submitted_on")) }
            dd { (tracked.submitted_on) }
            @if let Some(number) = &tracked.registration_number {
                dt { (t("track.registration_number")) }
                dd { (number) }
            }
        }
        p { (t(&format!("track.explanations.{status}"))) }
        h2 { (t("track.messages_heading")) }
        @if tracked.messages.is_empty() {
            p { (t("track.no_messages")) }
        }
        @for message in &tracked.messages {
            @let day = message.written_on.to_string();
            @match message.kind {
                TrackedMessageKind::Answer => {
                    article.plain-answer {
                        h3 { (text(lang, "track.answer", &[("date", &day)])) }
                        p style="white-space:pre-wrap" { (message.text.as_deref().unwrap_or_default()) }
                    }
                }
                TrackedMessageKind::WriterMessage => {
                    p.plain-hint {
                        (text(lang, "track.writer_message", &[("date", &day)])) " "
                        (t("track.writer_message_hidden"))
                    }
                }
            }
        }
        @if tracked.can_reply {
            h2 { (t("track.reply_heading")) }
            form id="reply-form" method="post" action={ "/check/reply?lang=" (lang.code()) } {
                input type="hidden" name="receipt" value=(receipt);
                label for="reply" { (t("track.reply_label")) }
                p.plain-hint id="reply-hint" {
                    (t(match tracked.replies_go_to {
                        RepliesGoTo::Box => "track.reply_hint",
                        RepliesGoTo::Case => "track.reply_hint_case",
                    }))
                }
                textarea id="reply" name="text" required maxlength="10000" rows="5"
                    autocomplete="off" aria-describedby="reply-hint" {}
                button type="submit" { (t("track.reply_submit")) }
            }
        } @else {
            p { (t("track.closed_no_reply")) }
        }
        p { a href={ "/check?lang=" (lang.code()) } { (t("track.title")) } }
    };
    Page {
        lang,
        title: &t("track.title"),
        path: "/check",
        helplines: &national_helplines(),
        client: "",
        status: error.map_or(StatusCode::OK, ResponseError::status_code),
    }
    .render(main)
}
