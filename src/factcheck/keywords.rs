//! Key words: the content words of a sentence, lower-cased, simply stemmed and mapped to a
//! shared concept where news text uses several words for one thing ("buy", "bought",
//! "purchases" and "imports" are all `purchase`).
//!
//! A key word keeps the span of its first occurrence, so a reader can be shown where it is.
//! Stop words, numbers and words shorter than three letters are left out.

use crate::text::ByteSpan;
use std::collections::HashMap;
use std::sync::OnceLock;
use unicode_segmentation::UnicodeSegmentation;

/// One content word of a text: its stem (or concept) and where it occurs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyWord {
    /// The comparison key: a concept name or a stem ("agricultur", "purchase").
    pub key: String,
    /// The form shown to a reader: the concept, or the word as written, lower-cased.
    pub shown: String,
    pub span: ByteSpan,
}

/// Function words and words too common in news text to say what a sentence is about.
#[rustfmt::skip]
const STOP_WORDS: &[&str] = &[
    "a", "about", "above", "across", "after", "again", "against", "ago", "all", "along",
    "already", "also", "although", "am", "among", "an", "and", "another", "any", "are", "aren",
    "around", "as", "at", "be", "became", "because", "been", "before", "being", "below",
    "between", "both", "but", "by", "can", "cannot", "could", "did", "didn", "do", "does",
    "doesn", "doing", "don", "down", "during", "each", "either", "else", "even", "ever",
    "every", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her",
    "here", "hers", "him", "his", "how", "however", "i", "if", "in", "into", "is", "isn", "it",
    "its", "itself", "just", "last", "less", "like", "likely", "made", "make", "many", "may",
    "me", "might", "more", "most", "much", "must", "my", "near", "neither", "new", "no", "nor",
    "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "others", "our",
    "out", "over", "own", "per", "perhaps", "quite", "rather", "recent", "recently", "same",
    "several", "shall", "she", "should", "since", "so", "some", "such", "than", "that", "the",
    "their", "them", "themselves", "then", "there", "these", "they", "this", "those", "though",
    "through", "thus", "to", "too", "two", "under", "until", "up", "upon", "us", "very", "via",
    "was", "wasn", "we", "were", "what", "when", "where", "whether", "which", "while", "who",
    "whom", "whose", "why", "will", "with", "within", "without", "won", "would", "yet", "you",
    "your", "said", "says", "say", "saying", "told", "tell", "according", "stated", "state",
    "week", "weeks", "month", "months", "year", "years", "day", "days", "today", "time",
    "times", "way", "ways", "well", "still", "first", "second", "third", "percent", "cent",
    "billion", "million", "trillion", "thousand", "dollar", "dollars", "yen", "euros", "let",
    "get", "got", "take", "taken", "took", "see", "seen", "seems", "seem", "become", "becomes",
    "come", "comes", "came", "going", "gone", "went", "use", "used", "using", "based", "part",
    "including", "include", "includes", "whole", "set", "put", "high", "low", "able",
    "exceeding", "exceeds", "exceeded", "nearly", "almost", "roughly", "approximately", "least",
    "estimated",
];

/// Words that mean one thing in news reporting, grouped under the concept shown to readers.
#[rustfmt::skip]
const CONCEPTS: &[(&str, &[&str])] = &[
    ("purchase", &[
        "buy", "buys", "buying", "bought", "purchase", "purchases", "purchased", "purchasing",
        "import", "imports", "imported", "importing", "acquire", "acquires", "acquired",
        "acquisition",
    ]),
    ("sale", &[
        "sell", "sells", "selling", "sold", "sale", "sales", "selloff", "dump", "dumping",
        "divest", "divestment", "export", "exports", "exported", "exporting",
    ]),
    ("negotiation", &[
        "talks", "negotiation", "negotiations", "negotiate", "negotiating", "negotiated",
        "negotiator", "negotiators",
    ]),
    ("deal", &[
        "deal", "deals", "agreement", "agreements", "accord", "accords", "pact", "pacts",
        "treaty", "treaties",
    ]),
    ("holdings", &[
        "holding", "holdings", "stake", "stakes", "stockpile", "reserves", "portfolio",
        "holder", "holders",
    ]),
    ("tariff", &[
        "tariff", "tariffs", "duty", "duties", "levy", "levies",
    ]),
    ("investment", &[
        "invest", "invests", "invested", "investing", "investment", "investments",
    ]),
    ("rise", &[
        "rise", "rises", "rose", "risen", "rising", "increase", "increases", "increased",
        "surge", "surged", "surges", "jump", "jumped", "climb", "climbed", "soar", "soared",
    ]),
    ("fall", &[
        "fall", "falls", "fell", "fallen", "falling", "decrease", "decreased", "decline",
        "declined", "drop", "dropped", "plunge", "plunged", "slump", "slumped",
    ]),
];

/// The key words of `text[span]`, in order of first occurrence, one per key; words inside
/// any of `skip` (mention spans, sorted by start) are left out.
pub fn key_words(text: &str, span: ByteSpan, skip: &[ByteSpan]) -> Vec<KeyWord> {
    let mut out: Vec<KeyWord> = Vec::new();
    let body = span.slice(text);
    let mut next_skip = 0;
    for (offset, word) in body.unicode_word_indices() {
        let start = span.start + offset;
        let word_span = ByteSpan::new(start, start + word.len());
        while skip
            .get(next_skip)
            .is_some_and(|s| s.end <= word_span.start)
        {
            next_skip += 1;
        }
        if skip.get(next_skip).is_some_and(|s| s.overlaps(word_span)) {
            continue;
        }
        let Some((key, shown)) = key_of(word) else {
            continue;
        };
        if out.iter().all(|k| k.key != key) {
            out.push(KeyWord {
                key,
                shown,
                span: word_span,
            });
        }
    }
    out
}

/// What the word lists say of a lower-cased word.
#[derive(Clone, Copy)]
enum Listed {
    Stop,
    Concept(&'static str),
}

/// The stop words and concept words in one table, built once: a stop word is a stop word
/// even if a concept lists it, and a word two concepts list belongs to the first.
fn listed(lower: &str) -> Option<Listed> {
    static TABLE: OnceLock<HashMap<&'static str, Listed>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut table = HashMap::new();
        for &(concept, words) in CONCEPTS {
            for &word in words {
                table.entry(word).or_insert(Listed::Concept(concept));
            }
        }
        for &word in STOP_WORDS {
            table.insert(word, Listed::Stop);
        }
        table
    });
    table.get(lower).copied()
}

/// The comparison key and shown form of one word, or `None` for a stop word, a number or a
/// word under three letters.
pub fn key_of(word: &str) -> Option<(String, String)> {
    let lower = word.to_lowercase();
    let lower = strip_possessive(&lower);
    if lower.chars().count() < 3 || lower.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    match listed(lower) {
        Some(Listed::Stop) => None,
        Some(Listed::Concept(concept)) => Some((concept.to_string(), concept.to_string())),
        None => Some((stem(lower), lower.to_string())),
    }
}

fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .or_else(|| word.strip_suffix('\''))
        .or_else(|| word.strip_suffix('’'))
        .unwrap_or(word)
}

/// A light suffix-stripping stem: enough for "markets"/"market", "negotiated"/"negotiate"
/// and "agricultural"/"agriculture" to meet, applied the same way to both sides.
pub fn stem(word: &str) -> String {
    let mut w = word.to_string();
    for (suffix, replacement) in [
        ("ies", "y"),
        ("sses", "ss"),
        ("ations", "ate"),
        ("ation", "ate"),
        ("ally", "al"),
        ("ing", ""),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
    ] {
        if let Some(base) = w.strip_suffix(suffix) {
            let long_enough = base.chars().count() >= 3;
            let keeps_ss = suffix == "s" && (base.ends_with('s') || base.ends_with('u'));
            let keeps_is = suffix == "s" && base.ends_with('i');
            if long_enough && !keeps_ss && !keeps_is {
                w = format!("{base}{replacement}");
                break;
            }
        }
    }
    for suffix in ["al", "e", "y"] {
        if let Some(base) = w.strip_suffix(suffix)
            && base.chars().count() >= 4
        {
            w = base.to_string();
            break;
        }
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<String> {
        key_words(text, ByteSpan::new(0, text.len()), &[])
            .into_iter()
            .map(|k| k.shown)
            .collect()
    }

    #[test]
    fn stop_words_and_numbers_are_not_key_words() {
        assert_eq!(
            keys("The tariffs of 2019 were not in the deal"),
            ["tariff", "deal"]
        );
    }

    #[test]
    fn words_of_one_concept_share_a_key() {
        assert_eq!(key_of("bought"), key_of("purchases"));
        assert_eq!(key_of("talks"), key_of("negotiations"));
    }

    #[test]
    fn inflections_share_a_stem() {
        assert_eq!(stem("markets"), stem("market"));
        assert_eq!(stem("agricultural"), stem("agriculture"));
        assert_eq!(stem("securities"), stem("security"));
        assert_eq!(stem("bonds"), stem("bond"));
        assert_ne!(stem("business"), stem("bus"));
    }

    #[test]
    fn words_inside_skipped_spans_are_left_out() {
        let text = "U.S. Treasury holdings";
        let words = key_words(text, ByteSpan::new(0, text.len()), &[ByteSpan::new(0, 13)]);
        assert_eq!(words.len(), 1);
        assert_eq!(words[0].span.slice(text), "holdings");
    }

    #[test]
    fn the_word_lists_decide_as_listed() {
        for &word in STOP_WORDS.iter().filter(|w| w.chars().count() >= 3) {
            assert_eq!(key_of(word), None, "{word}");
        }
        for &(concept, words) in CONCEPTS {
            for &word in words.iter().filter(|w| !STOP_WORDS.contains(w)) {
                let first = CONCEPTS
                    .iter()
                    .find(|(_, ws)| ws.contains(&word))
                    .map(|(c, _)| c.to_string());
                assert_eq!(
                    key_of(word).map(|(key, _)| key),
                    first,
                    "{word} in {concept}"
                );
            }
        }
        assert_eq!(
            key_of("Soybeans"),
            Some(("soybean".into(), "soybeans".into()))
        );
    }

    #[test]
    fn a_possessive_is_the_word_itself() {
        assert_eq!(key_of("Japan’s"), key_of("japan"));
    }
}
