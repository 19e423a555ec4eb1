//! Box openings with their members, the journal, and the registration of appeals.

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
    SchoolId,
    BoxOpeningId,
    RegistrationYear,
    RegistrationSeq,
    RegistrationNumber,
    RegisteredOn,
    NotAcceptedReason,
}

#[derive(DeriveIden)]
enum BoxOpening {
    Table,
    Id,
    SchoolId,
    ActiveSchoolId,
    Status,
    Extraordinary,
    StartedBy,
    StartedAt,
    OpenedAt,
    SignedAt,
    AbandonedAt,
    ActYear,
    ActSeq,
    ActNumber,
    JournalHeadSeq,
    JournalHeadHash,
    Act,
    AcknowledgedAt,
    AcknowledgedBy,
}

#[derive(DeriveIden)]
enum BoxOpeningMember {
    Table,
    BoxOpeningId,
    UserId,
    ConfirmedAt,
    SignedAt,
}

#[derive(DeriveIden)]
enum JournalEntry {
    Table,
    Id,
    SchoolId,
    Seq,
    Kind,
    RecordedAt,
    AppealId,
    BoxOpeningId,
    ActorId,
    Payload,
    PrevHash,
    Hash,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(BoxOpening::Table)
                    .col(
                        ColumnDef::new(BoxOpening::Id)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(BoxOpening::SchoolId).uuid().not_null())
                    // Set while the opening is in progress: at most one per school.
                    .col(
                        ColumnDef::new(BoxOpening::ActiveSchoolId)
                            .uuid()
                            .null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(BoxOpening::Status).string_len(16).not_null())
                    .col(
                        ColumnDef::new(BoxOpening::Extraordinary)
                            .boolean()
                            .not_null(),
                    )
                    .col(ColumnDef::new(BoxOpening::StartedBy).uuid().not_null())
                    .col(
                        ColumnDef::new(BoxOpening::StartedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(BoxOpening::OpenedAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(BoxOpening::SignedAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(BoxOpening::AbandonedAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .col(ColumnDef::new(BoxOpening::ActYear).integer().null())
                    .col(ColumnDef::new(BoxOpening::ActSeq).integer().null())
                    .col(ColumnDef::new(BoxOpening::ActNumber).string_len(16).null())
                    .col(
                        ColumnDef::new(BoxOpening::JournalHeadSeq)
                            .big_integer()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(BoxOpening::JournalHeadHash)
                            .string_len(64)
                            .null(),
                    )
                    .col(ColumnDef::new(BoxOpening::Act).text().null())
                    .col(
                        ColumnDef::new(BoxOpening::AcknowledgedAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .col(ColumnDef::new(BoxOpening::AcknowledgedBy).uuid().null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(BoxOpening::Table, BoxOpening::SchoolId)
                            .to(School::Table, School::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(BoxOpening::Table, BoxOpening::StartedBy)
                            .to(StaffUser::Table, StaffUser::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_box_opening_act_number")
                    .table(BoxOpening::Table)
                    .col(BoxOpening::SchoolId)
                    .col(BoxOpening::ActYear)
                    .col(BoxOpening::ActSeq)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(BoxOpeningMember::Table)
                    .col(
                        ColumnDef::new(BoxOpeningMember::BoxOpeningId)
                            .uuid()
                            .not_null(),
                    )
                    .col(ColumnDef::new(BoxOpeningMember::UserId).uuid().not_null())
                    .col(
                        ColumnDef::new(BoxOpeningMember::ConfirmedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(BoxOpeningMember::SignedAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .primary_key(
                        Index::create()
                            .col(BoxOpeningMember::BoxOpeningId)
                            .col(BoxOpeningMember::UserId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(BoxOpeningMember::Table, BoxOpeningMember::BoxOpeningId)
                            .to(BoxOpening::Table, BoxOpening::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(BoxOpeningMember::Table, BoxOpeningMember::UserId)
                            .to(StaffUser::Table, StaffUser::Id),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(JournalEntry::Table)
                    .col(
                        ColumnDef::new(JournalEntry::Id)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(JournalEntry::SchoolId).uuid().not_null())
                    .col(ColumnDef::new(JournalEntry::Seq).big_integer().not_null())
                    .col(ColumnDef::new(JournalEntry::Kind).string_len(32).not_null())
                    .col(
                        ColumnDef::new(JournalEntry::RecordedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(ColumnDef::new(JournalEntry::AppealId).uuid().null())
                    .col(ColumnDef::new(JournalEntry::BoxOpeningId).uuid().null())
                    .col(ColumnDef::new(JournalEntry::ActorId).uuid().null())
                    .col(ColumnDef::new(JournalEntry::Payload).text().not_null())
                    .col(
                        ColumnDef::new(JournalEntry::PrevHash)
                            .string_len(64)
                            .not_null(),
                    )
                    .col(ColumnDef::new(JournalEntry::Hash).string_len(64).not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(JournalEntry::Table, JournalEntry::SchoolId)
                            .to(School::Table, School::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_journal_entry_school_seq")
                    .table(JournalEntry::Table)
                    .col(JournalEntry::SchoolId)
                    .col(JournalEntry::Seq)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_journal_entry_appeal")
                    .table(JournalEntry::Table)
                    .col(JournalEntry::AppealId)
                    .to_owned(),
            )
            .await?;

        for column in [
            ColumnDef::new(Appeal::BoxOpeningId)
                .uuid()
                .null()
                .to_owned(),
            ColumnDef::new(Appeal::RegistrationYear)
                .integer()
                .null()
                .to_owned(),
            ColumnDef::new(Appeal::RegistrationSeq)
                .integer()
                .null()
                .to_owned(),
            ColumnDef::new(Appeal::RegistrationNumber)
                .string_len(16)
                .null()
                .to_owned(),
            ColumnDef::new(Appeal::RegisteredOn)
                .date()
                .null()
                .to_owned(),
            ColumnDef::new(Appeal::NotAcceptedReason)
                .string_len(32)
                .null()
                .to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Appeal::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("idx_appeal_registration")
                    .table(Appeal::Table)
                    .col(Appeal::SchoolId)
                    .col(Appeal::RegistrationYear)
                    .col(Appeal::RegistrationSeq)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_appeal_box_opening")
                    .table(Appeal::Table)
                    .col(Appeal::BoxOpeningId)
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_appeal_box_opening")
                    .table(Appeal::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_index(
                Index::drop()
                    .name("idx_appeal_registration")
                    .table(Appeal::Table)
                    .to_owned(),
            )
            .await?;
        for column in [
            Appeal::BoxOpeningId,
            Appeal::RegistrationYear,
            Appeal::RegistrationSeq,
            Appeal::RegistrationNumber,
            Appeal::RegisteredOn,
            Appeal::NotAcceptedReason,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Appeal::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        for table in [
            JournalEntry::Table.into_iden(),
            BoxOpeningMember::Table.into_iden(),
            BoxOpening::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
