//! The word hash the gazetteer's tables use.

use std::hash::{BuildHasher, Hasher};

/// A fast hash for short words (the word-class table is looked up once per capitalised
/// word; SipHash cost a third of extraction time). Keys come from the gazetteer, so
/// collision attacks through article text can only slow lookups a little.
#[derive(Clone, Copy, Debug, Default)]
pub struct FastHash;

impl BuildHasher for FastHash {
    type Hasher = WordHasher;

    fn build_hasher(&self) -> WordHasher {
        WordHasher(0)
    }
}

/// A multiply-rotate hash over 8-byte chunks (the FxHash scheme).
pub struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut buf = [0u8; 8];
            buf[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(buf))
                .wrapping_mul(0x517c_c1b7_2722_0a95);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}
