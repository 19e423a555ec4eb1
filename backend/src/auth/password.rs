//! argon2id password hashing, run off the async threads. Unknown logins are checked against a
//! dummy hash so that they take as long as known ones.

use std::sync::LazyLock;
use std::time::Duration;

use anyhow::Context;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use secrecy::{ExposeSecret, SecretString};
use tokio::sync::{Semaphore, SemaphorePermit};

/// The shortest password the CLI and the API accept for staff.
pub const MIN_PASSWORD_LENGTH: usize = 10;

fn hasher() -> Argon2<'static> {
    // OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane.
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

static DUMMY_HASH: LazyLock<String> =
    LazyLock::new(|| hash_blocking("a password nobody has, for timing only").unwrap_or_default());

fn hash_blocking(password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    Ok(hasher()
        .hash_password(password.as_bytes(), &salt)
        .map_err(|e| anyhow::anyhow!("hashing failed: {e}"))?
        .to_string())
}

/// Every hash costs 19 MiB and a core's worth of work: at most two per core run at once, and a
/// request waits at most [`HASH_WAIT`] for its turn before it is answered `503 server_busy`.
/// Five hundred sign-ins at once on two cores then hold 4 × 19 MiB, not 9 GB.
static HASHING: LazyLock<HashGate> = LazyLock::new(|| {
    let cores = std::thread::available_parallelism().map_or(2, usize::from);
    HashGate::new((2 * cores).clamp(2, 16), HASH_WAIT)
});

/// How long a sign-in waits for a free hashing slot.
pub const HASH_WAIT: Duration = Duration::from_secs(10);

/// The server is hashing as many passwords as it can: try again shortly.
#[derive(Debug, thiserror::Error)]
#[error("the server is busy checking passwords; try again in a few seconds")]
pub struct HashingBusy;

/// A bound on concurrent password hashes.
pub struct HashGate {
    slots: Semaphore,
    wait: Duration,
}

impl HashGate {
    pub fn new(slots: usize, wait: Duration) -> HashGate {
        HashGate {
            slots: Semaphore::new(slots),
            wait,
        }
    }

    /// Waits for a slot, or fails with [`HashingBusy`] after the gate's wait.
    pub async fn enter(&self) -> anyhow::Result<SemaphorePermit<'_>> {
        match tokio::time::timeout(self.wait, self.slots.acquire()).await {
            Ok(Ok(permit)) => Ok(permit),
            _ => Err(HashingBusy.into()),
        }
    }
}

/// Hashes a new password.
pub async fn hash_password(password: SecretString) -> anyhow::Result<String> {
    let _slot = HASHING.enter().await?;
    tokio::task::spawn_blocking(move || hash_blocking(password.expose_secret()))
        .await
        .context("the hashing task failed")?
}

/// Checks a password against a stored hash, or against the dummy hash when there is none,
/// so both cases cost the same.
pub async fn verify_password(
    stored: Option<String>,
    candidate: SecretString,
) -> anyhow::Result<bool> {
    let _slot = HASHING.enter().await?;
    tokio::task::spawn_blocking(move || {
        let known = stored.is_some();
        let phc = stored.unwrap_or_else(|| DUMMY_HASH.clone());
        let parsed =
            PasswordHash::new(&phc).map_err(|e| anyhow::anyhow!("bad stored hash: {e}"))?;
        let matches = hasher()
            .verify_password(candidate.expose_secret().as_bytes(), &parsed)
            .is_ok();
        Ok(known && matches)
    })
    .await
    .context("the verification task failed")?
}

/// Warms the dummy hash at start-up, so the first unknown login is not faster than the rest.
pub fn prepare() {
    LazyLock::force(&DUMMY_HASH);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_full_gate_answers_busy_instead_of_queueing_for_ever() {
        let gate = HashGate::new(1, Duration::from_millis(20));
        let held = gate.enter().await.unwrap();
        let refused = gate.enter().await.unwrap_err();
        assert!(refused.is::<HashingBusy>());
        drop(held);
        assert!(gate.enter().await.is_ok());
    }

    #[tokio::test]
    async fn a_hashed_password_verifies_and_a_wrong_one_does_not() {
        let hash = hash_password(SecretString::from("correct horse battery"))
            .await
            .unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password(
            Some(hash.clone()),
            SecretString::from("correct horse battery")
        )
        .await
        .unwrap());
        assert!(!verify_password(Some(hash), SecretString::from("wrong"))
            .await
            .unwrap());
    }

    #[tokio::test]
    async fn an_unknown_login_never_verifies() {
        let dummy_password = SecretString::from("a password nobody has, for timing only");
        assert!(!verify_password(None, dummy_password).await.unwrap());
    }
}
