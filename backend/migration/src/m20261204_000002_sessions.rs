//! Sessions that end when they should: a member's `sessions_valid_from` (a sign-out, a
//! password or second-factor reset, a deactivation ends every access token issued before it),
//! and each refresh token's `family_started_at` (a sign-in lasts at most 12 hours however
//! often it is refreshed).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum StaffUser {
    Table,
    SessionsValidFrom,
}

#[derive(DeriveIden)]
enum RefreshToken {
    Table,
    FamilyStartedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(StaffUser::Table)
                    .add_column(
                        ColumnDef::new(StaffUser::SessionsValidFrom)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(RefreshToken::Table)
                    .add_column(
                        ColumnDef::new(RefreshToken::FamilyStartedAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(RefreshToken::Table)
                    .drop_column(RefreshToken::FamilyStartedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(StaffUser::Table)
                    .drop_column(StaffUser::SessionsValidFrom)
                    .to_owned(),
            )
            .await
    }
}
