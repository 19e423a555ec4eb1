use sea_orm::entity::prelude::*;

/// A competent body an appeal can be referred to (clause 3.4): one of the bodies every school
/// has, or a school's own.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "referral_body")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// Absent for the bodies every school has.
    pub school_id: Option<Uuid>,
    /// A stable code for the bodies every school has.
    pub code: Option<String>,
    pub name_ky: String,
    pub name_ru: String,
    pub name_en: String,
    /// The district education office: a referral makes the appeal visible to its officers.
    pub district_office: bool,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
