//! Short forms of people's names: "Akazawa", "Lula", "Le Pen" or "López Obrador" join the
//! one full name of the corpus that contains them as a run of words ("Ryosei Akazawa",
//! "Luiz Inácio Lula da Silva", "Marine Le Pen"), compared without case or accents. A short
//! form that fits several people joins none, unless one of them is named in the same article:
//! then it joins that one, or, of several named there, the only one whose name it ends
//! ("Clyburn" is "James Clyburn", not "Walter A. Clyburn Reed"), else the one the article
//! named first (after "Mark Meadows", "Meadows" is he, not "Debbie Meadows" named later).

use super::fold::fold;
use crate::entities::gazetteer::FastHash;
use crate::entities::names::{NameId, Names};
use crate::entities::{Label, Mention};
use std::collections::HashMap;

/// Words after a name that make it another person's: "Donald Trump Jr." is not "Donald
/// Trump".
const GENERATIONS: &[&str] = &["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"];

/// Longer names are not split into runs (a run of capitalised words that long is rarely one
/// person; the bound keeps the work per name small).
const MAX_WORDS: usize = 8;

/// The corpus's full names of people (two words or more), folded, and the runs of words
/// within them.
pub(super) struct FullNames {
    /// Each distinct folded full name with one spelling of it.
    list: Vec<(String, NameId)>,
    /// Every spelling of a full name → its place in `list`.
    index_of: HashMap<NameId, u32, FastHash>,
    /// A folded run of words → the full names (places in `list`) that contain it and are
    /// longer.
    within: HashMap<String, Vec<u32>, FastHash>,
    /// Per name asked about: the longest full names containing it (places in `list`).
    cache: HashMap<NameId, Vec<u32>, FastHash>,
}

impl FullNames {
    /// The full names among `persons`, the names of the corpus's PERSON mentions.
    pub fn of(persons: impl IntoIterator<Item = NameId>, names: &Names) -> Self {
        let mut list: Vec<(String, NameId)> = Vec::new();
        let mut by_fold: HashMap<String, u32, FastHash> = HashMap::default();
        let mut index_of: HashMap<NameId, u32, FastHash> = HashMap::default();
        for name in persons {
            if index_of.contains_key(&name) || !names.get(name).contains(' ') {
                continue;
            }
            let folded = fold(names.get(name), Label::Person);
            let at = *by_fold.entry(folded.clone()).or_insert_with(|| {
                list.push((folded, name));
                u32::try_from(list.len() - 1).unwrap_or(u32::MAX)
            });
            index_of.insert(name, at);
        }
        let mut within: HashMap<String, Vec<u32>, FastHash> = HashMap::default();
        for (at, (folded, _)) in list.iter().enumerate() {
            // A nickname in parentheses is a word of the name: "Terence (Terry) Taylor"
            // holds "Terry Taylor".
            let words: Vec<&str> = folded
                .split(' ')
                .map(|w| w.trim_matches(['(', ')']))
                .collect();
            if words.len() > MAX_WORDS {
                continue;
            }
            for start in 0..words.len() {
                for end in start + 1..=words.len() {
                    let proper = end - start < words.len();
                    let generation =
                        start == 0 && words[end..].iter().all(|w| GENERATIONS.contains(w));
                    if proper && !generation {
                        let run = words[start..end].join(" ");
                        within.entry(run).or_default().push(narrow(at));
                    }
                }
            }
        }
        for places in within.values_mut() {
            places.sort_unstable();
            places.dedup();
        }
        Self {
            list,
            index_of,
            within,
            cache: HashMap::default(),
        }
    }

    /// The places (in the list) of the full names among `persons`, an article's PERSON
    /// names in order with the number of each one's mention, each with the number of its
    /// first mention there.
    pub fn here(&self, persons: impl IntoIterator<Item = (usize, NameId)>) -> NamedHere {
        let mut here = NamedHere::default();
        for (order, name) in persons {
            if let Some(&at) = self.index_of.get(&name) {
                here.entry(at).or_insert(order);
            }
        }
        here
    }

    /// The full name that the person name `name` is a short form of: the only longest full
    /// name containing it, else one of those named in the article (`here`), as the module
    /// says.
    pub fn resolve(&mut self, name: NameId, names: &Names, here: &NamedHere) -> Option<NameId> {
        if !self.cache.contains_key(&name) {
            let longest = self.longest_containing(names.get(name));
            self.cache.insert(name, longest);
        }
        let candidates = self.cache.get(&name)?;
        let pick = match candidates.as_slice() {
            [] => return None,
            [only] => *only,
            several => {
                let in_article: Vec<u32> = (several.iter())
                    .copied()
                    .filter(|c| here.contains_key(c))
                    .collect();
                let short = fold(names.get(name), Label::Person);
                let ending: Vec<u32> = (in_article.iter())
                    .copied()
                    .filter(|&c| self.list[c as usize].0.ends_with(&format!(" {short}")))
                    .collect();
                let chosen = if ending.is_empty() {
                    in_article
                } else {
                    ending
                };
                chosen.into_iter().min_by_key(|c| here[c])?
            }
        };
        self.list.get(pick as usize).map(|(_, spelling)| *spelling)
    }

    /// The full names that contain `name` and are contained in no other such name.
    fn longest_containing(&self, name: &str) -> Vec<u32> {
        let Some(containing) = self.within.get(&fold(name, Label::Person)) else {
            return Vec::new();
        };
        containing
            .iter()
            .copied()
            .filter(|&c| {
                let inside = self.within.get(&self.list[c as usize].0);
                !inside.is_some_and(|outer| outer.iter().any(|o| containing.contains(o)))
            })
            .collect()
    }
}

/// The full names (places in [`FullNames`]' list) an article names, each with the order of
/// its first mention.
pub(super) type NamedHere = HashMap<u32, usize, FastHash>;

/// The names of an article's PERSON mentions.
pub(super) fn person_names<'a>(
    mentions: &'a [Mention],
    names: impl IntoIterator<Item = NameId> + 'a,
) -> impl Iterator<Item = NameId> + 'a {
    numbered_person_names(mentions, names, 0).map(|(_, name)| name)
}

/// The names of the PERSON mentions of `mentions`, the article's from number `first` on,
/// each with its mention's number.
pub(super) fn numbered_person_names<'a>(
    mentions: &'a [Mention],
    names: impl IntoIterator<Item = NameId> + 'a,
    first: usize,
) -> impl Iterator<Item = (usize, NameId)> + 'a {
    (first..)
        .zip(mentions.iter().zip(names))
        .filter(|(_, (m, _))| m.label == Label::Person)
        .map(|(number, (_, name))| (number, name))
}

fn narrow(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
