use sea_orm::entity::prelude::*;

/// A school's box key: its public half, which appeals are sealed to, and how many shares
/// rebuild the private half. `current_school_id` is set on the one key in use.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "box_key")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub school_id: Uuid,
    #[sea_orm(unique)]
    pub current_school_id: Option<Uuid>,
    pub public_key: Vec<u8>,
    pub fingerprint: String,
    pub threshold: i32,
    /// Whether the district office holds one share.
    pub district_share: bool,
    pub created_at: DateTimeUtc,
    pub retired_at: Option<DateTimeUtc>,
    /// The opening at which it was made (`None` for a school's first key).
    pub made_at_opening_id: Option<Uuid>,
    /// The key it replaced, whose private seed is sealed to this key: an appeal dropped to the
    /// old key in the moment it was replaced still opens at the next opening.
    pub predecessor_id: Option<Uuid>,
    pub sealed_predecessor: Option<Vec<u8>>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
