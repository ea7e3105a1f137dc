//! A news outlet named by an ordinary word: "an adviser told Observer", "as Deadline reports",
//! "she spoke with WIRED". An ordinary English word written with a capital inside a sentence
//! is a name, and one that is told things, or reports them, is the outlet that printed them:
//! people are told things too, but their names are no words of the language ("told Smith"),
//! and the word must name an outlet `assets/outlets.ron` lists (news sites' names that are
//! words: "told Faith" is a person). Words that are surnames too ("Brown", "Young") and
//! given names are left to the person rules.

use super::merge::is_covered;
use super::short_names::opens_a_longer_name;
use super::{Explained, Reason, two_words_before, word_after, word_before};
use crate::entities::Label;
use crate::entities::gazetteer::{Gazetteer, class};
use crate::text::ByteSpan;
use serde::Deserialize;
use std::sync::OnceLock;

/// `assets/outlets.ron`, built by `scripts/knowledge_outlets.py`.
const OUTLETS_RON: &str = include_str!("../../../assets/outlets.ron");

/// Words right before an outlet that is told something.
const TOLD: &[&str] = &["told", "tells", "telling"];

/// Two words before an outlet, the second a preposition: "according to", "spoke with".
const TOLD_AFTER_A_PREPOSITION: &[(&str, &str)] = &[
    ("according", "to"),
    ("spoke", "to"),
    ("spoke", "with"),
    ("speaking", "to"),
    ("speaking", "with"),
    ("talked", "to"),
    ("talking", "to"),
    ("interview", "with"),
    ("statement", "to"),
];

/// Words right after an outlet that reports something.
const REPORTS: &[&str] = &["reported", "reports"];

/// ORG mentions for the `loose` words (capitalised words no rule could read, outside
/// headings, in text order) that name an outlet by its cue; `mentions` are the article's,
/// in order, so words another rule has since read are left.
pub(super) fn told_or_reporting(
    text: &str,
    g: &Gazetteer,
    loose: &[ByteSpan],
    mentions: &[Explained],
) -> Vec<Explained> {
    let mut out = Vec::new();
    for &span in loose {
        let word = span.slice(text);
        // The cues first: few words have one.
        if opens_a_longer_name(text, span)
            || !(is_told(text, span) || reports(text, span))
            || !g.is_ordinary_word(word)
            || g.is_surname_too(word)
            || g.classes(word) & class::GIVEN != 0
            || !is_an_outlet(word)
            || is_covered(mentions, span)
        {
            continue;
        }
        out.push(Explained::new(
            span.start,
            span.end,
            Label::Org,
            Reason::OutletCue,
        ));
    }
    out
}

/// Whether `word` names an outlet of `assets/outlets.ron`, in any case ("WIRED").
fn is_an_outlet(word: &str) -> bool {
    static OUTLETS: OnceLock<Vec<String>> = OnceLock::new();
    let outlets = OUTLETS.get_or_init(|| parse_outlets(OUTLETS_RON).unwrap_or_default());
    let word = word.to_lowercase();
    outlets.binary_search(&word).is_ok()
}

/// The outlets of an `outlets.ron` text, in lowercase and sorted.
fn parse_outlets(ron_text: &str) -> Result<Vec<String>, ron::error::SpannedError> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct OutletsFile {
        /// One outlet a line.
        words: String,
    }
    let file: OutletsFile = ron::from_str(ron_text)?;
    let mut words: Vec<String> = (file.words.lines())
        .map(|line| line.trim().to_lowercase())
        .filter(|line| !line.is_empty())
        .collect();
    words.sort_unstable();
    Ok(words)
}

/// Whether the word at `span` is told something: "told Observer", "according to Deadline".
fn is_told(text: &str, span: ByteSpan) -> bool {
    word_before(text, span.start).is_some_and(|before| TOLD.contains(&before))
        || two_words_before(text, span.start).is_some_and(|(first, second)| {
            TOLD_AFTER_A_PREPOSITION.contains(&(first.to_ascii_lowercase().as_str(), second))
        })
}

/// Whether the word at `span` reports something: "as Deadline reports that".
fn reports(text: &str, span: ByteSpan) -> bool {
    REPORTS.contains(&word_after(text, span.end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_outlets_parse() {
        let outlets = parse_outlets(OUTLETS_RON).expect("assets/outlets.ron parses");
        assert!(outlets.len() > 100, "{} outlets", outlets.len());
        assert!(outlets.binary_search(&"deadline".to_string()).is_ok());
        assert!(is_an_outlet("WIRED") && is_an_outlet("Observer") && !is_an_outlet("Faith"));
    }
}
