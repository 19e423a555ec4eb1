//! What the API says of a writer's files.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

/// A file taken, cleaned and sealed; named by its id in the drop or reply that carries it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct UploadedFile {
    /// Name it in `files` of the appeal or reply it goes with (within a day).
    pub id: Uuid,
    /// `image/jpeg`, `image/png`, `image/webp` or `application/pdf`: what the file was found
    /// to be, whatever its name said.
    #[schema(example = "image/jpeg")]
    pub media_type: String,
    /// Its size once cleaned.
    pub byte_size: i64,
}

/// A file with an appeal or a message, as staff who may read it see it listed.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct AttachedFile {
    pub id: Uuid,
    #[schema(example = "image/jpeg")]
    pub media_type: String,
    pub byte_size: i64,
}

impl From<&entity::appeal_file::Model> for AttachedFile {
    fn from(file: &entity::appeal_file::Model) -> Self {
        AttachedFile {
            id: file.id,
            media_type: file.media_type.clone(),
            byte_size: file.byte_size,
        }
    }
}

/// A file's bytes, as sent or as served.
#[derive(ToSchema)]
#[schema(value_type = String, format = Binary)]
pub struct FileBytes(pub Vec<u8>);
