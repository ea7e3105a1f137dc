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
// hashbrown's map: `entry_ref` makes a key's string only when the key is new.
use hashbrown::HashMap;

/// Names by their first word.
#[derive(Debug, Default)]
pub(super) struct FirstWordIndex {
    by_first: HashMap<String, FirstWord, FastHash>,
}

/// The names that start with one word.
#[derive(Debug, Default)]
struct FirstWord {
    /// Those with a second word, by it; each list longest first.
    by_second: HashMap<String, Vec<u32>, FastHash>,
    /// Those without ("Juventus", "Yahoo!"), longest first.
    alone: Vec<u32>,
}

/// The first word of `text`: its leading run of letters and digits.
fn first_word(text: &str) -> &str {
    &text[..word_end(text, 0)]
}

/// The word after `first` at the start of `text`: the next run of letters and digits past
/// the characters that separate them ("York" of "New York", "B" of "A & B"); empty when none.
fn second_word<'t>(text: &'t str, first: &str) -> &'t str {
    let rest = &text[first.len()..];
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
    first_word(&rest[gap..])
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
    /// An index with room for the first words of about `names` names, so that its map is
    /// not rebuilt as it grows.
    pub fn with_capacity(names: usize) -> Self {
        Self {
            by_first: HashMap::with_capacity_and_hasher(names / 2, FastHash),
        }
    }

    /// Adds the surface form `id`, whose text is `name` (see [`indexable`]).
    pub fn add(&mut self, id: u32, name: &str) {
        let first = first_word(name);
        let second = second_word(name, first);
        let entry = self.by_first.entry_ref(first).or_default();
        if second.is_empty() {
            entry.alone.push(id);
        } else {
            entry.by_second.entry_ref(second).or_default().push(id);
        }
    }

    /// Sorts each list longest first, once every name is added; `texts` holds each name
    /// by its id.
    pub fn finish<V>(&mut self, texts: &StrMap<V>) {
        let longest_first = |ids: &mut Vec<u32>| {
            ids.sort_by_key(|&id| std::cmp::Reverse(texts.key(id).len()));
        };
        for entry in self.by_first.values_mut() {
            entry.by_second.values_mut().for_each(longest_first);
            longest_first(&mut entry.alone);
        }
    }

    /// Calls `found(start, end, id)` for the longest name starting at each capitalised word
    /// of `text` that begins a listed name and ends at a word boundary. `tokens` are the
    /// line's tokens ([`crate::entities::token::tokenize`]): only its words that start with
    /// a capital (or a lowercase letter and a capital) are looked at, not every byte.
    /// `texts` holds each name by its id.
    pub fn find<V>(
        &self,
        text: &str,
        tokens: &[Token],
        texts: &StrMap<V>,
        mut found: impl FnMut(usize, usize, u32),
    ) {
        if self.by_first.is_empty() {
            return;
        }
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
            let Some(entry) = self.by_first.get(word) else {
                continue;
            };
            let matches = |&&id: &&u32| {
                let name = texts.key(id);
                rest.starts_with(name) && is_word_boundary_after(text, i + name.len())
            };
            // A name that matches with a second word is longer than any without.
            let with_second = entry
                .by_second
                .get(second_word(rest, word))
                .and_then(|ids| ids.iter().find(matches));
            if let Some(&id) = with_second.or_else(|| entry.alone.iter().find(matches)) {
                found(i, i + texts.key(id).len(), id);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(names: &[&str]) -> (FirstWordIndex, StrMap<()>) {
        let mut texts = StrMap::default();
        let mut index = FirstWordIndex::default();
        for name in names {
            index.add(texts.insert_new(name, ()).unwrap(), name);
        }
        index.finish(&texts);
        (index, texts)
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
