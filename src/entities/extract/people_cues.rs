//! Names whose reading turns on the article's people, settled after the line scan.
//!
//! "a spokesman for Johnson" is a body's staff unless the article names a person Johnson;
//! "the Trump FCC" is one body's name unless the article names a person Trump. The line
//! scan reads the name as a body's and leaves a [`PeopleCue`]; once every line is scanned
//! the people of the whole article are known, and [`settle`] reads the name again. Asking
//! here rather than during the scan keeps a long article's lines independent, so cutting
//! it between threads changes nothing ([`super::lines`]).

use super::{Explained, Reason, WordSet, merge::merge_by_start};
use crate::entities::Label;
use crate::text::ByteSpan;

/// A name read as a body's that a person of the article would change.
#[derive(Clone, Copy, Debug)]
pub(super) enum PeopleCue {
    /// A name after a body's people ("a spokesman for Johnson"): the person's staff when it
    /// is a person's name.
    StaffOf(ByteSpan),
    /// A word before a body's abbreviation ("the Trump FCC"): the body's leader then when it
    /// is a person's name, no part of the body's.
    LedBy { leader: ByteSpan, body: ByteSpan },
}

/// Reads each cued name again now that the article's `persons` are known. `mentions` are in
/// text order and stay so.
pub(super) fn settle(
    text: &str,
    persons: &WordSet<String>,
    cues: &[PeopleCue],
    mentions: &mut Vec<Explained>,
) {
    let mut added = Vec::new();
    for cue in cues {
        let (name, person) = match *cue {
            PeopleCue::StaffOf(name) => (name, name),
            PeopleCue::LedBy { leader, body } => (ByteSpan::new(leader.start, body.end), leader),
        };
        if !persons.contains(person.slice(text)) {
            continue;
        }
        let Ok(at) = mentions.binary_search_by_key(&name.start, |m| m.mention.span().start) else {
            continue;
        };
        let found = &mut mentions[at];
        if found.mention.span() != name || found.mention.label != Label::Org {
            continue;
        }
        *found = Explained::new(
            person.start,
            person.end,
            Label::Person,
            Reason::RepeatsPerson,
        );
        if let PeopleCue::LedBy { body, .. } = *cue {
            added.push(Explained::new(
                body.start,
                body.end,
                Label::Org,
                Reason::Gazetteer,
            ));
        }
    }
    merge_by_start(mentions, added);
}
