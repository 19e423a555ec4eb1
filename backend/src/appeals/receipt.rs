//! The receipt: 16 random digits shown once to the writer, the only way back to the appeal.
//! Stored only as a keyed hash (HMAC-SHA256 under the receipt key).

use std::fmt;

use rand::Rng;

use crate::sealing::keyed_hash;
use crate::secrets::Key;

/// A well-formed receipt.
#[derive(Clone, PartialEq, Eq)]
pub struct Receipt(String);

impl Receipt {
    /// A new random receipt.
    pub fn generate() -> Receipt {
        // A cryptographically secure generator seeded from the operating system.
        let mut rng = rand::thread_rng();
        Receipt(
            (0..16)
                .map(|_| char::from(b'0' + rng.gen_range(0..10u8)))
                .collect(),
        )
    }

    /// Parses what a writer typed: 16 digits, with any spaces or dashes between them.
    /// The receipt of a drop sent with an `Idempotency-Key`: derived from the key under the
    /// receipt key, so that a retry on a bad line gets the same digits back without the
    /// digits being kept anywhere (only their keyed hash is stored, as for every receipt).
    pub fn derived(receipt_key: &Key, idempotency_key: &str) -> Receipt {
        let mac = keyed_hash(
            receipt_key,
            b"receipt-of-idempotency-key:",
            idempotency_key.as_bytes(),
        );
        let bytes = hex::decode(&mac).unwrap_or_default();
        let mut wide = [0u8; 16];
        for (slot, byte) in wide.iter_mut().zip(bytes.iter()) {
            *slot = *byte;
        }
        // 128 bits reduced to 16 digits: the bias is far below one in a billion billion.
        let number = u128::from_be_bytes(wide) % 10u128.pow(16);
        Receipt(format!("{number:016}"))
    }

    pub fn parse(input: &str) -> Option<Receipt> {
        if input.chars().count() > 64 {
            return None;
        }
        let mut digits = String::with_capacity(16);
        for c in input.chars() {
            match c {
                '0'..='9' => digits.push(c),
                ' ' | '-' | '\u{a0}' => {}
                _ => return None,
            }
        }
        (digits.len() == 16).then_some(Receipt(digits))
    }

    /// The keyed hash under which the receipt is stored and looked up.
    pub fn hash(&self, key: &Key) -> String {
        keyed_hash(key, b"receipt:", self.0.as_bytes())
    }
}

/// Shown in groups of four: `1234-5678-9012-3456`.
impl fmt::Display for Receipt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let groups: Vec<&str> = (0..4).map(|i| &self.0[i * 4..i * 4 + 4]).collect();
        write!(f, "{}", groups.join("-"))
    }
}

/// Never printed by accident in a log or a panic message.
impl fmt::Debug for Receipt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Receipt(****)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use secrecy::SecretBox;

    #[test]
    fn a_generated_receipt_has_16_digits_and_parses_back() {
        let receipt = Receipt::generate();
        let shown = receipt.to_string();
        assert_eq!(shown.len(), 19);
        assert_eq!(Receipt::parse(&shown), Some(receipt));
    }

    #[test]
    fn a_derived_receipt_is_the_same_for_the_same_key_and_differs_for_another() {
        let key: Key = SecretBox::new(Box::new([7u8; 32]));
        let first = Receipt::derived(&key, "d6a1c0de-0000-4000-8000-000000000001");
        assert_eq!(
            first,
            Receipt::derived(&key, "d6a1c0de-0000-4000-8000-000000000001")
        );
        assert_ne!(
            first,
            Receipt::derived(&key, "d6a1c0de-0000-4000-8000-000000000002")
        );
        assert_eq!(Receipt::parse(&first.to_string()), Some(first));
    }

    #[test]
    fn a_receipt_with_15_digits_is_rejected() {
        assert_eq!(Receipt::parse("123456789012345"), None);
    }

    #[test]
    fn a_receipt_with_letters_is_rejected() {
        assert_eq!(Receipt::parse("1234-5678-9012-345a"), None);
        assert_eq!(Receipt::parse("١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦"), None);
    }

    #[test]
    fn spaces_and_dashes_are_allowed() {
        assert!(Receipt::parse(" 1234 5678-9012 3456 ").is_some());
    }

    #[test]
    fn the_hash_depends_on_the_key_and_hides_the_digits() {
        let receipt = Receipt::parse("1234567812345678").unwrap();
        let a = receipt.hash(&SecretBox::new(Box::new([1; 32])));
        let b = receipt.hash(&SecretBox::new(Box::new([2; 32])));
        assert_ne!(a, b);
        assert!(!a.contains("12345678"));
    }

    #[test]
    fn debug_output_does_not_show_the_receipt() {
        assert_eq!(
            format!("{:?}", Receipt::parse("1234567812345678").unwrap()),
            "Receipt(****)"
        );
    }
}
