use sea_orm::entity::prelude::*;

/// A school with its trust box and the settings of its process.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "school")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    #[sea_orm(unique)]
    pub slug: String,
    /// The name in the school's language (`default_language`): what the journal, the act and
    /// mails print, and what a language without a name of its own shows.
    pub name: String,
    pub district_id: Uuid,
    /// How many working-group members must confirm an opening.
    pub opening_quorum: i32,
    /// The box must be opened at least once per this many months.
    pub opening_interval_months: i32,
    /// Answer deadline for signed appeals, in working days from registration.
    pub answer_deadline_working_days: i32,
    /// The school's own answer target for anonymous appeals, in working days.
    pub anonymous_target_working_days: i32,
    /// `ky`, `ru` or `en`.
    pub default_language: String,
    /// IANA time zone in which the school's days and months are counted.
    pub time_zone: String,
    pub created_at: DateTimeUtc,
    /// Years after closing that an appeal's content and writer are kept (then erased).
    pub retention_years: i32,
    /// The name in each language that has one (the school's own language included).
    #[sea_orm(column_type = "Text")]
    pub names: crate::Localized,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::district::Entity",
        from = "Column::DistrictId",
        to = "super::district::Column::Id"
    )]
    District,
}

impl Related<super::district::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::District.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
