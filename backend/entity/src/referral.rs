use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// How an appeal was passed to a body.
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
pub enum ReferralMethod {
    #[sea_orm(string_value = "phone")]
    Phone,
    #[sea_orm(string_value = "letter")]
    Letter,
    #[sea_orm(string_value = "email")]
    Email,
    #[sea_orm(string_value = "in_person")]
    InPerson,
    #[sea_orm(string_value = "online")]
    Online,
}

impl ReferralMethod {
    /// The snake_case name as stored.
    pub fn as_str(self) -> &'static str {
        match self {
            ReferralMethod::Phone => "phone",
            ReferralMethod::Letter => "letter",
            ReferralMethod::Email => "email",
            ReferralMethod::InPerson => "in_person",
            ReferralMethod::Online => "online",
        }
    }
}

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
    pub method: ReferralMethod,
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
