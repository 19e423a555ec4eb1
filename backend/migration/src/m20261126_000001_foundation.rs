//! Districts, schools, staff and their roles, refresh tokens and the audit trail.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum District {
    Table,
    Id,
    Slug,
    Name,
    CreatedAt,
}

#[derive(DeriveIden)]
enum School {
    Table,
    Id,
    Slug,
    Name,
    DistrictId,
    OpeningQuorum,
    OpeningIntervalMonths,
    AnswerDeadlineWorkingDays,
    AnonymousTargetWorkingDays,
    DefaultLanguage,
    TimeZone,
    CreatedAt,
}

#[derive(DeriveIden)]
enum StaffUser {
    Table,
    Id,
    Login,
    FullName,
    Position,
    SchoolId,
    DistrictId,
    PasswordHash,
    Active,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum StaffRole {
    Table,
    UserId,
    Role,
    GrantedAt,
}

#[derive(DeriveIden)]
enum RefreshToken {
    Table,
    Id,
    UserId,
    FamilyId,
    TokenHash,
    ExpiresAt,
    RotatedAt,
    RevokedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum AuditEntry {
    Table,
    Id,
    Chain,
    Seq,
    OccurredAt,
    ActorId,
    ActorLogin,
    Action,
    Subject,
    Details,
    PrevHash,
    Hash,
}

fn timestamp(column: impl IntoIden) -> ColumnDef {
    ColumnDef::new(column)
        .timestamp_with_time_zone()
        .not_null()
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(District::Table)
                    .col(ColumnDef::new(District::Id).uuid().not_null().primary_key())
                    .col(
                        ColumnDef::new(District::Slug)
                            .string_len(64)
                            .not_null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(District::Name).string_len(200).not_null())
                    .col(timestamp(District::CreatedAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(School::Table)
                    .col(ColumnDef::new(School::Id).uuid().not_null().primary_key())
                    .col(
                        ColumnDef::new(School::Slug)
                            .string_len(64)
                            .not_null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(School::Name).string_len(200).not_null())
                    .col(ColumnDef::new(School::DistrictId).uuid().not_null())
                    .col(
                        ColumnDef::new(School::OpeningQuorum)
                            .integer()
                            .not_null()
                            .default(3),
                    )
                    .col(
                        ColumnDef::new(School::OpeningIntervalMonths)
                            .integer()
                            .not_null()
                            .default(1),
                    )
                    .col(
                        ColumnDef::new(School::AnswerDeadlineWorkingDays)
                            .integer()
                            .not_null()
                            .default(14),
                    )
                    .col(
                        ColumnDef::new(School::AnonymousTargetWorkingDays)
                            .integer()
                            .not_null()
                            .default(14),
                    )
                    .col(
                        ColumnDef::new(School::DefaultLanguage)
                            .string_len(2)
                            .not_null()
                            .default("ky"),
                    )
                    .col(
                        ColumnDef::new(School::TimeZone)
                            .string_len(64)
                            .not_null()
                            .default("Asia/Bishkek"),
                    )
                    .col(timestamp(School::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(School::Table, School::DistrictId)
                            .to(District::Table, District::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_school_district")
                    .table(School::Table)
                    .col(School::DistrictId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(StaffUser::Table)
                    .col(
                        ColumnDef::new(StaffUser::Id)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(StaffUser::Login)
                            .string_len(64)
                            .not_null()
                            .unique_key(),
                    )
                    .col(
                        ColumnDef::new(StaffUser::FullName)
                            .string_len(200)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(StaffUser::Position)
                            .string_len(200)
                            .not_null(),
                    )
                    .col(ColumnDef::new(StaffUser::SchoolId).uuid().null())
                    .col(ColumnDef::new(StaffUser::DistrictId).uuid().null())
                    .col(
                        ColumnDef::new(StaffUser::PasswordHash)
                            .string_len(200)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(StaffUser::Active)
                            .boolean()
                            .not_null()
                            .default(true),
                    )
                    .col(timestamp(StaffUser::CreatedAt))
                    .col(timestamp(StaffUser::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(StaffUser::Table, StaffUser::SchoolId)
                            .to(School::Table, School::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(StaffUser::Table, StaffUser::DistrictId)
                            .to(District::Table, District::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_staff_user_school")
                    .table(StaffUser::Table)
                    .col(StaffUser::SchoolId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(StaffRole::Table)
                    .col(ColumnDef::new(StaffRole::UserId).uuid().not_null())
                    .col(ColumnDef::new(StaffRole::Role).string_len(32).not_null())
                    .col(timestamp(StaffRole::GrantedAt))
                    .primary_key(Index::create().col(StaffRole::UserId).col(StaffRole::Role))
                    .foreign_key(
                        ForeignKey::create()
                            .from(StaffRole::Table, StaffRole::UserId)
                            .to(StaffUser::Table, StaffUser::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(RefreshToken::Table)
                    .col(
                        ColumnDef::new(RefreshToken::Id)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(RefreshToken::UserId).uuid().not_null())
                    .col(ColumnDef::new(RefreshToken::FamilyId).uuid().not_null())
                    .col(
                        ColumnDef::new(RefreshToken::TokenHash)
                            .string_len(64)
                            .not_null()
                            .unique_key(),
                    )
                    .col(timestamp(RefreshToken::ExpiresAt))
                    .col(
                        ColumnDef::new(RefreshToken::RotatedAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(RefreshToken::RevokedAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .col(timestamp(RefreshToken::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(RefreshToken::Table, RefreshToken::UserId)
                            .to(StaffUser::Table, StaffUser::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_refresh_token_family")
                    .table(RefreshToken::Table)
                    .col(RefreshToken::FamilyId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(AuditEntry::Table)
                    .col(
                        ColumnDef::new(AuditEntry::Id)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(AuditEntry::Chain).string_len(80).not_null())
                    .col(ColumnDef::new(AuditEntry::Seq).big_integer().not_null())
                    .col(timestamp(AuditEntry::OccurredAt))
                    .col(ColumnDef::new(AuditEntry::ActorId).uuid().null())
                    .col(ColumnDef::new(AuditEntry::ActorLogin).string_len(64).null())
                    .col(ColumnDef::new(AuditEntry::Action).string_len(64).not_null())
                    .col(ColumnDef::new(AuditEntry::Subject).string_len(200).null())
                    .col(ColumnDef::new(AuditEntry::Details).text().not_null())
                    .col(
                        ColumnDef::new(AuditEntry::PrevHash)
                            .string_len(64)
                            .not_null(),
                    )
                    .col(ColumnDef::new(AuditEntry::Hash).string_len(64).not_null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_audit_entry_chain_seq")
                    .table(AuditEntry::Table)
                    .col(AuditEntry::Chain)
                    .col(AuditEntry::Seq)
                    .unique()
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            AuditEntry::Table.into_iden(),
            RefreshToken::Table.into_iden(),
            StaffRole::Table.into_iden(),
            StaffUser::Table.into_iden(),
            School::Table.into_iden(),
            District::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
