//! The working group hears that an opening has started: a member who starts one is not left
//! waiting for the others to notice. With SMTP configured, every other active member with an
//! e-mail address is sent a short mail, in the background; a failure is logged and changes
//! nothing of the opening.

use entity::{school, Role};
use uuid::Uuid;

use crate::staff::store::list_school_staff;
use crate::state::AppState;

/// Mails the other members of the working group that `started_by` has started an opening.
pub fn announce_opening(
    state: &AppState,
    school: &school::Model,
    started_by: Uuid,
    extraordinary: bool,
) {
    let Some(mailer) = state.mailer.clone() else {
        return;
    };
    let db = state.db.clone();
    let school_id = school.id;
    let school_name = school.name.clone();
    tokio::spawn(async move {
        let members = match list_school_staff(&db, school_id).await {
            Ok(staff) => staff,
            Err(error) => {
                tracing::warn!(error = %error, "cannot find whom to tell of the opening");
                return;
            }
        };
        let recipients = members.into_iter().filter_map(|(user, roles)| {
            (user.active && user.id != started_by && roles.contains(&Role::WorkingGroup))
                .then_some(user.email)
                .flatten()
        });
        let (subject, body) = crate::texts::opening_started(&school_name, extraordinary);
        mailer
            .send_each(recipients, &subject, &body, "an opening notice")
            .await;
    });
}
