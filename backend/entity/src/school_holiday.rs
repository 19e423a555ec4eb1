use sea_orm::entity::prelude::*;

/// A public holiday of a school's calendar: not a working day for deadlines.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "school_holiday")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub school_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub day: Date,
    pub name: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
