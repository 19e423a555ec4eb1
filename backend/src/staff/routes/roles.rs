use actix_web::{put, web, HttpResponse};
use sea_orm::TransactionTrait;
use uuid::Uuid;

use super::managed_member;
use crate::auth::{two_factor, Caller};
use crate::error::ProblemCode;
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::staff::admin::{check_grantable, check_separation, member_target};
use crate::staff::store::{grant_role, revoke_role};
use crate::staff::views::{RoleSet, StaffView};
use crate::state::AppState;

/// Sets the roles a member holds: the ones added and the ones taken away must both be
/// within the caller's reach, and nobody changes their own.
#[utoipa::path(
    tag = "staff",
    params(("id" = Uuid, Path, description = "The staff member")),
    request_body = RoleSet,
    responses(
        (status = 200, description = "The member with their roles", body = StaffView),
        (status = 403, description = "`forbidden`, `role_not_grantable`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`own_roles`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[put("/staff/{id}/roles")]
pub async fn set_staff_roles(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
    body: ApiJson<RoleSet>,
) -> Result<HttpResponse, ApiError> {
    let (user, held) = managed_member(&state.db, &caller, *id).await?;
    if user.id == caller.user_id {
        return Err(ApiError::rejected(
            ProblemCode::OwnRoles,
            "nobody changes their own roles",
        ));
    }
    let mut wanted = body.into_inner().roles;
    wanted.sort();
    wanted.dedup();
    let removed: Vec<_> = held
        .iter()
        .copied()
        .filter(|role| !wanted.contains(role))
        .collect();
    let target = member_target(&user, user.district_id);
    check_grantable(&caller, target, &wanted)?;
    check_grantable(&caller, target, &removed)?;
    check_separation(&wanted)?;
    let txn = state.db.begin().await?;
    for role in removed {
        revoke_role(&txn, caller.actor(), &user, role).await?;
    }
    for role in wanted.iter().filter(|role| !held.contains(role)) {
        grant_role(&txn, caller.actor(), &user, *role).await?;
    }
    txn.commit().await?;
    let enabled = two_factor::store::is_enabled(&state.db, user.id).await?;
    Ok(HttpResponse::Ok().json(StaffView::new(user, wanted).with_two_factor(enabled)))
}
