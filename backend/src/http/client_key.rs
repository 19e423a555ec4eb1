//! A salted hash of the client's address, for throttles and rate limits. The salt lives only
//! in memory and changes every day, so nothing can link a key back to an address or link two
//! days' keys: the address itself is never stored or logged.

use std::sync::Mutex;

use actix_web::HttpRequest;
use chrono::Utc;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

struct Salt {
    day: i64,
    bytes: [u8; 32],
}

/// Derives client keys; one per server process.
pub struct ClientKeyer {
    salt: Mutex<Salt>,
}

impl Default for ClientKeyer {
    fn default() -> Self {
        ClientKeyer {
            salt: Mutex::new(Salt {
                day: today(),
                bytes: fresh_salt(),
            }),
        }
    }
}

fn today() -> i64 {
    Utc::now().timestamp().div_euclid(86_400)
}

fn fresh_salt() -> [u8; 32] {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    bytes
}

impl ClientKeyer {
    /// The key of `parts` (the client's address and whatever else scopes the limit) for today.
    /// Returns the day too, so callers can forget yesterday's keys.
    pub fn key(&self, parts: &[&[u8]]) -> (i64, [u8; 32]) {
        let (day, salt) = {
            let mut salt = self
                .salt
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            let day = today();
            if salt.day != day {
                salt.day = day;
                salt.bytes = fresh_salt();
            }
            (salt.day, salt.bytes)
        };
        let mut mac = match Hmac::<Sha256>::new_from_slice(&salt) {
            Ok(mac) => mac,
            Err(_) => return (day, [0u8; 32]),
        };
        for part in parts {
            mac.update(&(part.len() as u64).to_le_bytes());
            mac.update(part);
        }
        (day, mac.finalize().into_bytes().into())
    }
}

/// The client's address as bytes to hash: the peer of the TCP connection, or, behind a
/// trusted reverse proxy that overwrites it, the first `X-Forwarded-For` address. It is never
/// stored or logged.
pub fn client_address(request: &HttpRequest, trust_forwarded_for: bool) -> Vec<u8> {
    if trust_forwarded_for {
        let forwarded = request
            .headers()
            .get("x-forwarded-for")
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.split(',').next())
            .map(str::trim)
            .filter(|value| !value.is_empty());
        if let Some(address) = forwarded {
            return address.as_bytes().to_vec();
        }
    }
    request
        .peer_addr()
        .map(|address| address.ip().to_string().into_bytes())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_client_gets_the_same_key_and_others_differ() {
        let keyer = ClientKeyer::default();
        let a = keyer.key(&[b"10.0.0.1"]).1;
        assert_eq!(a, keyer.key(&[b"10.0.0.1"]).1);
        assert_ne!(a, keyer.key(&[b"10.0.0.2"]).1);
        assert_ne!(keyer.key(&[b"ab", b"c"]).1, keyer.key(&[b"a", b"bc"]).1);
    }

    #[test]
    fn two_processes_never_share_keys() {
        assert_ne!(
            ClientKeyer::default().key(&[b"10.0.0.1"]).1,
            ClientKeyer::default().key(&[b"10.0.0.1"]).1
        );
    }
}
