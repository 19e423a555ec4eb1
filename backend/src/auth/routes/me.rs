use actix_web::{get, web, HttpResponse};

use crate::auth::caller::SignedIn;
use crate::auth::two_factor;
use crate::auth::views::{DistrictSummary, Me, SchoolSummary};
use crate::error::{ApiError, Problem};
use crate::http::names::Names;
use crate::schools::store as schools;
use crate::state::AppState;

/// Who the signed-in staff member is: name, position, roles, school and district, and
/// their second factor (answered also while the district requires one not yet turned on).
#[utoipa::path(
    tag = "auth",
    responses(
        (status = 200, description = "The signed-in staff member", body = Me),
        (status = 403, description = "`forbidden`: a service account's token", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/me")]
pub async fn me(
    state: web::Data<AppState>,
    SignedIn(caller): SignedIn,
) -> Result<HttpResponse, ApiError> {
    if caller.scopes.is_some() {
        // A service account is not a member of staff: it has no "me".
        return Err(ApiError::Forbidden);
    }
    let two_factor = two_factor::state_of(&state.db, &caller).await?;
    let password_change_required = caller.password_change_required();
    let school = match caller.school_id {
        Some(id) => schools::find_school(&state.db, id).await?,
        None => None,
    };
    let district_id = caller
        .district_id
        .or(school.as_ref().map(|school| school.district_id));
    let district = match district_id {
        Some(id) => schools::find_district(&state.db, id).await?,
        None => None,
    };
    Ok(HttpResponse::Ok().json(Me {
        id: caller.user_id,
        login: caller.login,
        full_name: caller.full_name,
        position: caller.position,
        roles: caller.roles.into_iter().collect(),
        school: school.map(|school| SchoolSummary {
            id: school.id,
            names: Names::from(&school.names),
            slug: school.slug,
            name: school.name,
        }),
        district: district.map(|district| DistrictSummary {
            id: district.id,
            names: Names::from(&district.names),
            slug: district.slug,
            name: district.name,
        }),
        two_factor,
        password_change_required,
    }))
}
