use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

use crate::appeal_category::Categories;

/// Where an appeal came from.
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
pub enum Channel {
    /// Dropped through the web.
    #[sea_orm(string_value = "online")]
    Online,
    /// A paper note found in the physical box and entered during an opening.
    #[sea_orm(string_value = "paper")]
    Paper,
}

/// Where an appeal is in its life (DESIGN.md §3).
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
pub enum AppealStatus {
    /// In the box: nobody can read it.
    #[sea_orm(string_value = "sealed")]
    Sealed,
    /// Taken out by an opening that is not signed yet.
    #[sea_orm(string_value = "retrieved")]
    Retrieved,
    /// Registered in the journal with its number.
    #[sea_orm(string_value = "registered")]
    Registered,
    /// Assigned to the competent official.
    #[sea_orm(string_value = "assigned")]
    Assigned,
    /// The writer has the approved answer.
    #[sea_orm(string_value = "answered")]
    Answered,
    #[sea_orm(string_value = "closed")]
    Closed,
    /// Not accepted at the opening (obscene language, or not an appeal).
    #[sea_orm(string_value = "not_accepted")]
    NotAccepted,
}

/// Why an appeal found in the box is not accepted.
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
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
#[serde(rename_all = "snake_case")]
pub enum NotAcceptedReason {
    /// Clause 3.3.
    #[sea_orm(string_value = "obscene_language")]
    ObsceneLanguage,
    /// A drawing, a joke, an empty sheet …
    #[sea_orm(string_value = "not_an_appeal")]
    NotAnAppeal,
}

impl NotAcceptedReason {
    /// The code as stored.
    pub fn code(self) -> &'static str {
        match self {
            NotAcceptedReason::ObsceneLanguage => "obscene_language",
            NotAcceptedReason::NotAnAppeal => "not_an_appeal",
        }
    }
}

/// How a case was closed.
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
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    #[sea_orm(string_value = "resolved")]
    Resolved,
    #[sea_orm(string_value = "unfounded")]
    Unfounded,
    #[sea_orm(string_value = "referred")]
    Referred,
    #[sea_orm(string_value = "withdrawn")]
    Withdrawn,
    #[sea_orm(string_value = "no_answer_possible")]
    NoAnswerPossible,
}

impl Outcome {
    /// The snake_case name as stored.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Resolved => "resolved",
            Outcome::Unfounded => "unfounded",
            Outcome::Referred => "referred",
            Outcome::Withdrawn => "withdrawn",
            Outcome::NoAnswerPossible => "no_answer_possible",
        }
    }
}

/// An appeal. Its text and a signed writer's identity are sealed (AEAD) with the data key
/// named by `key_id`; the receipt exists only as a keyed hash. An anonymous appeal keeps the
/// day it was dropped, never the time.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "appeal")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub school_id: Uuid,
    pub channel: Channel,
    pub anonymous: bool,
    pub status: AppealStatus,
    /// The day it was dropped, in the school's time zone.
    pub submitted_on: Date,
    pub urgent: bool,
    pub needs_referral: bool,
    /// Convention categories chosen by the writer, or at the opening for a paper note.
    #[sea_orm(column_type = "String(StringLen::N(1000))")]
    pub categories: Categories,
    /// The writer's language (`ky`, `ru`, `en`), to answer in it.
    pub language: String,
    pub key_id: String,
    /// Nonce and ciphertext of the text and the screening details.
    pub sealed_content: Vec<u8>,
    /// Nonce and ciphertext of a signed writer's identity.
    pub sealed_identity: Option<Vec<u8>>,
    #[sea_orm(unique)]
    pub receipt_hash: Option<String>,
    /// The opening that took it out of the box.
    pub box_opening_id: Option<Uuid>,
    pub registration_year: Option<i32>,
    pub registration_seq: Option<i32>,
    /// `2026/14`: the 14th appeal registered in 2026 at this school.
    pub registration_number: Option<String>,
    pub registered_on: Option<Date>,
    /// Why the opening did not accept it.
    pub not_accepted_reason: Option<NotAcceptedReason>,
    /// The competent official handling it.
    pub assigned_to_id: Option<Uuid>,
    /// It concerns the director: the district office directs it instead (DESIGN.md §3).
    pub routed_to_district: bool,
    /// Referred to the district education office, whose officers may then read it.
    pub referred_to_district: bool,
    /// The day the answer is due, counted in working days from registration.
    pub answer_due_on: Option<Date>,
    pub closed_on: Option<Date>,
    /// How it was closed.
    pub outcome: Option<Outcome>,
    /// The day (in the school's time zone) the first answer was approved.
    pub answered_on: Option<Date>,
    /// The day the content and the writer's identity were erased after the retention period.
    pub erased_on: Option<Date>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::school::Entity",
        from = "Column::SchoolId",
        to = "super::school::Column::Id"
    )]
    School,
    #[sea_orm(has_many = "super::appeal_message::Entity")]
    AppealMessage,
}

impl Related<super::appeal_message::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::AppealMessage.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
