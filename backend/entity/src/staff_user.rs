use sea_orm::entity::prelude::*;

/// A staff account: school staff, district officers, administrators.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "staff_user")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    #[sea_orm(unique)]
    pub login: String,
    pub full_name: String,
    /// The position in the school's language when it was set: what the journal and the act
    /// print, and what a language without a position of its own shows.
    pub position: String,
    pub school_id: Option<Uuid>,
    pub district_id: Option<Uuid>,
    /// argon2id PHC string.
    pub password_hash: String,
    pub active: bool,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// Where alerts go, when SMTP is configured.
    pub email: Option<String>,
    /// Access tokens issued before this moment no longer work (a sign-out, a reset, a
    /// deactivation ends every session at once).
    pub sessions_valid_from: Option<DateTimeUtc>,
    /// The password was set by someone else (a manager creating the account or resetting
    /// it): a working-group member chooses their own before anything else.
    pub password_set_by_other: bool,
    /// The position in each language that has one.
    #[sea_orm(column_type = "Text")]
    pub positions: crate::Localized,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::staff_role::Entity")]
    StaffRole,
    #[sea_orm(
        belongs_to = "super::school::Entity",
        from = "Column::SchoolId",
        to = "super::school::Column::Id"
    )]
    School,
    #[sea_orm(
        belongs_to = "super::district::Entity",
        from = "Column::DistrictId",
        to = "super::district::Column::Id"
    )]
    District,
}

impl Related<super::staff_role::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::StaffRole.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
