use sea_orm::entity::prelude::*;

/// One holder's share of a box key, sealed to the holder's public key.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "box_key_share")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub box_key_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub holder_id: Uuid,
    pub sealed_share: Vec<u8>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
