//! `NameTable`: the canonical names and surface forms collected while a gazetteer is built.

use super::str_map::StrMap;
use crate::entities::Label;

/// What a surface form names: its label and the index of its canonical name.
#[derive(Clone, Copy, Debug)]
pub(super) struct Pattern {
    pub label: Label,
    pub canonical: usize,
}

/// Canonical names and surface forms. A surface form belongs to the first canonical name
/// that lists it; every canonical name is a surface form of its own, so it is kept once, as
/// the number of that form.
#[derive(Debug, Default)]
pub(super) struct NameTable {
    /// Every surface form and what it names, numbered in the order they were added (a
    /// surface form's id).
    pub surfaces: StrMap<Pattern>,
    /// The surface form of each canonical name.
    canonical: Vec<u32>,
}

impl NameTable {
    /// A table with room for about `names` names, so that its maps are not rebuilt as they
    /// grow (tens of thousands of names, at every start).
    pub fn with_capacity(names: usize) -> Self {
        Self {
            surfaces: StrMap::with_capacity(names),
            canonical: Vec::with_capacity(names),
        }
    }

    /// Adds `name` as a canonical name of `label` unless it is known already (as a canonical
    /// name, or as another name's surface form).
    pub fn add_canonical(&mut self, label: Label, name: &str) {
        let pattern = Pattern {
            label,
            canonical: self.canonical.len(),
        };
        if let Some(id) = self.surfaces.insert_new(name, pattern) {
            self.canonical.push(id);
            if name.contains('\'') {
                self.surfaces.insert_new(&name.replace('\'', "’"), pattern);
            }
        }
    }

    /// The index of `name` if it is a canonical name.
    pub fn canonical_of(&self, name: &str) -> Option<usize> {
        let id = self.surfaces.find(name)?;
        let canonical = self.surfaces.value(id).canonical;
        (self.canonical[canonical] == id).then_some(canonical)
    }

    /// Canonical name `canonical` (`""` for an index past the last).
    pub fn canonical_name(&self, canonical: usize) -> &str {
        (self.canonical.get(canonical)).map_or("", |&id| self.surfaces.key(id))
    }

    /// Each canonical name with its label, by index.
    pub fn canonical_names(&self) -> impl Iterator<Item = (&str, Label)> {
        (self.canonical.iter()).map(|&id| (self.surfaces.key(id), self.surfaces.value(id).label))
    }

    /// The pattern of a known name: a canonical name, or else another name's surface form
    /// (a knowledge file's name that an earlier list holds already).
    pub fn pattern_of(&self, name: &str) -> Option<Pattern> {
        self.surfaces.get(name).copied()
    }

    /// Adds `surface` (and its curly-apostrophe twin) unless it is already known.
    pub fn add_surface(&mut self, surface: &str, pattern: Pattern) {
        self.surfaces.insert_new(surface, pattern);
        if surface.contains('\'') {
            self.surfaces
                .insert_new(&surface.replace('\'', "’"), pattern);
        }
    }
}
