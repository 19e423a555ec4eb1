//! Outgoing e-mail over SMTP. Mails never carry appeal content: they say that something is
//! waiting and where to look.

use anyhow::Context;
use lettre::message::Mailbox;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use secrecy::ExposeSecret;

use crate::configuration::SmtpSettings;

/// Sends mail through the configured SMTP server.
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl Mailer {
    /// A mailer for the settings.
    pub fn new(settings: &SmtpSettings) -> anyhow::Result<Mailer> {
        let transport =
            AsyncSmtpTransport::<Tokio1Executor>::from_url(settings.url.expose_secret())
                .context("invalid SMTP URL")?
                .build();
        let from = settings.from.parse().context("invalid sender address")?;
        Ok(Mailer { transport, from })
    }

    /// Sends the same mail to each recipient; a failure is logged (as `what` was not sent,
    /// without the address) and the others still go.
    pub async fn send_each(
        &self,
        recipients: impl IntoIterator<Item = String>,
        subject: &str,
        body: &str,
        what: &str,
    ) {
        for recipient in recipients {
            if let Err(error) = self.send(&recipient, subject, body.to_owned()).await {
                tracing::warn!(error = format!("{error:#}"), "{what} was not sent");
            }
        }
    }

    /// Sends one plain-text mail.
    pub async fn send(&self, to: &str, subject: &str, body: String) -> anyhow::Result<()> {
        let message = Message::builder()
            .from(self.from.clone())
            .to(to.parse().context("invalid recipient address")?)
            .subject(subject)
            .body(body)
            .context("cannot build the mail")?;
        self.transport
            .send(message)
            .await
            .context("the SMTP server refused the mail")?;
        Ok(())
    }
}
