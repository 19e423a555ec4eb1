//! Sealing content at rest (DESIGN.md §6): AES-256-GCM under the current data key, with the
//! row's id and the field's name as associated data, so a sealed value copied onto another
//! row or field no longer opens. Stored as `nonce ‖ ciphertext`, with the key's id beside it.

use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use aes_gcm::{Aes256Gcm, Key, Nonce};
use anyhow::anyhow;
use secrecy::ExposeSecret;
use uuid::Uuid;

use crate::secrets::Secrets;

const NONCE_LENGTH: usize = 12;

/// Sealed bytes and the id of the key that sealed them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sealed {
    pub key_id: String,
    pub bytes: Vec<u8>,
}

fn associated_data(row: Uuid, field: &str) -> Vec<u8> {
    let mut data = row.as_bytes().to_vec();
    data.extend_from_slice(field.as_bytes());
    data
}

/// Seals `plaintext` for one field of one row under the current data key.
pub fn seal(secrets: &Secrets, row: Uuid, field: &str, plaintext: &[u8]) -> anyhow::Result<Sealed> {
    let data_key = secrets.current_data_key();
    let cipher = Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(data_key.key.expose_secret()));
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    let aad = associated_data(row, field);
    let ciphertext = cipher
        .encrypt(
            &nonce,
            Payload {
                msg: plaintext,
                aad: &aad,
            },
        )
        .map_err(|_| anyhow!("sealing failed"))?;
    let mut bytes = nonce.to_vec();
    bytes.extend_from_slice(&ciphertext);
    Ok(Sealed {
        key_id: data_key.id.clone(),
        bytes,
    })
}

/// Opens a sealed field of a row with the key it names.
pub fn open(
    secrets: &Secrets,
    row: Uuid,
    field: &str,
    key_id: &str,
    bytes: &[u8],
) -> anyhow::Result<Vec<u8>> {
    if bytes.is_empty() {
        // Erased after the retention period (the appeal's `erased_on` says when).
        return Ok(Vec::new());
    }
    let data_key = secrets
        .data_keys
        .iter()
        .find(|key| key.id == key_id)
        .ok_or_else(|| match key_id {
            "box" => anyhow!(
                "this value is sealed to a box key: only the working group's quorum opens it"
            ),
            _ => anyhow!("the data key `{key_id}` is not configured"),
        })?;
    if bytes.len() < NONCE_LENGTH {
        return Err(anyhow!("sealed value too short"));
    }
    let (nonce, ciphertext) = bytes.split_at(NONCE_LENGTH);
    let cipher = Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(data_key.key.expose_secret()));
    let aad = associated_data(row, field);
    cipher
        .decrypt(
            Nonce::from_slice(nonce),
            Payload {
                msg: ciphertext,
                aad: &aad,
            },
        )
        .map_err(|_| anyhow!("a sealed value did not open: wrong key or altered"))
}

/// A keyed hash (HMAC-SHA256, lowercase hex) of `bytes` for one purpose: what is stored of
/// receipts and idempotency keys, so the database alone cannot confirm a guess.
pub fn keyed_hash(key: &crate::secrets::Key, purpose: &[u8], bytes: &[u8]) -> String {
    use hmac::{Hmac, Mac};
    let mut mac = match <Hmac<sha2::Sha256> as Mac>::new_from_slice(key.expose_secret()) {
        Ok(mac) => mac,
        // HMAC takes keys of any length; this arm is never reached.
        Err(_) => return String::new(),
    };
    mac.update(purpose);
    mac.update(bytes);
    hex::encode(mac.finalize().into_bytes())
}

/// Opens a sealed field holding UTF-8 text.
pub fn open_text(
    secrets: &Secrets,
    row: Uuid,
    field: &str,
    key_id: &str,
    bytes: &[u8],
) -> anyhow::Result<String> {
    String::from_utf8(open(secrets, row, field, key_id, bytes)?)
        .map_err(|_| anyhow!("sealed text is not UTF-8"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secrets::{parse_data_keys, Secrets};
    use secrecy::SecretBox;

    fn secrets(keys: &str) -> Secrets {
        Secrets {
            jwt_secret: SecretBox::new(Box::new([1; 32])),
            data_keys: parse_data_keys(keys).unwrap(),
            receipt_key: SecretBox::new(Box::new([2; 32])),
        }
    }

    const K1: &str = "k1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    const K2: &str = "k2:HwECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    #[test]
    fn sealed_text_opens_with_its_row_and_field_only() {
        let secrets = secrets(K1);
        let row = Uuid::new_v4();
        let sealed = seal(&secrets, row, "text", b"my teacher shouts").unwrap();
        assert!(!sealed.bytes.windows(8).any(|w| w == b"my teach"));
        assert_eq!(
            open_text(&secrets, row, "text", &sealed.key_id, &sealed.bytes).unwrap(),
            "my teacher shouts"
        );
        assert!(open(
            &secrets,
            Uuid::new_v4(),
            "text",
            &sealed.key_id,
            &sealed.bytes
        )
        .is_err());
        assert!(open(&secrets, row, "identity", &sealed.key_id, &sealed.bytes).is_err());
    }

    #[test]
    fn an_old_key_still_opens_after_rotation() {
        let row = Uuid::new_v4();
        let sealed = seal(&secrets(K1), row, "text", b"x").unwrap();
        let rotated = secrets(&format!("{K2},{K1}"));
        assert_eq!(
            open(&rotated, row, "text", &sealed.key_id, &sealed.bytes).unwrap(),
            b"x"
        );
        assert_eq!(seal(&rotated, row, "text", b"y").unwrap().key_id, "k2");
    }

    #[test]
    fn an_altered_value_does_not_open() {
        let secrets = secrets(K1);
        let row = Uuid::new_v4();
        let mut sealed = seal(&secrets, row, "text", b"hello").unwrap();
        let last = sealed.bytes.len() - 1;
        sealed.bytes[last] ^= 1;
        assert!(open(&secrets, row, "text", &sealed.key_id, &sealed.bytes).is_err());
    }
}
