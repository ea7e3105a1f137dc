//! `ByteSpan`: a half-open range of byte offsets into an article's text.

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// A half-open byte range `start..end` into one article's text, exactly as read from the file.
///
/// Offsets count UTF-8 bytes, never chars or UTF-16 units. Spans made with [`ByteSpan::checked`]
/// lie on char boundaries of the text they were checked against, so [`ByteSpan::slice`] of that
/// text cannot fail; `slice` of any other text returns `""` rather than panicking.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct ByteSpan {
    pub start: usize,
    pub end: usize,
}

impl ByteSpan {
    /// A span from `start` to `end`; an inverted pair is swapped rather than kept.
    pub fn new(start: usize, end: usize) -> Self {
        if start <= end {
            Self { start, end }
        } else {
            Self {
                start: end,
                end: start,
            }
        }
    }

    /// A span over `text`, or `None` when an end is past the text or inside a char.
    pub fn checked(text: &str, start: usize, end: usize) -> Option<Self> {
        (start <= end && text.is_char_boundary(start) && text.is_char_boundary(end))
            .then_some(Self { start, end })
    }

    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// The text under the span, or `""` when the span does not fit `text`.
    pub fn slice(self, text: &str) -> &str {
        text.get(self.range()).unwrap_or("")
    }

    pub fn contains(self, byte: usize) -> bool {
        self.start <= byte && byte < self.end
    }

    pub fn overlaps(self, other: ByteSpan) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The same span moved `by` bytes to the right.
    pub fn shifted(self, by: usize) -> Self {
        Self {
            start: self.start + by,
            end: self.end + by,
        }
    }
}

/// A [`ByteSpan`] kept in 8 bytes, for the lists that hold hundreds of thousands of spans
/// (a large corpus's sentences, mentions and findings). Offsets fit in `u32` because the corpus refuses articles of
/// 4 GiB or more; a larger offset is kept as `u32::MAX`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct PackedSpan {
    start: u32,
    end: u32,
}

impl PackedSpan {
    pub fn span(self) -> ByteSpan {
        ByteSpan {
            start: self.start as usize,
            end: self.end as usize,
        }
    }
}

impl From<ByteSpan> for PackedSpan {
    fn from(span: ByteSpan) -> Self {
        let narrow = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Self {
            start: narrow(span.start),
            end: narrow(span.end),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checked_refuses_a_span_inside_a_multibyte_char() {
        let text = "¥2.18";
        assert!(ByteSpan::checked(text, 1, 3).is_none());
        assert_eq!(
            ByteSpan::checked(text, 0, 2).map(|s| s.slice(text)),
            Some("¥")
        );
    }

    #[test]
    fn slice_of_a_span_that_does_not_fit_is_empty() {
        assert_eq!(ByteSpan::new(3, 40).slice("short"), "");
    }

    #[test]
    fn new_orders_its_ends() {
        assert_eq!(ByteSpan::new(5, 2), ByteSpan { start: 2, end: 5 });
    }

    #[test]
    fn a_packed_span_gives_back_the_span() {
        let span = ByteSpan::new(7, u32::MAX as usize - 1);
        assert_eq!(PackedSpan::from(span).span(), span);
        assert_eq!(std::mem::size_of::<PackedSpan>(), 8);
    }
}
