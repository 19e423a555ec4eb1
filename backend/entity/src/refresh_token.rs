use sea_orm::entity::prelude::*;

/// A refresh token, stored only as its SHA-256. Tokens of one sign-in form a family:
/// presenting a token that was already rotated revokes the whole family.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "refresh_token")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub user_id: Uuid,
    pub family_id: Uuid,
    #[sea_orm(unique)]
    pub token_hash: String,
    pub expires_at: DateTimeUtc,
    pub rotated_at: Option<DateTimeUtc>,
    pub revoked_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    /// When the sign-in this token descends from began: refreshing ends 12 hours after it.
    pub family_started_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::staff_user::Entity",
        from = "Column::UserId",
        to = "super::staff_user::Column::Id"
    )]
    StaffUser,
}

impl ActiveModelBehavior for ActiveModel {}
