//! Time-based one-time passwords (RFC 6238 over RFC 4226): HMAC-SHA1, 30-second steps,
//! six digits — what every authenticator app reads from an `otpauth://` address.

use hmac::{Hmac, Mac};
use rand::RngCore;
use sha1::Sha1;
use subtle::ConstantTimeEq;

/// Seconds per step.
pub const STEP_SECONDS: i64 = 30;
/// Digits per code.
pub const DIGITS: usize = 6;
/// Bytes of a new secret (160 bits, as RFC 4226 recommends).
pub const SECRET_BYTES: usize = 20;
/// The name the authenticator app shows above the code.
pub const ISSUER: &str = "Ishenim";

/// A new random secret.
pub fn new_secret() -> Vec<u8> {
    let mut secret = vec![0u8; SECRET_BYTES];
    rand::rngs::OsRng.fill_bytes(&mut secret);
    secret
}

/// The step a moment falls in.
pub fn step_at(unix_seconds: i64) -> i64 {
    unix_seconds.div_euclid(STEP_SECONDS)
}

/// The code of one step, with as many digits as asked (6 in use; 8 in the RFC's vectors).
fn code_with_digits(secret: &[u8], step: i64, digits: u32) -> String {
    let mut mac = match <Hmac<Sha1> as Mac>::new_from_slice(secret) {
        Ok(mac) => mac,
        // HMAC takes keys of any length; this arm is never reached.
        Err(_) => return String::new(),
    };
    mac.update(&step.to_be_bytes());
    let hash = mac.finalize().into_bytes();
    let offset = usize::from(hash[hash.len() - 1] & 0x0f);
    let binary = u32::from_be_bytes([
        hash[offset] & 0x7f,
        hash[offset + 1],
        hash[offset + 2],
        hash[offset + 3],
    ]);
    let code = binary % 10u32.pow(digits);
    format!("{code:0width$}", width = digits as usize)
}

/// The six-digit code of one step.
pub fn code_at(secret: &[u8], step: i64) -> String {
    code_with_digits(secret, step, DIGITS as u32)
}

/// The step, of the current one and its two neighbours (a phone's clock may be half a
/// minute off), whose code this is.
pub fn matching_step(secret: &[u8], code: &str, unix_seconds: i64) -> Option<i64> {
    let now = step_at(unix_seconds);
    let mut found = None;
    for step in [now - 1, now, now + 1] {
        let expected = code_at(secret, step);
        if bool::from(expected.as_bytes().ct_eq(code.as_bytes())) {
            found = Some(step);
        }
    }
    found
}

/// The code as typed, if it can be one: six digits, spaces allowed between them.
pub fn as_code(typed: &str) -> Option<String> {
    let digits: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    (digits.len() == DIGITS && digits.chars().all(|c| c.is_ascii_digit())).then_some(digits)
}

/// RFC 4648 base32 without padding: how authenticator apps take a secret typed by hand.
pub fn base32(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut out = String::with_capacity(bytes.len().div_ceil(5) * 8);
    let mut buffer: u32 = 0;
    let mut bits = 0;
    for byte in bytes {
        buffer = (buffer << 8) | u32::from(*byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(char::from(ALPHABET[((buffer >> bits) & 31) as usize]));
        }
    }
    if bits > 0 {
        out.push(char::from(ALPHABET[((buffer << (5 - bits)) & 31) as usize]));
    }
    out
}

fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                char::from(byte).to_string()
            }
            other => format!("%{other:02X}"),
        })
        .collect()
}

/// The `otpauth://` address an authenticator app reads from a QR code.
pub fn provisioning_uri(secret: &[u8], account: &str) -> String {
    format!(
        "otpauth://totp/{issuer}:{account}?secret={secret}&issuer={issuer}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECONDS}",
        issuer = percent_encode(ISSUER),
        account = percent_encode(account),
        secret = base32(secret),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const RFC_SECRET: &[u8] = b"12345678901234567890";

    #[test]
    fn codes_match_the_test_vectors_of_rfc_6238() {
        for (time, expected) in [
            (59, "94287082"),
            (1_111_111_109, "07081804"),
            (1_111_111_111, "14050471"),
            (1_234_567_890, "89005924"),
            (2_000_000_000, "69279037"),
            (20_000_000_000, "65353130"),
        ] {
            assert_eq!(code_with_digits(RFC_SECRET, step_at(time), 8), expected);
            assert_eq!(code_at(RFC_SECRET, step_at(time)), expected[2..]);
        }
    }

    #[test]
    fn a_code_of_the_neighbouring_steps_matches_and_an_older_one_does_not() {
        let now = 1_234_567_890;
        let step = step_at(now);
        for neighbour in [step - 1, step, step + 1] {
            let code = code_at(RFC_SECRET, neighbour);
            assert_eq!(matching_step(RFC_SECRET, &code, now), Some(neighbour));
        }
        let old = code_at(RFC_SECRET, step - 2);
        assert_eq!(matching_step(RFC_SECRET, &old, now), None);
        assert_eq!(
            matching_step(b"another secret", &code_at(RFC_SECRET, step), now),
            None
        );
    }

    #[test]
    fn only_six_digits_can_be_a_code() {
        assert_eq!(as_code(" 123 456 ").as_deref(), Some("123456"));
        assert_eq!(as_code("12345"), None);
        assert_eq!(as_code("1234567"), None);
        assert_eq!(as_code("12a456"), None);
        assert_eq!(as_code("١٢٣٤٥٦"), None);
    }

    #[test]
    fn base32_matches_rfc_4648() {
        assert_eq!(base32(b""), "");
        assert_eq!(base32(b"f"), "MY");
        assert_eq!(base32(b"fooba"), "MZXW6YTB");
        assert_eq!(base32(b"foobar"), "MZXW6YTBOI");
        assert_eq!(base32(RFC_SECRET), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    }

    #[test]
    fn the_provisioning_address_names_the_issuer_account_and_secret() {
        assert_eq!(
            provisioning_uri(RFC_SECRET, "demo.director"),
            "otpauth://totp/Ishenim:demo.director?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Ishenim&algorithm=SHA1&digits=6&period=30"
        );
        assert!(provisioning_uri(RFC_SECRET, "a b@c").contains(":a%20b%40c?"));
    }
}
