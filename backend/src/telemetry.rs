//! Logging: human-readable or JSON lines, filtered by `RUST_LOG`.

use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::{fmt, EnvFilter};

use crate::configuration::LogFormat;

/// Libraries that log only warnings, whatever `RUST_LOG` says.
const QUIET: [&str; 15] = [
    "sqlx=warn",
    "sea_orm=warn",
    "sea_orm_migration=warn",
    "actix_http=warn",
    "actix_server=warn",
    "actix_web=warn",
    "mio=warn",
    "tokio=warn",
    "tokio_util=warn",
    "h2=warn",
    "hyper=warn",
    "hyper_util=warn",
    "rustls=warn",
    "lettre=warn",
    "reqwest=warn",
];

/// Installs the global subscriber. Database drivers log only warnings whatever `RUST_LOG`
/// says: their statements carry parameter values, which are not for the log. So do the HTTP,
/// TLS, mail and I/O libraries: their lines follow each connection, and would stamp the moment
/// a writer's request arrived (the server's own hourly counts stand in for them).
pub fn init(format: LogFormat) {
    let mut filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    for quiet in QUIET {
        if let Ok(directive) = quiet.parse() {
            filter = filter.add_directive(directive);
        }
    }
    let registry = tracing_subscriber::registry().with(filter);
    let result = match format {
        LogFormat::Json => registry
            .with(
                fmt::layer()
                    .json()
                    .with_current_span(true)
                    .with_span_list(false)
                    .with_writer(std::io::stderr),
            )
            .try_init(),
        LogFormat::Pretty => registry
            .with(fmt::layer().with_writer(std::io::stderr))
            .try_init(),
    };
    // A second initialisation (tests) keeps the first subscriber.
    drop(result);
}
