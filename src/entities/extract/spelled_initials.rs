//! Abbreviations an article never defines but whose letters are the initials of one of its
//! longer names: "the SLS" after "the Space Launch System", "IS had swept through Iraq"
//! after "Islamic State". The article's own name is better evidence than what the word is
//! elsewhere: a party's short form in the gazetteer ("SLS") or an English word the article
//! also writes in lowercase ("is").

use super::merge::merge_by_start;
use super::{Explained, Reason, abbreviations, instrument_codes, word_before};
use crate::entities::Label;
use crate::entities::gazetteer::FastHash;
use crate::entities::group::initials::{Letters, initials_key, is_acronym, letters_key};
use crate::text::ByteSpan;
use std::collections::HashMap;

/// Adds a mention for each of `words` (capitalised words no rule read) written in two to six
/// capitals, no mention covering it, that spells the initials of the article's longer names of
/// one kind, with that kind. Grouping then joins the two.
pub(super) fn add(text: &str, mentions: &mut Vec<Explained>, words: &[ByteSpan]) {
    let loose: Vec<ByteSpan> = (words.iter().copied())
        .filter(|span| is_acronym(span.slice(text)))
        .filter(|span| stands_alone(text, span.start, span.end))
        .filter(|span| {
            !abbreviations::is_common(span.slice(text)) && !after_an_exchange(text, span.start)
        })
        .collect();
    if loose.is_empty() {
        return;
    }
    // Only names that open with one of the words' first letters may spell them.
    let first_letters = (loose.iter()).fold(0u32, |set, span| {
        set | 1 << (text.as_bytes()[span.start] - b'A')
    });
    let kinds = kinds_by_initials(text, mentions, first_letters);
    let added: Vec<Explained> = loose
        .into_iter()
        .filter_map(|span| {
            let &label = kinds
                .get(&letters_key(span.slice(text).as_bytes()))?
                .as_ref()?;
            let after = mentions.partition_point(|e| e.mention.span().start < span.end);
            let covered = after > 0 && mentions[after - 1].mention.span().end > span.start;
            (!covered && !abbreviations::in_shouted_line(text, span.start))
                .then(|| Explained::new(span.start, span.end, label, Reason::InitialsOfName))
        })
        .collect();
    merge_by_start(mentions, added);
}

/// Whether an exchange and a colon come right before `start`: "(ticker: SSL)", "(NYSE:
/// ZVX)" write a share's code, no name.
fn after_an_exchange(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches(' ');
    before
        .strip_suffix(':')
        .and_then(|rest| word_before(rest, rest.len()))
        .is_some_and(instrument_codes::is_exchange)
}

/// The initials that the article's names of two or more capitalised words spell, no
/// person's, with their kind; None where names of two kinds spell the same letters.
/// Only names whose first letter is in `first_letters` (a bit for each capital) are read.
fn kinds_by_initials(
    text: &str,
    mentions: &[Explained],
    first_letters: u32,
) -> HashMap<Letters, Option<Label>, FastHash> {
    let mut kinds: HashMap<Letters, Option<Label>, FastHash> = HashMap::default();
    for e in mentions {
        let first = text.as_bytes()[e.mention.span().start];
        if !first.is_ascii_uppercase() || first_letters & 1 << (first - b'A') == 0 {
            continue;
        }
        let label = e.mention.label;
        let named = matches!(
            label,
            Label::Org
                | Label::Gpe
                | Label::Loc
                | Label::Fac
                | Label::Product
                | Label::Event
                | Label::Law
        );
        let Some(key) = named.then(|| initials_key(e.mention.text(text))).flatten() else {
            continue;
        };
        kinds
            .entry(key)
            .and_modify(|kind| *kind = kind.filter(|&k| k == label))
            .or_insert(Some(label));
    }
    kinds
}

/// Whether the word at `start..end` stands alone: no letter, digit, hyphen or underscore
/// written onto either side, and no stop inside a code ("U.S.", "KDP-C" and "LART.NS" are no
/// such words; "SLS." ending a sentence is).
fn stands_alone(text: &str, start: usize, end: usize) -> bool {
    let joined =
        |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '@'));
    let before = text[..start].chars().next_back();
    let mut after = text[end..].chars();
    let next = after.next();
    let alone_before = !joined(before) && before != Some('.');
    let code_goes_on = next == Some('.') && joined(after.next());
    let alone_after = !joined(next) && !code_goes_on;
    alone_before && alone_after
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals_standing_alone_are_read() {
        let text = "The SLS, U.S. and KDP-C; IS’s (LART.NS) .DJI for NASA.";
        let alone = |word: &str| {
            let start = text.find(word).unwrap();
            stands_alone(text, start, start + word.len())
        };
        assert!(alone("SLS") && alone("IS") && alone("NASA"));
        assert!(!alone("U") && !alone("KDP") && !alone("LART") && !alone("DJI"));
    }
}
