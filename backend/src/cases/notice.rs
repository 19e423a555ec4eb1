//! Telling a signed writer who gave an e-mail address that the answer is ready. The mail
//! carries neither the appeal nor the answer: it says where to read it.

use entity::{appeal, school};

use crate::appeals::intake::field;
use crate::appeals::views::Submitter;
use crate::sealing::open_text;
use crate::state::AppState;

/// Sends the notice in the background; a failure is logged without any address or content
/// and loses nothing: the answer is there through the receipt.
pub fn notify_writer_of_answer(state: &AppState, school: &school::Model, appeal: &appeal::Model) {
    let (Some(mailer), Some(sealed)) = (state.mailer.clone(), appeal.sealed_identity.as_ref())
    else {
        return;
    };
    // A failure is logged without its details: they could quote the identity.
    let identity = open_text(
        &state.secrets,
        appeal.id,
        field::IDENTITY,
        &appeal.key_id,
        sealed,
    )
    .ok()
    .and_then(|json| serde_json::from_str::<Submitter>(&json).ok());
    let Some(identity) = identity else {
        tracing::warn!("cannot read the writer's identity for the notice");
        return;
    };
    let Some(email) = identity.email else {
        return;
    };
    let (subject, body) = crate::texts::answer_notice(
        &appeal.language,
        &school.name,
        appeal.registration_number.as_deref().unwrap_or(""),
    );
    tokio::spawn(async move {
        if let Err(error) = mailer.send(&email, &subject, body).await {
            tracing::warn!(error = %error, "an answer notice was not sent");
        }
    });
}
