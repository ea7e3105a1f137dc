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

/// Quotation marks that open a title, with the mark that closes it.
const QUOTES: &[(char, char)] = &[('“', '”'), ('‘', '’'), ('"', '"'), ('\'', '\'')];

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
    let mut titles = Vec::new();
    let mut rest_from = 0;
    while let Some(offset) = text[rest_from..].find(|c: char| QUOTES.iter().any(|q| q.0 == c)) {
        let open = rest_from + offset;
        let mark = text[open..].chars().next().unwrap_or_default();
        let inside = open + mark.len_utf8();
        rest_from = inside;
        let Some(&(_, close)) = QUOTES.iter().find(|q| q.0 == mark) else {
            continue;
        };
        // A straight quote opens only after a space or a line's start ("Taylor's" is none).
        if matches!(mark, '"' | '\'')
            && !text[..open].is_empty()
            && !text[..open].ends_with([' ', '\n', '('])
        {
            continue;
        }
        // A bounded window: an opening mark never closed must not send every later one to
        // the text's end.
        let mut window_end = (inside + MOST_BYTES).min(text.len());
        while !text.is_char_boundary(window_end) {
            window_end -= 1;
        }
        let Some(length) = text[inside..window_end].find(close) else {
            continue;
        };
        let end = inside + length;
        let after_close = text[end + close.len_utf8()..].chars().next();
        if after_close.is_some_and(char::is_alphanumeric) {
            continue;
        }
        if is_title(&text[inside..end]) {
            titles.push(ByteSpan::new(inside, end));
            rest_from = end + close.len_utf8();
        }
    }
    titles
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
