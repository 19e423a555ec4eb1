//! Reminders by mail, once a day: each official (and the director, for cases nobody was
//! assigned) hears of cases due within two working days or overdue; the social pedagogue
//! hears on the 3rd and the 5th that last month's report is not published. Mails carry
//! registration numbers and counts, never an appeal's content.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use entity::appeal::AppealStatus;
use entity::{appeal, school, Role};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use crate::calendar::add_working_days;
use crate::reports::month::Month;
use crate::reports::store::{versions, PUBLISHED};
use crate::schools::store::holidays_of;
use crate::staff::store::list_school_staff;
use crate::state::AppState;

/// Days of the month on which an unpublished report is recalled.
const REPORT_REMINDER_DAYS: [u32; 2] = [3, 5];

/// What one person is reminded of.
#[derive(Default)]
struct Due {
    soon: Vec<String>,
    overdue: Vec<String>,
}

/// Sends the day's reminders for a school; returns how many mails went out.
pub async fn remind(
    state: &AppState,
    school: &school::Model,
    today: NaiveDate,
) -> anyhow::Result<usize> {
    let Some(mailer) = state.mailer.clone() else {
        return Ok(0);
    };
    let holidays = holidays_of(&state.db, school.id).await?;
    let soon_until = add_working_days(today, 2, &holidays);
    let cases = appeal::Entity::find()
        .filter(appeal::Column::SchoolId.eq(school.id))
        .filter(appeal::Column::Status.is_in([AppealStatus::Registered, AppealStatus::Assigned]))
        .filter(appeal::Column::AnswerDueOn.lte(soon_until))
        .order_by_asc(appeal::Column::AnswerDueOn)
        .all(&state.db)
        .await?;
    let staff = list_school_staff(&state.db, school.id).await?;
    let director = staff
        .iter()
        .find(|(user, roles)| user.active && roles.contains(&Role::Director))
        .map(|(user, _)| user.id);
    let mut due: BTreeMap<Uuid, Due> = BTreeMap::new();
    for case in cases {
        let Some(person) = case.assigned_to_id.or(director) else {
            continue;
        };
        let (Some(number), Some(due_on)) = (case.registration_number, case.answer_due_on) else {
            continue;
        };
        let entry = due.entry(person).or_default();
        if due_on < today {
            entry.overdue.push(number);
        } else {
            entry.soon.push(number);
        }
    }
    let mut sent = 0;
    let language = school.default_language.as_str();
    for (user, roles) in &staff {
        let Some(email) = user.email.as_deref().filter(|_| user.active) else {
            continue;
        };
        if let Some(cases) = due.get(&user.id) {
            let (subject, body) =
                crate::texts::deadlines_mail(language, &school.name, &cases.overdue, &cases.soon);
            sent += send(&mailer, email, &subject, body).await;
        }
        if roles.contains(&Role::SocialPedagogue) && REPORT_REMINDER_DAYS.contains(&today.day()) {
            let month = Month::of(today).previous();
            let published = versions(&state.db, school.id, month)
                .await?
                .iter()
                .any(|row| row.status == PUBLISHED);
            let founded = school.created_at.date_naive() <= month.last_day();
            if !published && founded {
                let (subject, body) = crate::texts::report_reminder(language, &school.name, month);
                sent += send(&mailer, email, &subject, body).await;
            }
        }
    }
    Ok(sent)
}

async fn send(mailer: &crate::mail::Mailer, to: &str, subject: &str, body: String) -> usize {
    match mailer.send(to, subject, body).await {
        Ok(()) => 1,
        Err(error) => {
            tracing::warn!(error = %error, "a reminder was not sent");
            0
        }
    }
}
