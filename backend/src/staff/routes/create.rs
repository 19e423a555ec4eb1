use actix_web::{post, web, HttpResponse};
use sea_orm::TransactionTrait;
use secrecy::SecretString;

use crate::auth::password::hash_password;
use crate::auth::store::normalise_login;
use crate::auth::Target;
use crate::auth::{Caller, Permission};
use crate::error::ProblemCode;
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::staff::admin::{check_grantable, check_separation, initial_password, valid_login};
use crate::staff::store::{create_staff, find_by_login, NewStaff, PasswordChosenBy};
use crate::staff::views::{CreatedStaff, NewStaffMember, StaffView};
use crate::state::AppState;

/// Creates a staff account of the school with its roles; the answer carries the first
/// password, shown this once. Nobody grants a role above their own.
#[utoipa::path(
    tag = "staff",
    params(("slug" = String, Path, description = "The school's slug")),
    request_body = NewStaffMember,
    responses(
        (status = 201, description = "Created", body = CreatedStaff),
        (status = 403, description = "`forbidden`, `role_not_grantable`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`login_taken`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/schools/{slug}/staff")]
pub async fn create_staff_member(
    state: web::Data<AppState>,
    caller: Caller,
    slug: web::Path<String>,
    body: ApiJson<NewStaffMember>,
) -> Result<HttpResponse, ApiError> {
    let school =
        crate::schools::authorized_school(&state.db, &caller, &slug, Permission::ManageStaff)
            .await?;
    let new = body.into_inner();
    check_grantable(&caller, Some(Target::of_school(&school)), &new.roles)?;
    check_separation(&new.roles)?;
    let login = normalise_login(&new.login);
    if !valid_login(&login) {
        return Err(ApiError::invalid_field(
            "login",
            "invalid_login",
            "3 to 64 letters, digits, . - _",
        ));
    }
    let password = initial_password();
    let hash = hash_password(SecretString::from(password.clone())).await?;
    let txn = state.db.begin().await?;
    if find_by_login(&txn, &login).await?.is_some() {
        return Err(ApiError::rejected(
            ProblemCode::LoginTaken,
            "this login is taken",
        ));
    }
    let user = create_staff(
        &txn,
        caller.actor(),
        NewStaff {
            login,
            full_name: new.full_name.trim().to_owned(),
            position: new.position.trim().to_owned(),
            school_id: Some(school.id),
            district_id: Some(school.district_id),
            password_hash: hash,
            roles: new.roles.clone(),
            email: new.email.map(|email| email.trim().to_owned()),
            password_chosen_by: PasswordChosenBy::SomeoneElse,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(HttpResponse::Created().json(CreatedStaff {
        staff: StaffView::new(user, new.roles),
        initial_password: password,
    }))
}
