//! The words of a sentence for the word cursor, and grapheme steps for selections: word
//! bounds follow UAX #29, so "Hegseth's" and "2.18" are one word and every CJK ideograph is
//! a word of its own, and no step ever splits a grapheme cluster.

use super::ByteSpan;
use unicode_segmentation::{GraphemeCursor, UnicodeSegmentation};

/// The words of `span` in `text`, in order: UAX #29 segments holding a letter or a digit
/// (spaces and punctuation between words are not words).
pub fn words(text: &str, span: ByteSpan) -> Vec<ByteSpan> {
    let Some(slice) = text.get(span.start..span.end) else {
        return Vec::new();
    };
    slice
        .split_word_bound_indices()
        .filter(|(_, segment)| segment.chars().any(char::is_alphanumeric))
        .map(|(at, segment)| ByteSpan::new(span.start + at, span.start + at + segment.len()))
        .collect()
}

/// The start of the grapheme cluster holding byte `i` of `text`.
pub fn grapheme_floor(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    let mut cursor = GraphemeCursor::new(i, text.len(), true);
    match cursor.is_boundary(text, 0) {
        Ok(true) => i,
        _ => cursor.prev_boundary(text, 0).ok().flatten().unwrap_or(0),
    }
}

/// The end of the grapheme cluster starting at byte `i` (`i` itself at the end of `text`).
pub fn grapheme_after(text: &str, i: usize) -> usize {
    let i = grapheme_floor(text, i);
    let mut cursor = GraphemeCursor::new(i, text.len(), true);
    cursor.next_boundary(text, 0).ok().flatten().unwrap_or(i)
}

/// The start of the grapheme cluster before the one at byte `i` (0 at the start).
pub fn grapheme_before(text: &str, i: usize) -> usize {
    let i = grapheme_floor(text, i);
    let mut cursor = GraphemeCursor::new(i, text.len(), true);
    cursor.prev_boundary(text, 0).ok().flatten().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word_texts(text: &str) -> Vec<&str> {
        words(text, ByteSpan::new(0, text.len()))
            .into_iter()
            .map(|w| w.slice(text))
            .collect()
    }

    #[test]
    fn words_skip_spaces_and_punctuation_and_keep_apostrophes_and_decimals() {
        assert_eq!(
            word_texts("Hegseth's plan, worth ¥2.18 trillion."),
            ["Hegseth's", "plan", "worth", "2.18", "trillion"]
        );
    }

    #[test]
    fn every_ideograph_is_a_word() {
        assert_eq!(
            word_texts("「東京」に行く。"),
            ["東", "京", "に", "行", "く"]
        );
    }

    #[test]
    fn grapheme_steps_keep_combining_marks_and_flags_whole() {
        // "e" and a combining acute accent, then a flag of two regional indicators.
        let text = "ce\u{301}🇯🇵x";
        let e = 1;
        let flag = e + "e\u{301}".len();
        assert_eq!(grapheme_after(text, e), flag);
        assert_eq!(grapheme_floor(text, e + 1), e);
        assert_eq!(grapheme_before(text, flag), e);
        assert_eq!(grapheme_after(text, flag), flag + "🇯🇵".len());
        assert_eq!(grapheme_floor(text, flag + 5), flag);
        assert_eq!(grapheme_after(text, text.len()), text.len());
        assert_eq!(grapheme_before(text, 0), 0);
    }
}
