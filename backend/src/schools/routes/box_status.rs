use actix_web::{get, web, HttpResponse};

use crate::auth::Permission;
use crate::auth::Target;
use crate::box_openings::service::box_status;
use crate::box_openings::views::BoxStatus;
use crate::error::{ApiError, Problem};
use crate::schools::authorized::{may, SchoolOf};
use crate::state::AppState;

/// Whether the school's box is opened as often as its interval requires and, for the
/// director and the working group only, how many appeals dropped before today wait in it.
#[utoipa::path(
    tag = "schools",
    params(("slug" = String, Path, description = "The school's slug")),
    responses(
        (status = 200, description = "The box's status", body = BoxStatus),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/schools/{slug}/box-status")]
pub async fn get_box_status(
    state: web::Data<AppState>,
    SchoolOf { caller, school, .. }: SchoolOf<may::ViewAppealOverview>,
) -> Result<HttpResponse, ApiError> {
    let sees_contents = caller
        .authorize(Permission::ReceiveAlerts, Target::of_school(&school))
        .is_ok();
    Ok(HttpResponse::Ok().json(box_status(&state, &school, sees_contents).await?))
}
