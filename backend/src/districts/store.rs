//! The district's own rows: its settings and its service accounts.

use chrono::Utc;
use entity::{district, service_account};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait,
    QueryFilter, QueryOrder,
};
use uuid::Uuid;

/// A district's service accounts, oldest first.
pub async fn service_accounts_of<C: ConnectionTrait>(
    db: &C,
    district_id: Uuid,
) -> Result<Vec<service_account::Model>, DbErr> {
    service_account::Entity::find()
        .filter(service_account::Column::DistrictId.eq(district_id))
        .order_by_asc(service_account::Column::CreatedAt)
        .all(db)
        .await
}

/// A new service account of a district.
pub struct NewServiceAccount {
    pub district_id: Uuid,
    pub name: String,
    pub client_id: String,
    pub secret_hash: String,
    pub scopes: String,
    pub created_by: Uuid,
}

/// Stores a new service account.
pub async fn insert_service_account<C: ConnectionTrait>(
    db: &C,
    new: NewServiceAccount,
) -> Result<service_account::Model, DbErr> {
    service_account::ActiveModel {
        id: Set(Uuid::new_v4()),
        district_id: Set(new.district_id),
        name: Set(new.name),
        client_id: Set(new.client_id),
        secret_hash: Set(new.secret_hash),
        scopes: Set(new.scopes),
        created_by: Set(new.created_by),
        created_at: Set(Utc::now()),
        revoked_at: Set(None),
    }
    .insert(db)
    .await
}

/// Revokes a district's service account; `false` when it has no such account still valid.
pub async fn revoke_service_account<C: ConnectionTrait>(
    db: &C,
    district_id: Uuid,
    id: Uuid,
) -> Result<bool, DbErr> {
    let revoked = service_account::Entity::update_many()
        .col_expr(service_account::Column::RevokedAt, Expr::value(Utc::now()))
        .filter(service_account::Column::Id.eq(id))
        .filter(service_account::Column::DistrictId.eq(district_id))
        .filter(service_account::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(revoked.rows_affected > 0)
}

/// A district's settings as they are to be stored; helplines (as stored JSON) absent keep
/// the stored list.
pub struct SettingsRow {
    pub name: String,
    pub names: entity::Localized,
    pub two_factor_required: bool,
    pub holds_box_share: bool,
    pub group_two_factor_required: bool,
    pub helplines: Option<String>,
}

/// Stores a district's settings.
pub async fn update_settings<C: ConnectionTrait>(
    db: &C,
    district_id: Uuid,
    settings: &SettingsRow,
) -> Result<(), DbErr> {
    let mut update = district::Entity::update_many()
        .col_expr(district::Column::Name, Expr::value(settings.name.clone()))
        .col_expr(district::Column::Names, Expr::value(settings.names.clone()))
        .col_expr(
            district::Column::TwoFactorRequired,
            Expr::value(settings.two_factor_required),
        )
        .col_expr(
            district::Column::HoldsBoxShare,
            Expr::value(settings.holds_box_share),
        )
        .col_expr(
            district::Column::GroupTwoFactorRequired,
            Expr::value(settings.group_two_factor_required),
        );
    if let Some(stored) = &settings.helplines {
        update = update.col_expr(district::Column::Helplines, Expr::value(stored.clone()));
    }
    update
        .filter(district::Column::Id.eq(district_id))
        .exec(db)
        .await?;
    Ok(())
}
