//! The school page's form: shown empty, shown again with a message and what was typed, and
//! turned into the same `SubmitAppeal` the JSON API takes.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use maud::{html, Markup};
use serde::Deserialize;
use uuid::Uuid;
use validator::Validate;

use super::catalogue::{plural, text};
use super::{problem_box, Page};
use crate::appeals::intake;
use crate::appeals::views::{AppealReceipt, Language, SubmitAppeal, Submitter, WriterKind};
use crate::districts::helplines::{helplines_of, national_helplines, Helpline};
use crate::error::ApiError;
use crate::schools::store::find_district;
use crate::state::AppState;

/// What the form posts. Every field is text, so that nothing a browser sends is refused
/// before the service says why.
#[derive(Debug, Default, Deserialize)]
pub struct DropForm {
    /// Made when the form was shown: a second press of "send" returns the same receipt.
    #[serde(default)]
    pub key: String,
    #[serde(default)]
    pub text: String,
    /// `anonymous` or `signed`.
    #[serde(default)]
    pub mode: String,
    /// `yes`, `no`, or absent.
    #[serde(default)]
    pub in_danger: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub class_name: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub email: String,
}

impl DropForm {
    fn signed(&self) -> bool {
        self.mode == "signed"
    }

    /// The appeal as the JSON API would receive it.
    pub fn appeal(&self, school: &str, lang: Language) -> Result<SubmitAppeal, ApiError> {
        let optional = |value: &str| {
            let value = value.trim();
            (!value.is_empty()).then(|| value.to_owned())
        };
        let submitter = self.signed().then(|| Submitter {
            name: self.name.trim().to_owned(),
            phone: optional(&self.phone),
            email: optional(&self.email),
            kind: match self.kind.as_str() {
                "parent" => WriterKind::Parent,
                "citizen" => WriterKind::Citizen,
                "staff" => WriterKind::Staff,
                _ => WriterKind::Student,
            },
            class_name: optional(&self.class_name),
        });
        let appeal = SubmitAppeal {
            school: school.to_owned(),
            text: self.text.clone(),
            anonymous: !self.signed(),
            submitter,
            categories: Vec::new(),
            language: Some(lang),
            in_danger: match self.in_danger.as_str() {
                "yes" => Some(true),
                "no" => Some(false),
                _ => None,
            },
            files: Vec::new(),
        };
        appeal
            .validate()
            .map_err(|errors| ApiError::Validation(crate::http::json::field_errors(&errors)))?;
        Ok(appeal)
    }
}

/// A school as its public page shows it.
pub struct PublicSchool {
    pub school: entity::school::Model,
    pub helplines: Vec<Helpline>,
}

impl PublicSchool {
    pub async fn load(state: &AppState, slug: &str) -> Result<PublicSchool, ApiError> {
        let school = intake::public_school(state, slug).await?;
        let helplines = find_district(&state.db, school.district_id)
            .await?
            .as_ref()
            .map_or_else(national_helplines, helplines_of);
        Ok(PublicSchool { school, helplines })
    }

    fn path(&self) -> String {
        format!("/s/{}", self.school.slug)
    }

    /// The page with the form; `form` holds what was typed, `error` why it was refused.
    pub fn form_page(
        &self,
        lang: Language,
        form: &DropForm,
        error: Option<&ApiError>,
        client: &str,
    ) -> HttpResponse {
        let t = |key: &str| text(lang, key, &[]);
        let path = self.path();
        let key = if form.key.is_empty() {
            Uuid::new_v4().to_string()
        } else {
            form.key.clone()
        };
        let checked = |value: bool| value.then_some("checked");
        let main = html! {
            h1 { (self.school.name) }
            h2 { (t("appeal.form.heading")) }
            @if let Some(error) = error { (problem_box(lang, error)) }
            form id="appeal-form" method="post" action={ (path) "?lang=" (lang.code()) } {
                input type="hidden" name="key" value=(key);
                label for="text" { (t("appeal.form.text_label")) }
                p.plain-hint id="text-hint" { (t("appeal.form.text_hint")) }
                textarea id="text" name="text" required maxlength="10000" rows="8"
                    autocomplete="off" aria-describedby="text-hint" { (form.text) }
                fieldset {
                    legend { (t("appeal.form.in_danger_legend")) }
                    input type="radio" id="in-danger-yes" name="in_danger" value="yes" checked=[checked(form.in_danger == "yes")];
                    label for="in-danger-yes" { (t("appeal.form.in_danger_yes")) }
                    input type="radio" id="in-danger-no" name="in_danger" value="no" checked=[checked(form.in_danger == "no")];
                    label for="in-danger-no" { (t("appeal.form.in_danger_no")) }
                    p.plain-hint { (t("appeal.form.in_danger_note")) }
                }
                fieldset {
                    legend { (t("appeal.form.mode_legend")) }
                    input type="radio" id="mode-anonymous" name="mode" value="anonymous" checked=[checked(!form.signed())];
                    label for="mode-anonymous" { (t("appeal.form.anonymous")) }
                    input type="radio" id="mode-signed" name="mode" value="signed" checked=[checked(form.signed())];
                    label for="mode-signed" { (t("appeal.form.signed")) }
                    p.plain-hint { (t("appeal.form.anonymous_hint")) }
                }
                fieldset {
                    legend { (t("appeal.form.about_you")) }
                    label for="name" { (t("appeal.form.name")) }
                    input type="text" id="name" name="name" maxlength="200" autocomplete="off" value=(form.name);
                    label for="kind" { (t("appeal.form.kind_legend")) }
                    select id="kind" name="kind" {
                        @for kind in ["student", "parent", "citizen", "staff"] {
                            option value=(kind) selected=[(form.kind == kind).then_some("selected")] {
                                (t(&format!("appeal.form.kinds.{kind}")))
                            }
                        }
                    }
                    label for="class_name" { (t("appeal.form.class_name")) }
                    input type="text" id="class_name" name="class_name" maxlength="16" autocomplete="off" value=(form.class_name);
                    p.plain-hint { (t("appeal.form.contact_hint")) }
                    label for="phone" { (t("appeal.form.phone")) }
                    input type="tel" id="phone" name="phone" maxlength="32" autocomplete="off" value=(form.phone);
                    label for="email" { (t("appeal.form.email")) }
                    input type="email" id="email" name="email" maxlength="254" autocomplete="off" value=(form.email);
                }
                button type="submit" { (t("appeal.form.submit")) }
                p.plain-hint { (t("appeal.form.privacy")) }
            }
            p { a href={ "/check?lang=" (lang.code()) } { (t("appeal.receipt.check_link")) } }
        };
        Page {
            lang,
            title: &self.school.name,
            path: &path,
            helplines: &self.helplines,
            client,
            status: error.map_or(StatusCode::OK, ResponseError::status_code),
        }
        .render(main)
    }

    /// The receipt, shown once.
    pub fn receipt_page(&self, lang: Language, receipt: &AppealReceipt) -> HttpResponse {
        let t = |key: &str| text(lang, key, &[]);
        let path = self.path();
        let main = html! {
            h1 { (t("appeal.receipt.title")) }
            @if receipt.urgent {
                div.plain-problem role="alert" { p { (t("appeal.urgent.alerted")) } }
            }
            h2 { (t("appeal.receipt.heading")) }
            p.plain-receipt id="receipt" { (receipt.receipt) }
            p { strong { (t("appeal.receipt.warning_title")) } " " (t("appeal.receipt.warning")) }
            h2 { (t("appeal.receipt.next_heading")) }
            ul {
                li {
                    @if receipt.opening_interval_months == 1 {
                        (t("appeal.receipt.next_opening_monthly"))
                    } @else {
                        (plural(lang, "appeal.receipt.next_opening", i64::from(receipt.opening_interval_months)))
                    }
                }
                li { (t("appeal.receipt.next_registered")) }
                li { (plural(lang, "appeal.receipt.next_answer", i64::from(receipt.answer_within_working_days))) }
                li { (t("appeal.receipt.next_check")) }
            }
            p { a href={ "/check?lang=" (lang.code()) } { (t("appeal.receipt.check_link")) } }
        };
        Page {
            lang,
            title: &self.school.name,
            path: &path,
            helplines: &self.helplines,
            client: "",
            status: StatusCode::OK,
        }
        .render(main)
    }
}

/// The school is not known: a short page that still shows where to get help.
pub fn school_not_found(lang: Language, error: &ApiError, client: &str) -> HttpResponse {
    let main: Markup = html! { (problem_box(lang, error)) };
    Page {
        lang,
        title: &text(lang, "common.app_name", &[]),
        path: "/check",
        helplines: &national_helplines(),
        client,
        status: error.status_code(),
    }
    .render(main)
}
