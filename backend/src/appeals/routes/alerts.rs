use actix_web::{get, web, HttpResponse};
use entity::appeal::AppealStatus;

use crate::appeals::store::{list_appeals, AppealFilter};
use crate::appeals::views::{Alert, AlertKind};
use crate::error::{ApiError, Problem};
use crate::schools::authorized::{may, SchoolOf};
use crate::state::AppState;

/// Urgent appeals waiting sealed in the box, for the director and the working group: the day
/// and the channel, never the content. The group may hold an extraordinary opening at once.
#[utoipa::path(
    tag = "appeals",
    params(("school" = String, Query, description = "The school's slug")),
    responses(
        (status = 200, description = "The alerts, newest first", body = [Alert]),
        (status = 404, description = "`not_found`: no such school", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/alerts")]
pub async fn list_alerts(
    state: web::Data<AppState>,
    SchoolOf { school, .. }: SchoolOf<may::ReceiveAlerts>,
) -> Result<HttpResponse, ApiError> {
    let (urgent, _) = list_appeals(
        &state.db,
        school.id,
        AppealFilter {
            status: Some(AppealStatus::Sealed),
            urgent: Some(true),
            // Safety first: an urgent appeal alerts the director and the group at once.
            sealed_dropped_before: chrono::NaiveDate::from_ymd_opt(9999, 12, 31),
        },
        1,
        200,
    )
    .await?;
    let alerts: Vec<Alert> = urgent
        .into_iter()
        .map(|appeal| Alert {
            kind: AlertKind::UrgentAppeal,
            appeal_id: appeal.id,
            submitted_on: appeal.submitted_on,
            channel: appeal.channel,
        })
        .collect();
    Ok(HttpResponse::Ok().json(alerts))
}
