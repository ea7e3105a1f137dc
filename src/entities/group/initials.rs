//! Acronyms an article uses without defining them: "NATO" in an article that also names
//! the "North Atlantic Treaty Organization" is that organisation, when its letters are the
//! initials of exactly one longer name of the same label there.

use super::ArticleEntities;
use crate::entities::Label;
use crate::entities::gazetteer::FastHash;
use crate::entities::names::{NameId, Names};
use std::collections::{HashMap, HashSet};

/// An article's undefined acronyms and the long names they stand for: (label, acronym) →
/// long name.
pub(super) fn acronyms_by_initials(
    a: &ArticleEntities,
    names: &Names,
) -> HashMap<(Label, NameId), NameId, FastHash> {
    let mut out = HashMap::default();
    let acronym =
        |name: &str| (2..=6).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_uppercase());
    let wanted: HashSet<(Label, NameId), FastHash> = a
        .mentions
        .iter()
        .zip(&a.facts)
        .filter(|(m, f)| m.label != Label::Person && acronym(names.get(f.name)))
        .map(|(m, f)| (m.label, f.name))
        .collect();
    if wanted.is_empty() {
        return out;
    }
    let wanted_text: HashSet<(Label, &str), FastHash> = wanted
        .iter()
        .map(|&(label, name)| (label, names.get(name)))
        .collect();
    // Each distinct long name once: a long article repeats them.
    let mut seen: HashSet<(Label, NameId), FastHash> = HashSet::default();
    let mut long: HashMap<(Label, String), Vec<NameId>, FastHash> = HashMap::default();
    let mut letters = String::new();
    for (m, f) in a.mentions.iter().zip(&a.facts) {
        let name = names.get(f.name);
        if !name.contains(' ') || !seen.insert((m.label, f.name)) {
            continue;
        }
        initials(name, &mut letters);
        if !wanted_text.contains(&(m.label, letters.as_str())) {
            continue;
        }
        let list = long.entry((m.label, letters.clone())).or_default();
        if !list.contains(&f.name) {
            list.push(f.name);
        }
    }
    for (label, name) in wanted {
        if let Some([only]) = long
            .get(&(label, names.get(name).to_string()))
            .map(Vec::as_slice)
        {
            out.insert((label, name), *only);
        }
    }
    out
}

/// The initials of a name's capitalised words: "North Atlantic Treaty Organization" →
/// "NATO"; "Food and Drug Administration" → "FDA".
fn initials(name: &str, out: &mut String) {
    out.clear();
    out.extend(
        name.split([' ', '-'])
            .filter_map(|w| w.chars().next())
            .filter(|c| c.is_uppercase()),
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn initials_skip_lower_case_words() {
        let initials = |name: &str| {
            let mut out = String::new();
            super::initials(name, &mut out);
            out
        };
        assert_eq!(initials("North Atlantic Treaty Organization"), "NATO");
        assert_eq!(initials("Food and Drug Administration"), "FDA");
        assert_eq!(initials("Ministry of Economy, Trade, and Industry"), "METI");
    }
}
