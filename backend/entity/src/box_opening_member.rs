use sea_orm::entity::prelude::*;

/// A working-group member who confirmed an opening, and signed its act.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "box_opening_member")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub box_opening_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: Uuid,
    pub confirmed_at: DateTimeUtc,
    pub signed_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
