use sea_orm::entity::prelude::*;

/// One entry of a school's journal: append-only and hash-chained (DESIGN.md §5). The payload
/// is canonical JSON and never holds appeal text.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "journal_entry")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub school_id: Uuid,
    pub seq: i64,
    /// `registration`, `assignment`, `measure`, `referral`, `answer`, `closing`,
    /// `act_acknowledgement`.
    pub kind: String,
    pub recorded_at: DateTimeUtc,
    pub appeal_id: Option<Uuid>,
    pub box_opening_id: Option<Uuid>,
    pub actor_id: Option<Uuid>,
    pub payload: String,
    pub prev_hash: String,
    pub hash: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
