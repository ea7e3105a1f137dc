//! `WordSpans`: the words of a text as byte ranges, for passes over a whole article. A word
//! is a run of ASCII letters and digits and bytes of characters beyond ASCII. A loop that
//! asks of each byte whether it is part of a word mispredicts a branch at every word's
//! start and end; this one reads 64 bytes into a mask first and finds the words' starts and
//! ends from its bits.

use crate::entities::token::{HIGH_BITS, ascii_alphanumeric_lanes, word_byte_table};

/// The bytes that make up words, by byte.
const WORD_BYTES: [bool; 256] = word_byte_table(true);

/// Whether byte `b` is part of a word.
pub(super) fn is_word_byte(b: u8) -> bool {
    WORD_BYTES[usize::from(b)]
}

/// The word bytes of a block of 64, a bit each, read eight bytes at a time.
fn word_mask(block: &[u8; 64]) -> u64 {
    let mut mask = 0;
    for (k, eight) in block.as_chunks::<8>().0.iter().enumerate() {
        mask |= u64::from(word_bits(u64::from_le_bytes(*eight))) << (8 * k);
    }
    mask
}

/// The word bytes of eight bytes (the first in the lowest byte), a bit each: the ASCII
/// letters and digits, as the tokenizer finds them, and the bytes beyond ASCII.
fn word_bits(eight: u64) -> u8 {
    let words = ascii_alphanumeric_lanes(eight) | (eight & HIGH_BITS);
    // Gathers the eight high bits into the top byte, the first byte's lowest.
    ((words >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56) as u8
}

/// The end of the word bytes of `bytes` from `from` on, read byte by byte (for a word's
/// last few bytes, or a word found otherwise).
pub(super) fn word_end(bytes: &[u8], from: usize) -> usize {
    from + bytes[from..]
        .iter()
        .take_while(|&&b| is_word_byte(b))
        .count()
}

/// The words of `bytes`, in order, as `(start, end)`.
pub(super) fn word_spans(bytes: &[u8]) -> WordSpans<'_> {
    WordSpans {
        bytes,
        block: 0,
        mask: 0,
        starts: 0,
        last_was_word: false,
    }
}

pub(super) struct WordSpans<'a> {
    bytes: &'a [u8],
    /// The number of the next block of 64 bytes to read.
    block: usize,
    /// The word bytes of the block read last, a bit each.
    mask: u64,
    /// The words starting in that block that are not yet given.
    starts: u64,
    /// Whether the block before ended inside a word.
    last_was_word: bool,
}

impl WordSpans<'_> {
    /// Reads the next block; false at the end of the bytes.
    fn read_block(&mut self) -> bool {
        let from = self.block * 64;
        let Some(block) = self.bytes.get(from..).filter(|rest| !rest.is_empty()) else {
            return false;
        };
        let mask = match block.first_chunk::<64>() {
            Some(full) => word_mask(full),
            None => (block.iter().enumerate())
                .fold(0, |mask, (k, &b)| mask | u64::from(is_word_byte(b)) << k),
        };
        self.starts = mask & !((mask << 1) | u64::from(self.last_was_word));
        self.last_was_word = mask >> 63 == 1;
        self.mask = mask;
        self.block += 1;
        true
    }
}

impl Iterator for WordSpans<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        while self.starts == 0 {
            if !self.read_block() {
                return None;
            }
        }
        let bit = self.starts.trailing_zeros();
        self.starts &= self.starts - 1;
        let block_start = (self.block - 1) * 64;
        let start = block_start + bit as usize;
        // The word's bytes in this block; one that reaches its end goes on byte by byte.
        let run = (self.mask >> bit).trailing_ones();
        let end = if bit + run < 64 {
            start + run as usize
        } else {
            word_end(self.bytes, block_start + 64)
        };
        Some((start, end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words as a loop over every byte finds them.
    fn byte_by_byte(bytes: &[u8]) -> Vec<(usize, usize)> {
        let mut words = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if !is_word_byte(bytes[i]) {
                i += 1;
                continue;
            }
            let start = i;
            while i < bytes.len() && is_word_byte(bytes[i]) {
                i += 1;
            }
            words.push((start, i));
        }
        words
    }

    #[test]
    fn a_blocks_mask_holds_the_word_bytes_of_every_byte_value_at_every_place() {
        for shift in 0..64 {
            let mut block = [0u8; 64];
            for value in 0..=255u8 {
                block[(usize::from(value) + shift) % 64] = value;
                if value % 64 == 63 || value == 255 {
                    let expected = (block.iter().enumerate())
                        .fold(0u64, |m, (k, &b)| m | u64::from(is_word_byte(b)) << k);
                    assert_eq!(word_mask(&block), expected, "{block:?}");
                }
            }
        }
    }

    #[test]
    fn words_are_found_across_blocks_as_byte_by_byte() {
        let long = "x".repeat(200);
        let texts = [
            String::new(),
            "a".to_string(),
            " a ".to_string(),
            "Net income rose; half-time, café “élan” 2019-20.".to_string(),
            format!("{long} {long}-{long}"),
            format!("{} tail", "ab ".repeat(100)),
            format!("{}word", " ".repeat(63)),
            format!("{}word", " ".repeat(64)),
            format!("{}word more", "w".repeat(63)),
        ];
        for text in &texts {
            assert_eq!(
                word_spans(text.as_bytes()).collect::<Vec<_>>(),
                byte_by_byte(text.as_bytes()),
                "{text:?}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn any_text_has_the_words_a_byte_by_byte_loop_finds(text in "[a-zA-Z0-9 ,.\\-é’\n]{0,300}") {
            proptest::prop_assert_eq!(
                word_spans(text.as_bytes()).collect::<Vec<_>>(),
                byte_by_byte(text.as_bytes())
            );
        }
    }
}
