//! An appeal's categories are stored as a JSON list of codes (`["education","privacy"]`)
//! instead of a comma-separated string, so the column holds a typed value. The column is
//! widened on PostgreSQL for the longer form; every row is rewritten in place on both
//! databases.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DatabaseBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Appeal {
    Table,
    Categories,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        if db.get_database_backend() == DatabaseBackend::Postgres {
            manager
                .alter_table(
                    Table::alter()
                        .table(Appeal::Table)
                        .modify_column(
                            ColumnDef::new(Appeal::Categories)
                                .string_len(1000)
                                .not_null(),
                        )
                        .to_owned(),
                )
                .await?;
        }
        // `a,b` becomes `["a","b"]`; no category becomes `[]`. Codes are snake_case words, so
        // neither the comma nor the quote can occur inside one.
        db.execute_unprepared(
            "UPDATE appeal SET categories = CASE WHEN categories = '' THEN '[]' \
             ELSE '[\"' || REPLACE(categories, ',', '\",\"') || '\"]' END \
             WHERE categories NOT LIKE '[%'",
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared(
                "UPDATE appeal SET categories = \
                 REPLACE(REPLACE(REPLACE(REPLACE(categories, '[', ''), ']', ''), '\"', ''), ' ', '') \
                 WHERE categories LIKE '[%'",
            )
            .await?;
        Ok(())
    }
}
