//! Names and the parents' narrative in every language: a school's and a district's name, a
//! staff member's position and a monthly report's narrative each get a column with the value
//! of each language that has one, a JSON object of language codes (`{"ky":"…","ru":"…"}`).
//! The existing single value stays where it was, as the value a language without one of its
//! own shows; it is also written as the value in the school's language (a district has no
//! language: its name stays its default only).

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DatabaseBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Each table and its new column.
const COLUMNS: [(&str, &str); 4] = [
    ("school", "names"),
    ("district", "names"),
    ("staff_user", "positions"),
    ("monthly_report", "narratives"),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, column) in COLUMNS {
            manager
                .alter_table(
                    Table::alter()
                        .table(Alias::new(table))
                        .add_column(
                            ColumnDef::new(Alias::new(column))
                                .text()
                                .not_null()
                                .default("{}"),
                        )
                        .to_owned(),
                )
                .await?;
        }
        let db = manager.get_connection();
        // `{"<the school's language>": <the single value>}`, built by the database itself so
        // that any character of a name is escaped as JSON requires.
        let object = |key: &str, value: &str| match db.get_database_backend() {
            DatabaseBackend::Postgres => format!("json_build_object({key}, {value})::text"),
            _ => format!("json_object({key}, {value})"),
        };
        db.execute_unprepared(&format!(
            "UPDATE school SET names = {} WHERE default_language IN ('ky', 'ru', 'en')",
            object("default_language", "name")
        ))
        .await?;
        let language_of_school = |table: &str| {
            format!(
                "(SELECT school.default_language FROM school WHERE school.id = {table}.school_id)"
            )
        };
        db.execute_unprepared(&format!(
            "UPDATE staff_user SET positions = {} WHERE school_id IS NOT NULL AND \"position\" <> ''",
            object(&language_of_school("staff_user"), "\"position\"")
        ))
        .await?;
        db.execute_unprepared(&format!(
            "UPDATE monthly_report SET narratives = {} WHERE narrative <> ''",
            object(&language_of_school("monthly_report"), "narrative")
        ))
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, column) in COLUMNS {
            manager
                .alter_table(
                    Table::alter()
                        .table(Alias::new(table))
                        .drop_column(Alias::new(column))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
