//! Signing the act: with the quorum's signatures it is frozen — act number, registration
//! numbers in order, journal entries and the journal head.

use chrono::{Datelike, NaiveDate, Utc};
use entity::appeal::{Channel, NotAcceptedReason};
use entity::box_opening::{self, OpeningStatus};
use entity::{box_opening_member, school};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseConnection, DatabaseTransaction, EntityTrait, QueryFilter};
use uuid::Uuid;

use super::prologue::{begin_confirmed, OpenOpening};
use super::shares::signatures_needed;
use crate::appeals::intake::answer_within_working_days;
use crate::appeals::lifecycle;
use crate::auth::Caller;
use crate::box_openings::store;
use crate::box_openings::views::{Act, ActCounts, ActMember};
use crate::calendar::{add_working_days, today_in, Holidays};
use crate::error::ApiError;
use crate::error::ProblemCode;
use crate::journal::store::{self as journal, NewJournalEntry};
use crate::schools::store::holidays_of;

/// A confirmed member signs the act; with the quorum's signatures it is frozen: act number,
/// registration numbers in order, journal entries, and the journal head.
pub async fn sign(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
) -> Result<box_opening::Model, ApiError> {
    let OpenOpening {
        txn,
        opening,
        school,
        member,
    } = begin_confirmed(db, caller, id).await?;
    if member.signed_at.is_some() {
        return Err(ApiError::rejected(
            ProblemCode::AlreadySigned,
            "you have already signed this act",
        ));
    }
    box_opening_member::Entity::update_many()
        .col_expr(
            box_opening_member::Column::SignedAt,
            Expr::value(Utc::now()),
        )
        .filter(box_opening_member::Column::BoxOpeningId.eq(opening.id))
        .filter(box_opening_member::Column::UserId.eq(caller.user_id))
        .exec(&txn)
        .await?;
    let signatures = store::members_of(&txn, opening.id)
        .await?
        .into_iter()
        .filter(|(member, _)| member.signed_at.is_some())
        .count() as i32;
    let opening = if signatures >= signatures_needed(&txn, &school, opening.id).await? {
        freeze(&txn, &school, opening).await?
    } else {
        opening
    };
    txn.commit().await?;
    Ok(opening)
}

/// The day an appeal registered on `registered_on` must be answered by.
fn answer_due_on(
    school: &school::Model,
    anonymous: bool,
    registered_on: NaiveDate,
    holidays: &Holidays,
) -> NaiveDate {
    let working_days = answer_within_working_days(school, anonymous);
    add_working_days(registered_on, working_days.max(0) as u32, holidays)
}

async fn freeze(
    txn: &DatabaseTransaction,
    school: &school::Model,
    opening: box_opening::Model,
) -> Result<box_opening::Model, ApiError> {
    let today = today_in(&school.time_zone);
    let year = today.year();
    let act_seq = store::last_act_seq(txn, school.id, year).await? + 1;
    let act_number = format!("{year}/{act_seq:02}");
    let appeals = store::appeals_of_opening(txn, opening.id).await?;
    let mut next = store::last_registration_seq(txn, school.id, year).await?;
    let holidays = holidays_of(txn, school.id).await?;
    let mut numbers = Vec::new();
    let mut entries = Vec::new();
    let mut counts = ActCounts {
        online: 0,
        paper: 0,
        not_accepted_obscene_language: 0,
        not_accepted_not_an_appeal: 0,
        urgent: 0,
        registered: 0,
    };
    for appeal in &appeals {
        match appeal.channel {
            Channel::Online => counts.online += 1,
            Channel::Paper => counts.paper += 1,
        }
        if appeal.urgent {
            counts.urgent += 1;
        }
        match appeal.not_accepted_reason {
            Some(NotAcceptedReason::ObsceneLanguage) => counts.not_accepted_obscene_language += 1,
            Some(NotAcceptedReason::NotAnAppeal) => counts.not_accepted_not_an_appeal += 1,
            None => {
                next += 1;
                let registration = lifecycle::Registration {
                    year,
                    seq: next,
                    registered_on: today,
                    answer_due_on: answer_due_on(school, appeal.anonymous, today, &holidays),
                    act_number: act_number.clone(),
                };
                let event = lifecycle::register(txn, appeal, &registration).await?;
                entries.push(NewJournalEntry {
                    appeal_id: Some(appeal.id),
                    box_opening_id: Some(opening.id),
                    actor_id: None,
                    event,
                });
                numbers.push(registration.number());
                counts.registered += 1;
            }
        }
    }
    journal::append(txn, school.id, entries).await?;
    store::unseal_messages_of_registered_appeals(txn, school.id).await?;
    let head = journal::head(txn, school.id).await?;
    let signed_at = Utc::now();
    let members = store::members_of(txn, opening.id)
        .await?
        .into_iter()
        .filter_map(|(member, user)| {
            Some(ActMember {
                full_name: user.full_name,
                position: user.position,
                signed_at: member.signed_at?,
            })
        })
        .collect();
    let act = Act {
        opening_id: opening.id,
        number: act_number.clone(),
        school_name: school.name.clone(),
        language: school.default_language.clone(),
        time_zone: school.time_zone.clone(),
        extraordinary: opening.extraordinary,
        opened_at: opening.opened_at.unwrap_or(opening.started_at),
        signed_at,
        members,
        counts,
        registration_numbers: numbers,
        journal_head: head.clone(),
        acknowledged_at: None,
        acknowledged_by: None,
    };
    let act_json = serde_json::to_string(&act).map_err(anyhow::Error::from)?;
    box_opening::Entity::update_many()
        .col_expr(
            box_opening::Column::Status,
            Expr::value(OpeningStatus::Signed),
        )
        .col_expr(
            box_opening::Column::ActiveSchoolId,
            Expr::value(Option::<Uuid>::None),
        )
        .col_expr(box_opening::Column::SignedAt, Expr::value(signed_at))
        .col_expr(box_opening::Column::ActYear, Expr::value(year))
        .col_expr(box_opening::Column::ActSeq, Expr::value(act_seq))
        .col_expr(
            box_opening::Column::ActNumber,
            Expr::value(act_number.clone()),
        )
        .col_expr(
            box_opening::Column::JournalHeadSeq,
            Expr::value(head.as_ref().map(|h| h.seq)),
        )
        .col_expr(
            box_opening::Column::JournalHeadHash,
            Expr::value(head.as_ref().map(|h| h.hash.clone())),
        )
        .col_expr(box_opening::Column::Act, Expr::value(act_json.clone()))
        .filter(box_opening::Column::Id.eq(opening.id))
        .exec(txn)
        .await?;
    Ok(box_opening::Model {
        status: OpeningStatus::Signed,
        active_school_id: None,
        signed_at: Some(signed_at),
        act_year: Some(year),
        act_seq: Some(act_seq),
        act_number: Some(act_number),
        journal_head_seq: head.as_ref().map(|h| h.seq),
        journal_head_hash: head.map(|h| h.hash),
        act: Some(act_json),
        ..opening
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn school() -> school::Model {
        school::Model {
            answer_deadline_working_days: 15,
            anonymous_target_working_days: 10,
            ..crate::cases::fixtures::school()
        }
    }

    #[test]
    fn an_anonymous_appeal_is_due_by_the_schools_target() {
        // Monday 2 November 2026 plus ten working days: Monday 16 November.
        let due = answer_due_on(&school(), true, day("2026-11-02"), &Holidays::new());
        assert_eq!(due, day("2026-11-16"));
    }

    #[test]
    fn a_signed_appeal_is_due_by_the_schools_deadline_holidays_left_out() {
        let holidays = Holidays::from([day("2026-11-20")]);
        let due = answer_due_on(&school(), false, day("2026-11-02"), &holidays);
        assert_eq!(due, day("2026-11-24"));
    }

    #[test]
    fn a_negative_number_of_days_makes_the_registration_day_the_deadline() {
        let school = school::Model {
            anonymous_target_working_days: -1,
            ..school()
        };
        let due = answer_due_on(&school, true, day("2026-11-02"), &Holidays::new());
        assert_eq!(due, day("2026-11-02"));
    }
}
