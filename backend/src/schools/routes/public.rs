use actix_web::{get, web, HttpResponse};

use crate::appeals::intake::public_school;
use crate::districts::helplines::{helplines_of, national_helplines};
use crate::error::{ApiError, Problem};
use crate::http::names::{LanguageQuery, Names};
use crate::schools::store::find_district;
use crate::schools::views::PublicSchool;
use crate::state::AppState;

/// What anyone may know of a school's trust box: its name, district, language, how often it
/// is opened, and where to get help right now. Public. The names are in the language asked for
/// (`?lang=`; the school's language when absent), with every language's beside them.
#[utoipa::path(
    tag = "schools",
    params(
        ("slug" = String, Path, description = "The school's slug, e.g. `school-31`"),
        LanguageQuery,
    ),
    responses(
        (status = 200, description = "The school's box", body = PublicSchool),
        (status = 404, description = "`school_not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`: a language other than ky, ru or en", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/schools/{slug}/public")]
pub async fn get_public_school(
    state: web::Data<AppState>,
    slug: web::Path<String>,
    query: web::Query<LanguageQuery>,
) -> Result<HttpResponse, ApiError> {
    let school = public_school(&state, &slug).await?;
    let lang = query.or(&school.default_language).to_owned();
    let district = find_district(&state.db, school.district_id).await?;
    let district_name = district
        .as_ref()
        .map(|district| district.names.shown(&lang, &district.name).to_owned())
        .unwrap_or_default();
    let district_names = district
        .as_ref()
        .map(|district| Names::from(&district.names))
        .unwrap_or_default();
    let helplines = district
        .as_ref()
        .map_or_else(national_helplines, helplines_of);
    Ok(HttpResponse::Ok().json(PublicSchool {
        name: school.names.shown(&lang, &school.name).to_owned(),
        names: Names::from(&school.names),
        slug: school.slug,
        district_name,
        district_names,
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
