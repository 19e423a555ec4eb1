//! Two-factor sign-in for staff: each member's TOTP secret (sealed) and recovery codes
//! (hashed), and the district's setting that makes it required for directors and district
//! officers.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum District {
    Table,
    TwoFactorRequired,
}

#[derive(DeriveIden)]
enum StaffUser {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum StaffSecondFactor {
    Table,
    UserId,
    KeyId,
    SealedSecret,
    ConfirmedAt,
    LastStep,
    CreatedAt,
}

#[derive(DeriveIden)]
enum RecoveryCode {
    Table,
    Id,
    UserId,
    CodeHash,
    UsedAt,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(District::Table)
                    .add_column(
                        ColumnDef::new(District::TwoFactorRequired)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(StaffSecondFactor::Table)
                    .col(
                        ColumnDef::new(StaffSecondFactor::UserId)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(StaffSecondFactor::KeyId)
                            .string_len(32)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(StaffSecondFactor::SealedSecret)
                            .binary()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(StaffSecondFactor::ConfirmedAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(StaffSecondFactor::LastStep)
                            .big_integer()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(StaffSecondFactor::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(StaffSecondFactor::Table, StaffSecondFactor::UserId)
                            .to(StaffUser::Table, StaffUser::Id),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(RecoveryCode::Table)
                    .col(
                        ColumnDef::new(RecoveryCode::Id)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(RecoveryCode::UserId).uuid().not_null())
                    .col(
                        ColumnDef::new(RecoveryCode::CodeHash)
                            .string_len(64)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(RecoveryCode::UsedAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(RecoveryCode::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(RecoveryCode::Table, RecoveryCode::UserId)
                            .to(StaffUser::Table, StaffUser::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_recovery_code_user")
                    .table(RecoveryCode::Table)
                    .col(RecoveryCode::UserId)
                    .col(RecoveryCode::CodeHash)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(RecoveryCode::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(StaffSecondFactor::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(District::Table)
                    .drop_column(District::TwoFactorRequired)
                    .to_owned(),
            )
            .await
    }
}
