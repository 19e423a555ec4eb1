//! Alerting the director and the working group to an urgent appeal, at once and without any
//! content: the dashboard shows it from the moment it is stored; with SMTP configured they
//! are also sent a short mail.

use chrono::NaiveDate;
use entity::{school, Role};

use crate::staff::store::emails_of_school_roles;
use crate::state::AppState;

/// Who is alerted.
pub const ALERTED_ROLES: [Role; 2] = [Role::Director, Role::WorkingGroup];

/// Mails the alert in the background; a failure is logged and never loses the appeal, which
/// the dashboard shows anyway.
pub fn alert_urgent_appeal(state: &AppState, school: &school::Model, submitted_on: NaiveDate) {
    let Some(mailer) = state.mailer.clone() else {
        return;
    };
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
        let subject = format!("Ishenim: an urgent appeal is waiting — {school_name}");
        let body = format!(
            "Шашылыш кайрылуу / Срочное обращение / Urgent appeal — {school_name}, {submitted_on}\n\n\
             Ишеним кутучасына шашылыш кайрылуу түштү. Анын мазмуну кутуча ачылганга чейин мөөрлөнгөн; \
             жумушчу топ азыр кезексиз ачууну өткөрө алат. Кутучанын сырсөзүңүздү алып келиңиз.\n\n\
             В ящик доверия поступило срочное обращение. Его содержание запечатано до вскрытия ящика; \
             рабочая группа может провести внеочередное вскрытие сейчас. Возьмите с собой парольную фразу ящика.\n\n\
             An urgent appeal was dropped into the trust box. Its content stays sealed until the box \
             is opened; the working group may hold an extraordinary opening now. Bring your box passphrase.\n"
        );
        for recipient in recipients {
            if let Err(error) = mailer.send(&recipient, &subject, body.clone()).await {
                tracing::warn!(error = format!("{error:#}"), "an alert mail was not sent");
            }
        }
    });
}
