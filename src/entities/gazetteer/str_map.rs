//! `StrMap`: a map from strings to values that keeps its keys one after another in one
//! string, numbered in the order they were added.
//!
//! The gazetteer's tables hold tens of thousands of short keys. A `String` each cost an
//! allocation at every start (a fifth of the build's instructions) and 24 bytes beside its
//! text; here a key costs its bytes, four for where it ends and four in the hash table.

use super::FastHash;
use hashbrown::HashTable;
use std::hash::BuildHasher;
use std::ops::Range;

/// Distinct keys with a value each, numbered 0, 1, … in the order they were added.
#[derive(Debug)]
pub(super) struct StrMap<V> {
    /// The keys, one after another.
    text: String,
    /// Where each key starts in `text`, then where the last one ends: key `i` is
    /// `text[bounds[i]..bounds[i + 1]]`.
    bounds: Vec<u32>,
    values: Vec<V>,
    /// The keys' numbers, found by the key's hash.
    numbers: HashTable<u32>,
}

impl<V> Default for StrMap<V> {
    fn default() -> Self {
        Self::with_capacity(0)
    }
}

impl<V> StrMap<V> {
    /// A map with room for `keys` keys, so that its table is not rehashed as it fills (the
    /// keys' text grows as it must: copying it is cheap, and room left over would be kept).
    pub fn with_capacity(keys: usize) -> Self {
        let mut bounds = Vec::with_capacity(keys + 1);
        bounds.push(0);
        Self {
            text: String::new(),
            bounds,
            values: Vec::with_capacity(keys),
            numbers: HashTable::with_capacity(keys),
        }
    }

    /// How many keys there are.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// The number of `key`, if it is one.
    pub fn find(&self, key: &str) -> Option<u32> {
        let hash = hash_of(key.as_bytes());
        (self.numbers)
            .find(hash, |&number| {
                key_in(&self.text, &self.bounds, number) == key.as_bytes()
            })
            .copied()
    }

    /// The value of `key`, if it is one.
    pub fn get(&self, key: &str) -> Option<&V> {
        self.find(key).map(|number| self.value(number))
    }

    /// Key `number` (`""` for a number past the last).
    pub fn key(&self, number: u32) -> &str {
        (span(&self.bounds, number)).map_or("", |span| self.text.get(span).unwrap_or(""))
    }

    /// Every key, one after another in the order added: [`StrMap::key_span`] says where
    /// each lies.
    pub fn keys_text(&self) -> &str {
        &self.text
    }

    /// Where key `number` lies in [`StrMap::keys_text`] (an empty range for a number past
    /// the last).
    pub fn key_span(&self, number: u32) -> Range<usize> {
        span(&self.bounds, number).unwrap_or_default()
    }

    /// The value of key `number`.
    ///
    /// Panics when `number` is past the last key.
    pub fn value(&self, number: u32) -> &V {
        &self.values[number as usize]
    }

    /// Each key with its value, in number order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &V)> {
        (0..).map(|number| self.key(number)).zip(&self.values)
    }

    /// Adds `key` with `value` unless it is a key already: the new key's number.
    pub fn insert_new(&mut self, key: &str, value: V) -> Option<u32> {
        let (number, added) = self.number_or_insert(key, || value);
        added.then_some(number)
    }

    /// The value of `key`, added as `V::default()` when new.
    pub fn value_mut_or_default(&mut self, key: &str) -> &mut V
    where
        V: Default,
    {
        let (number, _) = self.number_or_insert(key, V::default);
        &mut self.values[number as usize]
    }

    /// The number of `key`, added with `value()` when new; and whether it was added.
    fn number_or_insert(&mut self, key: &str, value: impl FnOnce() -> V) -> (u32, bool) {
        let hash = hash_of(key.as_bytes());
        let Self {
            text,
            bounds,
            values,
            numbers,
        } = self;
        let is_key = |&number: &u32| key_in(text, bounds, number) == key.as_bytes();
        if let Some(&number) = numbers.find(hash, is_key) {
            return (number, false);
        }
        // The gazetteer's keys are a few megabytes: far from 4 GiB.
        let number = u32::try_from(values.len()).expect("fewer than 2^32 keys");
        text.push_str(key);
        bounds.push(u32::try_from(text.len()).expect("keys of less than 4 GiB"));
        values.push(value());
        numbers.insert_unique(hash, number, |&number| {
            hash_of(key_in(text, bounds, number))
        });
        (number, true)
    }
}

/// Where key `number` lies in the text of a map with these `bounds`.
fn span(bounds: &[u32], number: u32) -> Option<Range<usize>> {
    let i = number as usize;
    match bounds.get(i..i + 2)? {
        &[start, end] => Some(start as usize..end as usize),
        _ => None,
    }
}

/// The bytes of key `number` of a map's `text` and `bounds` (none for a number past the
/// last). Bytes, not `str`: comparing them needs no test of character boundaries.
fn key_in<'a>(text: &'a str, bounds: &[u32], number: u32) -> &'a [u8] {
    (span(bounds, number))
        .and_then(|span| text.as_bytes().get(span))
        .unwrap_or_default()
}

/// The hash a key is found by, of its bytes.
fn hash_of(key: &[u8]) -> u64 {
    FastHash.hash_one(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_numbered_in_the_order_added_and_kept_once() {
        let mut map = StrMap::default();
        assert_eq!(map.insert_new("Japan", 1), Some(0));
        assert_eq!(map.insert_new("New York", 2), Some(1));
        assert_eq!(map.insert_new("Japan", 3), None);
        *map.value_mut_or_default("Kyushu") |= 4;
        *map.value_mut_or_default("Japan") |= 8;
        assert_eq!(map.len(), 3);
        assert_eq!(map.find("New York"), Some(1));
        assert_eq!((map.key(2), map.get("Japan")), ("Kyushu", Some(&9)));
        assert_eq!((map.get("New"), map.key(3)), (None, ""));
        let keys: Vec<_> = map.iter().map(|(key, &value)| (key, value)).collect();
        assert_eq!(keys, [("Japan", 9), ("New York", 2), ("Kyushu", 4)]);
    }
}
