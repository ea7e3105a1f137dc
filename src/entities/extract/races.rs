//! A race before the people it describes is a group of people (NORP): "Black voters",
//! "white residents", "Black Americans", "Black-owned businesses". The words are ordinary adjectives elsewhere
//! ("black ice", "the White House", "Jack Black"), so only a word for people after them
//! makes them a group.

use super::merge::{merge_by_start, replace_runs};
use super::{Explained, Reason};
use crate::entities::Label;
use crate::entities::covered::Covered;
use crate::text::ByteSpan;
use memchr::memmem;

/// The races' words after their capital or lowercase first letter.
const RACES: &[(&str, [u8; 2])] = &[("lack", *b"Bb"), ("hite", *b"Ww")];

/// Words for people in lowercase, after which a race names a group of them. Sorted, for
/// binary search.
const PEOPLE: &[&str] = &[
    "activists",
    "adults",
    "artists",
    "athletes",
    "boys",
    "candidates",
    "children",
    "citizens",
    "communities",
    "community",
    "consumers",
    "customers",
    "doctors",
    "employees",
    "entrepreneurs",
    "families",
    "family",
    "farmers",
    "girls",
    "homeowners",
    "journalists",
    "kids",
    "lawmakers",
    "leaders",
    "man",
    "men",
    "mothers",
    "musicians",
    "neighbors",
    "neighbours",
    "nurses",
    "officers",
    "parents",
    "patients",
    "people",
    "player",
    "players",
    "residents",
    "students",
    "teachers",
    "teenagers",
    "teens",
    "veterans",
    "voter",
    "voters",
    "woman",
    "women",
    "workers",
    "writers",
    "youth",
];

/// Nations whose people are named with a race before them: "Black Americans" is one group.
const NATIONS: &[&str] = &["American", "Americans", "Britons", "Canadians"];

/// A race found before a word for people, or before a nation's people.
#[derive(Clone, Copy, Debug)]
pub(super) enum RaceCue {
    /// "Black voters": the race's word alone is the group.
    OfPeople(ByteSpan),
    /// "Black Americans": the race and the nation's people are one group.
    OfNation(ByteSpan),
}

/// The races of `text` before a word for people or a nation's people. Reads the text alone,
/// so it may run beside the passes over the mentions.
pub(super) fn find_in(text: &str) -> Vec<RaceCue> {
    let bytes = text.as_bytes();
    let mut cues = Vec::new();
    for &(rest, firsts) in RACES {
        for at in memmem::find_iter(bytes, rest.as_bytes()) {
            let Some(start) = at.checked_sub(1) else {
                continue;
            };
            let end = at + rest.len();
            let after = bytes.get(end).copied();
            if !firsts.contains(&bytes[start])
                || (start > 0 && bytes[start - 1].is_ascii_alphanumeric())
                || !matches!(after, Some(b' ' | b'-'))
            {
                continue;
            }
            let next_start = end + 1;
            let next_end = (bytes[next_start..].iter())
                .position(|b| !b.is_ascii_alphabetic())
                .map_or(bytes.len(), |n| next_start + n);
            let next = &text[next_start..next_end];
            let of_people = match after {
                Some(b'-') => matches!(next, "owned" | "led"),
                _ => PEOPLE.binary_search(&next).is_ok(),
            };
            if after == Some(b' ') && NATIONS.contains(&next) {
                cues.push(RaceCue::OfNation(ByteSpan::new(start, next_end)));
            } else if of_people {
                cues.push(RaceCue::OfPeople(ByteSpan::new(start, end)));
            }
        }
    }
    cues.sort_by_key(|cue| match cue {
        RaceCue::OfPeople(span) | RaceCue::OfNation(span) => span.start,
    });
    cues
}

/// Marks each race that [`find_in`] found as a group, joined to a nation's people after it.
/// `mentions` are in text order and stay so.
pub(super) fn apply(cues: &[RaceCue], mentions: &mut Vec<Explained>) {
    let mut added = Vec::new();
    let mut joined = Vec::new();
    // "Jack Black": a race's word that a mention holds is that mention's. The cues come in
    // text order, and the mentions change only after the loop.
    let mut covered = Covered::new(mentions, |m| m.mention.span());
    for &cue in cues {
        match cue {
            RaceCue::OfNation(group) => joined.extend(join_to_nation(mentions, group)),
            RaceCue::OfPeople(race) if !covered.covers(race) => {
                added.push(Explained::new(
                    race.start,
                    race.end,
                    Label::Norp,
                    Reason::RaceOfPeople,
                ));
            }
            RaceCue::OfPeople(_) => {}
        }
    }
    replace_runs(mentions, &joined);
    merge_by_start(mentions, added);
}

/// The run of mentions that "Black Americans" replaces, and the group that replaces it:
/// from the first mention inside `group` to the one that ends it at its nation's people
/// (or holds both words, as "Black Americans" read as a body).
fn join_to_nation(
    mentions: &[Explained],
    group: ByteSpan,
) -> Option<(std::ops::Range<usize>, Explained)> {
    let at = mentions.partition_point(|m| m.mention.span().start < group.start);
    let within = at
        + (mentions[at..].iter())
            .take_while(|m| m.mention.span().end <= group.end)
            .count();
    let last = within.checked_sub(1).filter(|&last| last >= at)?;
    (mentions[last].mention.span().end == group.end).then(|| {
        let joined = Explained::new(group.start, group.end, Label::Norp, Reason::RaceOfPeople);
        (at..last + 1, joined)
    })
}

#[cfg(test)]
mod tests {
    use super::PEOPLE;

    #[test]
    fn the_people_words_are_sorted_for_binary_search() {
        assert!(PEOPLE.windows(2).all(|w| w[0] < w[1]));
    }
}
