//! Alerting the director and the working group to an urgent appeal, at once and without any
//! content: the dashboard shows it from the moment it is stored; with SMTP configured they
//! are also sent a short mail.

use std::collections::HashMap;
use std::sync::Mutex;

use chrono::NaiveDate;
use entity::{school, Role};
use uuid::Uuid;

use crate::staff::store::emails_of_school_roles;
use crate::state::AppState;

/// Who is alerted.
pub const ALERTED_ROLES: [Role; 2] = [Role::Director, Role::WorkingGroup];

/// Alert mails per school per hour at most: a flood of urgent drops must not become a flood
/// of mail (the dashboard lists every urgent appeal anyway).
pub const MAILS_PER_SCHOOL_PER_HOUR: u32 = 5;

/// Alert mails sent this hour, per school (per replica).
static SENT_THIS_HOUR: Mutex<Option<(i64, HashMap<Uuid, u32>)>> = Mutex::new(None);

/// Whether one more alert mail may go to this school in the hour `hour` (hours since the
/// epoch); counts it when it may.
fn may_mail(school_id: Uuid, hour: i64) -> bool {
    let mut sent = SENT_THIS_HOUR
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let (current, counts) = sent.get_or_insert_with(|| (hour, HashMap::new()));
    if *current != hour {
        *current = hour;
        counts.clear();
    }
    let count = counts.entry(school_id).or_default();
    if *count >= MAILS_PER_SCHOOL_PER_HOUR {
        return false;
    }
    *count += 1;
    true
}

/// Mails the alert in the background; a failure is logged and never loses the appeal, which
/// the dashboard shows anyway. Beyond [`MAILS_PER_SCHOOL_PER_HOUR`] no further mail goes out
/// that hour.
pub fn alert_urgent_appeal(state: &AppState, school: &school::Model, submitted_on: NaiveDate) {
    let Some(mailer) = state.mailer.clone() else {
        return;
    };
    if !may_mail(school.id, chrono::Utc::now().timestamp() / 3600) {
        return;
    }
    let db = state.db.clone();
    let school_id = school.id;
    let school_name = school.name.clone();
    tokio::spawn(async move {
        let recipients = match emails_of_school_roles(&db, school_id, &ALERTED_ROLES).await {
            Ok(recipients) => recipients,
            Err(error) => {
                tracing::warn!(error = %error, "cannot find whom to alert");
                return;
            }
        };
        let (subject, body) = crate::texts::urgent_alert(&school_name, submitted_on);
        mailer
            .send_each(recipients, &subject, &body, "an alert mail")
            .await;
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_school_gets_five_alert_mails_an_hour_and_others_are_not_held_back() {
        let flooded = Uuid::new_v4();
        let other = Uuid::new_v4();
        let hour = 1_000_000_007;
        for _ in 0..MAILS_PER_SCHOOL_PER_HOUR {
            assert!(may_mail(flooded, hour));
        }
        assert!(!may_mail(flooded, hour));
        assert!(may_mail(other, hour));
        assert!(may_mail(flooded, hour + 1));
    }
}
