use actix_web::{put, web, HttpResponse};

use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::schools::authorized::{may, SchoolOf};
use crate::schools::settings::replace_holidays;
use crate::schools::views::HolidayList;
use crate::state::AppState;

/// Replaces the school's public holidays (for example to add Orozo Ait and Kurman Ait, whose
/// dates move each year). Deadlines of appeals registered from now on skip them; deadlines
/// already given stay as they were.
#[utoipa::path(
    tag = "schools",
    params(("slug" = String, Path, description = "The school's slug")),
    request_body = HolidayList,
    responses(
        (status = 200, description = "The holidays, in order", body = HolidayList),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[put("/schools/{slug}/holidays")]
pub async fn put_school_holidays(
    state: web::Data<AppState>,
    SchoolOf { caller, school, .. }: SchoolOf<may::ManageSchoolSettings>,
    body: ApiJson<HolidayList>,
) -> Result<HttpResponse, ApiError> {
    let holidays =
        replace_holidays(&state.db, &caller, &school, body.into_inner().holidays).await?;
    Ok(HttpResponse::Ok().json(HolidayList { holidays }))
}
