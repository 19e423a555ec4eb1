//! A password someone else set (a manager creating the account or resetting it) is marked, so
//! that a working-group member chooses their own before doing anything else. Members of the
//! group whose password is not known to be their own are asked once.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum StaffUser {
    Table,
    Id,
    PasswordSetByOther,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(StaffUser::Table)
                    .add_column(
                        ColumnDef::new(StaffUser::PasswordSetByOther)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .to_owned(),
            )
            .await?;
        let members = Query::select()
            .column(Alias::new("user_id"))
            .from(Alias::new("staff_role"))
            .and_where(Expr::col(Alias::new("role")).eq("working_group"))
            .to_owned();
        manager
            .exec_stmt(
                Query::update()
                    .table(StaffUser::Table)
                    .value(StaffUser::PasswordSetByOther, true)
                    .and_where(Expr::col(StaffUser::Id).in_subquery(members))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(StaffUser::Table)
                    .drop_column(StaffUser::PasswordSetByOther)
                    .to_owned(),
            )
            .await
    }
}
