//! Appeals refused at the door, counted per school, month and reason — never when, never
//! what: the district sees a school whose refusals jump (a school's own words censoring its
//! box would show here).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum DoorRefusal {
    Table,
    SchoolId,
    Month,
    Reason,
    Count,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(DoorRefusal::Table)
                    .col(ColumnDef::new(DoorRefusal::SchoolId).uuid().not_null())
                    .col(ColumnDef::new(DoorRefusal::Month).string_len(7).not_null())
                    .col(
                        ColumnDef::new(DoorRefusal::Reason)
                            .string_len(32)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(DoorRefusal::Count)
                            .big_integer()
                            .not_null()
                            .default(0),
                    )
                    .primary_key(
                        Index::create()
                            .col(DoorRefusal::SchoolId)
                            .col(DoorRefusal::Month)
                            .col(DoorRefusal::Reason),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(DoorRefusal::Table).to_owned())
            .await
    }
}
