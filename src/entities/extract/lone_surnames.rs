//! "readers love Faulkner’s world", "Morales’ party", "see Kohli bat": a famous person is
//! often named by the surname alone, with no full name anywhere in the article. A listed
//! surname written alone inside a sentence, that is no word of the language and no name of
//! another kind the gazetteer knows, is a person's, once every other reading of the loose
//! words (a short form of an organisation the article names, a team, a site) has had its
//! turn.

use super::super::gazetteer::Gazetteer;
use super::super::{Label, Mention};
use super::WordSet;
use super::deferred::{Cue, Deferred, subject_word_follows, written_in_lowercase};
use super::merge::is_covered;
use super::{Explained, Reason, word_after, word_before};
use crate::text::ByteSpan;

/// The loose words of `loose` that may be a person's surname alone: inside a running
/// sentence, or opening one before a word that follows its subject, with nothing before
/// them that says what they name, and never written in lowercase in the article
/// (`lowercase`: "Chai" beside "a cup of chai").
pub(super) fn candidates(
    text: &str,
    g: &Gazetteer,
    lowercase: &WordSet<String>,
    loose: &[Deferred],
) -> Vec<ByteSpan> {
    // "Zimmerman was flagged": opening a sentence, before a word that follows its subject.
    let placed = |d: &Deferred| {
        if d.initial {
            subject_word_follows(text, d.span.end)
        } else {
            !after_a_stop(&text[..d.span.start])
        }
    };
    (loose.iter())
        .filter(|d| !d.heading && d.cue == Cue::None && placed(d))
        .filter(|d| is_lone_surname(text, g, d.span))
        .filter(|d| !written_in_lowercase(lowercase, d.span.slice(text)))
        .map(|d| d.span)
        .collect()
}

/// Person mentions for the `candidates` that no mention of `mentions` covers by now.
pub(super) fn people(mentions: &[Explained], candidates: &[ByteSpan]) -> Vec<Explained> {
    (candidates.iter())
        .filter(|&&span| !is_covered(mentions, span))
        .map(|&span| Explained {
            mention: Mention::spanning(span, Label::Person),
            reason: Reason::SurnameAlone,
        })
        .collect()
}

/// Whether the word at `span` is a listed surname in title case that is nothing else: no
/// word of the language ("Brown"), no class or name of the gazetteer, no home town after
/// "of", and no first name of a firm's pair ("Larsen and Toubro").
fn is_lone_surname(text: &str, g: &Gazetteer, span: ByteSpan) -> bool {
    let word = span.slice(text);
    let mut bytes = word.bytes();
    word.len() >= 3
        && bytes.next().is_some_and(|b| b.is_ascii_uppercase())
        && bytes.all(|b| b.is_ascii_lowercase())
        && g.is_surname(word)
        && !g.is_ordinary_word(word)
        && g.classes(word) == 0
        && g.lookup(word).is_none()
        && !text[..span.start].ends_with(" of ")
        && between_english_words(text, g, span)
        && !text[span.end..].starts_with(" and ")
}

/// Whether `before` ends a sentence, as far as the words go: "… Nur die", "». Das in", a
/// run that the scan of its line did not see open a sentence.
fn after_a_stop(before: &str) -> bool {
    before
        .trim_end_matches([' ', '"', '“', '„', '«', '»'])
        .ends_with(['.', '…', '!', '?', ':'])
}

/// Whether the lowercase words either side of `span`, where there are any, are words of
/// the language: a German text capitalises its nouns, many of which are surnames too
/// ("einen Blick auf", "der Mann").
fn between_english_words(text: &str, g: &Gazetteer, span: ByteSpan) -> bool {
    let english = |word: &str| !word.starts_with(char::is_lowercase) || g.is_ordinary_word(word);
    word_before(text, span.start).is_none_or(english) && english(word_after(text, span.end))
}
