//! Titles of works in quotation marks: "the film ‘Shaun Of The Dead’", "‘Mein Kampf’",
//! "“Antiques Roadshow”". The guideline marks no works of art, and a title's words are no
//! person or organisation ("Shaun", "Chicago Fire"). A quoted run of two words or more, each
//! capitalised or a small joining word, with no punctuation inside, is read as a title, and
//! the names inside it are dropped; a product or a name the gazetteer knows whole ("Super
//! Mario Run") stays, as does a quoted single word ("Emma"), which names as often as not.

use super::{Explained, WordSet};
use crate::entities::Label;
use crate::entities::gazetteer::Gazetteer;
use crate::text::ByteSpan;

/// The longest title read; longer quoted runs are speech.
const MOST_WORDS: usize = 8;

/// The most bytes a title's inside is searched for its closing mark.
const MOST_BYTES: usize = 160;

/// Lowercase words a title may hold between its capitalised words.
const SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from",
];

/// The insides of the quoted titles of `text`, in order. Reads the text alone, so it may
/// run beside the passes over the mentions.
pub(super) fn find_in(text: &str) -> Vec<ByteSpan> {
    let bytes = text.as_bytes();
    let mut titles = Vec::new();
    let mut next_from = 0;
    // The marks that open a title: straight ones, closed by themselves, and curly ones
    // (U+2018 and U+201C, closed by U+2019 and U+201D), whose first byte is E2.
    for open in memchr::memchr3_iter(b'"', b'\'', 0xE2, bytes) {
        if open < next_from {
            continue;
        }
        // Most hits are apostrophes ("don't", "don’t"): turned away by a byte or two.
        let (close, mark_len) = match bytes[open] {
            b'"' | b'\'' => {
                // A straight quote opens only after a space or a line's start.
                if open > 0 && !matches!(bytes[open - 1], b' ' | b'\n' | b'(') {
                    continue;
                }
                (char::from(bytes[open]), 1)
            }
            _ => match bytes.get(open + 1..open + 3) {
                Some([0x80, 0x98]) => ('’', 3),
                Some([0x80, 0x9C]) => ('”', 3),
                _ => continue,
            },
        };
        let inside = open + mark_len;
        let Some(end) = closing_mark(bytes, inside, close) else {
            continue;
        };
        let after_close = text[end + close.len_utf8()..].chars().next();
        if after_close.is_some_and(char::is_alphanumeric) {
            continue;
        }
        if is_title(&text[inside..end]) {
            titles.push(ByteSpan::new(inside, end));
            next_from = end + close.len_utf8();
        }
    }
    titles
}

/// Where the mark `close` closes a quotation opened just before `inside`, if it does so
/// within [`MOST_BYTES`] and before any punctuation a title cannot hold: a quoted sentence
/// ends the search at its first comma or full stop, and an opening mark never closed does
/// not send every later one to the text's end.
fn closing_mark(bytes: &[u8], inside: usize, close: char) -> Option<usize> {
    let mut encoded = [0; 4];
    let close = close.encode_utf8(&mut encoded).as_bytes();
    let window = &bytes[inside..(inside + MOST_BYTES).min(bytes.len())];
    for (k, &b) in window.iter().enumerate() {
        if b == close[0] && window[k..].starts_with(close) {
            return Some(inside + k);
        }
        if matches!(b, b',' | b'.' | b'!' | b'?' | b';' | b':' | b'\n') {
            return None;
        }
    }
    None
}

/// Whether `quoted` reads as a title: two to [`MOST_WORDS`] words, the first capitalised
/// and each other capitalised or a small word, on one line and without punctuation.
fn is_title(quoted: &str) -> bool {
    let words: Vec<&str> = quoted.split(' ').collect();
    let capitalised = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    (2..=MOST_WORDS).contains(&words.len())
        && !quoted.contains(['\n', ',', '.', '!', '?', ';', ':', '"', '“', '”'])
        && capitalised(words[0])
        && words
            .iter()
            .all(|w| capitalised(w) || SMALL_WORDS.contains(w))
}

/// Drops the names inside a title of `titles` (in order), but products, names the
/// gazetteer knows as the whole title, and people the article names outside quotes too.
pub(super) fn apply(text: &str, g: &Gazetteer, titles: &[ByteSpan], mentions: &mut Vec<Explained>) {
    if titles.is_empty() {
        return;
    }
    let title_holding = |span: ByteSpan| {
        let at = titles.partition_point(|t| t.end < span.end);
        titles
            .get(at)
            .filter(|t| t.start <= span.start && span.end <= t.end)
            .copied()
    };
    // "‘Gucci Grace’" is a nickname of the "Grace" the article names outside quotes.
    let named_outside: WordSet<&str> = (mentions.iter())
        .filter(|e| e.mention.label == Label::Person && title_holding(e.mention.span()).is_none())
        .flat_map(|e| e.mention.text(text).split(' '))
        .collect();
    mentions.retain(|e| {
        let label = e.mention.label;
        if label.is_value() || label == Label::Product {
            return true;
        }
        let Some(title) = title_holding(e.mention.span()) else {
            return true;
        };
        let nickname = label == Label::Person
            && (e.mention.text(text).split(' ')).any(|w| named_outside.contains(w));
        nickname || g.lookup(title.slice(text)).is_some()
    });
}
