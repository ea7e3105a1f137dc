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

impl WordHasher {
    fn mix(&mut self, chunk: u64) {
        self.0 = (self.0.rotate_left(5) ^ chunk).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.mix(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
        }
        // The last chunk, zero-padded, read little-endian: built byte by byte, as copying it
        // into a buffer called memcpy for every word looked up.
        let tail = chunks.remainder();
        if !tail.is_empty() {
            self.mix(
                tail.iter()
                    .rev()
                    .fold(0, |acc, &b| (acc << 8) | u64::from(b)),
            );
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The scheme as first written: each chunk copied into a zeroed 8-byte buffer.
    fn padded_hash(bytes: &[u8]) -> u64 {
        let mut h = 0u64;
        for chunk in bytes.chunks(8) {
            let mut buf = [0u8; 8];
            buf[..chunk.len()].copy_from_slice(chunk);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(buf)).wrapping_mul(0x517c_c1b7_2722_0a95);
        }
        h
    }

    #[test]
    fn the_tail_is_read_as_if_zero_padded() {
        let text = "Organisation for Economic Co-operation";
        for len in 0..=text.len() {
            let mut hasher = FastHash.build_hasher();
            hasher.write(&text.as_bytes()[..len]);
            assert_eq!(
                hasher.finish(),
                padded_hash(&text.as_bytes()[..len]),
                "{len}"
            );
        }
    }
}
