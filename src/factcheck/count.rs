//! Counts of things: "11,000 jobs", "2.5 million barrels", "300 new workers". A count is an
//! [`Amount`] of kind [`AmountKind::Count`] whose unit is the noun counted, so counts of the
//! same noun about the same matter are grouped like money ([`super::discrepancy`]).
//!
//! Read from the text outside entity mentions (money, percentages and dates are mentions):
//! a number in digits, an optional scale word, at most one modifier ("new", "additional"),
//! then a lower-case noun. Years ("2019 agreements"), spans of time ("10 years"), ranks and
//! units that are not things ("30-year", "25 basis points") are not counts.

use super::amount::{Amount, AmountKind, Approx};
use super::keywords::stem;
use crate::text::ByteSpan;
use std::cmp::Ordering;
use std::hash::{Hash, Hasher};

/// The noun a count counts, as written (lower-cased, at most [`Noun::MAX`] bytes); two nouns
/// are the same when their stems are ("job" and "jobs"). The stem is kept beside the word, so
/// comparing counts (for every pair grouping looks at) allocates nothing; it is the word's
/// beginning, or its beginning and a `y` ("cities" → "city"), so a length and a flag hold it
/// (a large corpus profiles hundreds of thousands of amounts, each with its noun).
#[derive(Clone, Copy, Debug)]
pub struct Noun {
    bytes: [u8; Noun::MAX],
    len: u8,
    /// The stem is `bytes[..stem_len]`, then a `y` when `stem_y`.
    stem_len: u8,
    stem_y: bool,
}

/// A noun's stem as bytes, without allocating: the buffer and how much of it is the stem.
type Key = ([u8; Noun::MAX + 1], usize);

impl Noun {
    /// Longest noun kept; longer words are not read as counted nouns.
    pub const MAX: usize = 20;

    pub fn new(word: &str) -> Option<Self> {
        let lower = word.to_lowercase();
        if lower.len() > Self::MAX || !lower.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
            return None;
        }
        let mut bytes = [0u8; Self::MAX];
        bytes[..lower.len()].copy_from_slice(lower.as_bytes());
        // `stem` keeps the word's beginning and at most puts a `y` after it (see the test
        // below); a stem of another shape would not be this noun's, so none is kept.
        let stemmed = stem(&lower);
        let (stem_len, stem_y) = if lower.starts_with(&stemmed) {
            (stemmed.len(), false)
        } else {
            let base = stemmed.strip_suffix('y')?;
            lower.starts_with(base).then_some((base.len(), true))?
        };
        Some(Self {
            bytes,
            len: lower.len() as u8,
            stem_len: stem_len as u8,
            stem_y,
        })
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..self.len as usize]).unwrap_or("")
    }

    fn key(&self) -> Key {
        let mut key = [0u8; Self::MAX + 1];
        let n = self.stem_len as usize;
        key[..n].copy_from_slice(&self.bytes[..n]);
        if self.stem_y {
            key[n] = b'y';
            (key, n + 1)
        } else {
            (key, n)
        }
    }
}

impl PartialEq for Noun {
    fn eq(&self, other: &Self) -> bool {
        let ((a, n), (b, m)) = (self.key(), other.key());
        a[..n] == b[..m]
    }
}

impl Eq for Noun {}

impl Hash for Noun {
    fn hash<H: Hasher>(&self, state: &mut H) {
        let (key, n) = self.key();
        key[..n].hash(state);
    }
}

impl PartialOrd for Noun {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Noun {
    fn cmp(&self, other: &Self) -> Ordering {
        let ((a, n), (b, m)) = (self.key(), other.key());
        a[..n].cmp(&b[..m])
    }
}

/// Scale words after a number.
const SCALES: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
];

/// One word between the number and the noun that leaves the count a count of the noun.
const MODIFIERS: &[&str] = &[
    "new",
    "additional",
    "extra",
    "more",
    "fewer",
    "full-time",
    "part-time",
    "net",
    "local",
    "foreign",
    "american",
    "japanese",
    "chinese",
    "british",
    "european",
    "other",
    "active",
];

/// Words before a number that make it a label, not a count ("paragraph 3 opens").
const LABELS: &[&str] = &[
    "paragraph",
    "section",
    "chapter",
    "page",
    "number",
    "no",
    "room",
    "flight",
    "route",
    "version",
    "phase",
    "level",
    "grade",
    "step",
    "part",
    "item",
    "line",
    "article",
    "clause",
    "rule",
    "round",
    "episode",
    "season",
    "gate",
    "platform",
    "terminal",
    "table",
    "figure",
];

/// Nouns that are not things counted: time, ranks, measures of other values.
const NOT_COUNTED: &[&str] = &[
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "hour",
    "hours",
    "minute",
    "minutes",
    "second",
    "seconds",
    "decade",
    "decades",
    "century",
    "centuries",
    "time",
    "times",
    "percent",
    "per",
    "cent",
    "basis",
    "point",
    "points",
    "times",
    "fold",
    "and",
    "or",
    "to",
    "of",
    "in",
    "on",
    "at",
    "for",
    "by",
    "from",
    "with",
    "the",
    "a",
    "an",
    "was",
    "were",
    "is",
    "are",
    "has",
    "have",
    "had",
    "will",
    "would",
    "after",
    "before",
    "since",
    "until",
    "when",
    "as",
    "than",
    "this",
    "that",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "our",
    "per",
    "million",
    "billion",
    "trillion",
    "thousand",
    "hundred",
];

/// The counts in `text[span]` outside the spans `skip` (the sentence's mentions), each with
/// its phrase (number to noun) in order.
pub fn counts_in(text: &str, span: ByteSpan, skip: &[ByteSpan]) -> Vec<(ByteSpan, Amount)> {
    let body = span.slice(text);
    let bytes = body.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() || (i > 0 && is_word_byte(bytes[i - 1])) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        while end < bytes.len()
            && (bytes[end].is_ascii_digit()
                || (matches!(bytes[end], b',' | b'.')
                    && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)))
        {
            end += 1;
        }
        i = end;
        let at = ByteSpan::new(span.start + start, span.start + end);
        if skip.iter().any(|s| s.overlaps(at)) {
            continue;
        }
        // "30-year", "5%", "$5", "No. 3": not a count.
        let before = body[..start].chars().next_back();
        let after = body[end..].chars().next();
        if !after.is_some_and(char::is_whitespace) || before.is_some_and(|c| "$€£¥#".contains(c))
        {
            continue;
        }
        if is_label(&body[..start]) {
            continue;
        }
        let digits = &body[start..end];
        let Ok(mut value) = digits.replace(',', "").parse::<f64>() else {
            continue;
        };
        // A year, unless written with a separator ("2,019 cars").
        if !digits.contains([',', '.']) && (1800.0..=2100.0).contains(&value) && digits.len() == 4 {
            continue;
        }
        let mut words = WordsAfter::new(body, end);
        let Some((mut word, mut word_end)) = words.next() else {
            continue;
        };
        if let Some(&(_, scale)) = SCALES.iter().find(|(w, _)| *w == word) {
            value *= scale;
            let Some(next) = words.next() else { continue };
            (word, word_end) = next;
        }
        if MODIFIERS.contains(&word.to_lowercase().as_str()) {
            let Some(next) = words.next() else { continue };
            (word, word_end) = next;
        }
        let lower = word.to_lowercase();
        if word != lower || lower.len() < 3 || NOT_COUNTED.contains(&lower.as_str()) {
            continue;
        }
        let Some(noun) = Noun::new(word) else {
            continue;
        };
        let phrase = ByteSpan::new(span.start + start, span.start + word_end);
        if skip.iter().any(|s| s.overlaps(phrase)) {
            continue;
        }
        out.push((
            phrase,
            Amount {
                kind: AmountKind::Count { noun },
                value,
                approx: Approx::Exact,
            },
        ));
    }
    out
}

/// Whether the word just before a number (`before` ends there) makes it a label: a listed
/// noun, or a capitalised word that does not open the sentence ("Paragraph 3", "Boeing 737").
fn is_label(before: &str) -> bool {
    let trimmed = before.trim_end_matches(' ');
    if trimmed.len() == before.len() {
        return false;
    }
    let word_start = trimmed
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &trimmed[word_start..];
    if word.is_empty() {
        return false;
    }
    let opens_sentence = trimmed[..word_start].trim().is_empty();
    LABELS.contains(&word.to_lowercase().as_str())
        || (word.chars().next().is_some_and(char::is_uppercase) && !opens_sentence)
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'.' || b == b','
}

/// The words after byte `from` of `body`, with where each ends, stopping at punctuation.
struct WordsAfter<'t> {
    body: &'t str,
    at: usize,
}

impl<'t> WordsAfter<'t> {
    fn new(body: &'t str, at: usize) -> Self {
        Self { body, at }
    }

    fn next(&mut self) -> Option<(&'t str, usize)> {
        let rest = &self.body[self.at..];
        let trimmed = rest.trim_start_matches(' ');
        let start = self.at + (rest.len() - trimmed.len());
        let len = trimmed
            .char_indices()
            .find(|&(_, c)| !(c.is_alphabetic() || c == '-'))
            .map_or(trimmed.len(), |(i, _)| i);
        if len == 0 {
            return None;
        }
        self.at = start + len;
        Some((&self.body[start..start + len], self.at))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(text: &str) -> Vec<(String, String)> {
        counts_in(text, ByteSpan::new(0, text.len()), &[])
            .into_iter()
            .map(|(s, a)| (s.slice(text).to_string(), a.to_string()))
            .collect()
    }

    #[test]
    fn a_number_and_a_noun_are_a_count() {
        assert_eq!(
            counts("The plant will add 11,000 jobs and 2.5 million barrels."),
            [
                ("11,000 jobs".to_string(), "11,000 jobs".to_string()),
                (
                    "2.5 million barrels".to_string(),
                    "2,500,000 barrels".to_string()
                )
            ]
        );
        assert_eq!(
            counts("It hired 300 new workers."),
            [("300 new workers".to_string(), "300 workers".to_string())]
        );
    }

    #[test]
    fn years_spans_of_time_and_compounds_are_not_counts() {
        assert!(counts("The 2019 agreements held for 10 years.").is_empty());
        assert!(counts("Yields on 30-year bonds rose 25 basis points.").is_empty());
        assert!(counts("It fell 3 in March and rose 4 Tuesday.").is_empty());
        assert!(counts("Paragraph 3 opens here; the Boeing 737 jets flew.").is_empty());
        assert_eq!(counts("About 300 workers left.").len(), 1);
    }

    #[test]
    fn nouns_compare_by_stem() {
        assert_eq!(Noun::new("jobs"), Noun::new("job"));
        assert_ne!(Noun::new("jobs"), Noun::new("cars"));
        // The stems that end in a y the word does not have.
        assert_eq!(Noun::new("cities"), Noun::new("city"));
        assert_eq!(Noun::new("companies"), Noun::new("company"));
        assert_ne!(Noun::new("cities"), Noun::new("cits"));
    }

    #[test]
    fn every_suffix_the_stemmer_strips_leaves_a_stem_a_noun_can_hold() {
        // Each ending `stem` rewrites, after bases of three to six letters: the stem is the
        // word's beginning, or its beginning and a y, so no counted noun is lost.
        let endings = [
            "ies", "sses", "ations", "ation", "ally", "ing", "ed", "es", "s", "al", "e", "y",
        ];
        for base in ["cit", "work", "barre", "negoti", "stud"] {
            for ending in endings {
                let word = format!("{base}{ending}");
                let noun = Noun::new(&word).unwrap_or_else(|| panic!("{word}"));
                let (key, n) = noun.key();
                assert_eq!(key[..n], *stem(&word).as_bytes(), "{word}");
            }
        }
    }

    #[test]
    fn an_amount_with_its_noun_stays_small() {
        // The corpus profile keeps one per amount of the corpus.
        assert!(std::mem::size_of::<Amount>() <= 40);
    }
}
