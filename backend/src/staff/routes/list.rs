use actix_web::{get, web, HttpResponse};

use crate::auth::{two_factor, Caller, Permission};
use crate::error::{ApiError, Problem};
use crate::staff::store::list_school_staff;
use crate::staff::views::StaffView;
use crate::state::AppState;

/// The staff of a school with their roles, for those who manage them.
#[utoipa::path(
    tag = "staff",
    params(("slug" = String, Path, description = "The school's slug")),
    responses(
        (status = 200, description = "The school's staff", body = [StaffView]),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/schools/{slug}/staff")]
pub async fn list_staff(
    state: web::Data<AppState>,
    caller: Caller,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let school =
        crate::schools::authorized_school(&state.db, &caller, &slug, Permission::ManageStaff)
            .await?;
    let members = list_school_staff(&state.db, school.id).await?;
    let with_factor =
        two_factor::store::enabled_among(&state.db, members.iter().map(|(user, _)| user.id))
            .await?;
    let staff: Vec<StaffView> = members
        .into_iter()
        .map(|(user, roles)| {
            let enabled = with_factor.contains(&user.id);
            StaffView::new(user, roles).with_two_factor(enabled)
        })
        .collect();
    Ok(HttpResponse::Ok().json(staff))
}
