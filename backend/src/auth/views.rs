//! Request and response types of sign-in.

use entity::Role;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;
use validator::Validate;

/// A staff member's credentials.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    #[validate(length(min = 1, max = 64, message = "the login must have 1 to 64 characters"))]
    #[schema(min_length = 1, max_length = 64)]
    #[schema(example = "demo.director")]
    pub login: String,
    #[validate(length(
        min = 1,
        max = 256,
        message = "the password must have 1 to 256 characters"
    ))]
    #[schema(min_length = 1, max_length = 256)]
    pub password: String,
    /// The code from the authenticator app, or a recovery code, when the member has turned on
    /// a second factor (asked for by `second_factor_required`).
    #[validate(length(max = 32, message = "the code must have at most 32 characters"))]
    #[schema(max_length = 32)]
    #[schema(example = "123456")]
    pub one_time_code: Option<String>,
}

/// A new access token and the refresh token that replaces the previous one.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct TokenPair {
    pub access_token: String,
    pub refresh_token: String,
    /// Always `Bearer`.
    pub token_type: String,
    /// Seconds until the access token expires.
    pub expires_in: i64,
}

/// A member's own new password, with the current one.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordChange {
    #[validate(length(min = 1, max = 256, message = "the current password is missing"))]
    #[schema(min_length = 1, max_length = 256)]
    pub current_password: String,
    #[validate(length(
        min = 10,
        max = 256,
        message = "the new password must have 10 to 256 characters"
    ))]
    #[schema(min_length = 10, max_length = 256)]
    pub new_password: String,
}

/// A refresh token to rotate or to revoke.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RefreshRequest {
    #[validate(length(min = 1, max = 256, message = "the refresh token is missing"))]
    #[schema(min_length = 1, max_length = 256)]
    pub refresh_token: String,
}

/// A school, as named to its staff.
#[derive(Debug, Serialize, Deserialize, ToSchema, Clone)]
pub struct SchoolSummary {
    pub id: Uuid,
    pub slug: String,
    /// The name in the school's language.
    pub name: String,
    /// The name in each language that has one (else `name`).
    pub names: crate::http::names::Names,
}

/// A district, as named to its staff.
#[derive(Debug, Serialize, Deserialize, ToSchema, Clone)]
pub struct DistrictSummary {
    pub id: Uuid,
    pub slug: String,
    /// The district's default name.
    pub name: String,
    /// The name in each language that has one (else `name`).
    pub names: crate::http::names::Names,
}

/// The signed-in staff member.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Me {
    pub id: Uuid,
    pub login: String,
    pub full_name: String,
    pub position: String,
    pub roles: Vec<Role>,
    pub school: Option<SchoolSummary>,
    pub district: Option<DistrictSummary>,
    /// The member's second factor.
    pub two_factor: TwoFactorState,
    /// Someone else chose this working-group member's password: until they choose their own
    /// (`POST /me/password`), only their own account can be used (`password_change_required`).
    pub password_change_required: bool,
}

/// Whether a member's second factor is on, and whether their district requires it.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct TwoFactorState {
    pub enabled: bool,
    /// The district requires it of the member's roles; until it is on, only the member's own
    /// account can be used (`two_factor_enrolment_required`).
    pub required: bool,
    /// Recovery codes not used yet.
    pub recovery_codes_left: u64,
}

/// A service account's credentials (OAuth 2.0 client credentials grant, as JSON).
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ServiceTokenRequest {
    /// Always `client_credentials`.
    #[schema(example = "client_credentials", pattern = "^client_credentials$")]
    pub grant_type: String,
    #[validate(length(min = 1, max = 64, message = "the client id is missing"))]
    #[schema(min_length = 1, max_length = 64)]
    pub client_id: String,
    #[validate(length(min = 1, max = 256, message = "the client secret is missing"))]
    #[schema(min_length = 1, max_length = 256)]
    pub client_secret: String,
    /// Space-separated scopes to ask for; all the account holds when absent.
    #[validate(length(max = 200))]
    #[schema(pattern = r"^\s*((district:read|reports:read|journal:read)(\s+|$))*$")]
    #[schema(max_length = 200)]
    pub scope: Option<String>,
}

/// A service account's access token.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ServiceToken {
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: String,
    pub expires_in: i64,
    /// The scopes granted, space-separated.
    pub scope: String,
}

/// The member's password, asked again before their second factor changes.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordConfirmation {
    #[validate(length(
        min = 1,
        max = 256,
        message = "the password must have 1 to 256 characters"
    ))]
    #[schema(min_length = 1, max_length = 256)]
    pub password: String,
}

/// A new secret to add to an authenticator app: as a QR code of `otpauth_uri`, or typed.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct TwoFactorEnrolment {
    /// The secret in base32, for typing into the app by hand.
    pub secret: String,
    /// The `otpauth://totp/…` address, for a QR code.
    pub otpauth_uri: String,
}

/// A code from the authenticator app (or, where said, a recovery code).
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OneTimeCode {
    #[validate(length(min = 1, max = 32, message = "the code must have 1 to 32 characters"))]
    #[schema(min_length = 1, max_length = 32)]
    #[schema(example = "123456")]
    pub code: String,
}

/// A new set of recovery codes, shown this once: each works once, in place of a code.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct RecoveryCodes {
    pub codes: Vec<String>,
}

/// What turning the second factor off takes: the password and a current code.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TwoFactorRemoval {
    #[validate(length(
        min = 1,
        max = 256,
        message = "the password must have 1 to 256 characters"
    ))]
    #[schema(min_length = 1, max_length = 256)]
    pub password: String,
    #[validate(length(min = 1, max = 32, message = "the code must have 1 to 32 characters"))]
    #[schema(min_length = 1, max_length = 32)]
    pub code: String,
}
