//! Idempotency records are forgotten by age at each write of drops: an index on their day keeps
//! that a short range scan however many records the last two days hold.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum IdempotencyRecord {
    Table,
    CreatedOn,
}

const INDEX: &str = "idx_idempotency_record_created_on";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name(INDEX)
                    .table(IdempotencyRecord::Table)
                    .col(IdempotencyRecord::CreatedOn)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name(INDEX)
                    .table(IdempotencyRecord::Table)
                    .to_owned(),
            )
            .await
    }
}
