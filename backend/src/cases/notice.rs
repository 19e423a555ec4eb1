//! Telling a signed writer who gave an e-mail address that the answer is ready. The mail
//! carries neither the appeal nor the answer: it says where to read it.

use entity::{appeal, school};

use crate::appeals::intake::field;
use crate::appeals::views::Submitter;
use crate::sealing::open_text;
use crate::state::AppState;

fn notice(language: &str, school_name: &str, number: &str) -> (String, String) {
    match language {
        "ru" => (
            format!("Ishenim: ответ на ваше обращение № {number}"),
            format!(
                "Здравствуйте!\n\nНа ваше обращение № {number} в «{school_name}» подготовлен ответ. \
                 Прочитайте его на странице «Проверить обращение» по вашей квитанции.\n\n\
                 Это письмо не содержит текста обращения или ответа.\n"
            ),
        ),
        "en" => (
            format!("Ishenim: your appeal No. {number} has an answer"),
            format!(
                "Hello,\n\nThere is an answer to your appeal No. {number} to {school_name}. \
                 Read it on the \"Check my appeal\" page with your receipt.\n\n\
                 This mail does not carry the text of the appeal or of the answer.\n"
            ),
        ),
        _ => (
            format!("Ishenim: № {number} кайрылууңузга жооп бар"),
            format!(
                "Саламатсызбы!\n\n«{school_name}» мектебине жазган № {number} кайрылууңузга жооп даяр. \
                 Аны квитанцияңыз менен «Кайрылууну текшерүү» баракчасынан окуңуз.\n\n\
                 Бул катта кайрылуунун да, жооптун да тексти жок.\n"
            ),
        ),
    }
}

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
    let (subject, body) = notice(
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
