//! Case handling: the competent official, staff an appeal concerns, measures, referrals to
//! competent bodies with their catalogue, answer approval, closing, deadlines and the
//! schools' public holidays.

use chrono::{DateTime, Utc};
use sea_orm_migration::prelude::*;
use uuid::Uuid;

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
    AssignedToId,
    RoutedToDistrict,
    ReferredToDistrict,
    AnswerDueOn,
    ClosedOn,
    Outcome,
}

#[derive(DeriveIden)]
enum AppealMessage {
    Table,
    ApprovedBy,
    Position,
}

#[derive(DeriveIden)]
enum AppealConcern {
    Table,
    AppealId,
    StaffId,
    RecordedBy,
    RecordedAt,
}

#[derive(DeriveIden)]
enum ReferralBody {
    Table,
    Id,
    SchoolId,
    Code,
    NameKy,
    NameRu,
    NameEn,
    DistrictOffice,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Referral {
    Table,
    Id,
    AppealId,
    SchoolId,
    BodyId,
    ReferredOn,
    Method,
    ReferredBy,
    BodyReference,
    ReplyReceivedOn,
    KeyId,
    SealedReply,
    RecordedAt,
}

#[derive(DeriveIden)]
enum Measure {
    Table,
    Id,
    AppealId,
    TakenOn,
    TakenBy,
    Summary,
    RecordedBy,
    RecordedAt,
}

#[derive(DeriveIden)]
enum SchoolHoliday {
    Table,
    SchoolId,
    Day,
    Name,
}

/// The competent bodies every school can refer to (DESIGN.md §2), with fixed ids.
const BODIES: [(u128, &str, &str, &str, &str, bool); 8] = [
    (
        0x1,
        "juvenile_affairs_inspectorate",
        "Милициянын жашы жете электер иштери боюнча инспекциясы (ЖЖЭИБИ)",
        "Инспекция по делам несовершеннолетних милиции (ИДН)",
        "Juvenile affairs inspectorate of the police",
        false,
    ),
    (
        0x2,
        "family_child_support",
        "Үй-бүлөнү жана балдарды колдоо бөлүмү (ҮБКБ)",
        "Отдел поддержки семьи и детей (ОПСД)",
        "Family and child support department",
        false,
    ),
    (
        0x3,
        "district_education_office",
        "Райондук билим берүү бөлүмү",
        "Районный отдел образования (районо)",
        "District education office",
        true,
    ),
    (
        0x4,
        "child_rights_commissioner",
        "Баланын укуктары боюнча ыйгарым укуктуу өкүл",
        "Уполномоченный по правам ребёнка",
        "Child rights commissioner",
        false,
    ),
    (
        0x5,
        "ombudsman",
        "Акыйкатчы (Омбудсмен)",
        "Акыйкатчы (Омбудсмен)",
        "Ombudsman (Akyikatchy)",
        false,
    ),
    (
        0x6,
        "health_services",
        "Саламаттыкты сактоо кызматтары",
        "Службы здравоохранения",
        "Health services",
        false,
    ),
    (
        0x7,
        "helpline_111",
        "Балдар үчүн ишеним телефону 111",
        "Детский телефон доверия 111",
        "Child helpline 111",
        false,
    ),
    (
        0x8,
        "emergency_112",
        "Шашылыш жардам кызматы 112",
        "Служба экстренной помощи 112",
        "Emergency 112",
        false,
    ),
];

async fn add_column(
    manager: &SchemaManager<'_>,
    table: impl IntoIden + 'static,
    column: ColumnDef,
) -> Result<(), DbErr> {
    let mut column = column;
    manager
        .alter_table(
            Table::alter()
                .table(table)
                .add_column(&mut column)
                .to_owned(),
        )
        .await
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        add_column(
            manager,
            Appeal::Table,
            ColumnDef::new(Appeal::AssignedToId)
                .uuid()
                .null()
                .to_owned(),
        )
        .await?;
        add_column(
            manager,
            Appeal::Table,
            ColumnDef::new(Appeal::RoutedToDistrict)
                .boolean()
                .not_null()
                .default(false)
                .to_owned(),
        )
        .await?;
        add_column(
            manager,
            Appeal::Table,
            ColumnDef::new(Appeal::ReferredToDistrict)
                .boolean()
                .not_null()
                .default(false)
                .to_owned(),
        )
        .await?;
        add_column(
            manager,
            Appeal::Table,
            ColumnDef::new(Appeal::AnswerDueOn).date().null().to_owned(),
        )
        .await?;
        add_column(
            manager,
            Appeal::Table,
            ColumnDef::new(Appeal::ClosedOn).date().null().to_owned(),
        )
        .await?;
        add_column(
            manager,
            Appeal::Table,
            ColumnDef::new(Appeal::Outcome)
                .string_len(24)
                .null()
                .to_owned(),
        )
        .await?;
        add_column(
            manager,
            AppealMessage::Table,
            ColumnDef::new(AppealMessage::ApprovedBy)
                .uuid()
                .null()
                .to_owned(),
        )
        .await?;
        add_column(
            manager,
            AppealMessage::Table,
            ColumnDef::new(AppealMessage::Position)
                .integer()
                .not_null()
                .default(0)
                .to_owned(),
        )
        .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_appeal_assigned_to")
                    .table(Appeal::Table)
                    .col(Appeal::AssignedToId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_appeal_school_due")
                    .table(Appeal::Table)
                    .col(Appeal::SchoolId)
                    .col(Appeal::AnswerDueOn)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(AppealConcern::Table)
                    .col(ColumnDef::new(AppealConcern::AppealId).uuid().not_null())
                    .col(ColumnDef::new(AppealConcern::StaffId).uuid().not_null())
                    .col(ColumnDef::new(AppealConcern::RecordedBy).uuid().not_null())
                    .col(
                        ColumnDef::new(AppealConcern::RecordedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .primary_key(
                        Index::create()
                            .col(AppealConcern::AppealId)
                            .col(AppealConcern::StaffId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(AppealConcern::Table, AppealConcern::AppealId)
                            .to(Appeal::Table, Appeal::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(AppealConcern::Table, AppealConcern::StaffId)
                            .to(StaffUser::Table, StaffUser::Id),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ReferralBody::Table)
                    .col(
                        ColumnDef::new(ReferralBody::Id)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    // Absent for the bodies every school has.
                    .col(ColumnDef::new(ReferralBody::SchoolId).uuid().null())
                    .col(ColumnDef::new(ReferralBody::Code).string_len(48).null())
                    .col(
                        ColumnDef::new(ReferralBody::NameKy)
                            .string_len(200)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(ReferralBody::NameRu)
                            .string_len(200)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(ReferralBody::NameEn)
                            .string_len(200)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(ReferralBody::DistrictOffice)
                            .boolean()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(ReferralBody::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ReferralBody::Table, ReferralBody::SchoolId)
                            .to(School::Table, School::Id),
                    )
                    .to_owned(),
            )
            .await?;
        let mut insert = Query::insert();
        insert.into_table(ReferralBody::Table).columns([
            ReferralBody::Id,
            ReferralBody::Code,
            ReferralBody::NameKy,
            ReferralBody::NameRu,
            ReferralBody::NameEn,
            ReferralBody::DistrictOffice,
            ReferralBody::CreatedAt,
        ]);
        for (id, code, ky, ru, en, district_office) in BODIES {
            insert.values_panic([
                Uuid::from_u128(id).into(),
                code.into(),
                ky.into(),
                ru.into(),
                en.into(),
                district_office.into(),
                DateTime::<Utc>::UNIX_EPOCH.into(),
            ]);
        }
        manager.exec_stmt(insert).await?;

        manager
            .create_table(
                Table::create()
                    .table(Referral::Table)
                    .col(ColumnDef::new(Referral::Id).uuid().not_null().primary_key())
                    .col(ColumnDef::new(Referral::AppealId).uuid().not_null())
                    .col(ColumnDef::new(Referral::SchoolId).uuid().not_null())
                    .col(ColumnDef::new(Referral::BodyId).uuid().not_null())
                    .col(ColumnDef::new(Referral::ReferredOn).date().not_null())
                    .col(ColumnDef::new(Referral::Method).string_len(16).not_null())
                    .col(ColumnDef::new(Referral::ReferredBy).uuid().not_null())
                    .col(
                        ColumnDef::new(Referral::BodyReference)
                            .string_len(100)
                            .null(),
                    )
                    .col(ColumnDef::new(Referral::ReplyReceivedOn).date().null())
                    .col(ColumnDef::new(Referral::KeyId).string_len(32).null())
                    .col(ColumnDef::new(Referral::SealedReply).binary().null())
                    .col(
                        ColumnDef::new(Referral::RecordedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Referral::Table, Referral::AppealId)
                            .to(Appeal::Table, Appeal::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Referral::Table, Referral::BodyId)
                            .to(ReferralBody::Table, ReferralBody::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_referral_appeal")
                    .table(Referral::Table)
                    .col(Referral::AppealId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Measure::Table)
                    .col(ColumnDef::new(Measure::Id).uuid().not_null().primary_key())
                    .col(ColumnDef::new(Measure::AppealId).uuid().not_null())
                    .col(ColumnDef::new(Measure::TakenOn).date().not_null())
                    .col(ColumnDef::new(Measure::TakenBy).string_len(200).not_null())
                    .col(ColumnDef::new(Measure::Summary).string_len(1000).not_null())
                    .col(ColumnDef::new(Measure::RecordedBy).uuid().not_null())
                    .col(
                        ColumnDef::new(Measure::RecordedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Measure::Table, Measure::AppealId)
                            .to(Appeal::Table, Appeal::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_measure_appeal")
                    .table(Measure::Table)
                    .col(Measure::AppealId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(SchoolHoliday::Table)
                    .col(ColumnDef::new(SchoolHoliday::SchoolId).uuid().not_null())
                    .col(ColumnDef::new(SchoolHoliday::Day).date().not_null())
                    .col(
                        ColumnDef::new(SchoolHoliday::Name)
                            .string_len(100)
                            .not_null(),
                    )
                    .primary_key(
                        Index::create()
                            .col(SchoolHoliday::SchoolId)
                            .col(SchoolHoliday::Day),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(SchoolHoliday::Table, SchoolHoliday::SchoolId)
                            .to(School::Table, School::Id),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            SchoolHoliday::Table.into_iden(),
            Measure::Table.into_iden(),
            Referral::Table.into_iden(),
            ReferralBody::Table.into_iden(),
            AppealConcern::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(AppealMessage::Table)
                    .drop_column(AppealMessage::ApprovedBy)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(AppealMessage::Table)
                    .drop_column(AppealMessage::Position)
                    .to_owned(),
            )
            .await?;
        for index in ["idx_appeal_assigned_to", "idx_appeal_school_due"] {
            manager
                .drop_index(Index::drop().name(index).table(Appeal::Table).to_owned())
                .await?;
        }
        for column in [
            Appeal::AssignedToId,
            Appeal::RoutedToDistrict,
            Appeal::ReferredToDistrict,
            Appeal::AnswerDueOn,
            Appeal::ClosedOn,
            Appeal::Outcome,
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
        Ok(())
    }
}
