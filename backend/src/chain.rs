//! The hash chain shared by the journal and the audit trail (DESIGN.md §5): every entry
//! carries its sequence number and `hash = SHA-256(prev_hash ‖ canonical bytes)`, where
//! `prev_hash` is the previous entry's hash in lowercase hex (64 zeros for the first entry).

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use utoipa::ToSchema;

/// The `prev_hash` of a chain's first entry.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The hash of an entry that follows `prev_hash` and has these canonical bytes.
pub fn link(prev_hash: &str, canonical: &[u8]) -> String {
    let mut hasher = Sha256::new();
    hasher.update(prev_hash.as_bytes());
    hasher.update(canonical);
    hex::encode(hasher.finalize())
}

/// The last entry of a chain: its sequence number and hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ChainHead {
    pub seq: i64,
    pub hash: String,
}

/// What verifying a chain found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Verification {
    pub valid: bool,
    /// How many entries were checked.
    pub entries: u64,
    /// The head as recomputed, `null` for an empty chain.
    pub head: Option<ChainHead>,
    /// The sequence number of the first entry that is wrong (or missing).
    pub first_invalid: Option<i64>,
    /// A school's journal only: the stored box key is not the one whose fingerprint the
    /// journal recorded — it was replaced in the database.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub box_key_replaced: bool,
}

/// One stored entry as the verifier sees it.
pub struct StoredLink<'a> {
    pub seq: i64,
    pub prev_hash: &'a str,
    pub hash: &'a str,
    pub canonical: &'a [u8],
}

/// Recomputes a chain entry by entry, in sequence order, in constant memory.
#[derive(Debug)]
pub struct Verifier {
    expected_seq: i64,
    last_hash: String,
    entries: u64,
    first_invalid: Option<i64>,
}

impl Default for Verifier {
    fn default() -> Self {
        Verifier {
            expected_seq: 1,
            last_hash: GENESIS_HASH.to_owned(),
            entries: 0,
            first_invalid: None,
        }
    }
}

impl Verifier {
    /// A verifier that takes up a chain after entry `seq - 1`, whose hash is `prev_hash`.
    pub fn continuing(seq: i64, prev_hash: &str) -> Verifier {
        Verifier {
            expected_seq: seq,
            last_hash: prev_hash.to_owned(),
            entries: 0,
            first_invalid: None,
        }
    }

    /// How many entries were checked so far.
    pub fn entries(&self) -> u64 {
        self.entries
    }

    /// Checks the next stored entry. After the first fault the rest is only counted.
    pub fn check(&mut self, stored: StoredLink<'_>) {
        self.entries += 1;
        if self.first_invalid.is_some() {
            return;
        }
        let recomputed = link(&self.last_hash, stored.canonical);
        if stored.seq != self.expected_seq {
            // A deleted or reordered entry: the first missing number is the fault.
            self.first_invalid = Some(self.expected_seq.min(stored.seq));
            return;
        }
        if stored.prev_hash != self.last_hash || stored.hash != recomputed {
            self.first_invalid = Some(stored.seq);
            return;
        }
        self.last_hash = recomputed;
        self.expected_seq += 1;
    }

    /// Marks the chain broken at `seq` for a reason found outside the entries themselves
    /// (a recorded head that no longer matches).
    pub fn fail_at(&mut self, seq: i64) {
        self.first_invalid = Some(self.first_invalid.map_or(seq, |first| first.min(seq)));
    }

    /// The hash the chain had after entry `seq`, while it is still being verified in order.
    pub fn last_hash(&self) -> &str {
        &self.last_hash
    }

    /// The first entry found wrong so far.
    pub fn first_invalid(&self) -> Option<i64> {
        self.first_invalid
    }

    /// The sequence number of the last entry verified so far.
    pub fn last_seq(&self) -> i64 {
        self.expected_seq - 1
    }

    /// The result.
    pub fn finish(self) -> Verification {
        let head = (self.expected_seq > 1).then(|| ChainHead {
            seq: self.expected_seq - 1,
            hash: self.last_hash.clone(),
        });
        Verification {
            valid: self.first_invalid.is_none(),
            entries: self.entries,
            head,
            first_invalid: self.first_invalid,
            box_key_replaced: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chain(items: &[&str]) -> Vec<(i64, String, String, Vec<u8>)> {
        let mut prev = GENESIS_HASH.to_owned();
        let mut out = Vec::new();
        for (index, item) in items.iter().enumerate() {
            let hash = link(&prev, item.as_bytes());
            out.push((
                index as i64 + 1,
                prev.clone(),
                hash.clone(),
                item.as_bytes().to_vec(),
            ));
            prev = hash;
        }
        out
    }

    fn verify(entries: &[(i64, String, String, Vec<u8>)]) -> Verification {
        let mut verifier = Verifier::default();
        for (seq, prev, hash, canonical) in entries {
            verifier.check(StoredLink {
                seq: *seq,
                prev_hash: prev,
                hash,
                canonical,
            });
        }
        verifier.finish()
    }

    #[test]
    fn an_intact_chain_verifies() {
        let result = verify(&chain(&["a", "b", "c"]));
        assert!(result.valid);
        assert_eq!(result.entries, 3);
        assert_eq!(result.head.map(|h| h.seq), Some(3));
    }

    #[test]
    fn a_changed_entry_is_found() {
        let mut entries = chain(&["a", "b", "c"]);
        entries[1].3 = b"B".to_vec();
        assert_eq!(verify(&entries).first_invalid, Some(2));
    }

    #[test]
    fn a_deleted_entry_is_found() {
        let mut entries = chain(&["a", "b", "c"]);
        entries.remove(1);
        assert_eq!(verify(&entries).first_invalid, Some(2));
    }

    #[test]
    fn a_chain_rehashed_after_an_edit_still_verifies_on_its_own() {
        // Which is why recorded heads (acts, reports, the district's copies) are checked too.
        let entries = chain(&["a", "B", "c"]);
        assert!(verify(&entries).valid);
    }
}
