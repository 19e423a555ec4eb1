use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// Where an opening is.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    EnumIter,
    DeriveActiveEnum,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
#[serde(rename_all = "snake_case")]
pub enum OpeningStatus {
    /// Started; waiting for enough working-group members to confirm.
    #[sea_orm(string_value = "awaiting_quorum")]
    AwaitingQuorum,
    /// The quorum confirmed: the appeals are retrieved and readable by those members.
    #[sea_orm(string_value = "open")]
    Open,
    /// The act is signed and frozen; the appeals are registered.
    #[sea_orm(string_value = "signed")]
    Signed,
    /// Given up before signing: every appeal went back into the box, sealed.
    #[sea_orm(string_value = "abandoned")]
    Abandoned,
}

/// An opening of a school's box by its working group, and its act once signed.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "box_opening")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub school_id: Uuid,
    /// The school's id while this opening is in progress, so a school has one at a time.
    #[sea_orm(unique)]
    pub active_school_id: Option<Uuid>,
    pub status: OpeningStatus,
    /// Held at once for an urgent appeal rather than on the regular schedule.
    pub extraordinary: bool,
    pub started_by: Uuid,
    pub started_at: DateTimeUtc,
    pub opened_at: Option<DateTimeUtc>,
    pub signed_at: Option<DateTimeUtc>,
    pub abandoned_at: Option<DateTimeUtc>,
    pub act_year: Option<i32>,
    pub act_seq: Option<i32>,
    /// `2026/07`: the 7th act of 2026 at this school.
    pub act_number: Option<String>,
    /// The journal head right after the registrations of this act.
    pub journal_head_seq: Option<i64>,
    pub journal_head_hash: Option<String>,
    /// The frozen act as JSON.
    pub act: Option<String>,
    pub acknowledged_at: Option<DateTimeUtc>,
    pub acknowledged_by: Option<Uuid>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
