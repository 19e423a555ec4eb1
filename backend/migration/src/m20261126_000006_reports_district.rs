//! Monthly reports and their versions, scheduled jobs that run once across replicas, the
//! district's integration (service accounts, webhooks with a delivery outbox), the last
//! journal check of each school, the day each appeal was answered, and retention: how long
//! a school keeps closed appeals' content, and the day it was erased.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum School {
    Table,
    Id,
    RetentionYears,
}

#[derive(DeriveIden)]
enum District {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Appeal {
    Table,
    SchoolId,
    RegisteredOn,
    AnsweredOn,
    ErasedOn,
    Urgent,
    Categories,
    AnswerDueOn,
    ClosedOn,
    BoxOpeningId,
    Channel,
    Status,
    NotAcceptedReason,
}

#[derive(DeriveIden)]
enum MonthlyReport {
    Table,
    Id,
    SchoolId,
    Month,
    Version,
    Status,
    Figures,
    Narrative,
    Changes,
    JournalHeadSeq,
    JournalHeadHash,
    CreatedAt,
    UpdatedAt,
    UpdatedBy,
    PublishedAt,
    PublishedBy,
}

#[derive(DeriveIden)]
enum JobRun {
    Table,
    Job,
    Period,
    Runner,
    StartedAt,
    FinishedAt,
}

#[derive(DeriveIden)]
enum ServiceAccount {
    Table,
    Id,
    DistrictId,
    Name,
    ClientId,
    SecretHash,
    Scopes,
    CreatedBy,
    CreatedAt,
    RevokedAt,
}

#[derive(DeriveIden)]
enum WebhookSubscription {
    Table,
    Id,
    DistrictId,
    Url,
    Events,
    KeyId,
    SealedSecret,
    CreatedBy,
    CreatedAt,
    Active,
}

#[derive(DeriveIden)]
enum WebhookDelivery {
    Table,
    Id,
    SubscriptionId,
    EventId,
    EventType,
    Payload,
    CreatedAt,
    Attempts,
    NextAttemptAt,
    DeliveredAt,
    LastStatus,
}

#[derive(DeriveIden)]
enum JournalCheck {
    Table,
    SchoolId,
    CheckedAt,
    Valid,
    Entries,
    HeadSeq,
    HeadHash,
    FirstInvalid,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Appeal::Table)
                    .add_column(ColumnDef::new(Appeal::AnsweredOn).date().null())
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Appeal::Table)
                    .add_column(ColumnDef::new(Appeal::ErasedOn).date().null())
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(School::Table)
                    .add_column(
                        ColumnDef::new(School::RetentionYears)
                            .integer()
                            .not_null()
                            .default(5),
                    )
                    .to_owned(),
            )
            .await?;
        // The month's figures read these columns only, so the counts are answered from the
        // indexes without visiting the rows.
        manager
            .create_index(
                Index::create()
                    .name("idx_appeal_school_registered")
                    .table(Appeal::Table)
                    .col(Appeal::SchoolId)
                    .col(Appeal::RegisteredOn)
                    .col(Appeal::Urgent)
                    .col(Appeal::Categories)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_appeal_school_answered")
                    .table(Appeal::Table)
                    .col(Appeal::SchoolId)
                    .col(Appeal::AnsweredOn)
                    .col(Appeal::AnswerDueOn)
                    .col(Appeal::RegisteredOn)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_appeal_school_closed")
                    .table(Appeal::Table)
                    .col(Appeal::SchoolId)
                    .col(Appeal::ClosedOn)
                    .col(Appeal::RegisteredOn)
                    .col(Appeal::AnswerDueOn)
                    .col(Appeal::AnsweredOn)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_appeal_opening_found")
                    .table(Appeal::Table)
                    .col(Appeal::BoxOpeningId)
                    .col(Appeal::Channel)
                    .col(Appeal::Status)
                    .col(Appeal::NotAcceptedReason)
                    .to_owned(),
            )
            .await?;
        // Appeals answered before this column existed: the day of their first approval.
        let day_of_approval = match manager.get_database_backend() {
            sea_orm_migration::sea_orm::DatabaseBackend::Sqlite => "substr(m.approved_at, 1, 10)",
            _ => "CAST(m.approved_at AS DATE)",
        };
        manager
            .get_connection()
            .execute_unprepared(&format!(
                "UPDATE appeal SET answered_on = (SELECT MIN({day_of_approval}) \
                 FROM appeal_message m WHERE m.appeal_id = appeal.id AND m.kind = 'answer' \
                 AND m.approved_at IS NOT NULL) WHERE status IN ('answered', 'closed')"
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(MonthlyReport::Table)
                    .col(
                        ColumnDef::new(MonthlyReport::Id)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(MonthlyReport::SchoolId).uuid().not_null())
                    .col(
                        ColumnDef::new(MonthlyReport::Month)
                            .string_len(7)
                            .not_null(),
                    )
                    .col(ColumnDef::new(MonthlyReport::Version).integer().not_null())
                    .col(
                        ColumnDef::new(MonthlyReport::Status)
                            .string_len(16)
                            .not_null(),
                    )
                    .col(ColumnDef::new(MonthlyReport::Figures).text().not_null())
                    .col(ColumnDef::new(MonthlyReport::Narrative).text().not_null())
                    .col(ColumnDef::new(MonthlyReport::Changes).text().null())
                    .col(
                        ColumnDef::new(MonthlyReport::JournalHeadSeq)
                            .big_integer()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(MonthlyReport::JournalHeadHash)
                            .string_len(64)
                            .null(),
                    )
                    .col(
                        ColumnDef::new(MonthlyReport::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(MonthlyReport::UpdatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(ColumnDef::new(MonthlyReport::UpdatedBy).uuid().null())
                    .col(
                        ColumnDef::new(MonthlyReport::PublishedAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .col(ColumnDef::new(MonthlyReport::PublishedBy).uuid().null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(MonthlyReport::Table, MonthlyReport::SchoolId)
                            .to(School::Table, School::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_monthly_report_version")
                    .table(MonthlyReport::Table)
                    .col(MonthlyReport::SchoolId)
                    .col(MonthlyReport::Month)
                    .col(MonthlyReport::Version)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(JobRun::Table)
                    .col(ColumnDef::new(JobRun::Job).string_len(96).not_null())
                    .col(ColumnDef::new(JobRun::Period).string_len(32).not_null())
                    .col(ColumnDef::new(JobRun::Runner).string_len(64).not_null())
                    .col(
                        ColumnDef::new(JobRun::StartedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(JobRun::FinishedAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .primary_key(Index::create().col(JobRun::Job).col(JobRun::Period))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ServiceAccount::Table)
                    .col(
                        ColumnDef::new(ServiceAccount::Id)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(ServiceAccount::DistrictId).uuid().not_null())
                    .col(
                        ColumnDef::new(ServiceAccount::Name)
                            .string_len(120)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(ServiceAccount::ClientId)
                            .string_len(64)
                            .not_null()
                            .unique_key(),
                    )
                    .col(
                        ColumnDef::new(ServiceAccount::SecretHash)
                            .string_len(200)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(ServiceAccount::Scopes)
                            .string_len(200)
                            .not_null(),
                    )
                    .col(ColumnDef::new(ServiceAccount::CreatedBy).uuid().not_null())
                    .col(
                        ColumnDef::new(ServiceAccount::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(ServiceAccount::RevokedAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ServiceAccount::Table, ServiceAccount::DistrictId)
                            .to(District::Table, District::Id),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(WebhookSubscription::Table)
                    .col(
                        ColumnDef::new(WebhookSubscription::Id)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(WebhookSubscription::DistrictId)
                            .uuid()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(WebhookSubscription::Url)
                            .string_len(500)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(WebhookSubscription::Events)
                            .string_len(200)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(WebhookSubscription::KeyId)
                            .string_len(32)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(WebhookSubscription::SealedSecret)
                            .binary()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(WebhookSubscription::CreatedBy)
                            .uuid()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(WebhookSubscription::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(WebhookSubscription::Active)
                            .boolean()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(WebhookSubscription::Table, WebhookSubscription::DistrictId)
                            .to(District::Table, District::Id),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(WebhookDelivery::Table)
                    .col(
                        ColumnDef::new(WebhookDelivery::Id)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(WebhookDelivery::SubscriptionId)
                            .uuid()
                            .not_null(),
                    )
                    .col(ColumnDef::new(WebhookDelivery::EventId).uuid().not_null())
                    .col(
                        ColumnDef::new(WebhookDelivery::EventType)
                            .string_len(48)
                            .not_null(),
                    )
                    .col(ColumnDef::new(WebhookDelivery::Payload).text().not_null())
                    .col(
                        ColumnDef::new(WebhookDelivery::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(WebhookDelivery::Attempts)
                            .integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(WebhookDelivery::NextAttemptAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(WebhookDelivery::DeliveredAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .col(ColumnDef::new(WebhookDelivery::LastStatus).integer().null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(WebhookDelivery::Table, WebhookDelivery::SubscriptionId)
                            .to(WebhookSubscription::Table, WebhookSubscription::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_webhook_delivery_pending")
                    .table(WebhookDelivery::Table)
                    .col(WebhookDelivery::NextAttemptAt)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(JournalCheck::Table)
                    .col(
                        ColumnDef::new(JournalCheck::SchoolId)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(JournalCheck::CheckedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(ColumnDef::new(JournalCheck::Valid).boolean().not_null())
                    .col(
                        ColumnDef::new(JournalCheck::Entries)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(JournalCheck::HeadSeq).big_integer().null())
                    .col(ColumnDef::new(JournalCheck::HeadHash).string_len(64).null())
                    .col(
                        ColumnDef::new(JournalCheck::FirstInvalid)
                            .big_integer()
                            .null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(JournalCheck::Table, JournalCheck::SchoolId)
                            .to(School::Table, School::Id),
                    )
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            JournalCheck::Table.into_iden(),
            WebhookDelivery::Table.into_iden(),
            WebhookSubscription::Table.into_iden(),
            ServiceAccount::Table.into_iden(),
            JobRun::Table.into_iden(),
            MonthlyReport::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        for name in ["idx_appeal_opening_found", "idx_appeal_school_closed"] {
            manager
                .drop_index(Index::drop().name(name).table(Appeal::Table).to_owned())
                .await?;
        }
        manager
            .drop_index(
                Index::drop()
                    .name("idx_appeal_school_answered")
                    .table(Appeal::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_index(
                Index::drop()
                    .name("idx_appeal_school_registered")
                    .table(Appeal::Table)
                    .to_owned(),
            )
            .await?;
        for column in [Appeal::AnsweredOn, Appeal::ErasedOn] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Appeal::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(School::Table)
                    .drop_column(School::RetentionYears)
                    .to_owned(),
            )
            .await
    }
}
