use actix_web::{post, web, HttpResponse};
use entity::Role;
use sea_orm::TransactionTrait;
use secrecy::SecretString;
use serde_json::json;

use crate::audit::AuditSubject;
use crate::audit::{self, AuditAction, AuditChain, AuditEvent};
use crate::auth::password::hash_password;
use crate::auth::store::normalise_login;
use crate::auth::{Caller, Permission};
use crate::error::ProblemCode;
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::schools::routes::put_settings::check_language_and_zone;
use crate::schools::store::{create_school, find_school_by_slug, NewSchool};
use crate::schools::views::{CreatedSchool, NewDistrictSchool, SchoolView};
use crate::staff::admin::{initial_password, valid_login};
use crate::staff::store::{create_staff, find_by_login, NewStaff, PasswordChosenBy};
use crate::staff::views::StaffView;
use crate::state::AppState;

/// Creates a school of the district with its first director; the answer carries the
/// director's first password, shown this once.
#[utoipa::path(
    tag = "districts",
    params(("slug" = String, Path, description = "The district's slug")),
    request_body = NewDistrictSchool,
    responses(
        (status = 201, description = "Created", body = CreatedSchool),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`slug_taken`, `login_taken`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/districts/{slug}/schools")]
pub async fn create_district_school(
    state: web::Data<AppState>,
    caller: Caller,
    slug: web::Path<String>,
    body: ApiJson<NewDistrictSchool>,
) -> Result<HttpResponse, ApiError> {
    let district =
        crate::schools::authorized_district(&state.db, &caller, &slug, Permission::CreateSchool)
            .await?;
    let new = body.into_inner();
    let school_slug = new.slug.trim().to_owned();
    if !school_slug
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return Err(ApiError::invalid_field(
            "slug",
            "invalid_slug",
            "lowercase letters, digits and -",
        ));
    }
    let time_zone = new.time_zone.unwrap_or_else(|| "Asia/Bishkek".to_owned());
    check_language_and_zone(&new.default_language, &time_zone)?;
    if new
        .director
        .roles
        .iter()
        .any(|role| *role != Role::Director)
    {
        // The first member of a school is its director, and only that: say so rather than
        // quietly dropping the other roles.
        return Err(ApiError::invalid_field(
            "director.roles",
            "director_only",
            "the school's first account is its director; give other roles from the school",
        ));
    }
    let login = normalise_login(&new.director.login);
    if !valid_login(&login) {
        return Err(ApiError::invalid_field(
            "director.login",
            "invalid_login",
            "3 to 64 letters, digits, . - _",
        ));
    }
    let password = initial_password();
    let hash = hash_password(SecretString::from(password.clone())).await?;
    let txn = state.db.begin().await?;
    if find_school_by_slug(&txn, &school_slug).await?.is_some() {
        return Err(ApiError::rejected(
            ProblemCode::SlugTaken,
            "a school with this slug exists",
        ));
    }
    if find_by_login(&txn, &login).await?.is_some() {
        return Err(ApiError::rejected(
            ProblemCode::LoginTaken,
            "this login is taken",
        ));
    }
    let school = create_school(
        &txn,
        NewSchool {
            slug: school_slug,
            name: new.name.trim().to_owned(),
            district_id: district.id,
            opening_quorum: 3,
            default_language: new.default_language,
            time_zone,
        },
    )
    .await?;
    audit::record(
        &txn,
        AuditEvent {
            chain: AuditChain::District(district.id),
            actor: caller.actor(),
            action: AuditAction::SchoolCreated,
            subject: Some(AuditSubject::School(school.id)),
            details: json!({"slug": school.slug, "name": school.name}),
        },
    )
    .await?;
    let director = create_staff(
        &txn,
        caller.actor(),
        NewStaff {
            login,
            full_name: new.director.full_name.trim().to_owned(),
            position: new.director.position.trim().to_owned(),
            school_id: Some(school.id),
            district_id: Some(district.id),
            password_hash: hash,
            roles: vec![Role::Director],
            email: new.director.email.map(|email| email.trim().to_owned()),
            password_chosen_by: PasswordChosenBy::SomeoneElse,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(HttpResponse::Created().json(CreatedSchool {
        school: SchoolView::from(school),
        director: StaffView::new(director, vec![Role::Director]),
        initial_password: password,
    }))
}
