//! Recovery codes: ten one-time codes shown once when the second factor is turned on, for
//! the day the phone is lost. Each is stored as the SHA-256 of a random salt of its own and the
//! code: each holds about 50 random bits and sign-in attempts are throttled, so a slow hash
//! would add little; the salt makes whoever holds the database guess each code apart, with no
//! table computed once for every member.

use rand::Rng;
use sha2::{Digest, Sha256};

/// Codes in a set.
pub const CODES_PER_SET: usize = 10;
/// Characters per code (shown as two groups of five).
const CODE_LENGTH: usize = 10;
/// Letters and digits nobody confuses when reading them off paper (no 0/o, 1/l/i).
const ALPHABET: &[u8] = b"23456789abcdefghjkmnpqrstuvwxyz";

/// A new set of codes, formatted `xxxxx-xxxxx`.
pub fn new_codes() -> Vec<String> {
    let mut rng = rand::rngs::OsRng;
    (0..CODES_PER_SET)
        .map(|_| {
            let raw: String = (0..CODE_LENGTH)
                .map(|_| char::from(ALPHABET[rng.gen_range(0..ALPHABET.len())]))
                .collect();
            format!("{}-{}", &raw[..5], &raw[5..])
        })
        .collect()
}

/// The code as typed, if it can be one: any case, with or without the dash or spaces.
pub fn as_recovery_code(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_lowercase)
        .collect();
    (code.chars().count() == CODE_LENGTH && code.bytes().all(|b| ALPHABET.contains(&b)))
        .then_some(code)
}

/// What is stored of a code (normalised by `as_recovery_code`): `salt$hash`, both hex.
pub fn hash(code: &str) -> String {
    let salt: [u8; SALT_BYTES] = rand::rngs::OsRng.gen();
    format!("{}${}", hex::encode(salt), salted(&salt, code))
}

/// Whether a stored hash is the code's. A hash without a salt (written before codes were
/// salted) is the code's plain SHA-256.
pub fn matches(stored: &str, code: &str) -> bool {
    let expected = match stored.split_once('$') {
        Some((salt, _)) => match hex::decode(salt) {
            Ok(salt) => format!("{}${}", hex::encode(&salt), salted(&salt, code)),
            Err(_) => return false,
        },
        None => hex::encode(Sha256::digest(code.as_bytes())),
    };
    constant_time_eq(stored.as_bytes(), expected.as_bytes())
}

const SALT_BYTES: usize = 16;

fn salted(salt: &[u8], code: &str) -> String {
    let mut digest = Sha256::new();
    digest.update(salt);
    digest.update(code.as_bytes());
    hex::encode(digest.finalize())
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn a_new_set_has_ten_different_codes_that_read_back() {
        let codes = new_codes();
        assert_eq!(codes.len(), CODES_PER_SET);
        assert_eq!(codes.iter().collect::<BTreeSet<_>>().len(), CODES_PER_SET);
        for code in &codes {
            assert_eq!(code.len(), 11);
            assert_eq!(&code[5..6], "-");
            let typed = code.to_uppercase().replace('-', " ");
            let stored = hash(&code.replace('-', ""));
            assert!(as_recovery_code(&typed).is_some_and(|c| matches(&stored, &c)));
            assert!(!matches(&stored, "abcdefghjk"));
        }
    }

    #[test]
    fn the_same_code_is_stored_differently_each_time_and_old_plain_hashes_still_match() {
        let code = "abcdefghjk";
        assert_ne!(hash(code), hash(code));
        let plain = hex::encode(Sha256::digest(code.as_bytes()));
        assert!(matches(&plain, code));
        assert!(!matches(&plain, "abcdefghjm"));
        assert!(!matches("zz$00", code));
    }

    #[test]
    fn other_text_is_not_a_recovery_code() {
        assert_eq!(as_recovery_code("123456"), None);
        assert_eq!(as_recovery_code("abcde-fghj"), None);
        assert_eq!(as_recovery_code("abcde-fghjo"), None);
        assert_eq!(as_recovery_code("abcde-fghjkm"), None);
        assert_eq!(
            as_recovery_code("ABCDE-FGHJK").as_deref(),
            Some("abcdefghjk")
        );
    }
}
