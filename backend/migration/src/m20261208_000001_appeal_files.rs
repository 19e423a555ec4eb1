//! Files with an appeal or a writer's reply: photos, screenshots and PDFs, stripped of what
//! identifies the writer and sealed like the text. A file is uploaded before the drop that
//! carries it (so a slow upload holds no writer), sealed at once, and belongs to no appeal
//! until that drop names it; files never named are forgotten after a day.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The tables that hold a writer's files; like the drop tables, they keep no order of arrival.
pub const FILE_TABLES: [&str; 1] = ["appeal_file"];

#[derive(DeriveIden)]
enum AppealFile {
    Table,
    Id,
    SchoolId,
    AppealId,
    MessageId,
    Position,
    UploadedOn,
    MediaType,
    ByteSize,
    KeyId,
    SealedContent,
}

#[derive(DeriveIden)]
enum School {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Appeal {
    Table,
    Id,
}

const APPEAL_INDEX: &str = "idx_appeal_file_appeal_id";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AppealFile::Table)
                    .col(
                        ColumnDef::new(AppealFile::Id)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(AppealFile::SchoolId).uuid().not_null())
                    .col(ColumnDef::new(AppealFile::AppealId).uuid().null())
                    .col(ColumnDef::new(AppealFile::MessageId).uuid().null())
                    .col(ColumnDef::new(AppealFile::Position).integer().not_null())
                    .col(ColumnDef::new(AppealFile::UploadedOn).date().not_null())
                    .col(
                        ColumnDef::new(AppealFile::MediaType)
                            .string_len(32)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(AppealFile::ByteSize)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(AppealFile::KeyId).string_len(64).not_null())
                    .col(ColumnDef::new(AppealFile::SealedContent).blob().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(AppealFile::Table, AppealFile::SchoolId)
                            .to(School::Table, School::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(AppealFile::Table, AppealFile::AppealId)
                            .to(Appeal::Table, Appeal::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name(APPEAL_INDEX)
                    .table(AppealFile::Table)
                    .col(AppealFile::AppealId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AppealFile::Table).to_owned())
            .await
    }
}
