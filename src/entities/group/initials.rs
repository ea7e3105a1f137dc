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
    // Each distinct (label, name) once: a long article repeats them.
    let mut seen: HashSet<(Label, NameId), FastHash> = HashSet::default();
    let distinct: Vec<(Label, NameId)> = (a.mentions.iter().zip(&a.facts))
        .map(|(m, f)| (m.label, f.name))
        .filter(|&key| seen.insert(key))
        .collect();
    let wanted: Vec<(Label, NameId)> = (distinct.iter().copied())
        .filter(|&(label, name)| label != Label::Person && is_acronym(names.get(name)))
        .collect();
    if wanted.is_empty() {
        return out;
    }
    let wanted_text: HashSet<(Label, &str), FastHash> = wanted
        .iter()
        .map(|&(label, name)| (label, names.get(name)))
        .collect();
    let mut long: HashMap<(Label, String), Vec<NameId>, FastHash> = HashMap::default();
    let mut letters = String::new();
    for &(label, id) in &distinct {
        let name = names.get(id);
        if !name.contains(' ') {
            continue;
        }
        initials(name, &mut letters);
        if !wanted_text.contains(&(label, letters.as_str())) {
            continue;
        }
        long.entry((label, letters.clone())).or_default().push(id);
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

/// Whether `name` is written as an acronym: two to six capital letters ("NATO", "BVI").
pub(crate) fn is_acronym(name: &str) -> bool {
    (2..=6).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_uppercase())
}

/// The initials of a name's capitalised words: "North Atlantic Treaty Organization" →
/// "NATO"; "Food and Drug Administration" → "FDA".
pub(crate) fn initials(name: &str, out: &mut String) {
    out.clear();
    out.extend(
        name.split([' ', '-'])
            .filter_map(|w| w.chars().next())
            .filter(|c| c.is_uppercase()),
    );
}

/// Two to six capital letters packed into a number, a key that costs no allocation: the
/// letters in the low bytes, their count in the top one.
pub(crate) type Letters = u64;

/// The key of a word of capitals (two to six of them): "SLS".
pub(crate) fn letters_key(capitals: &[u8]) -> Letters {
    let mut key = (capitals.len() as u64) << 56;
    for (k, &b) in capitals.iter().enumerate() {
        key |= u64::from(b) << (8 * k);
    }
    key
}

/// The initials of a name's words (split at spaces and hyphens, as
/// [`initials`] reads them) when they are two to
/// six ASCII capitals: "Food and Drug Administration" → FDA. None for a name of one word.
pub(crate) fn initials_key(name: &str) -> Option<Letters> {
    let mut letters = [0u8; 6];
    let mut count = 0;
    let mut word_starts = true;
    for (i, &b) in name.as_bytes().iter().enumerate() {
        if word_starts {
            if b.is_ascii_uppercase() {
                *letters.get_mut(count)? = b;
                count += 1;
            } else if !b.is_ascii() && name[i..].starts_with(char::is_uppercase) {
                // A capital beyond ASCII spells no acronym of ASCII capitals.
                return None;
            }
        }
        word_starts = matches!(b, b' ' | b'-');
    }
    (count >= 2).then(|| letters_key(&letters[..count]))
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

    #[test]
    fn initials_skip_joining_words() {
        assert_eq!(
            super::initials_key("Food and Drug Administration"),
            Some(super::letters_key(b"FDA"))
        );
        assert_eq!(
            super::initials_key("Space Launch System"),
            Some(super::letters_key(b"SLS"))
        );
        assert_eq!(super::initials_key("Kurdistan"), None);
        assert_eq!(super::initials_key("A B C D E F G"), None);
    }
}
