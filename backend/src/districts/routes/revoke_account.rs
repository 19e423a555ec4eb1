use actix_web::{delete, web, HttpResponse};
use chrono::Utc;
use entity::service_account;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use crate::audit::AuditSubject;
use crate::audit::{self, AuditAction, AuditChain, AuditEvent};
use crate::auth::Target;
use crate::auth::{Caller, Permission};
use crate::error::{ApiError, Problem};
use crate::schools::store::find_district_by_slug;
use crate::state::AppState;

/// Revokes a service account: its tokens stop working at once.
#[utoipa::path(
    tag = "districts",
    params(
        ("slug" = String, Path, description = "The district's slug"),
        ("id" = Uuid, Path, description = "The account"),
    ),
    responses(
        (status = 204, description = "Revoked"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[delete("/districts/{slug}/service-accounts/{id}")]
pub async fn revoke_service_account(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<(String, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    let (slug, id) = path.into_inner();
    let district = find_district_by_slug(&state.db, &slug)
        .await?
        .ok_or(ApiError::NotFound)?;
    caller.authorize(
        Permission::ManageIntegrations,
        Target::of_district(&district),
    )?;
    let txn = state.db.begin().await?;
    let revoked = service_account::Entity::update_many()
        .col_expr(service_account::Column::RevokedAt, Expr::value(Utc::now()))
        .filter(service_account::Column::Id.eq(id))
        .filter(service_account::Column::DistrictId.eq(district.id))
        .filter(service_account::Column::RevokedAt.is_null())
        .exec(&txn)
        .await?;
    if revoked.rows_affected == 0 {
        return Err(ApiError::NotFound);
    }
    audit::record(
        &txn,
        AuditEvent {
            chain: AuditChain::District(district.id),
            actor: caller.actor(),
            action: AuditAction::ServiceAccountRevoked,
            subject: Some(AuditSubject::ServiceAccount(id)),
            details: json!({}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(HttpResponse::NoContent().finish())
}
