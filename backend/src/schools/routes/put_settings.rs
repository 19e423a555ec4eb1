use actix_web::{put, web, HttpResponse};

use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::schools::authorized::{may, SchoolOf};
use crate::schools::settings::change_settings;
use crate::schools::views::{SchoolSettingsChange, SchoolView};
use crate::state::AppState;

/// Changes the school's name and the settings of its process: the opening quorum and
/// interval, the answer deadlines, the language, the time zone and how long closed appeals
/// are kept. Deadlines already given
/// stay as they were.
#[utoipa::path(
    tag = "schools",
    params(("slug" = String, Path, description = "The school's slug")),
    request_body = SchoolSettingsChange,
    responses(
        (status = 200, description = "The school", body = SchoolView),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[put("/schools/{slug}/settings")]
pub async fn put_school_settings(
    state: web::Data<AppState>,
    SchoolOf { caller, school, .. }: SchoolOf<may::ManageSchoolSettings>,
    body: ApiJson<SchoolSettingsChange>,
) -> Result<HttpResponse, ApiError> {
    let updated = change_settings(
        &state.db,
        &state.school_cache,
        &caller,
        &school,
        body.into_inner(),
    )
    .await?;
    Ok(HttpResponse::Ok().json(SchoolView::from(updated)))
}
