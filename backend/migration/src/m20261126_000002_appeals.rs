//! Appeals and their messages, idempotency records and the schools' own screening words.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum School {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum StaffUser {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Appeal {
    Table,
    Id,
    SchoolId,
    Channel,
    Anonymous,
    Status,
    SubmittedOn,
    Urgent,
    NeedsReferral,
    Categories,
    Language,
    KeyId,
    SealedContent,
    SealedIdentity,
    ReceiptHash,
}

#[derive(DeriveIden)]
enum AppealMessage {
    Table,
    Id,
    AppealId,
    Kind,
    WrittenOn,
    WrittenAt,
    AuthorId,
    Sealed,
    ApprovedAt,
    KeyId,
    SealedContent,
}

#[derive(DeriveIden)]
enum IdempotencyRecord {
    Table,
    KeyHash,
    RequestHash,
    StatusCode,
    KeyId,
    SealedResponse,
    CreatedOn,
}

#[derive(DeriveIden)]
enum SchoolWord {
    Table,
    Id,
    SchoolId,
    Word,
    Rule,
    CreatedBy,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Appeal::Table)
                    .col(ColumnDef::new(Appeal::Id).uuid().not_null().primary_key())
                    .col(ColumnDef::new(Appeal::SchoolId).uuid().not_null())
                    .col(ColumnDef::new(Appeal::Channel).string_len(16).not_null())
                    .col(ColumnDef::new(Appeal::Anonymous).boolean().not_null())
                    .col(ColumnDef::new(Appeal::Status).string_len(16).not_null())
                    .col(ColumnDef::new(Appeal::SubmittedOn).date().not_null())
                    .col(ColumnDef::new(Appeal::Urgent).boolean().not_null())
                    .col(ColumnDef::new(Appeal::NeedsReferral).boolean().not_null())
                    .col(
                        ColumnDef::new(Appeal::Categories)
                            .string_len(400)
                            .not_null(),
                    )
                    .col(ColumnDef::new(Appeal::Language).string_len(2).not_null())
                    .col(ColumnDef::new(Appeal::KeyId).string_len(16).not_null())
                    .col(ColumnDef::new(Appeal::SealedContent).blob().not_null())
                    .col(ColumnDef::new(Appeal::SealedIdentity).blob().null())
                    .col(
                        ColumnDef::new(Appeal::ReceiptHash)
                            .string_len(64)
                            .null()
                            .unique_key(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Appeal::Table, Appeal::SchoolId)
                            .to(School::Table, School::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_appeal_school_status")
                    .table(Appeal::Table)
                    .col(Appeal::SchoolId)
                    .col(Appeal::Status)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(AppealMessage::Table)
                    .col(
                        ColumnDef::new(AppealMessage::Id)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(AppealMessage::AppealId).uuid().not_null())
                    .col(
                        ColumnDef::new(AppealMessage::Kind)
                            .string_len(24)
                            .not_null(),
                    )
                    .col(ColumnDef::new(AppealMessage::WrittenOn).date().not_null())
                    .col(
                        ColumnDef::new(AppealMessage::WrittenAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .col(ColumnDef::new(AppealMessage::AuthorId).uuid().null())
                    .col(ColumnDef::new(AppealMessage::Sealed).boolean().not_null())
                    .col(
                        ColumnDef::new(AppealMessage::ApprovedAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(AppealMessage::KeyId)
                            .string_len(16)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(AppealMessage::SealedContent)
                            .blob()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(AppealMessage::Table, AppealMessage::AppealId)
                            .to(Appeal::Table, Appeal::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(AppealMessage::Table, AppealMessage::AuthorId)
                            .to(StaffUser::Table, StaffUser::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_appeal_message_appeal")
                    .table(AppealMessage::Table)
                    .col(AppealMessage::AppealId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(IdempotencyRecord::Table)
                    .col(
                        ColumnDef::new(IdempotencyRecord::KeyHash)
                            .string_len(64)
                            .not_null()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(IdempotencyRecord::RequestHash)
                            .string_len(64)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(IdempotencyRecord::StatusCode)
                            .integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(IdempotencyRecord::KeyId)
                            .string_len(16)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(IdempotencyRecord::SealedResponse)
                            .blob()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(IdempotencyRecord::CreatedOn)
                            .date()
                            .not_null(),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(SchoolWord::Table)
                    .col(
                        ColumnDef::new(SchoolWord::Id)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(SchoolWord::SchoolId).uuid().not_null())
                    .col(ColumnDef::new(SchoolWord::Word).string_len(64).not_null())
                    .col(ColumnDef::new(SchoolWord::Rule).string_len(16).not_null())
                    .col(ColumnDef::new(SchoolWord::CreatedBy).uuid().not_null())
                    .col(
                        ColumnDef::new(SchoolWord::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(SchoolWord::Table, SchoolWord::SchoolId)
                            .to(School::Table, School::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_school_word_unique")
                    .table(SchoolWord::Table)
                    .col(SchoolWord::SchoolId)
                    .col(SchoolWord::Word)
                    .unique()
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            SchoolWord::Table.into_iden(),
            IdempotencyRecord::Table.into_iden(),
            AppealMessage::Table.into_iden(),
            Appeal::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
