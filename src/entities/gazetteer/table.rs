//! `NameTable`: the canonical names and surface forms collected while a gazetteer is built.

use super::FastHash;
use crate::entities::Label;
use std::collections::HashMap;

/// What a surface form names: its label and the index of its canonical name.
#[derive(Clone, Copy, Debug)]
pub(super) struct Pattern {
    pub label: Label,
    pub canonical: usize,
}

/// Collects canonical names and surface forms while the gazetteer is built. A surface form
/// belongs to the first canonical name that lists it.
#[derive(Default)]
pub(super) struct NameTable {
    pub names: Vec<String>,
    pub labels: Vec<Label>,
    pub by_name: HashMap<String, usize, FastHash>,
    pub texts: Vec<String>,
    pub patterns: Vec<Pattern>,
    pub surfaces: HashMap<String, usize, FastHash>,
}

impl NameTable {
    /// Adds `name` as a canonical name of `label` unless it is known already (as a canonical
    /// name, or as another name's surface form).
    pub fn add_canonical(&mut self, label: Label, name: &str) {
        if self.by_name.contains_key(name) || self.surfaces.contains_key(name) {
            return;
        }
        let canonical = self.names.len();
        self.names.push(name.to_string());
        self.labels.push(label);
        self.by_name.insert(name.to_string(), canonical);
        self.add_surface(name, Pattern { label, canonical });
    }

    /// The pattern of a known name: a canonical name, or else another name's surface form
    /// (a knowledge file's name that an earlier list holds already).
    pub fn pattern_of(&self, name: &str) -> Option<Pattern> {
        if let Some(&canonical) = self.by_name.get(name) {
            return Some(Pattern {
                label: self.labels[canonical],
                canonical,
            });
        }
        self.surfaces.get(name).map(|&id| self.patterns[id])
    }

    /// Adds `surface` (and its curly-apostrophe twin) unless it is already known.
    pub fn add_surface(&mut self, surface: &str, pattern: Pattern) {
        let curly = surface.contains('\'').then(|| surface.replace('\'', "’"));
        for text in std::iter::once(surface.to_string()).chain(curly) {
            if self.surfaces.contains_key(&text) {
                continue;
            }
            self.surfaces.insert(text.clone(), self.patterns.len());
            self.patterns.push(pattern);
            self.texts.push(text);
        }
    }
}
