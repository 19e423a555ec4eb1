//! Request and response types of the box-key routes.

use secrecy::SecretString;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::Validate;

/// Whether the caller has a box key of their own.
#[derive(Debug, Serialize, ToSchema)]
pub struct MyBoxKey {
    /// A box passphrase is set: the caller holds a key pair for the box.
    pub has_key: bool,
    /// The caller holds a share of their school's current box key. A member named after the
    /// key was made receives a share of the next one, made at an opening.
    pub holds_share: bool,
    /// The caller's school has a box key (appeals are sealed to the working group).
    pub school_protected: bool,
}

/// Setting a box passphrase: the caller's key pair for the box is made and wrapped under it.
#[derive(Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SetBoxPassphrase {
    /// At least 12 characters; not the sign-in password (which managers can reset).
    #[schema(value_type = String)]
    pub passphrase: SecretString,
}

/// The one-time recovery code, shown once; print it on the key card and keep it apart.
#[derive(Debug, Serialize, ToSchema)]
pub struct RecoveryCodeShown {
    pub recovery_code: String,
    /// The public key's fingerprint (what the key card prints beside the code).
    pub fingerprint: String,
}

/// Changing the box passphrase, with the old one or the recovery code.
#[derive(Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ChangeBoxPassphrase {
    /// The current passphrase, or the recovery code (a recovery code works once: a new one
    /// is answered).
    #[schema(value_type = String)]
    pub current: SecretString,
    #[schema(value_type = String)]
    pub new_passphrase: SecretString,
}

/// The passphrase was changed; after a recovery code, a new recovery code is shown once.
#[derive(Debug, Serialize, ToSchema)]
pub struct BoxPassphraseChanged {
    pub recovery_code: Option<String>,
}

/// A holder of the school's box key, as the group and the district see it.
#[derive(Debug, Serialize, ToSchema)]
pub struct BoxKeyHolder {
    pub full_name: String,
    pub position: String,
    /// A box passphrase is set.
    pub has_passphrase: bool,
    /// Holds a share of the current key.
    pub holds_share: bool,
}

/// A school's box key: whether the box is protected, its fingerprint, threshold and holders.
#[derive(Debug, Serialize, ToSchema)]
pub struct SchoolBoxKey {
    pub school: String,
    /// Appeals are sealed to the working group's key. Until enough members set a passphrase,
    /// they are sealed under the server's data key, as before: not yet protected.
    pub protected: bool,
    /// The stored key is the one the journal recorded (`false` means it was replaced).
    pub trusted: bool,
    pub fingerprint: Option<String>,
    /// How many shares open the box.
    pub threshold: Option<i32>,
    /// The district office holds one share.
    pub district_share: bool,
    /// The school's quorum: the members who must set a passphrase before the first key.
    pub quorum: i32,
    /// The working group's members.
    pub members: Vec<BoxKeyHolder>,
}

/// The district office's share: its box passphrase.
#[derive(Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DistrictPassphrase {
    #[schema(value_type = String)]
    pub passphrase: SecretString,
}
