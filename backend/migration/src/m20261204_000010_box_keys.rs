//! The box sealed to the working group (DESIGN.md §6): holders' passphrase-wrapped key pairs,
//! each school's box keys with their shares, the shares gathered during an opening (sealed to
//! the holders who have not yet given theirs), and the district's setting to hold a share.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum District {
    Table,
    HoldsBoxShare,
}

#[derive(DeriveIden)]
enum HolderKey {
    Table,
    Id,
    UserId,
    DistrictId,
    PublicKey,
    WrappedByPassphrase,
    WrappedByRecoveryCode,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum BoxKey {
    Table,
    Id,
    SchoolId,
    CurrentSchoolId,
    PublicKey,
    Fingerprint,
    Threshold,
    DistrictShare,
    CreatedAt,
    RetiredAt,
    MadeAtOpeningId,
    PredecessorId,
    SealedPredecessor,
}

#[derive(DeriveIden)]
enum BoxKeyShare {
    Table,
    BoxKeyId,
    HolderId,
    SealedShare,
}

#[derive(DeriveIden)]
enum OpeningShare {
    Table,
    BoxOpeningId,
    HolderId,
    BoxKeyId,
    GivenAt,
}

#[derive(DeriveIden)]
enum OpeningEnvelope {
    Table,
    BoxOpeningId,
    HolderId,
    Sealed,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(District::Table)
                    .add_column(
                        ColumnDef::new(District::HoldsBoxShare)
                            .boolean()
                            .not_null()
                            .default(true),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(HolderKey::Table)
                    .col(
                        ColumnDef::new(HolderKey::Id)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(HolderKey::UserId).uuid().null().unique_key())
                    .col(
                        ColumnDef::new(HolderKey::DistrictId)
                            .uuid()
                            .null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(HolderKey::PublicKey).blob().not_null())
                    .col(
                        ColumnDef::new(HolderKey::WrappedByPassphrase)
                            .blob()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(HolderKey::WrappedByRecoveryCode)
                            .blob()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(HolderKey::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(HolderKey::UpdatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(BoxKey::Table)
                    .col(ColumnDef::new(BoxKey::Id).uuid().not_null().primary_key())
                    .col(ColumnDef::new(BoxKey::SchoolId).uuid().not_null())
                    .col(
                        ColumnDef::new(BoxKey::CurrentSchoolId)
                            .uuid()
                            .null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(BoxKey::PublicKey).blob().not_null())
                    .col(
                        ColumnDef::new(BoxKey::Fingerprint)
                            .string_len(48)
                            .not_null(),
                    )
                    .col(ColumnDef::new(BoxKey::Threshold).integer().not_null())
                    .col(ColumnDef::new(BoxKey::DistrictShare).boolean().not_null())
                    .col(
                        ColumnDef::new(BoxKey::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(BoxKey::RetiredAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .col(ColumnDef::new(BoxKey::MadeAtOpeningId).uuid().null())
                    .col(ColumnDef::new(BoxKey::PredecessorId).uuid().null())
                    .col(ColumnDef::new(BoxKey::SealedPredecessor).blob().null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("box_key_school")
                    .table(BoxKey::Table)
                    .col(BoxKey::SchoolId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(BoxKeyShare::Table)
                    .col(ColumnDef::new(BoxKeyShare::BoxKeyId).uuid().not_null())
                    .col(ColumnDef::new(BoxKeyShare::HolderId).uuid().not_null())
                    .col(ColumnDef::new(BoxKeyShare::SealedShare).blob().not_null())
                    .primary_key(
                        Index::create()
                            .col(BoxKeyShare::BoxKeyId)
                            .col(BoxKeyShare::HolderId),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(OpeningShare::Table)
                    .col(ColumnDef::new(OpeningShare::BoxOpeningId).uuid().not_null())
                    .col(ColumnDef::new(OpeningShare::HolderId).uuid().not_null())
                    .col(ColumnDef::new(OpeningShare::BoxKeyId).uuid().not_null())
                    .col(
                        ColumnDef::new(OpeningShare::GivenAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .primary_key(
                        Index::create()
                            .col(OpeningShare::BoxOpeningId)
                            .col(OpeningShare::HolderId),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(OpeningEnvelope::Table)
                    .col(
                        ColumnDef::new(OpeningEnvelope::BoxOpeningId)
                            .uuid()
                            .not_null(),
                    )
                    .col(ColumnDef::new(OpeningEnvelope::HolderId).uuid().not_null())
                    .col(ColumnDef::new(OpeningEnvelope::Sealed).blob().not_null())
                    .primary_key(
                        Index::create()
                            .col(OpeningEnvelope::BoxOpeningId)
                            .col(OpeningEnvelope::HolderId),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            OpeningEnvelope::Table.into_iden(),
            OpeningShare::Table.into_iden(),
            BoxKeyShare::Table.into_iden(),
            BoxKey::Table.into_iden(),
            HolderKey::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(District::Table)
                    .drop_column(District::HoldsBoxShare)
                    .to_owned(),
            )
            .await
    }
}
