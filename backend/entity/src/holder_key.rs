use sea_orm::entity::prelude::*;

/// A holder's key pair for the box: a working-group member's (`user_id`) or a district
/// office's (`district_id`). The private half is stored only wrapped, under a key derived
/// from the holder's box passphrase and once more from their one-time recovery code.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "holder_key")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    #[sea_orm(unique)]
    pub user_id: Option<Uuid>,
    #[sea_orm(unique)]
    pub district_id: Option<Uuid>,
    pub public_key: Vec<u8>,
    pub wrapped_by_passphrase: Vec<u8>,
    pub wrapped_by_recovery_code: Vec<u8>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
