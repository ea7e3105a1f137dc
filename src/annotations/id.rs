//! `AnnotationId`: the stable identity of a claim or highlight.
//!
//! Ids are never sequential (brat's `T1`, `T2` collide when two people's files are merged):
//! each is 12 hex digits of a SHA-256 over the quote, the time, a per-process random seed and a
//! per-process counter, so two people (or two runs) never mint the same id.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::hash_map::RandomState;
use std::fmt;
use std::hash::{BuildHasher, Hasher};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

use super::time::Timestamp;

/// The id of one claim or highlight, unique across every sidecar of a corpus.
///
/// Minted ids are 12 lowercase hex digits; ids read from a file are kept as written.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AnnotationId(String);

impl AnnotationId {
    /// A fresh id for an annotation of `quote` made at `now`.
    ///
    /// Two calls never return the same id within a process (a counter is hashed in), and a
    /// random per-process seed keeps ids of different people and runs apart.
    pub fn generate(quote: &str, now: Timestamp) -> Self {
        static SEED: OnceLock<u64> = OnceLock::new();
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let seed = *SEED.get_or_init(|| {
            let mut hasher = RandomState::new().build_hasher();
            hasher.write_u64(std::process::id().into());
            hasher.finish()
        });
        let count = COUNTER.fetch_add(1, Ordering::Relaxed);
        let mut digest = Sha256::new();
        digest.update(seed.to_le_bytes());
        digest.update(count.to_le_bytes());
        digest.update(now.as_unix().to_le_bytes());
        digest.update(quote.as_bytes());
        let bytes = digest.finalize();
        AnnotationId(bytes[..6].iter().map(|b| format!("{b:02x}")).collect())
    }

    /// An id with exactly this text (for tests, fixtures and ids read back from a file).
    pub fn from_string(id: impl Into<String>) -> Self {
        AnnotationId(id.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for AnnotationId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn generated_ids_are_twelve_hex_digits() {
        let id = AnnotationId::generate("Japan holds $1.1 trillion", Timestamp(0));
        assert_eq!(id.as_str().len(), 12);
        assert!(id.as_str().bytes().all(|b| b.is_ascii_hexdigit()));
    }

    #[test]
    fn the_same_quote_at_the_same_second_gets_distinct_ids() {
        let ids: HashSet<_> = (0..1000)
            .map(|_| AnnotationId::generate("same", Timestamp(7)))
            .collect();
        assert_eq!(ids.len(), 1000);
    }
}
