//! What every handler can reach: the database, the keys and the shared in-memory state.

use std::sync::Arc;

use sea_orm::DatabaseConnection;

use crate::appeals::group_commit::DropWriter;
use crate::auth::throttle::LoginThrottle;
use crate::auth::tokens::TokenKeys;
use crate::configuration::Settings;
use crate::http::connection_limit::ConnectionLimit;
use crate::http::rate_limit::PublicRateLimit;
use crate::mail::Mailer;
use crate::schools::cache::SchoolCache;
use crate::secrets::Secrets;

/// Shared application state, cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub settings: Arc<Settings>,
    pub secrets: Arc<Secrets>,
    pub token_keys: Arc<TokenKeys>,
    pub login_throttle: Arc<LoginThrottle>,
    pub public_rate_limit: Arc<PublicRateLimit>,
    /// The open connections of each client address.
    pub connection_limit: Arc<ConnectionLimit>,
    pub school_cache: Arc<SchoolCache>,
    /// Writes drops that arrive together in one transaction.
    pub drop_writer: DropWriter,
    /// Present when SMTP is configured.
    pub mailer: Option<Arc<Mailer>>,
}
