use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A staff role. A user can hold several.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    EnumIter,
    DeriveActiveEnum,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
#[serde(rename_all = "snake_case")]
pub enum Role {
    #[sea_orm(string_value = "director")]
    Director,
    #[sea_orm(string_value = "deputy")]
    Deputy,
    #[sea_orm(string_value = "official")]
    Official,
    #[sea_orm(string_value = "social_pedagogue")]
    SocialPedagogue,
    #[sea_orm(string_value = "working_group")]
    WorkingGroup,
    #[sea_orm(string_value = "school_admin")]
    SchoolAdmin,
    #[sea_orm(string_value = "district_officer")]
    DistrictOfficer,
    #[sea_orm(string_value = "district_admin")]
    DistrictAdmin,
    #[sea_orm(string_value = "superadmin")]
    Superadmin,
    /// A district's service account (never held by a person).
    #[sea_orm(string_value = "integration")]
    Integration,
}

impl Role {
    /// The snake_case name used in the database, the API and the CLI.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Director => "director",
            Role::Deputy => "deputy",
            Role::Official => "official",
            Role::SocialPedagogue => "social_pedagogue",
            Role::WorkingGroup => "working_group",
            Role::SchoolAdmin => "school_admin",
            Role::DistrictOfficer => "district_officer",
            Role::DistrictAdmin => "district_admin",
            Role::Superadmin => "superadmin",
            Role::Integration => "integration",
        }
    }

    /// Roles that belong to a school; the others belong to a district or to the whole system.
    pub fn is_school_role(self) -> bool {
        !matches!(
            self,
            Role::DistrictOfficer | Role::DistrictAdmin | Role::Superadmin | Role::Integration
        )
    }

    /// Parses the snake_case name.
    pub fn parse(name: &str) -> Option<Role> {
        <Role as sea_orm::Iterable>::iter().find(|role| role.as_str() == name)
    }
}
