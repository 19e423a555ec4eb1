use sea_orm::entity::prelude::*;

/// An appeal referred to a competent body: when, how, by whom, the body's own reference, and
/// later its reply (sealed like the appeal's content).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "referral")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub appeal_id: Uuid,
    pub school_id: Uuid,
    pub body_id: Uuid,
    pub referred_on: Date,
    /// `phone`, `letter`, `email`, `in_person`, `online`.
    pub method: String,
    pub referred_by: Uuid,
    pub body_reference: Option<String>,
    pub reply_received_on: Option<Date>,
    pub key_id: Option<String>,
    pub sealed_reply: Option<Vec<u8>>,
    pub recorded_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
