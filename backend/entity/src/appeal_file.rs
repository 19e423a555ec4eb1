use sea_orm::entity::prelude::*;

/// A file a writer sent with an appeal or a reply, stripped of what identifies them and
/// sealed like the text. Until the drop or reply that carries it names it, it belongs to no
/// appeal.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "appeal_file")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub school_id: Uuid,
    pub appeal_id: Option<Uuid>,
    /// The writer's message it came with; none for the appeal's own files.
    pub message_id: Option<Uuid>,
    /// Its place among the files it came with, from 1.
    pub position: i32,
    /// The day it was uploaded, in the school's time zone (to forget files never sent).
    pub uploaded_on: Date,
    /// `image/jpeg`, `image/png`, `image/webp` or `application/pdf`, as cleaned.
    pub media_type: String,
    /// The size of the cleaned file.
    pub byte_size: i64,
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
