//! `FirstWordIndex`: finds the knowledge files' names in text by their first word.
//!
//! The knowledge files hold tens of thousands of names; one Aho-Corasick DFA over all of them
//! would be large and slow to build, and scanning every byte through it costs cache misses.
//! Every such name starts with a capital letter, so the index looks only at words that start
//! with one, finds the names that begin with that word in a hash table, and compares them
//! longest first: the work follows the number of capitalised words, not of names.

use super::{FastHash, is_word_boundary, is_word_boundary_after};
use std::collections::HashMap;

/// Names by their first word, each list longest first.
#[derive(Debug, Default)]
pub(super) struct FirstWordIndex {
    by_first: HashMap<Box<str>, Vec<u32>, FastHash>,
}

/// The first word of `text`: its leading run of letters and digits.
fn first_word(text: &str) -> &str {
    let end = text
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(text.len(), |(i, _)| i);
    &text[..end]
}

/// Whether the index can hold `name`: it starts with a capital letter.
pub(super) fn indexable(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_uppercase)
}

impl FirstWordIndex {
    /// Adds the surface form `id`, whose text is `name` (see [`indexable`]).
    pub fn add(&mut self, id: u32, name: &str) {
        self.by_first
            .entry(first_word(name).into())
            .or_default()
            .push(id);
    }

    /// Sorts each list longest first, once every name is added.
    pub fn finish(&mut self, texts: &[String]) {
        for ids in self.by_first.values_mut() {
            ids.sort_by_key(|&id| std::cmp::Reverse(texts[id as usize].len()));
        }
    }

    /// Calls `found(start, end, id)` for the longest name starting at each capitalised word
    /// of `text` that begins a listed name and ends at a word boundary.
    pub fn find(&self, text: &str, texts: &[String], mut found: impl FnMut(usize, usize, u32)) {
        if self.by_first.is_empty() {
            return;
        }
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            let starts_upper = if b.is_ascii() {
                b.is_ascii_uppercase()
            } else {
                // A lead byte: decode the character (continuation bytes are skipped below).
                b >= 0xC0 && text[i..].chars().next().is_some_and(char::is_uppercase)
            };
            if starts_upper && is_word_boundary(text, i) {
                let rest = &text[i..];
                let word = first_word(rest);
                if let Some(ids) = self.by_first.get(word) {
                    let hit = ids.iter().find(|&&id| {
                        let name = &texts[id as usize];
                        rest.starts_with(name.as_str())
                            && is_word_boundary_after(text, i + name.len())
                    });
                    if let Some(&id) = hit {
                        found(i, i + texts[id as usize].len(), id);
                    }
                }
                i += word.len().max(1);
                continue;
            }
            i += 1;
        }
    }
}
