//! `Names`: every distinct name the extraction meets, stored once and referred to by a
//! [`NameId`]. A corpus of 10,000 articles has millions of mentions but only about a hundred
//! thousand distinct names; a `String` per mention cost half a gigabyte there.

use super::gazetteer::FastHash;
use std::collections::HashMap;

/// A name's number in its [`Names`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct NameId(u32);

/// An append-only table of distinct names.
#[derive(Clone, Debug, Default)]
pub(crate) struct Names {
    ids: HashMap<Box<str>, NameId, FastHash>,
    names: Vec<Box<str>>,
}

impl Names {
    /// The id of `name`, adding it when new.
    pub fn intern(&mut self, name: &str) -> NameId {
        if let Some(&id) = self.ids.get(name) {
            return id;
        }
        // More than four billion distinct names would not fit in memory first.
        let id = NameId(u32::try_from(self.names.len()).expect("fewer than 2^32 names"));
        self.names.push(name.into());
        self.ids.insert(name.into(), id);
        id
    }

    /// The name with this id (`""` for an id of another table).
    pub fn get(&self, id: NameId) -> &str {
        self.names.get(id.0 as usize).map_or("", |n| n)
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
