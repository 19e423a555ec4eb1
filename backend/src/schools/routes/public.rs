use actix_web::{get, web, HttpResponse};

use crate::appeals::intake::public_school;
use crate::districts::helplines::{helplines_of, national_helplines};
use crate::error::{ApiError, Problem};
use crate::schools::store::find_district;
use crate::schools::views::PublicSchool;
use crate::state::AppState;

/// What anyone may know of a school's trust box: its name, district, language, how often it
/// is opened, and where to get help right now. Public.
#[utoipa::path(
    tag = "schools",
    params(("slug" = String, Path, description = "The school's slug, e.g. `school-31`")),
    responses(
        (status = 200, description = "The school's box", body = PublicSchool),
        (status = 404, description = "`school_not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/schools/{slug}/public")]
pub async fn get_public_school(
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let school = public_school(&state, &slug).await?;
    let district = find_district(&state.db, school.district_id).await?;
    let district_name = district
        .as_ref()
        .map(|district| district.name.clone())
        .unwrap_or_default();
    let helplines = district
        .as_ref()
        .map_or_else(national_helplines, helplines_of);
    Ok(HttpResponse::Ok().json(PublicSchool {
        slug: school.slug,
        name: school.name,
        district_name,
        default_language: school.default_language,
        time_zone: school.time_zone,
        opening_interval_months: school.opening_interval_months,
        answer_deadline_working_days: school.answer_deadline_working_days,
        anonymous_target_working_days: school.anonymous_target_working_days,
        helplines,
        box_key_fingerprint: crate::box_keys::store::current_box_key(&state.db, school.id)
            .await?
            .map(|key| key.fingerprint),
    }))
}
