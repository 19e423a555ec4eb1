//! Routes of the district education office, one handler per file.

pub mod create_account;
pub mod create_school;
pub mod journal_heads;
pub mod list_accounts;
pub mod overview;
pub mod put_settings;
pub mod revoke_account;
pub mod settings;
pub mod statistics;

use entity::service_account;

use super::views::ServiceAccountView;
use crate::auth::service::parse_scopes;

/// A service account as the API shows it.
pub fn account_view(account: &service_account::Model) -> ServiceAccountView {
    ServiceAccountView {
        id: account.id,
        name: account.name.clone(),
        client_id: account.client_id.clone(),
        scopes: parse_scopes(&account.scopes).into_iter().collect(),
        created_at: account.created_at,
        revoked_at: account.revoked_at,
    }
}
