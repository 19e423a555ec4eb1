//! Recovery codes are stored with a salt of their own (`salt$hash`, 97 characters): the column
//! grows from the 64 of a bare SHA-256. SQLite does not enforce a text's length.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum RecoveryCode {
    Table,
    CodeHash,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        resize(manager, 128).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        resize(manager, 64).await
    }
}

async fn resize(manager: &SchemaManager<'_>, length: u32) -> Result<(), DbErr> {
    if manager.get_database_backend() != DbBackend::Postgres {
        return Ok(());
    }
    manager
        .alter_table(
            Table::alter()
                .table(RecoveryCode::Table)
                .modify_column(
                    ColumnDef::new(RecoveryCode::CodeHash)
                        .string_len(length)
                        .not_null(),
                )
                .to_owned(),
        )
        .await
}
