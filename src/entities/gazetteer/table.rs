//! `NameTable`: the canonical names and surface forms collected while a gazetteer is built.

use super::FastHash;
use crate::entities::Label;
// hashbrown's map: `entry_ref` hashes a new surface once and makes its key only when it is new.
use hashbrown::HashMap;
use hashbrown::hash_map::EntryRef;

/// What a surface form names: its label and the index of its canonical name.
#[derive(Clone, Copy, Debug)]
pub(super) struct Pattern {
    pub label: Label,
    pub canonical: usize,
}

/// Collects canonical names and surface forms while the gazetteer is built. A surface form
/// belongs to the first canonical name that lists it; every canonical name is a surface form
/// of its own.
#[derive(Default)]
pub(super) struct NameTable {
    pub names: Vec<String>,
    pub labels: Vec<Label>,
    pub texts: Vec<String>,
    pub patterns: Vec<Pattern>,
    pub surfaces: HashMap<String, usize, FastHash>,
}

impl NameTable {
    /// A table with room for about `names` names, so that its maps are not rebuilt as they
    /// grow (tens of thousands of names, at every start).
    pub fn with_capacity(names: usize) -> Self {
        Self {
            names: Vec::with_capacity(names),
            labels: Vec::with_capacity(names),
            texts: Vec::with_capacity(names),
            patterns: Vec::with_capacity(names),
            surfaces: HashMap::with_capacity_and_hasher(names, FastHash),
        }
    }

    /// Adds `name` as a canonical name of `label` unless it is known already (as a canonical
    /// name, or as another name's surface form).
    pub fn add_canonical(&mut self, label: Label, name: &str) {
        let pattern = Pattern {
            label,
            canonical: self.names.len(),
        };
        if self.insert_surface(name, pattern) {
            self.names.push(name.to_string());
            self.labels.push(label);
            if name.contains('\'') {
                self.insert_surface(&name.replace('\'', "’"), pattern);
            }
        }
    }

    /// The index of `name` if it is a canonical name.
    pub fn canonical_of(&self, name: &str) -> Option<usize> {
        let &id = self.surfaces.get(name)?;
        let canonical = self.patterns[id].canonical;
        (self.names[canonical] == name).then_some(canonical)
    }

    /// The pattern of a known name: a canonical name, or else another name's surface form
    /// (a knowledge file's name that an earlier list holds already).
    pub fn pattern_of(&self, name: &str) -> Option<Pattern> {
        self.surfaces.get(name).map(|&id| self.patterns[id])
    }

    /// Adds `surface` (and its curly-apostrophe twin) unless it is already known.
    pub fn add_surface(&mut self, surface: &str, pattern: Pattern) {
        self.insert_surface(surface, pattern);
        if surface.contains('\'') {
            self.insert_surface(&surface.replace('\'', "’"), pattern);
        }
    }

    /// Adds one surface form unless it is already known; whether it was new.
    fn insert_surface(&mut self, text: &str, pattern: Pattern) -> bool {
        match self.surfaces.entry_ref(text) {
            EntryRef::Occupied(_) => false,
            EntryRef::Vacant(entry) => {
                entry.insert(self.patterns.len());
                self.patterns.push(pattern);
                self.texts.push(text.to_string());
                true
            }
        }
    }
}
