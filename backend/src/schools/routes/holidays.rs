use actix_web::{get, web, HttpResponse};

use crate::error::{ApiError, Problem};
use crate::schools::authorized::{may, SchoolOf};
use crate::schools::store::list_holidays;
use crate::schools::views::{Holiday, HolidayList};
use crate::state::AppState;

/// The school's public holidays: answer deadlines count working days and skip them.
#[utoipa::path(
    tag = "schools",
    params(("slug" = String, Path, description = "The school's slug")),
    responses(
        (status = 200, description = "The holidays, in order", body = HolidayList),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/schools/{slug}/holidays")]
pub async fn list_school_holidays(
    state: web::Data<AppState>,
    SchoolOf { school, .. }: SchoolOf<may::ViewSchool>,
) -> Result<HttpResponse, ApiError> {
    let holidays = list_holidays(&state.db, school.id)
        .await?
        .into_iter()
        .map(|holiday| Holiday {
            day: holiday.day,
            name: holiday.name,
        })
        .collect();
    Ok(HttpResponse::Ok().json(HolidayList { holidays }))
}
