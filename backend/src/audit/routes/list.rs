use actix_web::{get, web, HttpResponse};
use entity::audit_entry;
use sea_orm::{
    ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
    TransactionTrait,
};
use serde_json::json;

use crate::audit::views::{AuditPage, AuditQuery, AuditRow};
use crate::audit::AuditSubject;
use crate::audit::{self, AuditAction, AuditChain, AuditEvent};
use crate::auth::{Caller, Permission};
use crate::cases::store::appeals_concerning;
use crate::error::{ApiError, Problem};
use crate::state::AppState;

/// The school's audit trail (clause 4), newest first: sign-ins, role changes, every read of
/// appeal content, assignments. For the director and the district office; reading it is
/// itself an entry of the trail. Entries about an appeal that concerns the reader are left out.
#[utoipa::path(
    tag = "audit",
    params(AuditQuery),
    responses(
        (status = 200, description = "A page of the trail", body = AuditPage),
        (status = 404, description = "`not_found`: no such school", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/audit")]
pub async fn list_audit_trail(
    state: web::Data<AppState>,
    caller: Caller,
    query: web::Query<AuditQuery>,
) -> Result<HttpResponse, ApiError> {
    let query = query.into_inner();
    let school = crate::schools::authorized_school(
        &state.db,
        &caller,
        &query.school,
        Permission::ViewAuditTrail,
    )
    .await?;
    let chain = AuditChain::School(school.id);
    let per_page = query.per_page.unwrap_or(100).clamp(1, 500);
    let page = query.page.unwrap_or(1).clamp(1, crate::http::MAX_PAGE);
    let txn = state.db.begin().await?;
    // The read goes into the school's own trail, so the school sees who looked.
    audit::record(
        &txn,
        AuditEvent {
            chain,
            actor: caller.actor(),
            action: AuditAction::AuditTrailRead,
            subject: Some(AuditSubject::School(school.id)),
            details: json!({"page": page}),
        },
    )
    .await?;
    let mut select = audit_entry::Entity::find().filter(audit_entry::Column::Chain.eq(chain.key()));
    // Nobody reads the trail of an appeal that concerns them (who read it, what was done).
    let about_reader: Vec<String> = appeals_concerning(&txn, caller.user_id)
        .await?
        .into_iter()
        .map(|appeal_id| AuditSubject::Appeal(appeal_id).to_string())
        .collect();
    if !about_reader.is_empty() {
        select = select.filter(
            sea_orm::Condition::any()
                .add(audit_entry::Column::Subject.is_null())
                .add(audit_entry::Column::Subject.is_not_in(about_reader)),
        );
    }
    if let Some(action) = &query.action {
        select = select.filter(audit_entry::Column::Action.eq(action.as_str()));
    }
    let total = select.clone().count(&txn).await?;
    let entries = select
        .order_by_desc(audit_entry::Column::Seq)
        .offset((page - 1).saturating_mul(per_page))
        .limit(per_page)
        .all(&txn)
        .await?;
    txn.commit().await?;
    let rows = entries
        .into_iter()
        .map(|entry| AuditRow {
            seq: entry.seq,
            occurred_at: entry.occurred_at,
            actor_login: entry.actor_login,
            action: entry.action,
            subject: entry.subject,
            details: serde_json::from_str(&entry.details).unwrap_or(serde_json::Value::Null),
        })
        .collect();
    Ok(HttpResponse::Ok().json(AuditPage { rows, total }))
}
