use sea_orm::entity::prelude::*;

/// That a holder gave their share to an opening (never the share itself).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "opening_share")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub box_opening_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub holder_id: Uuid,
    pub box_key_id: Uuid,
    pub given_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
