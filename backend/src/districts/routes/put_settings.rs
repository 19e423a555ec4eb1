use actix_web::{put, web, HttpResponse};
use entity::district;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, TransactionTrait};
use serde_json::json;

use crate::audit::AuditSubject;
use crate::audit::{self, AuditAction, AuditChain, AuditEvent};
use crate::auth::Target;
use crate::auth::{Caller, Permission};
use crate::districts::helplines::{self, helplines_of};
use crate::districts::views::{DistrictSettings, DistrictSettingsChange};
use crate::error::{ApiError, Problem};
use crate::http::ApiJson;
use crate::schools::store::find_district_by_slug;
use crate::state::AppState;

/// Changes the district's settings (a list of helplines replaces the current one). Requiring a
/// second factor takes effect at once: a director, district officer or (when required of the
/// group) working-group member without one can, from their next request, only turn it on.
#[utoipa::path(
    tag = "districts",
    params(("slug" = String, Path, description = "The district's slug")),
    request_body = DistrictSettingsChange,
    responses(
        (status = 200, description = "The settings", body = DistrictSettings),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`: a helpline's number or label", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[put("/districts/{slug}/settings")]
pub async fn put_district_settings(
    state: web::Data<AppState>,
    caller: Caller,
    slug: web::Path<String>,
    body: ApiJson<DistrictSettingsChange>,
) -> Result<HttpResponse, ApiError> {
    let district = find_district_by_slug(&state.db, &slug)
        .await?
        .ok_or(ApiError::NotFound)?;
    caller.authorize(
        Permission::ManageDistrictSettings,
        Target::of_district(&district),
    )?;
    let change = body.into_inner();
    let new_helplines = change.helplines.map(helplines::checked).transpose()?;
    let before = helplines_of(&district);
    let after = new_helplines.clone().unwrap_or_else(|| before.clone());
    let txn = state.db.begin().await?;
    let mut update = district::Entity::update_many().col_expr(
        district::Column::TwoFactorRequired,
        Expr::value(change.two_factor_required),
    );
    let holds_box_share = change.holds_box_share.unwrap_or(district.holds_box_share);
    update = update.col_expr(
        district::Column::HoldsBoxShare,
        Expr::value(holds_box_share),
    );
    let group_two_factor_required = change
        .group_two_factor_required
        .unwrap_or(district.group_two_factor_required);
    update = update.col_expr(
        district::Column::GroupTwoFactorRequired,
        Expr::value(group_two_factor_required),
    );
    if let Some(lines) = &new_helplines {
        let stored = serde_json::to_string(lines).map_err(anyhow::Error::from)?;
        update = update.col_expr(district::Column::Helplines, Expr::value(stored));
    }
    update
        .filter(district::Column::Id.eq(district.id))
        .exec(&txn)
        .await?;
    audit::record(
        &txn,
        AuditEvent {
            chain: AuditChain::District(district.id),
            actor: caller.actor(),
            action: AuditAction::DistrictSettingsChanged,
            subject: Some(AuditSubject::District(district.id)),
            details: json!({
                "two_factor_required": {
                    "from": district.two_factor_required,
                    "to": change.two_factor_required,
                },
                "helplines_changed": before != after,
                "holds_box_share": {
                    "from": district.holds_box_share,
                    "to": holds_box_share,
                },
                "group_two_factor_required": {
                    "from": district.group_two_factor_required,
                    "to": group_two_factor_required,
                },
            }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(HttpResponse::Ok().json(DistrictSettings {
        two_factor_required: change.two_factor_required,
        helplines: after,
        holds_box_share,
        group_two_factor_required,
    }))
}
