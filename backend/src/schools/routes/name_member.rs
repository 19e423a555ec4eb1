use actix_web::{delete, put, web, HttpResponse};
use entity::{staff_user, Role};
use sea_orm::{EntityTrait, TransactionTrait};
use uuid::Uuid;

use crate::auth::{Caller, Permission};
use crate::error::ProblemCode;
use crate::error::{ApiError, Problem};
use crate::staff::admin::check_separation;
use crate::staff::store::{grant_role, revoke_role, roles_of};
use crate::state::AppState;

async fn member_change(
    state: &AppState,
    caller: &Caller,
    slug: &str,
    user_id: Uuid,
    add: bool,
) -> Result<HttpResponse, ApiError> {
    let school =
        crate::schools::authorized_school(&state.db, caller, slug, Permission::ManageWorkingGroup)
            .await?;
    if add && user_id == caller.user_id {
        return Err(ApiError::rejected(
            ProblemCode::WorkingGroupSeparation,
            "nobody names themself to the working group",
        ));
    }
    let txn = state.db.begin().await?;
    let user = staff_user::Entity::find_by_id(user_id)
        .one(&txn)
        .await?
        .filter(|user| user.school_id == Some(school.id))
        .ok_or(ApiError::NotFound)?;
    if add {
        let mut roles = roles_of(&txn, user.id).await?;
        roles.push(Role::WorkingGroup);
        check_separation(&roles)?;
        grant_role(&txn, caller.actor(), &user, Role::WorkingGroup).await?;
    } else {
        revoke_role(&txn, caller.actor(), &user, Role::WorkingGroup).await?;
    }
    txn.commit().await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Names a staff member of the school to the working group. Recorded in the audit trail.
#[utoipa::path(
    tag = "schools",
    params(
        ("slug" = String, Path, description = "The school's slug"),
        ("user_id" = Uuid, Path, description = "The staff member's id"),
    ),
    responses(
        (status = 204, description = "A member of the working group"),
        (status = 404, description = "`not_found`: no such school, or no such staff member there", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[put("/schools/{slug}/working-group/{user_id}")]
pub async fn add_working_group_member(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<(String, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    let (slug, user_id) = path.into_inner();
    member_change(&state, &caller, &slug, user_id, true).await
}

/// Removes a member from the working group. Recorded in the audit trail.
#[utoipa::path(
    tag = "schools",
    params(
        ("slug" = String, Path, description = "The school's slug"),
        ("user_id" = Uuid, Path, description = "The staff member's id"),
    ),
    responses(
        (status = 204, description = "No longer a member"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[delete("/schools/{slug}/working-group/{user_id}")]
pub async fn remove_working_group_member(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<(String, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    let (slug, user_id) = path.into_inner();
    member_change(&state, &caller, &slug, user_id, false).await
}
