use sea_orm::entity::prelude::*;

/// The shares an opening has gathered so far, sealed to one holder who has not yet given
/// theirs; deleted when the quorum is reached or the opening is abandoned.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "opening_envelope")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub box_opening_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub holder_id: Uuid,
    pub sealed: Vec<u8>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
