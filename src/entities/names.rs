//! `Names`: every distinct name the extraction meets, stored once and referred to by a
//! [`NameId`]. A corpus of 10,000 articles has millions of mentions but only about a hundred
//! thousand distinct names; a `String` per mention cost half a gigabyte there.

use super::gazetteer::FastHash;
use hashbrown::HashTable;
use std::hash::BuildHasher;

/// A name's number in its [`Names`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct NameId(u32);

impl NameId {
    /// The id as a place in a list: ids are numbered 0, 1, … in order of first intern.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// An append-only table of distinct names: their text one after another, and their ids
/// found by hash (a map from owned names to ids kept each name twice, and cost two
/// allocations a name).
#[derive(Clone, Debug, Default)]
pub(crate) struct Names {
    text: String,
    /// Where each name ends in `text`; it starts where the one before ends.
    ends: Vec<usize>,
    ids: HashTable<NameId>,
}

impl Names {
    /// The id of `name`, adding it when new.
    pub fn intern(&mut self, name: &str) -> NameId {
        let Names { text, ends, ids } = self;
        let get = |id: &NameId| name_in(text, ends, *id);
        let hash = FastHash.hash_one(name);
        if let Some(&id) = ids.find(hash, |id| get(id) == name) {
            return id;
        }
        // More than four billion distinct names would not fit in memory first.
        let id = NameId(u32::try_from(ends.len()).expect("fewer than 2^32 names"));
        text.push_str(name);
        ends.push(text.len());
        ids.insert_unique(hash, id, |id| FastHash.hash_one(name_in(text, ends, *id)));
        id
    }

    /// The name with this id (`""` for an id of another table).
    pub fn get(&self, id: NameId) -> &str {
        name_in(&self.text, &self.ends, id)
    }
}

/// Name `id` of a table's `text` and `ends`.
fn name_in<'a>(text: &'a str, ends: &[usize], id: NameId) -> &'a str {
    let i = id.0 as usize;
    let start = i
        .checked_sub(1)
        .map_or(Some(0), |before| ends.get(before).copied());
    match (start, ends.get(i)) {
        (Some(start), Some(&end)) => text.get(start..end).unwrap_or(""),
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_stored_once_and_read_back() {
        let mut names = Names::default();
        let japan = names.intern("Japan");
        let akazawa = names.intern("Ryosei Akazawa");
        assert_eq!(names.intern("Japan"), japan);
        assert_ne!(japan, akazawa);
        assert_eq!(names.get(akazawa), "Ryosei Akazawa");
    }
}
