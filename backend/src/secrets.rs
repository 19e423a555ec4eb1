//! The server's secrets: the JWT signing secret, the content data keys and the receipt key.
//! Production passes them in the environment; the embedded default generates them in the
//! data folder on first start, readable by the owner only.

use std::fs::{self, OpenOptions};
use std::io::{ErrorKind, Write};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use rand::RngCore;
use secrecy::{ExposeSecret, SecretBox, SecretString};

use crate::configuration::Settings;

/// A 32-byte secret key.
pub type Key = SecretBox<[u8; 32]>;

/// One content data key with its id, stored beside every ciphertext for rotation.
pub struct DataKey {
    pub id: String,
    pub key: Key,
}

/// All the secrets the server holds.
pub struct Secrets {
    pub jwt_secret: Key,
    /// The first key is current: new content is sealed with it. The others still open old
    /// content until it is re-encrypted.
    pub data_keys: Vec<DataKey>,
    pub receipt_key: Key,
}

impl Secrets {
    /// Takes each secret from the settings, or from (or newly into) the data folder.
    pub fn load(settings: &Settings) -> anyhow::Result<Secrets> {
        let folder = settings.data_dir.join("secrets");
        let jwt_secret = match &settings.jwt_secret {
            Some(secret) => derive_key(secret),
            None => parse_key(&load_or_create(&folder, "jwt.key", new_key_line)?)?,
        };
        let receipt_key = match &settings.receipt_key {
            Some(secret) => derive_key(secret),
            None => parse_key(&load_or_create(&folder, "receipt.key", new_key_line)?)?,
        };
        let data_keys = match &settings.data_keys {
            Some(keys) => parse_data_keys(keys.expose_secret())?,
            None => parse_data_keys(&load_or_create(&folder, "data.keys", || {
                format!("k1:{}", new_key_line())
            })?)?,
        };
        Ok(Secrets {
            jwt_secret,
            data_keys,
            receipt_key,
        })
    }

    /// The key new content is sealed with.
    pub fn current_data_key(&self) -> &DataKey {
        // `parse_data_keys` refuses an empty list.
        &self.data_keys[0]
    }
}

/// Makes a new data key current in the data folder's `data.keys` (the older ones stay, so
/// what they sealed still opens until it is sealed again). Returns the new key's id.
pub fn rotate_data_key(settings: &Settings) -> anyhow::Result<String> {
    if settings.data_keys.is_some() {
        bail!(
            "the data keys come from ISHENIM_DATA_KEYS: put a new `id:base64key` first in it \
             (`openssl rand -base64 32` makes a key) and restart"
        );
    }
    let folder = settings.data_dir.join("secrets");
    let path = folder.join("data.keys");
    let existing =
        fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?;
    let keys = parse_data_keys(&existing)?;
    let next = (1..)
        .map(|n| format!("k{n}"))
        .find(|id| keys.iter().all(|key| &key.id != id))
        .unwrap_or_else(|| "k0".to_owned());
    let content = format!("{next}:{}\n{}", new_key_line(), existing.trim_start());
    let temporary = folder.join("data.keys.new");
    let mut file = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(&temporary)
        .with_context(|| format!("cannot write {}", temporary.display()))?;
    file.write_all(content.as_bytes())?;
    file.sync_all()?;
    fs::rename(&temporary, &path)?;
    Ok(next)
}

/// Creates the data folder, readable by the owner only: it holds the keys and the database.
pub fn prepare_data_dir(folder: &Path) -> anyhow::Result<()> {
    fs::create_dir_all(folder).with_context(|| format!("cannot create {}", folder.display()))?;
    fs::set_permissions(folder, fs::Permissions::from_mode(0o700))
        .with_context(|| format!("cannot restrict {}", folder.display()))
}

fn new_key_line() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    STANDARD.encode(bytes)
}

/// A key given as text in the environment: its SHA-256, so any length of secret works.
fn derive_key(secret: &SecretString) -> Key {
    use sha2::Digest;
    let digest: [u8; 32] = sha2::Sha256::digest(secret.expose_secret().as_bytes()).into();
    SecretBox::new(Box::new(digest))
}

fn parse_key(text: &str) -> anyhow::Result<Key> {
    let bytes = STANDARD
        .decode(text.trim())
        .context("a key file is not base64")?;
    let array: [u8; 32] = bytes
        .try_into()
        .map_err(|_| anyhow::anyhow!("a key must be 32 bytes"))?;
    Ok(SecretBox::new(Box::new(array)))
}

/// Parses `id:base64key` items separated by commas or new lines; the first is current.
pub fn parse_data_keys(text: &str) -> anyhow::Result<Vec<DataKey>> {
    let mut keys = Vec::new();
    for item in text
        .split([',', '\n'])
        .map(str::trim)
        .filter(|item| !item.is_empty())
    {
        let Some((id, key)) = item.split_once(':') else {
            bail!("a data key must be written as id:base64key");
        };
        if id.is_empty() || id.len() > 16 {
            bail!("a data key id must have 1 to 16 characters");
        }
        keys.push(DataKey {
            id: id.to_owned(),
            key: parse_key(key)?,
        });
    }
    if keys.is_empty() {
        bail!("no data key given");
    }
    Ok(keys)
}

/// Reads a secret file, creating it with `create` (owner-only) if it does not exist yet.
fn load_or_create(
    folder: &Path,
    name: &str,
    create: impl FnOnce() -> String,
) -> anyhow::Result<String> {
    fs::create_dir_all(folder).with_context(|| format!("cannot create {}", folder.display()))?;
    fs::set_permissions(folder, fs::Permissions::from_mode(0o700))
        .with_context(|| format!("cannot restrict {}", folder.display()))?;
    let path: PathBuf = folder.join(name);
    match OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&path)
    {
        Ok(mut file) => {
            let content = create();
            file.write_all(content.as_bytes())?;
            file.write_all(b"\n")?;
            file.sync_all()?;
            tracing::info!(file = %path.display(), "generated a new secret");
            Ok(content)
        }
        Err(error) if error.kind() == ErrorKind::AlreadyExists => {
            let mode = fs::metadata(&path)?.permissions().mode();
            if mode & 0o077 != 0 {
                bail!(
                    "{} is readable by others (mode {:o}); run chmod 600 on it",
                    path.display(),
                    mode & 0o777
                );
            }
            fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))
        }
        Err(error) => Err(error).with_context(|| format!("cannot create {}", path.display())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_keys_need_an_id_and_32_bytes() {
        assert!(parse_data_keys("nokey").is_err());
        assert!(parse_data_keys("k1:AAAA").is_err());
        let line = format!("k2:{},k1:{}", new_key_line(), new_key_line());
        let keys = parse_data_keys(&line).unwrap();
        assert_eq!(keys.len(), 2);
        assert_eq!(keys[0].id, "k2");
    }

    #[test]
    fn generated_secrets_are_readable_by_the_owner_only() {
        let folder = std::env::temp_dir().join(format!("ishenim-secrets-{}", uuid::Uuid::new_v4()));
        let first = load_or_create(&folder, "x.key", new_key_line).unwrap();
        let again = load_or_create(&folder, "x.key", new_key_line).unwrap();
        assert_eq!(first.trim(), again.trim());
        let mode = fs::metadata(folder.join("x.key"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
        fs::remove_dir_all(folder).unwrap();
    }
}
