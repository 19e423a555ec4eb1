use actix_web::{get, web, HttpResponse};

use crate::appeals::store::{list_appeals, AppealFilter};
use crate::appeals::views::{AppealList, AppealListQuery, AppealSummary};
use crate::auth::Permission;
use crate::auth::Target;
use crate::calendar::today_in;
use crate::error::{ApiError, Problem};
use crate::schools::authorized::{may, SchoolOf};
use crate::state::AppState;

/// A school's appeals as staff see them before anyone may read them: the day, the channel,
/// the status and the urgent flag — never what they say.
#[utoipa::path(
    tag = "appeals",
    params(AppealListQuery),
    responses(
        (status = 200, description = "A page of appeals, newest first", body = AppealList),
        (status = 404, description = "`not_found`: no such school", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/appeals")]
pub async fn list_school_appeals(
    state: web::Data<AppState>,
    SchoolOf { caller, school, .. }: SchoolOf<may::ViewAppealOverview>,
    query: web::Query<AppealListQuery>,
) -> Result<HttpResponse, ApiError> {
    let query = query.into_inner();
    let per_page = query.per_page.unwrap_or(50).clamp(1, 200);
    let page = query.page.unwrap_or(1).clamp(1, crate::http::MAX_PAGE);
    let (appeals, total) = list_appeals(
        &state.db,
        school.id,
        AppealFilter {
            status: query.status,
            urgent: query.urgent,
            // What is in the box only for the director and the working group, and a day late.
            sealed_dropped_before: caller
                .authorize(Permission::ReceiveAlerts, Target::of_school(&school))
                .is_ok()
                .then(|| today_in(&school.time_zone)),
        },
        page,
        per_page,
    )
    .await?;
    Ok(HttpResponse::Ok().json(AppealList {
        items: appeals
            .into_iter()
            .map(|appeal| AppealSummary {
                id: appeal.id,
                submitted_on: appeal.submitted_on,
                channel: appeal.channel,
                status: appeal.status,
                urgent: appeal.urgent,
            })
            .collect(),
        total,
    }))
}
