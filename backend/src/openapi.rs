//! The OpenAPI document, generated from the handlers; `ishenim openapi` writes it to
//! `openapi/openapi.json`.

use actix_web::App;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::OpenApi as OpenApiDocument;
use utoipa::{Modify, OpenApi};
use utoipa_actix_web::service_config::ServiceConfig;
use utoipa_actix_web::{scope, AppExt};

use crate::cases::views::CaseState;
use crate::error::{FieldError, Problem, ProblemCode};
use crate::reports::views::ExportFormat;
use crate::{
    appeal_files, appeals, audit, auth, box_keys, box_openings, cases, districts, health, journal,
    reports, schools, staff, webhooks,
};

/// The API's prefix.
pub const API_PREFIX: &str = "/api/v1";

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Ishenim API",
        description = "A digital trust box for schools: appeals, box openings, the journal, cases and reports. Every error is RFC 9457 problem+json with a stable `code`.",
        license(name = "MIT"),
    ),
    components(schemas(Problem, ProblemCode, FieldError, CaseState, ExportFormat)),
    modifiers(&BearerAuth),
    tags(
        (name = "health", description = "Liveness"),
        (name = "auth", description = "Staff sign-in"),
        (name = "appeals", description = "Dropping appeals, following them with the receipt, and the staff's view of the box"),
        (name = "box-openings", description = "Openings of the box by the working group, and their acts"),
        (name = "box-keys", description = "The box sealed to the working group: members' box passphrases, the school's box key and its fingerprint"),
        (name = "cases", description = "Handling registered appeals: the competent official, measures, referrals, the answer, the closing"),
        (name = "audit", description = "The audit trail: who read or changed what, when"),
        (name = "journal", description = "The journal: registered appeals, hash-chained and verifiable"),
        (name = "schools", description = "Schools and their settings"),
        (name = "staff", description = "Staff accounts and roles"),
        (name = "reports", description = "Monthly reports: the draft, the narrative, publication, corrections, exports and the parents' version"),
        (name = "districts", description = "The district education office: compliance of its schools, its figures, journal heads, service accounts and webhooks"),
    )
)]
struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut OpenApiDocument) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("JWT")
                    .build(),
            ),
        );
    }
}

/// Registers every API route; the same function serves the server, the tests and the spec.
pub fn routes(config: &mut ServiceConfig) {
    config
        .service(health::health)
        .service(auth::routes::login::login)
        .service(auth::routes::refresh::refresh)
        .service(auth::routes::logout::logout)
        .service(auth::routes::me::me)
        .service(auth::routes::password_change::change_own_password)
        .service(auth::routes::two_factor_status::two_factor_status)
        .service(auth::routes::two_factor_enrolment::start_two_factor_enrolment)
        .service(auth::routes::two_factor_confirmation::confirm_two_factor)
        .service(auth::routes::recovery_codes::renew_recovery_codes)
        .service(auth::routes::two_factor_removal::remove_two_factor)
        .service(schools::routes::public::get_public_school)
        .service(schools::routes::get::get_school)
        .service(schools::routes::list_words::list_screening_words)
        .service(schools::routes::put_word::put_screening_word)
        .service(schools::routes::remove_word::remove_screening_word)
        .service(appeals::routes::submit::submit_appeal)
        .service(appeals::routes::track::track_appeal)
        .service(appeals::routes::reply::reply_to_appeal)
        .service(appeal_files::routes::take_for_drop::take_file_for_drop)
        .service(appeal_files::routes::take_for_reply::take_file_for_reply)
        .service(appeals::routes::list::list_school_appeals)
        .service(appeals::routes::get::get_appeal)
        .service(appeals::routes::alerts::list_alerts)
        .service(schools::routes::box_status::get_box_status)
        .service(schools::routes::working_group::list_working_group)
        .service(schools::routes::name_member::add_working_group_member)
        .service(schools::routes::name_member::remove_working_group_member)
        .service(box_openings::routes::start::start_opening)
        .service(box_openings::routes::list::list_openings)
        .service(box_openings::routes::awaiting_district_share::openings_awaiting_district_share)
        .service(box_openings::routes::get::get_opening)
        .service(box_openings::routes::confirm::confirm_opening)
        .service(box_openings::routes::district_share::give_district_share)
        .service(box_keys::routes::get_mine::get_my_box_key)
        .service(box_keys::routes::set_mine::set_my_box_key)
        .service(box_keys::routes::change_passphrase::change_box_passphrase)
        .service(box_keys::routes::school::get_school_box_key)
        .service(box_keys::routes::district::set_district_box_key)
        .service(box_keys::routes::district_passphrase::change_district_box_passphrase)
        .service(box_openings::routes::appeals::list_retrieved_appeals)
        .service(box_openings::routes::file::get_retrieved_file)
        .service(box_openings::routes::paper_photo::add_paper_photo)
        .service(box_openings::routes::paper::add_paper_appeal)
        .service(box_openings::routes::set_aside::set_appeal_aside)
        .service(box_openings::routes::sign::sign_act)
        .service(box_openings::routes::abandon::abandon_opening)
        .service(box_openings::routes::acknowledge::acknowledge_act)
        .service(box_openings::routes::act::get_act)
        .service(journal::routes::list::list_journal)
        .service(journal::routes::verify::verify_journal)
        .service(staff::routes::list::list_staff)
        .service(schools::routes::holidays::list_school_holidays)
        .service(schools::routes::put_holidays::put_school_holidays)
        .service(cases::routes::list::list_cases)
        .service(cases::routes::get::get_case)
        .service(cases::routes::file::get_case_file)
        .service(cases::routes::assign::assign_case)
        .service(cases::routes::concern::mark_concerned)
        .service(cases::routes::measure::add_measure)
        .service(cases::routes::note::add_note)
        .service(cases::routes::refer::refer_case)
        .service(cases::routes::referral_reply::record_referral_reply)
        .service(cases::routes::answer::add_answer)
        .service(cases::routes::approve::approve_answer)
        .service(cases::routes::close::close_case)
        .service(cases::routes::list_bodies::list_referral_bodies)
        .service(cases::routes::add_body::add_referral_body)
        .service(audit::routes::list::list_audit_trail)
        .service(auth::routes::token::issue_service_token)
        .service(reports::routes::get::get_monthly_report)
        .service(reports::routes::save_draft::save_report_draft)
        .service(reports::routes::publish::publish_report)
        .service(reports::routes::export::export_report)
        .service(reports::routes::parents::get_parents_report)
        .service(districts::routes::overview::get_district_overview)
        .service(districts::routes::statistics::get_district_statistics)
        .service(districts::routes::settings::get_district_settings)
        .service(districts::routes::put_settings::put_district_settings)
        .service(districts::routes::journal_heads::list_journal_heads)
        .service(districts::routes::list_accounts::list_service_accounts)
        .service(districts::routes::create_account::create_service_account)
        .service(districts::routes::revoke_account::revoke_service_account)
        .service(webhooks::routes::list::list_webhooks)
        .service(webhooks::routes::subscribe::subscribe_webhook)
        .service(webhooks::routes::remove::remove_webhook)
        .service(districts::routes::create_school::create_district_school)
        .service(schools::routes::put_settings::put_school_settings)
        .service(staff::routes::create::create_staff_member)
        .service(staff::routes::roles::set_staff_roles)
        .service(staff::routes::position::set_staff_position)
        .service(staff::routes::reset_password::reset_staff_password)
        .service(staff::routes::reset_two_factor::reset_staff_two_factor)
        .service(staff::routes::deactivate::deactivate_staff_member);
}

/// The base document, before the routes add their paths.
pub fn base_document() -> OpenApiDocument {
    ApiDoc::openapi()
}

/// The complete document as the server serves it.
pub fn document() -> OpenApiDocument {
    let mut document = App::new()
        .into_utoipa_app()
        .openapi(base_document())
        .service(scope::scope(API_PREFIX).configure(routes))
        .split_for_parts()
        .1;
    document_framework_problems(&mut document);
    document_time_zones(&mut document);
    document_no_nul(&mut document);
    document
}

/// No text the API takes may hold the NUL character (a JSON body with one is refused): every
/// free string of the document says so with a pattern.
fn document_no_nul(document: &mut OpenApiDocument) {
    use utoipa::openapi::schema::{ArrayItems, SchemaType, Type};
    use utoipa::openapi::{RefOr, Schema};
    fn walk(schema: &mut RefOr<Schema>) {
        let RefOr::T(schema) = schema else {
            return;
        };
        match schema {
            Schema::Object(object) => {
                let is_string = match &object.schema_type {
                    SchemaType::Type(kind) => *kind == Type::String,
                    SchemaType::Array(kinds) => kinds.contains(&Type::String),
                    SchemaType::AnyValue => false,
                };
                if is_string
                    && object.pattern.is_none()
                    && object.format.is_none()
                    && object.enum_values.is_none()
                {
                    object.pattern = Some("^[^\\x00]*$".to_owned());
                }
                object.properties.values_mut().for_each(walk);
            }
            Schema::Array(array) => {
                if let ArrayItems::RefOrSchema(items) = &mut array.items {
                    walk(items);
                }
            }
            Schema::OneOf(one_of) => one_of.items.iter_mut().for_each(walk),
            Schema::AllOf(all_of) => all_of.items.iter_mut().for_each(walk),
            Schema::AnyOf(any_of) => any_of.items.iter_mut().for_each(walk),
            _ => {}
        }
    }
    // A problem may quote what a client sent, NUL included: it is not a text the API takes.
    if let Some(components) = document.components.as_mut() {
        components
            .schemas
            .iter_mut()
            .filter(|(name, _)| !matches!(name.as_str(), "Problem" | "FieldError"))
            .for_each(|(_, schema)| walk(schema));
    }
}

/// The time zones a school may be set to are the IANA names the server knows: the requests
/// that set one say so with a pattern listing them.
fn document_time_zones(document: &mut OpenApiDocument) {
    use utoipa::openapi::{RefOr, Schema};
    let names: Vec<String> = chrono_tz::TZ_VARIANTS
        .iter()
        .map(|zone| zone.name().replace('+', "\\+"))
        .collect();
    let pattern = format!("^({})$", names.join("|"));
    let Some(components) = document.components.as_mut() else {
        return;
    };
    for name in ["SchoolSettingsChange", "NewDistrictSchool"] {
        if let Some(RefOr::T(Schema::Object(object))) = components.schemas.get_mut(name) {
            if let Some(RefOr::T(Schema::Object(zone))) = object.properties.get_mut("time_zone") {
                zone.pattern = Some(pattern.clone());
            }
        }
    }
}

/// The operations a signed-in staff member may use before choosing their own password or
/// turning on a second factor the district requires: they take `SignedIn`, not `Caller`, and so
/// never answer `password_change_required` or `two_factor_enrolment_required`.
const ACCOUNT_OPERATIONS: [&str; 7] = [
    "me",
    "change_own_password",
    "two_factor_status",
    "start_two_factor_enrolment",
    "confirm_two_factor",
    "remove_two_factor",
    "renew_recovery_codes",
];

/// What every secured operation may answer before its handler runs, beside its own problems.
const TOKEN_PROBLEMS: [&str; 3] = ["unauthorized", "invalid_token", "token_expired"];
const CALLER_PROBLEMS: [&str; 3] = [
    "forbidden",
    "password_change_required",
    "two_factor_enrolment_required",
];

/// Adds to every operation the problems any request can meet before its handler runs, so the
/// document names every status and code the API answers: a body that is not JSON (400
/// `malformed_json`), too large (413), of another type (415), with invalid fields, or path and
/// query values that do not parse (422 `validation_failed`); no or a bad token (401) and a
/// role that may not, a password someone else chose or a missing second factor (403) on
/// secured routes. Codes an operation already names are kept; the missing ones are added.
fn document_framework_problems(document: &mut OpenApiDocument) {
    use utoipa::openapi::{ContentBuilder, Ref, RefOr, ResponseBuilder};
    let problem = |description: &str| {
        RefOr::T(
            ResponseBuilder::new()
                .description(description)
                .content(
                    crate::error::PROBLEM_JSON,
                    ContentBuilder::new()
                        .schema(Some(Ref::from_schema_name("Problem")))
                        .build(),
                )
                .build(),
        )
    };
    for item in document.paths.paths.values_mut() {
        let operations = [
            item.get.as_mut(),
            item.put.as_mut(),
            item.post.as_mut(),
            item.delete.as_mut(),
            item.patch.as_mut(),
        ];
        for operation in operations.into_iter().flatten() {
            let mut add: Vec<(&str, Vec<&str>, &str)> = Vec::new();
            if operation.request_body.is_some() {
                add.push((
                    "400",
                    vec!["malformed_json"],
                    ": the body is not valid JSON",
                ));
                add.push(("413", vec!["payload_too_large"], ""));
                add.push((
                    "415",
                    vec!["unsupported_media_type"],
                    ": the body must be JSON",
                ));
                add.push(("422", vec!["validation_failed"], ""));
            }
            if operation
                .parameters
                .as_ref()
                .is_some_and(|parameters| !parameters.is_empty())
            {
                add.push((
                    "422",
                    vec!["validation_failed"],
                    ": a path or query value does not parse",
                ));
            }
            if operation.security.is_some() {
                add.push(("401", TOKEN_PROBLEMS.to_vec(), ""));
                let account_only = operation
                    .operation_id
                    .as_deref()
                    .is_some_and(|id| ACCOUNT_OPERATIONS.contains(&id));
                add.push((
                    "403",
                    if account_only {
                        vec!["forbidden"]
                    } else {
                        CALLER_PROBLEMS.to_vec()
                    },
                    "",
                ));
            }
            for (status, codes, prose) in add {
                let missing = |described: &str| -> Vec<String> {
                    codes
                        .iter()
                        .map(|code| format!("`{code}`"))
                        .filter(|code| !described.contains(code.as_str()))
                        .collect()
                };
                match operation.responses.responses.get_mut(status) {
                    Some(RefOr::T(response)) => {
                        let missing = missing(&response.description);
                        if !missing.is_empty() {
                            response.description =
                                format!("{}; {}", response.description, missing.join(", "));
                        }
                    }
                    Some(RefOr::Ref(_)) => {}
                    None => {
                        let description = format!("{}{prose}", missing("").join(", "));
                        operation
                            .responses
                            .responses
                            .insert(status.to_owned(), problem(&description));
                    }
                }
            }
        }
    }
}

/// The document as pretty JSON with a final new line, as committed.
pub fn document_json() -> anyhow::Result<String> {
    let mut json = document().to_pretty_json()?;
    json.push('\n');
    Ok(json)
}
