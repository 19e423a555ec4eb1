use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// What a message is. Who may read it follows from its kind, never from a flag.
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
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(24))")]
#[serde(rename_all = "snake_case")]
pub enum MessageKind {
    /// Added by the writer through the receipt.
    #[sea_orm(string_value = "writer_message")]
    WriterMessage,
    /// The school's answer to the writer, once approved.
    #[sea_orm(string_value = "answer")]
    Answer,
    /// For the staff handling the appeal; never reaches the writer.
    #[sea_orm(string_value = "internal_note")]
    InternalNote,
}

impl MessageKind {
    /// Whether the writer sees messages of this kind.
    pub fn reaches_writer(self) -> bool {
        matches!(self, MessageKind::Answer)
    }
}

/// A message on an appeal, sealed like the appeal itself.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "appeal_message")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub appeal_id: Uuid,
    pub kind: MessageKind,
    /// The day it was written, in the school's time zone.
    pub written_on: Date,
    /// The moment, for staff messages only: a writer keeps only the day.
    pub written_at: Option<DateTimeUtc>,
    pub author_id: Option<Uuid>,
    /// A writer's message stays sealed until an opening takes it out.
    pub sealed: bool,
    /// Answers reach the writer once approved.
    pub approved_at: Option<DateTimeUtc>,
    /// Who approved an answer: the director, or the district office for an appeal routed to it.
    pub approved_by: Option<Uuid>,
    /// Its place in the appeal's conversation, from 1: a writer's message keeps only its day,
    /// so the order is kept apart from any time.
    pub position: i32,
    pub key_id: String,
    pub sealed_content: Vec<u8>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::appeal::Entity",
        from = "Column::AppealId",
        to = "super::appeal::Column::Id"
    )]
    Appeal,
}

impl Related<super::appeal::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Appeal.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
