//! Where a child can get help right now: each district's list of helplines (a JSON array of
//! `{label, number}`; `NULL` means the national defaults 111, 102 and 112).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum District {
    Table,
    Helplines,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(District::Table)
                    .add_column(ColumnDef::new(District::Helplines).text().null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(District::Table)
                    .drop_column(District::Helplines)
                    .to_owned(),
            )
            .await
    }
}
