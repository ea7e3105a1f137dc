//! The House named alone by what it holds or does: "House Republicans", "House Speaker Mike
//! Johnson", "a House committee", "the House voted". "House" by itself is too common a word
//! for the gazetteer ("a house", "Opera House", "House Prices Soar"), but before a party's
//! members, its officers or the words of a chamber's business it is the chamber, an
//! organisation; "House Democrats" is the chamber and the party's members, two names.

use super::merge::merge_by_start;
use super::{Explained, Reason};
use crate::entities::Label;
use crate::text::ByteSpan;
use memchr::memmem;

const HOUSE: &str = "House ";

/// Words after "House" that make it the chamber.
const CHAMBER_CUES: &[&str] = &[
    "Republicans",
    "Democrats",
    "GOP",
    "Speaker",
    "Majority",
    "Minority",
    "committee",
    "committees",
    "floor",
    "vote",
    "votes",
    "voted",
    "members",
    "leaders",
    "leadership",
    "lawmakers",
    "passed",
    "approved",
    "bill",
    "bills",
    "version",
    "seat",
    "seats",
    "race",
    "races",
    "hearing",
    "investigators",
    "impeachment",
    "chamber",
    "aides",
    "majority",
    "minority",
];

/// Party members written as a name after "House".
const MEMBERS: &[&str] = &["Republicans", "Democrats"];

/// Where "House" names the chamber in `text`. Reads the text alone, so it may run beside
/// the passes over the mentions.
pub(super) fn find_in(text: &str) -> Vec<ByteSpan> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    for start in memmem::find_iter(bytes, HOUSE.as_bytes()) {
        let after = &text[start + HOUSE.len()..];
        let next = after
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or_default();
        // "House and Senate appropriations bills": named beside the other chamber.
        let beside_the_senate =
            matches!(next, "and" | "or") && after[next.len()..].trim_start().starts_with("Senate");
        if (CHAMBER_CUES.contains(&next) || beside_the_senate) && opens_the_name(text, start) {
            found.push(ByteSpan::new(start, start + HOUSE.len() - 1));
        }
    }
    found
}

/// Whether no capitalised word of the name comes before "House" at `start` ("White House",
/// "Opera House"): a sentence's or line's start, an article, punctuation, a lowercase
/// word or a sentence's first word.
fn opens_the_name(text: &str, start: usize) -> bool {
    let before = &text[..start];
    let Some(rest) = before.strip_suffix(' ') else {
        // The text's or a line's start, or after a quotation mark or bracket.
        return before.is_empty() || before.ends_with(['\n', '"', '“', '(']);
    };
    let word = rest
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or_default();
    let before_word = rest[..rest.len() - word.len()].trim_end_matches(' ');
    // "Then House Speaker ...": a sentence's first word is capitalised for its place.
    let opens_sentence =
        before_word.is_empty() || before_word.ends_with(['.', '!', '?', '\n', '"', '”']);
    matches!(word, "The" | "A")
        || opens_sentence
        || word.ends_with(['.', ',', ';', ':', '!', '?', '"', '”'])
        || !word.starts_with(|c: char| c.is_uppercase())
}

/// Marks each chamber [`find_in`] found: as a name of its own where no mention holds it, or
/// cut out of a name read as one with the party's members ("House Democrats"). `mentions`
/// are in text order and stay so.
pub(super) fn apply(text: &str, chambers: &[ByteSpan], mentions: &mut Vec<Explained>) {
    let mut added = Vec::new();
    for &house in chambers {
        let at = mentions.partition_point(|m| m.mention.span().end <= house.start);
        match mentions.get_mut(at) {
            Some(m) if m.mention.span().start < house.end => {
                let span = m.mention.span();
                let rest = &text[house.end..span.end];
                let members = rest.strip_prefix(' ').filter(|w| MEMBERS.contains(w));
                if span.start == house.start
                    && m.mention.label == Label::Org
                    && let Some(members) = members
                {
                    m.mention.set_span(house);
                    m.reason = Reason::Chamber;
                    let start = house.end + 1;
                    added.push(Explained::new(
                        start,
                        start + members.len(),
                        Label::Norp,
                        Reason::Gazetteer,
                    ));
                }
            }
            _ => added.push(Explained::new(
                house.start,
                house.end,
                Label::Org,
                Reason::Chamber,
            )),
        }
    }
    merge_by_start(mentions, added);
}
