//! Service accounts: a district's systems exchange a client id and secret for a short-lived
//! access token limited to the account's scopes (OAuth 2.0 client credentials, in JSON).

use std::collections::BTreeSet;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use entity::{service_account, Role};
use rand::RngCore;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;
use utoipa::ToSchema;
use uuid::Uuid;

use super::{Caller, Permission};
use crate::error::ApiError;

/// What a service account may read.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ToSchema,
)]
pub enum ServiceScope {
    /// The district's overview, statistics and journal heads.
    #[serde(rename = "district:read")]
    DistrictRead,
    /// Schools' monthly reports.
    #[serde(rename = "reports:read")]
    ReportsRead,
    /// Schools' journals and their verification.
    #[serde(rename = "journal:read")]
    JournalRead,
}

impl ServiceScope {
    pub const ALL: [ServiceScope; 3] = [
        ServiceScope::DistrictRead,
        ServiceScope::ReportsRead,
        ServiceScope::JournalRead,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ServiceScope::DistrictRead => "district:read",
            ServiceScope::ReportsRead => "reports:read",
            ServiceScope::JournalRead => "journal:read",
        }
    }

    pub fn parse(name: &str) -> Option<ServiceScope> {
        ServiceScope::ALL
            .into_iter()
            .find(|scope| scope.as_str() == name)
    }

    /// The scope that lets a service account use a permission; none for everything else.
    pub fn granting(permission: Permission) -> Option<ServiceScope> {
        match permission {
            Permission::ViewDistrict => Some(ServiceScope::DistrictRead),
            Permission::ViewReports => Some(ServiceScope::ReportsRead),
            Permission::ViewJournal => Some(ServiceScope::JournalRead),
            _ => None,
        }
    }
}

/// Reads space-separated scopes, ignoring unknown ones.
pub fn parse_scopes(text: &str) -> BTreeSet<ServiceScope> {
    text.split_whitespace()
        .filter_map(ServiceScope::parse)
        .collect()
}

/// Writes scopes space-separated, in order.
pub fn join_scopes(scopes: &BTreeSet<ServiceScope>) -> String {
    scopes
        .iter()
        .map(|scope| scope.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A new client secret: 32 random bytes, URL-safe.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// A new client id.
pub fn new_client_id() -> String {
    let mut bytes = [0u8; 12];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    format!("svc_{}", hex::encode(bytes))
}

/// What is stored of a secret. The secret has 256 random bits, so a fast hash suffices.
pub fn hash_secret(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

/// The active account with this client id and secret.
pub async fn authenticate<C: ConnectionTrait>(
    db: &C,
    client_id: &str,
    secret: &str,
) -> Result<Option<service_account::Model>, ApiError> {
    let account = service_account::Entity::find()
        .filter(service_account::Column::ClientId.eq(client_id))
        .filter(service_account::Column::RevokedAt.is_null())
        .one(db)
        .await?;
    let presented = hash_secret(secret);
    Ok(account
        .filter(|account| bool::from(account.secret_hash.as_bytes().ct_eq(presented.as_bytes()))))
}

/// The caller behind a service token: the account must still be active, and the token's
/// scopes are cut to what the account holds now.
pub async fn load_caller<C: ConnectionTrait>(
    db: &C,
    account_id: Uuid,
    token_scope: &str,
) -> Result<Option<Caller>, ApiError> {
    let Some(account) = service_account::Entity::find_by_id(account_id)
        .filter(service_account::Column::RevokedAt.is_null())
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let held = parse_scopes(&account.scopes);
    let scopes = parse_scopes(token_scope)
        .intersection(&held)
        .copied()
        .collect();
    Ok(Some(Caller {
        user_id: account.id,
        login: format!("service:{}", account.client_id),
        full_name: account.name,
        position: String::new(),
        school_id: None,
        district_id: Some(account.district_id),
        roles: BTreeSet::from([Role::Integration]),
        scopes: Some(scopes),
        password_set_by_other: false,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::Target;

    fn service(scopes: &[ServiceScope], district: Uuid) -> Caller {
        Caller {
            user_id: Uuid::new_v4(),
            login: "service:x".into(),
            full_name: "X".into(),
            position: String::new(),
            school_id: None,
            district_id: Some(district),
            roles: BTreeSet::from([Role::Integration]),
            scopes: Some(scopes.iter().copied().collect()),
            password_set_by_other: false,
        }
    }

    #[test]
    fn a_service_account_reads_only_within_its_scopes_and_district() {
        let (district, elsewhere) = (Uuid::new_v4(), Uuid::new_v4());
        let school = Target::School {
            id: Uuid::new_v4(),
            district_id: district,
        };
        let reports_only = service(&[ServiceScope::ReportsRead], district);
        assert!(reports_only.may(Permission::ViewReports, school));
        assert!(!reports_only.may(Permission::ViewJournal, school));
        assert!(!reports_only.may(Permission::ViewDistrict, Target::District { id: district }));
        let everything = service(&ServiceScope::ALL, district);
        assert!(everything.may(Permission::ViewDistrict, Target::District { id: district }));
        assert!(!everything.may(Permission::ViewDistrict, Target::District { id: elsewhere }));
        // No scope reaches content, cases, staff or settings.
        for permission in [
            Permission::ViewAppealOverview,
            Permission::ManageStaff,
            Permission::ViewAuditTrail,
            Permission::ManageIntegrations,
            Permission::EditReport,
        ] {
            assert!(!everything.may(permission, school), "{permission:?}");
        }
    }

    #[test]
    fn scopes_round_trip_and_unknown_ones_are_dropped() {
        let scopes = parse_scopes("reports:read  bogus district:read");
        assert_eq!(join_scopes(&scopes), "district:read reports:read");
        assert_eq!(hash_secret("a").len(), 64);
        assert!(new_client_id().starts_with("svc_"));
    }
}
