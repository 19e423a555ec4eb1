//! The cryptography of the box (DESIGN.md §6), all of it from maintained crates:
//!
//! - **HPKE** (RFC 9180, base mode, DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM;
//!   the `hpke` crate) seals to a public key: appeals to the box key, shares to a holder's key.
//! - **Shamir secret sharing** over GF(2⁸), byte by byte (the `vsss-rs` crate): the box key's
//!   32-byte seed is split, threshold = the school's quorum.
//! - **Argon2id** (the `argon2` crate) derives the key that wraps a holder's private key from
//!   their box passphrase, and once more from their one-time recovery code; AES-256-GCM wraps.
//!
//! A box key pair is derived from its seed with HPKE's `DeriveKeyPair`, so the seed is the one
//! secret that is split and rebuilt. Every secret here is zeroized when dropped.

use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use aes_gcm::{Aes256Gcm, Key, Nonce};
use anyhow::{anyhow, bail};
use argon2::{Algorithm, Argon2, Params, Version};
use hpke::aead::AesGcm256;
use hpke::kdf::HkdfSha256;
use hpke::kem::X25519HkdfSha256;
use hpke::{Deserializable, Kem as KemTrait, OpModeR, OpModeS, Serializable};
use rand::RngCore;
use sha2::{Digest, Sha256};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

type Kem = X25519HkdfSha256;
type PrivateKey = <Kem as KemTrait>::PrivateKey;
type PublicKey = <Kem as KemTrait>::PublicKey;
type EncappedKey = <Kem as KemTrait>::EncappedKey;

/// Length of an X25519 public key and of an encapsulated key.
pub const KEY_LENGTH: usize = 32;
const SALT_LENGTH: usize = 16;
const NONCE_LENGTH: usize = 12;
/// What every HPKE seal of Ishenim binds as `info`, so nothing sealed elsewhere opens here.
const INFO: &[u8] = b"ishenim box v1";

/// A private key seed (32 random bytes); the key pair is derived from it.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct Seed([u8; KEY_LENGTH]);

impl Seed {
    /// A fresh random seed.
    pub fn generate() -> Seed {
        let mut bytes = [0u8; KEY_LENGTH];
        OsRng.fill_bytes(&mut bytes);
        Seed(bytes)
    }

    fn from_slice(bytes: &[u8]) -> anyhow::Result<Seed> {
        let array: [u8; KEY_LENGTH] = bytes
            .try_into()
            .map_err(|_| anyhow!("a key seed has {KEY_LENGTH} bytes"))?;
        Ok(Seed(array))
    }

    fn private_key(&self) -> PrivateKey {
        Kem::derive_keypair(&self.0).0
    }

    /// The public half, 32 bytes.
    pub fn public_key(&self) -> Vec<u8> {
        Kem::derive_keypair(&self.0).1.to_bytes().to_vec()
    }

    /// The seed's bytes, to seal (to a holder, or a successor box key).
    pub fn expose(&self) -> &[u8] {
        &self.0
    }
}

impl std::fmt::Debug for Seed {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str("Seed(…)")
    }
}

/// A public key's fingerprint as people compare it: the first 16 bytes of its SHA-256 in
/// lowercase hex, in groups of four (`3f2a 9c0b …`).
pub fn fingerprint(public_key: &[u8]) -> String {
    let digest = Sha256::digest(public_key);
    hex::encode(&digest[..16])
        .as_bytes()
        .chunks(4)
        .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Seals `plaintext` to a public key: `enc ‖ ciphertext`. `aad` binds where it belongs.
pub fn seal_to(public_key: &[u8], aad: &[u8], plaintext: &[u8]) -> anyhow::Result<Vec<u8>> {
    let public_key =
        PublicKey::from_bytes(public_key).map_err(|_| anyhow!("not an X25519 public key"))?;
    let (enc, ciphertext) = hpke::single_shot_seal::<AesGcm256, HkdfSha256, Kem>(
        &OpModeS::Base,
        &public_key,
        INFO,
        plaintext,
        aad,
    )
    .map_err(|error| anyhow!("sealing to a public key failed: {error}"))?;
    let mut bytes = enc.to_bytes().to_vec();
    bytes.extend_from_slice(&ciphertext);
    Ok(bytes)
}

/// Opens what [`seal_to`] sealed, with the private key derived from `seed`.
pub fn open_with(seed: &Seed, aad: &[u8], sealed: &[u8]) -> anyhow::Result<Zeroizing<Vec<u8>>> {
    if sealed.len() < KEY_LENGTH {
        bail!("sealed value too short");
    }
    let (enc, ciphertext) = sealed.split_at(KEY_LENGTH);
    let enc = EncappedKey::from_bytes(enc).map_err(|_| anyhow!("not an encapsulated key"))?;
    hpke::single_shot_open::<AesGcm256, HkdfSha256, Kem>(
        &OpModeR::Base,
        &seed.private_key(),
        &enc,
        INFO,
        ciphertext,
        aad,
    )
    .map(Zeroizing::new)
    .map_err(|_| anyhow!("a value sealed to a key did not open: wrong key or altered"))
}

/// Opens a sealed seed (a share's holder key, a predecessor box key).
pub fn open_seed(seed: &Seed, aad: &[u8], sealed: &[u8]) -> anyhow::Result<Seed> {
    Seed::from_slice(&open_with(seed, aad, sealed)?)
}

/// One share of a box key's seed: its participant number and 32 bytes.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct Share(Vec<u8>);

impl Share {
    /// The share as stored inside its seal.
    pub fn expose(&self) -> &[u8] {
        &self.0
    }

    /// A share read back from its opened seal.
    pub fn from_bytes(bytes: &[u8]) -> anyhow::Result<Share> {
        if bytes.len() != KEY_LENGTH + 1 || bytes[0] == 0 {
            bail!("not a share of a box key");
        }
        Ok(Share(bytes.to_vec()))
    }

    /// The participant number (never 0).
    pub fn number(&self) -> u8 {
        self.0[0]
    }
}

/// Splits a seed into `count` shares, any `threshold` of which rebuild it.
pub fn split(seed: &Seed, threshold: usize, count: usize) -> anyhow::Result<Vec<Share>> {
    if threshold < 2 || count < threshold {
        bail!("cannot split a key {threshold} of {count}");
    }
    let rng = hpke::rand_core::UnwrapErr(getrandom::SysRng);
    let shares = vsss_rs::Gf256::split_bytes(threshold, count, seed.expose(), rng)
        .map_err(|error| anyhow!("splitting the box key failed: {error:?}"))?;
    Ok(shares.into_iter().map(Share).collect())
}

/// Rebuilds a seed from shares. With fewer than the threshold the result is a wrong seed,
/// which the caller finds by comparing the public key.
pub fn combine(shares: &[Share]) -> anyhow::Result<Seed> {
    let bytes: Vec<Vec<u8>> = shares.iter().map(|share| share.0.clone()).collect();
    let combined = Zeroizing::new(
        vsss_rs::Gf256::combine_bytes(&bytes)
            .map_err(|error| anyhow!("the shares do not combine: {error:?}"))?,
    );
    let mut bytes = bytes;
    bytes.iter_mut().for_each(|share| share.zeroize());
    Seed::from_slice(&combined)
}

/// Argon2id as the server uses it for box passphrases: 64 MiB, 3 passes. A passphrase
/// guessed offline against a stolen database costs that much per guess.
fn argon2() -> anyhow::Result<Argon2<'static>> {
    let params = Params::new(64 * 1024, 3, 1, Some(32)).map_err(|error| anyhow!("{error}"))?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// Wraps a holder's private seed under a secret (passphrase or recovery code):
/// `salt ‖ nonce ‖ AES-256-GCM ciphertext`, `aad` binding the holder.
pub fn wrap(seed: &Seed, secret: &str, aad: &[u8]) -> anyhow::Result<Vec<u8>> {
    let mut salt = [0u8; SALT_LENGTH];
    OsRng.fill_bytes(&mut salt);
    let key = derive(secret, &salt)?;
    let cipher = Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(key.as_slice()));
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    let ciphertext = cipher
        .encrypt(
            &nonce,
            Payload {
                msg: seed.expose(),
                aad,
            },
        )
        .map_err(|_| anyhow!("wrapping failed"))?;
    let mut bytes = salt.to_vec();
    bytes.extend_from_slice(&nonce);
    bytes.extend_from_slice(&ciphertext);
    Ok(bytes)
}

/// Unwraps a holder's seed; `None` when the secret is wrong.
pub fn unwrap(wrapped: &[u8], secret: &str, aad: &[u8]) -> anyhow::Result<Option<Seed>> {
    if wrapped.len() < SALT_LENGTH + NONCE_LENGTH {
        bail!("wrapped key too short");
    }
    let (salt, rest) = wrapped.split_at(SALT_LENGTH);
    let (nonce, ciphertext) = rest.split_at(NONCE_LENGTH);
    let key = derive(secret, salt)?;
    let cipher = Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(key.as_slice()));
    match cipher.decrypt(
        Nonce::from_slice(nonce),
        Payload {
            msg: ciphertext,
            aad,
        },
    ) {
        Ok(plain) => {
            let plain = Zeroizing::new(plain);
            Ok(Some(Seed::from_slice(&plain)?))
        }
        Err(_) => Ok(None),
    }
}

fn derive(secret: &str, salt: &[u8]) -> anyhow::Result<Zeroizing<[u8; 32]>> {
    let mut key = Zeroizing::new([0u8; 32]);
    argon2()?
        .hash_password_into(secret.as_bytes(), salt, key.as_mut())
        .map_err(|error| anyhow!("deriving a key failed: {error}"))?;
    Ok(key)
}

/// A one-time recovery code: 20 characters of Crockford base32 (100 bits) in groups of four.
pub fn recovery_code() -> Zeroizing<String> {
    const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let mut bytes = Zeroizing::new([0u8; 20]);
    OsRng.fill_bytes(bytes.as_mut());
    let mut code = Zeroizing::new(String::with_capacity(24));
    for (index, byte) in bytes.iter().enumerate() {
        if index > 0 && index % 4 == 0 {
            code.push('-');
        }
        code.push(ALPHABET[(byte & 31) as usize] as char);
    }
    code
}

/// A recovery code as typed: case, spaces and hyphens do not matter; I, L and O read as 1, 1, 0.
pub fn normalise_recovery_code(typed: &str) -> Zeroizing<String> {
    let mut clean = Zeroizing::new(String::new());
    for c in typed.chars().filter(|c| c.is_ascii_alphanumeric()) {
        let c = match c.to_ascii_uppercase() {
            'I' | 'L' => '1',
            'O' => '0',
            other => other,
        };
        if !clean.is_empty() && clean.len() % 5 == 4 {
            clean.push('-');
        }
        clean.push(c);
    }
    clean
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_sealed_to_a_key_opens_only_with_it_and_its_aad() {
        let seed = Seed::generate();
        let sealed = seal_to(&seed.public_key(), b"row:text", b"my teacher shouts").unwrap();
        assert!(!sealed.windows(8).any(|w| w == b"my teach"));
        assert_eq!(
            open_with(&seed, b"row:text", &sealed).unwrap().as_slice(),
            b"my teacher shouts"
        );
        assert!(open_with(&seed, b"row:other", &sealed).is_err());
        assert!(open_with(&Seed::generate(), b"row:text", &sealed).is_err());
    }

    #[test]
    fn any_threshold_of_shares_rebuild_the_key_and_fewer_do_not() {
        let seed = Seed::generate();
        let shares = split(&seed, 3, 5).unwrap();
        assert_eq!(shares.len(), 5);
        let some = [shares[4].clone(), shares[1].clone(), shares[2].clone()];
        assert_eq!(combine(&some).unwrap().public_key(), seed.public_key());
        let fewer = [shares[0].clone(), shares[3].clone()];
        assert_ne!(combine(&fewer).unwrap().public_key(), seed.public_key());
    }

    #[test]
    fn a_wrapped_key_opens_with_its_passphrase_only() {
        let seed = Seed::generate();
        let wrapped = wrap(&seed, "correct horse battery", b"holder").unwrap();
        let opened = unwrap(&wrapped, "correct horse battery", b"holder")
            .unwrap()
            .unwrap();
        assert_eq!(opened.public_key(), seed.public_key());
        assert!(unwrap(&wrapped, "wrong horse battery", b"holder")
            .unwrap()
            .is_none());
        assert!(unwrap(&wrapped, "correct horse battery", b"other")
            .unwrap()
            .is_none());
    }

    #[test]
    fn a_recovery_code_reads_the_same_however_it_is_typed() {
        let code = recovery_code();
        assert_eq!(code.len(), 24);
        assert_eq!(*normalise_recovery_code(&code), *code);
        assert_eq!(
            *normalise_recovery_code(&code.to_lowercase().replace('-', " ")),
            *code
        );
        assert_eq!(*normalise_recovery_code("o1il-0000"), "0111-0000");
    }

    #[test]
    fn a_fingerprint_is_eight_groups_of_four() {
        let print = fingerprint(&[7; 32]);
        assert_eq!(print.len(), 39);
        assert_eq!(print.split(' ').count(), 8);
    }

    fn hex32(text: &str) -> Vec<u8> {
        hex::decode(text).unwrap()
    }

    /// RFC 9180, Appendix A.1.1: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-128-GCM, base
    /// mode. The KEM and the KDF are the ones the box uses; only the AEAD's key size differs.
    #[test]
    fn rfc_9180_a_1_1_base_mode_vector_opens() {
        let ikm_r = hex32("6db9df30aa07dd42ee5e8181afdb977e538f5e1fec8a06223f33f7013e525037");
        let ikm_e = hex32("7268600d403fce431561aef583ee1613527cff655c1343f29812e66706df3234");
        let enc = hex32("37fda3567bdbd628e88668c3c8d7e97d1d1253b6d4ea6d44c150f741f1bf4431");
        let (_, pk_e) = Kem::derive_keypair(&ikm_e);
        assert_eq!(pk_e.to_bytes().to_vec(), enc);
        let (sk_r, _) = Kem::derive_keypair(&ikm_r);
        let info = hex32("4f6465206f6e2061204772656369616e2055726e");
        let aad = hex32("436f756e742d30");
        let ciphertext = hex32(
            "f938558b5d72f1a23810b4be2ab4f84331acc02fc97babc53a52ae8218a355a96d8770ac83d07bea87e13c512a",
        );
        let plaintext = hpke::single_shot_open::<hpke::aead::AesGcm128, HkdfSha256, Kem>(
            &OpModeR::Base,
            &sk_r,
            &EncappedKey::from_bytes(&enc).unwrap(),
            &info,
            &ciphertext,
            &aad,
        )
        .unwrap();
        assert_eq!(plaintext, b"Beauty is truth, truth beauty");
    }
}
