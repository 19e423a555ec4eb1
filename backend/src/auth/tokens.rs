//! Access tokens (JWT, HS256, 15 minutes) and refresh tokens (random, stored hashed).

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::Utc;
use jsonwebtoken::{decode, encode, Algorithm, DecodingKey, EncodingKey, Header, Validation};
use rand::RngCore;
use secrecy::ExposeSecret;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::error::ApiError;
use crate::secrets::Key;

/// How long an access token lives.
pub const ACCESS_TOKEN_SECONDS: i64 = 15 * 60;
/// How long a refresh token lives: one working day, so a shared school computer forgets.
pub const REFRESH_TOKEN_SECONDS: i64 = 12 * 60 * 60;

/// The claims of an access token.
#[derive(Debug, Serialize, Deserialize)]
pub struct Claims {
    /// The staff user's id.
    pub sub: Uuid,
    pub iat: i64,
    pub exp: i64,
    pub jti: Uuid,
    /// When the token was issued, in milliseconds: a sign-out in the same second as a new
    /// sign-in must end the one before it and not the one after.
    #[serde(default)]
    pub iat_ms: i64,
    /// Present on a service account's token: its scopes, space-separated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
}

/// Signs and checks access tokens.
pub struct TokenKeys {
    encoding: EncodingKey,
    decoding: DecodingKey,
}

impl TokenKeys {
    /// Keys from the JWT secret.
    pub fn new(secret: &Key) -> Self {
        TokenKeys {
            encoding: EncodingKey::from_secret(secret.expose_secret()),
            decoding: DecodingKey::from_secret(secret.expose_secret()),
        }
    }

    /// A new access token for a user.
    pub fn issue(&self, user_id: Uuid) -> Result<String, ApiError> {
        let moment = Utc::now();
        let now = moment.timestamp();
        let claims = Claims {
            sub: user_id,
            iat: now,
            exp: now + ACCESS_TOKEN_SECONDS,
            jti: Uuid::new_v4(),
            iat_ms: moment.timestamp_millis(),
            scope: None,
        };
        encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)
            .map_err(|e| ApiError::Unexpected(anyhow::anyhow!("cannot sign a token: {e}")))
    }

    /// A new access token for a service account, limited to its scopes.
    pub fn issue_for_service(&self, account_id: Uuid, scope: &str) -> Result<String, ApiError> {
        let moment = Utc::now();
        let now = moment.timestamp();
        let claims = Claims {
            sub: account_id,
            iat: now,
            exp: now + ACCESS_TOKEN_SECONDS,
            jti: Uuid::new_v4(),
            iat_ms: moment.timestamp_millis(),
            scope: Some(scope.to_owned()),
        };
        encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)
            .map_err(|e| ApiError::Unexpected(anyhow::anyhow!("cannot sign a token: {e}")))
    }

    /// Checks an access token's signature and expiry.
    pub fn verify(&self, token: &str) -> Result<Claims, ApiError> {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.leeway = 5;
        validation.set_required_spec_claims(&["exp", "sub"]);
        decode::<Claims>(token, &self.decoding, &validation)
            .map(|data| data.claims)
            .map_err(|error| match error.kind() {
                jsonwebtoken::errors::ErrorKind::ExpiredSignature => ApiError::TokenExpired,
                _ => ApiError::InvalidToken,
            })
    }
}

/// A new refresh token: 32 random bytes, URL-safe.
pub fn new_refresh_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// What is stored of a refresh token.
pub fn hash_refresh_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use secrecy::SecretBox;

    fn keys(byte: u8) -> TokenKeys {
        TokenKeys::new(&SecretBox::new(Box::new([byte; 32])))
    }

    #[test]
    fn a_signed_token_verifies_with_the_same_secret() {
        let user = Uuid::new_v4();
        let token = keys(1).issue(user).unwrap();
        assert_eq!(keys(1).verify(&token).unwrap().sub, user);
    }

    #[test]
    fn a_token_signed_with_another_secret_is_invalid() {
        let token = keys(1).issue(Uuid::new_v4()).unwrap();
        assert_eq!(keys(2).verify(&token).unwrap_err().code(), "invalid_token");
    }

    #[test]
    fn an_expired_token_says_so() {
        let claims = Claims {
            sub: Uuid::new_v4(),
            iat: 0,
            exp: 1,
            jti: Uuid::new_v4(),
            iat_ms: 0,
            scope: None,
        };
        let token = encode(&Header::new(Algorithm::HS256), &claims, &keys(1).encoding).unwrap();
        assert_eq!(keys(1).verify(&token).unwrap_err().code(), "token_expired");
    }
}
