//! Every throttle shared by the replicas counts in one table: a key naming what is counted
//! (an account, or a client's network, by a keyed hash that changes every day), the window
//! the count belongs to, the count, and when the next attempt may come. The counts of failed
//! sign-ins per account move here from their table of their own; a count is transient, so
//! none is carried over.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ThrottleWindow {
    Table,
    Key,
    WindowStart,
    Count,
    WaitUntil,
}

#[derive(DeriveIden)]
enum SignInThrottle {
    Table,
}

const INDEX: &str = "idx_throttle_window_window_start";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ThrottleWindow::Table)
                    .col(
                        ColumnDef::new(ThrottleWindow::Key)
                            .string_len(96)
                            .not_null()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(ThrottleWindow::WindowStart)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(ThrottleWindow::Count).integer().not_null())
                    .col(
                        ColumnDef::new(ThrottleWindow::WaitUntil)
                            .big_integer()
                            .null(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name(INDEX)
                    .table(ThrottleWindow::Table)
                    .col(ThrottleWindow::WindowStart)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(SignInThrottle::Table).to_owned())
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ThrottleWindow::Table).to_owned())
            .await?;
        crate::m20261204_000030_sign_in_throttle::Migration
            .up(manager)
            .await
    }
}
