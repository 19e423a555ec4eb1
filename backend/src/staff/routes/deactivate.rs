use actix_web::{post, web, HttpResponse};
use chrono::Utc;
use entity::staff_user;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use super::managed_member;
use crate::audit::AuditSubject;
use crate::audit::{self, AuditAction, AuditChain, AuditEvent};
use crate::auth::store::end_sessions;
use crate::auth::{two_factor, Caller};
use crate::error::ProblemCode;
use crate::error::{ApiError, Problem};
use crate::staff::views::StaffView;
use crate::state::AppState;

/// Deactivates a member's account: they are signed out at once and can no longer sign in.
/// Their name stays on what they did.
#[utoipa::path(
    tag = "staff",
    params(("id" = Uuid, Path, description = "The staff member")),
    responses(
        (status = 200, description = "The deactivated member", body = StaffView),
        (status = 403, description = "`forbidden`, `role_not_grantable`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`own_account`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/staff/{id}/deactivation")]
pub async fn deactivate_staff_member(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let (user, roles) = managed_member(&state.db, &caller, *id).await?;
    if user.id == caller.user_id {
        return Err(ApiError::rejected(
            ProblemCode::OwnAccount,
            "nobody deactivates their own account",
        ));
    }
    let txn = state.db.begin().await?;
    staff_user::Entity::update_many()
        .col_expr(staff_user::Column::Active, Expr::value(false))
        .col_expr(staff_user::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(staff_user::Column::Id.eq(user.id))
        .exec(&txn)
        .await?;
    end_sessions(&txn, user.id).await?;
    audit::record(
        &txn,
        AuditEvent {
            chain: AuditChain::of_staff(user.school_id, user.district_id),
            actor: caller.actor(),
            action: AuditAction::StaffDeactivated,
            subject: Some(AuditSubject::Staff(user.id)),
            details: json!({"login": user.login}),
        },
    )
    .await?;
    txn.commit().await?;
    let enabled = two_factor::store::is_enabled(&state.db, user.id).await?;
    let mut view = StaffView::new(user, roles).with_two_factor(enabled);
    view.active = false;
    Ok(HttpResponse::Ok().json(view))
}
