//! A district can require a second factor of working-group members too (the members hold the
//! box's shares): off until the district turns it on.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum District {
    Table,
    GroupTwoFactorRequired,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(District::Table)
                    .add_column(
                        ColumnDef::new(District::GroupTwoFactorRequired)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(District::Table)
                    .drop_column(District::GroupTwoFactorRequired)
                    .to_owned(),
            )
            .await
    }
}
