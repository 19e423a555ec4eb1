use sea_orm::entity::prelude::*;

/// A district education office (районо) and the schools under it.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "district")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    #[sea_orm(unique)]
    pub slug: String,
    /// The district's name as first given: what a language without a name of its own shows.
    pub name: String,
    pub created_at: DateTimeUtc,
    /// Whether directors and district officers must sign in with a second factor.
    pub two_factor_required: bool,
    /// Where a child can get help right now, as a JSON array of `{label, number}`; `None`
    /// means the national defaults.
    pub helplines: Option<String>,
    /// Whether the district office holds one share of each school's box key (so that the
    /// district and quorum − 1 members can open a box whose members have left).
    pub holds_box_share: bool,
    /// Whether working-group members must sign in with a second factor too.
    pub group_two_factor_required: bool,
    /// The name in each language that has one.
    #[sea_orm(column_type = "Text")]
    pub names: crate::Localized,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::school::Entity")]
    School,
}

impl Related<super::school::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::School.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
