//! Acronyms an article uses without defining them: "NATO" in an article that also names
//! the "North Atlantic Treaty Organization" is that organisation, when its letters are the
//! initials of exactly one longer name of the same label there.

use super::ArticleEntities;
use crate::entities::Label;
use crate::entities::gazetteer::FastHash;
use crate::entities::names::{NameId, Names};
use std::collections::HashMap;

/// An article's undefined acronyms and the long names they stand for: (label, acronym) →
/// long name.
pub(super) fn acronyms_by_initials(
    a: &ArticleEntities,
    names: &Names,
) -> HashMap<(Label, NameId), NameId, FastHash> {
    let mut out = HashMap::default();
    let acronym =
        |name: &str| (2..=6).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_uppercase());
    let wanted: Vec<(Label, NameId)> = a
        .mentions
        .iter()
        .zip(&a.facts)
        .filter(|(m, f)| m.label != Label::Person && acronym(names.get(f.name)))
        .map(|(m, f)| (m.label, f.name))
        .collect();
    if wanted.is_empty() {
        return out;
    }
    let mut long: HashMap<(Label, String), Vec<NameId>, FastHash> = HashMap::default();
    for (m, f) in a.mentions.iter().zip(&a.facts) {
        let name = names.get(f.name);
        if !name.contains(' ') {
            continue;
        }
        let list = long.entry((m.label, initials(name))).or_default();
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
fn initials(name: &str) -> String {
    name.split([' ', '-'])
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::initials;

    #[test]
    fn initials_skip_lower_case_words() {
        assert_eq!(initials("North Atlantic Treaty Organization"), "NATO");
        assert_eq!(initials("Food and Drug Administration"), "FDA");
        assert_eq!(initials("Ministry of Economy, Trade, and Industry"), "METI");
    }
}
