//! Layered configuration: built-in defaults, then an optional TOML file, then `ISHENIM_*`
//! environment variables (`ISHENIM_RATE_LIMIT__ENABLED` for nested keys).

use std::path::{Path, PathBuf};

use secrecy::SecretString;
use serde::Deserialize;

/// Everything the server and the CLI can be told.
#[derive(Debug, Clone, Deserialize)]
pub struct Settings {
    /// Where keys and the embedded SQLite database live.
    pub data_dir: PathBuf,
    /// `postgres://…` or `sqlite://…`; empty means SQLite in the data folder.
    #[serde(default)]
    pub database_url: Option<String>,
    /// Pool size on PostgreSQL (SQLite always writes through one connection).
    pub database_max_connections: u32,
    /// Address the server listens on.
    pub bind: String,
    /// The built web client; served at `/` when the folder exists.
    pub web_dir: PathBuf,
    /// `pretty` or `json`.
    pub log_format: LogFormat,
    /// The JWT signing secret; generated in the data folder when not given.
    #[serde(default)]
    pub jwt_secret: Option<SecretString>,
    /// Content data keys, `id:base64key` separated by commas, the first current.
    #[serde(default)]
    pub data_keys: Option<SecretString>,
    /// The key of the receipts' keyed hash; generated in the data folder when not given.
    #[serde(default)]
    pub receipt_key: Option<SecretString>,
    /// Whether the server is reached over TLS (adds HSTS).
    pub behind_tls: bool,
    /// Whether a reverse proxy in front sets `X-Forwarded-For` to the client's address (and
    /// overwrites whatever the client sent). Only then is the header believed.
    pub trust_forwarded_for: bool,
    pub rate_limit: RateLimitSettings,
    pub scheduler: SchedulerSettings,
    /// Outgoing mail; without it alerts are shown in the staff dashboard only.
    #[serde(default)]
    pub smtp: Option<SmtpSettings>,
    /// Private networks webhooks may be delivered into, comma-separated CIDRs
    /// (`10.20.0.0/16, 127.0.0.0/8`); empty by default: only public addresses.
    #[serde(default)]
    pub webhook_private_networks: String,
    /// Seconds a request body may take to arrive once its headers are in.
    pub body_timeout_seconds: u64,
    /// Connections one client address may hold open at once (an IPv6 client counts with its
    /// /64); a further one is shut at once. 0 means no bound. Not applied when
    /// `trust_forwarded_for` is set: every connection then comes from the proxy, which is the
    /// place to bound them.
    pub max_connections_per_address: usize,
    /// The largest file a writer may send with an appeal or a reply, in bytes.
    pub file_max_bytes: usize,
    /// The most bytes of a school's files uploaded and not yet sent with a drop or reply; a
    /// further upload is refused (`rate_limited`) until some are sent or forgotten.
    pub file_unsent_bytes_per_school: i64,
}

/// Outgoing mail.
#[derive(Debug, Clone, Deserialize)]
pub struct SmtpSettings {
    /// `smtp://host:25` (plain), `smtp://host:587?tls=required` (STARTTLS) or
    /// `smtps://user:password@host:465`.
    pub url: SecretString,
    /// The sender address.
    #[serde(default = "default_sender")]
    pub from: String,
}

fn default_sender() -> String {
    "Ishenim <ishenim@localhost>".to_owned()
}

/// Rate limits on public routes, per client (keyed by a salted hash of its address).
#[derive(Debug, Clone, Deserialize)]
pub struct RateLimitSettings {
    pub enabled: bool,
    /// Receipt checks and writers' replies: sustained requests a minute per client network.
    pub per_minute: u32,
    /// Receipt checks and writers' replies: burst per client network.
    pub burst: u32,
    /// Drops a minute per client network, sustained. Generous: a class of thirty drops its
    /// appeals together from the school's one address during the class hour (clause 2.1).
    pub drops_per_minute: u32,
    /// Drops per client network at once.
    pub drops_burst: u32,
    /// Drops a minute of all clients together: the bound that protects the box from a flood.
    pub drops_all_clients_per_minute: u32,
    /// Receipt checks and writers' replies an hour per client network, counted by every
    /// replica together.
    pub receipt_checks_per_hour: u32,
    /// Receipt checks and writers' replies an hour of all clients together, counted by every
    /// replica together: the bound on guessing receipts from many addresses.
    pub receipt_checks_all_clients_per_hour: u32,
}

/// Scheduled work inside the server (monthly drafts, reminders, journal checks, webhook
/// delivery); every replica runs it, and each job is taken by one.
#[derive(Debug, Clone, Deserialize)]
pub struct SchedulerSettings {
    pub enabled: bool,
    /// Seconds between looks at the periodic jobs.
    pub tick_seconds: u64,
    /// Seconds between looks at the webhook outbox.
    pub delivery_seconds: u64,
}

/// The format of log lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Pretty,
    Json,
}

impl Settings {
    /// Reads defaults, then `ishenim.toml` (or the file named by `ISHENIM_CONFIG`), then the
    /// environment.
    pub fn load() -> Result<Settings, config::ConfigError> {
        let file = std::env::var("ISHENIM_CONFIG").unwrap_or_else(|_| "ishenim.toml".to_owned());
        Self::load_from(Path::new(&file))
    }

    fn load_from(file: &Path) -> Result<Settings, config::ConfigError> {
        config::Config::builder()
            .set_default("data_dir", "data")?
            .set_default("database_max_connections", 16)?
            .set_default("bind", "127.0.0.1:8080")?
            .set_default("web_dir", "frontend/dist")?
            .set_default("log_format", "pretty")?
            .set_default("behind_tls", false)?
            .set_default("trust_forwarded_for", false)?
            .set_default("body_timeout_seconds", 20)?
            // A school's pupils share one address, each browser with a few connections.
            .set_default("max_connections_per_address", 256)?
            .set_default("file_max_bytes", 10 * 1024 * 1024)?
            .set_default("file_unsent_bytes_per_school", 512 * 1024 * 1024)?
            .set_default("rate_limit.enabled", true)?
            .set_default("rate_limit.per_minute", 30)?
            .set_default("rate_limit.burst", 10)?
            .set_default("rate_limit.drops_per_minute", 60)?
            .set_default("rate_limit.drops_burst", 60)?
            .set_default("rate_limit.drops_all_clients_per_minute", 1200)?
            .set_default("rate_limit.receipt_checks_per_hour", 300)?
            .set_default("rate_limit.receipt_checks_all_clients_per_hour", 12_000)?
            .set_default("scheduler.enabled", true)?
            .set_default("scheduler.tick_seconds", 60)?
            .set_default("scheduler.delivery_seconds", 5)?
            .add_source(config::File::from(file).required(false))
            .add_source(
                config::Environment::with_prefix("ISHENIM")
                    .prefix_separator("_")
                    .separator("__")
                    .try_parsing(true),
            )
            .build()?
            .try_deserialize()
    }

    /// The database to use: the configured URL, or SQLite in the data folder.
    pub fn database_url(&self) -> String {
        match self.database_url.as_deref().map(str::trim) {
            Some(url) if !url.is_empty() => url.to_owned(),
            _ => format!(
                "sqlite://{}",
                self.data_dir.join("ishenim.sqlite3").display()
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_default_needs_no_configuration() {
        let settings = Settings::load_from(Path::new("/nonexistent/ishenim.toml"))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(settings.bind, "127.0.0.1:8080");
        assert!(settings.database_url().starts_with("sqlite://"));
    }
}
