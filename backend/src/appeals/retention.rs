//! Retention: a school keeps a closed appeal's content for its retention period (5 years by
//! default) after the closing; then the text, the writer's identity, the conversation and the
//! bodies' replies are erased. The journal's row, the acts and the reports stay, and the
//! erasure is itself a journal entry, so the journal still verifies.

use chrono::{Months, NaiveDate};
use entity::appeal::AppealStatus;
use entity::{appeal, appeal_message, referral, school};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, TransactionTrait};

use crate::appeals::lifecycle;
use crate::journal::store::{self as journal, NewJournalEntry};

/// The last closing day whose appeals are erased on `today`.
pub fn erase_closed_on_or_before(today: NaiveDate, retention_years: i32) -> NaiveDate {
    today
        .checked_sub_months(Months::new(12 * retention_years.max(1) as u32))
        .unwrap_or(NaiveDate::MIN)
}

/// Erases what the school's retention period has run out for; returns how many appeals.
pub async fn erase_expired(
    db: &DatabaseConnection,
    school: &school::Model,
    today: NaiveDate,
) -> anyhow::Result<usize> {
    let until = erase_closed_on_or_before(today, school.retention_years);
    let expired = appeal::Entity::find()
        .filter(appeal::Column::SchoolId.eq(school.id))
        .filter(appeal::Column::Status.eq(AppealStatus::Closed))
        .filter(appeal::Column::ClosedOn.lte(until))
        .filter(appeal::Column::ErasedOn.is_null())
        .all(db)
        .await?;
    let mut erased = 0;
    for case in expired {
        let txn = db.begin().await?;
        journal::lock(&txn, school.id).await?;
        // Taken by another replica meanwhile?
        let Some(event) = lifecycle::erase(&txn, &case, today, school.retention_years).await?
        else {
            txn.rollback().await?;
            continue;
        };
        appeal_message::Entity::delete_many()
            .filter(appeal_message::Column::AppealId.eq(case.id))
            .exec(&txn)
            .await?;
        crate::appeal_files::store::erase_of_appeal(&txn, case.id).await?;
        referral::Entity::update_many()
            .col_expr(
                referral::Column::SealedReply,
                Expr::value(Option::<Vec<u8>>::None),
            )
            .col_expr(referral::Column::KeyId, Expr::value(Option::<String>::None))
            .filter(referral::Column::AppealId.eq(case.id))
            .exec(&txn)
            .await?;
        journal::append(
            &txn,
            school.id,
            vec![NewJournalEntry {
                appeal_id: Some(case.id),
                box_opening_id: None,
                actor_id: None,
                event,
            }],
        )
        .await?;
        txn.commit().await?;
        erased += 1;
    }
    Ok(erased)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_years_after_the_closing_the_content_goes() {
        let today: NaiveDate = "2031-11-26".parse().expect("a day");
        assert_eq!(
            erase_closed_on_or_before(today, 5),
            "2026-11-26".parse::<NaiveDate>().expect("a day")
        );
        assert_eq!(
            erase_closed_on_or_before(today, 1),
            "2030-11-26".parse::<NaiveDate>().expect("a day")
        );
    }
}
