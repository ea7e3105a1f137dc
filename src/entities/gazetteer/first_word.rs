//! `FirstWordIndex`: finds names that start with a capital letter (or a lowercase letter and a
//! capital, "eBay") by their first two words.
//!
//! The gazetteer holds tens of thousands of names; one Aho-Corasick DFA over all of them
//! would be large and slow to build, and scanning every byte through it costs cache misses.
//! Every such name starts with a capital letter, so the index looks only at words that start
//! with one, finds the names that begin with that word and the next one in hash tables, and
//! compares them longest first: the work follows the number of capitalised words, not of
//! names. The second word matters: hundreds of names start "FC", "National" or "New".

use super::str_map::StrMap;
use super::{FastHash, is_word_boundary, is_word_boundary_after};
use crate::entities::token::{Token, word_end};
use hashbrown::HashTable;
use hashbrown::hash_table::Entry;
use std::hash::BuildHasher;
use std::ops::Range;

/// Names by their first word, and by their first two words. Flat: the words are spans of
/// the names' text, and each group of names a run of one list of ids, so that building the
/// index at every start makes no string and no list per word (a nested map of owned words
/// and a list per group took a third of the gazetteer's build).
#[derive(Debug, Default)]
pub(super) struct FirstWordIndex {
    /// The first words, each with the names it is the only word of.
    firsts: HashTable<FirstWord>,
    /// The first two words of the names that have two, each pair with its names.
    pairs: HashTable<WordPair>,
    /// The names' ids, group by group; each group longest first.
    ids: Vec<u32>,
}

/// The names that start with one word.
#[derive(Clone, Copy, Debug)]
struct FirstWord {
    word: Span,
    /// Those without a second word ("Juventus", "Yahoo!").
    alone: Group,
    /// Whether some start with this word and another ([`FirstWordIndex::pairs`]).
    paired: bool,
}

/// The names that start with two words.
#[derive(Clone, Copy, Debug)]
struct WordPair {
    first: Span,
    second: Span,
    names: Group,
}

/// Where a word lies in the names' text (the [`StrMap::keys_text`] the index was built over).
#[derive(Clone, Copy, Debug)]
struct Span {
    start: u32,
    end: u32,
}

impl Span {
    fn of(range: Range<usize>) -> Self {
        // The names' text is a few megabytes: far from 4 GiB.
        let at = |i: usize| u32::try_from(i).unwrap_or(u32::MAX);
        Span {
            start: at(range.start),
            end: at(range.end),
        }
    }

    /// The word's bytes in the names' text `names`.
    fn in_text(self, names: &str) -> &[u8] {
        (names.as_bytes())
            .get(self.start as usize..self.end as usize)
            .unwrap_or_default()
    }
}

/// A group's run of [`FirstWordIndex::ids`]. While the index is built, the run is not laid
/// out yet: `start` is then the id added to the group last, the head of the group's chain.
#[derive(Clone, Copy, Debug, Default)]
struct Group {
    start: u32,
    len: u32,
}

/// The end of a group's chain while the index is built.
const NO_NAME: u32 = u32::MAX;

/// The first word of `text`: its leading run of letters and digits.
fn first_word(text: &str) -> &str {
    &text[..word_end(text, 0)]
}

/// Where the word after the first `first_len` bytes of `text` lies: the next run of letters
/// and digits past the characters that separate them ("York" of "New York", "B" of
/// "A & B"); empty at the end when none.
fn second_word_at(text: &str, first_len: usize) -> Range<usize> {
    let rest = &text[first_len..];
    // Mostly a space or ASCII punctuation: bytes need no decoding until one is not ASCII.
    let ascii_gap = rest
        .bytes()
        .position(|b| !b.is_ascii() || b.is_ascii_alphanumeric())
        .unwrap_or(rest.len());
    let gap = ascii_gap
        + rest[ascii_gap..]
            .char_indices()
            .find(|&(_, c)| c.is_alphanumeric())
            .map_or(rest.len() - ascii_gap, |(i, _)| i);
    let start = first_len + gap;
    start..start + first_word(&text[start..]).len()
}

/// The word after `first` at the start of `text` (see [`second_word_at`]).
fn second_word<'t>(text: &'t str, first: &str) -> &'t str {
    &text[second_word_at(text, first.len())]
}

/// The hash a first word is found by.
fn first_hash(word: &[u8]) -> u64 {
    FastHash.hash_one(word)
}

/// The hash a pair of first words is found by.
fn pair_hash(first: &[u8], second: &[u8]) -> u64 {
    FastHash.hash_one((first, second))
}

/// Whether the index can hold `name`: it starts with a capital letter, or with a lowercase
/// letter and a capital ("eBay", "iPhone"), read as one.
pub(super) fn indexable(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_uppercase) || is_camel_start(name.as_bytes(), 0)
}

/// Whether a lowercase ASCII letter and a capital start at byte `i` ("eBay", "iPhone").
fn is_camel_start(bytes: &[u8], i: usize) -> bool {
    bytes[i].is_ascii_lowercase() && bytes.get(i + 1).is_some_and(u8::is_ascii_uppercase)
}

impl FirstWordIndex {
    /// The index of the names `ids` of `names` (each [`indexable`]).
    pub fn of<V>(names: &StrMap<V>, ids: &[u32]) -> Self {
        let mut index = Self {
            firsts: HashTable::with_capacity(ids.len() / 2),
            pairs: HashTable::with_capacity(ids.len() / 2),
            ids: Vec::with_capacity(ids.len()),
        };
        // Each group's names are chained as they come: `earlier[id]` is the name added to
        // the group before `id`.
        let mut earlier = vec![NO_NAME; names.len()];
        for &id in ids {
            let group = index.group_of(names, id);
            earlier[id as usize] = if group.len == 0 { NO_NAME } else { group.start };
            *group = Group {
                start: id,
                len: group.len + 1,
            };
        }
        index.lay_out(names, &earlier);
        index
    }

    /// The group name `id` of `names` belongs to, added when new.
    fn group_of<V>(&mut self, names: &StrMap<V>, id: u32) -> &mut Group {
        let text = names.keys_text();
        let span = names.key_span(id);
        let first_len = first_word(&text[span.clone()]).len();
        let first = Span::of(span.start..span.start + first_len);
        let second = second_word_at(&text[span.clone()], first_len);
        let entry = first_entry(&mut self.firsts, text, first);
        if second.is_empty() {
            return &mut entry.alone;
        }
        entry.paired = true;
        let second = Span::of(span.start + second.start..span.start + second.end);
        &mut pair_entry(&mut self.pairs, text, first, second).names
    }

    /// Lays each group's chain out as its run of `ids`, in the order the names were added,
    /// then sorts the run longest first.
    fn lay_out<V>(&mut self, names: &StrMap<V>, earlier: &[u32]) {
        let Self { firsts, pairs, ids } = self;
        let groups = (firsts.iter_mut().map(|first| &mut first.alone))
            .chain(pairs.iter_mut().map(|pair| &mut pair.names));
        for group in groups.filter(|group| group.len > 0) {
            let start = ids.len();
            let mut id = group.start;
            while id != NO_NAME {
                ids.push(id);
                id = earlier[id as usize];
            }
            let run = &mut ids[start..];
            run.reverse();
            run.sort_by_key(|&id| std::cmp::Reverse(names.key_span(id).len()));
            group.start = u32::try_from(start).unwrap_or(u32::MAX);
        }
    }

    /// The ids of a group, once laid out.
    fn ids_of(&self, group: Group) -> &[u32] {
        let start = group.start as usize;
        self.ids
            .get(start..start + group.len as usize)
            .unwrap_or_default()
    }

    /// The names that start with the words `first` and `second`, longest first.
    fn starting_with_pair(&self, names: &str, first: &str, second: &str) -> &[u32] {
        let (first, second) = (first.as_bytes(), second.as_bytes());
        let pair = self.pairs.find(pair_hash(first, second), |pair| {
            pair.first.in_text(names) == first && pair.second.in_text(names) == second
        });
        pair.map_or(&[], |pair| self.ids_of(pair.names))
    }

    /// Calls `found(start, end, id)` for the longest name starting at each capitalised word
    /// of `text` that begins a listed name and ends at a word boundary. `tokens` are the
    /// line's tokens ([`crate::entities::token::tokenize`]): only its words that start with
    /// a capital (or a lowercase letter and a capital) are looked at, not every byte.
    /// `names` holds each name by its id.
    pub fn find<V>(
        &self,
        text: &str,
        tokens: &[Token],
        names: &StrMap<V>,
        mut found: impl FnMut(usize, usize, u32),
    ) {
        if self.firsts.is_empty() {
            return;
        }
        let names_text = names.keys_text();
        let bytes = text.as_bytes();
        let starts = tokens
            .iter()
            .filter(|t| t.is_word() && (t.cap || is_camel_start(bytes, t.start)));
        for token in starts {
            let i = token.start;
            if !is_word_boundary(text, i) {
                continue;
            }
            let rest = &text[i..];
            let word = token.text(text);
            let is_first = |first: &FirstWord| first.word.in_text(names_text) == word.as_bytes();
            let Some(first) = self.firsts.find(first_hash(word.as_bytes()), is_first) else {
                continue;
            };
            let name_len = |id: u32| names.key_span(id).len();
            // Compared as bytes: a name is whole characters, so its end is a boundary.
            let matches = |&&id: &&u32| {
                let name = &names_text.as_bytes()[names.key_span(id)];
                rest.as_bytes().starts_with(name) && is_word_boundary_after(text, i + name.len())
            };
            // A name that matches with a second word is longer than any without.
            let with_second = (first.paired)
                .then(|| self.starting_with_pair(names_text, word, second_word(rest, word)))
                .and_then(|ids| ids.iter().find(matches));
            let alone = || self.ids_of(first.alone).iter().find(matches);
            if let Some(&id) = with_second.or_else(alone) {
                found(i, i + name_len(id), id);
            }
        }
    }
}

/// The entry of the first word at `first` of the names' text, added when new.
fn first_entry<'t>(
    firsts: &'t mut HashTable<FirstWord>,
    names: &str,
    first: Span,
) -> &'t mut FirstWord {
    let word = first.in_text(names);
    let entry = firsts.entry(
        first_hash(word),
        |known| known.word.in_text(names) == word,
        |known| first_hash(known.word.in_text(names)),
    );
    match entry {
        Entry::Occupied(entry) => entry.into_mut(),
        Entry::Vacant(entry) => entry
            .insert(FirstWord {
                word: first,
                alone: Group::default(),
                paired: false,
            })
            .into_mut(),
    }
}

/// The entry of the two words at `first` and `second` of the names' text, added when new.
fn pair_entry<'t>(
    pairs: &'t mut HashTable<WordPair>,
    names: &str,
    first: Span,
    second: Span,
) -> &'t mut WordPair {
    let words = (first.in_text(names), second.in_text(names));
    let entry = pairs.entry(
        pair_hash(words.0, words.1),
        |known| (known.first.in_text(names), known.second.in_text(names)) == words,
        |known| pair_hash(known.first.in_text(names), known.second.in_text(names)),
    );
    match entry {
        Entry::Occupied(entry) => entry.into_mut(),
        Entry::Vacant(entry) => entry
            .insert(WordPair {
                first,
                second,
                names: Group::default(),
            })
            .into_mut(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(names: &[&str]) -> (FirstWordIndex, StrMap<()>) {
        let mut texts = StrMap::default();
        let ids: Vec<u32> = (names.iter())
            .map(|name| texts.insert_new(name, ()).unwrap())
            .collect();
        (FirstWordIndex::of(&texts, &ids), texts)
    }

    fn found(index: &(FirstWordIndex, StrMap<()>), text: &str) -> Vec<String> {
        let mut tokens = Vec::new();
        crate::entities::token::tokenize(text, &mut tokens);
        let mut out = Vec::new();
        index.0.find(text, &tokens, &index.1, |start, end, _| {
            out.push(text[start..end].to_string())
        });
        out
    }

    #[test]
    fn the_longest_name_at_a_word_is_found_whatever_its_second_word() {
        let names = index(&[
            "New York",
            "New York City",
            "New Zealand",
            "New",
            "Yahoo!",
            "Yahoo",
            "A & B",
            "Real Madrid",
        ]);
        assert_eq!(
            found(
                &names,
                "From New York City to New Zealand, New Yorkers and Yahoo! A & B."
            ),
            ["New York City", "New Zealand", "New", "Yahoo!", "A & B"]
        );
        // A longer name that does not end at a word boundary gives way to a shorter one.
        assert_eq!(
            found(&names, "Real Madridistas and New York's"),
            ["New York"]
        );
        assert_eq!(second_word("A & B", "A"), "B");
        assert_eq!(second_word("A “Bé", "A"), "Bé");
        // A capital after a handle's sign or a digit starts no name.
        let names = index(&["Apple", "G"]);
        assert_eq!(found(&names, "@Apple 5G and Apple"), ["Apple"]);
        assert_eq!(second_word("Yahoo!", "Yahoo"), "");
    }

    #[test]
    fn a_name_of_a_lowercase_letter_and_a_capital_is_found_at_a_word_start_only() {
        assert!(indexable("eBay") && indexable("iPhone 15") && !indexable("ebay"));
        let names = index(&["eBay", "iPhone 15", "Bay"]);
        assert_eq!(
            found(&names, "An iPhone 15 sold on eBay, not theBay or ebay."),
            ["iPhone 15", "eBay"]
        );
    }
}
