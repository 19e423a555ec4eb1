use sea_orm::entity::prelude::*;

/// The first answer to a request made with an `Idempotency-Key`, so a retry gets it again.
/// The answer holds a receipt, so it is sealed; records are kept for a day or two and keep
/// only the day they were made.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "idempotency_record")]
pub struct Model {
    /// Keyed hash of the route and the client's key.
    #[sea_orm(primary_key, auto_increment = false)]
    pub key_hash: String,
    /// Keyed hash of the request body: the same key with another body is refused.
    pub request_hash: String,
    pub status_code: i32,
    pub key_id: String,
    pub sealed_response: Vec<u8>,
    pub created_on: Date,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
