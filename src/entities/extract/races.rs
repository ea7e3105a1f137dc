//! A race before the people it describes is a group of people (NORP): "Black voters",
//! "white residents", "Black Americans", "Black-owned businesses". The words are ordinary adjectives elsewhere
//! ("black ice", "the White House", "Jack Black"), so only a word for people after them
//! makes them a group.

use super::merge::merge_by_start;
use super::{Explained, Reason};
use crate::entities::Label;
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

/// Marks each race before a word for people as a group, and joins it to a nation's people
/// after it. `mentions` are in text order and stay so.
pub(super) fn groups_by_race(text: &str, mentions: &mut Vec<Explained>) {
    let bytes = text.as_bytes();
    let mut added = Vec::new();
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
            let race = ByteSpan::new(start, end);
            let of_people = match after {
                Some(b'-') => matches!(next, "owned" | "led"),
                _ => PEOPLE.binary_search(&next).is_ok(),
            };
            if after == Some(b' ') && NATIONS.contains(&next) {
                join_to_nation(mentions, ByteSpan::new(start, next_end));
            } else if of_people && !covered(mentions, race) {
                added.push(Explained::new(
                    start,
                    end,
                    Label::Norp,
                    Reason::RaceOfPeople,
                ));
            }
        }
    }
    merge_by_start(mentions, added);
}

/// Makes the mention that ends `group` at its nation's people (or holds both words, as
/// "Black Americans" read as a body) the group, dropping a mention of the race alone.
fn join_to_nation(mentions: &mut Vec<Explained>, group: ByteSpan) {
    let at = mentions.partition_point(|m| m.mention.span().start < group.start);
    let mut within = at;
    while mentions
        .get(within)
        .is_some_and(|m| m.mention.span().end <= group.end)
    {
        within += 1;
    }
    let Some(last) = within.checked_sub(1).filter(|&last| last >= at) else {
        return;
    };
    if mentions[last].mention.span().end != group.end {
        return;
    }
    mentions[last] = Explained::new(group.start, group.end, Label::Norp, Reason::RaceOfPeople);
    mentions.drain(at..last);
}

/// Whether a mention overlaps `span` ("Jack Black").
fn covered(mentions: &[Explained], span: ByteSpan) -> bool {
    let at = mentions.partition_point(|m| m.mention.span().end <= span.start);
    mentions
        .get(at)
        .is_some_and(|m| m.mention.span().start < span.end)
}

#[cfg(test)]
mod tests {
    use super::PEOPLE;

    #[test]
    fn the_people_words_are_sorted_for_binary_search() {
        assert!(PEOPLE.windows(2).all(|w| w[0] < w[1]));
    }
}
