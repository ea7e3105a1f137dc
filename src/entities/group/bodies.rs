//! Organisations an article names by part of their name after naming them whole: the
//! "Preservation Trust" of the "New York City Public Housing Preservation Trust", the
//! "Commission of Inquiry" of the "BVI Commission of Inquiry" (its last words), the "World
//! Free Zones" of the "World Free Zones Organization" (without its suffix words). The part
//! joins the whole when exactly one longer organisation of the article has it so.

use super::ArticleEntities;
use crate::entities::Label;
use crate::entities::gazetteer::{FastHash, Gazetteer, class};
use crate::entities::names::{NameId, Names};
use std::collections::{HashMap, HashSet};

/// An article's organisations named in part, and the longer names they stand for:
/// (label, short name) → long name, to join the map of undefined acronyms.
pub(super) fn bodies_by_part(
    a: &ArticleEntities,
    names: &Names,
    g: &Gazetteer,
    out: &mut HashMap<(Label, NameId), NameId, FastHash>,
) {
    let mut seen: HashSet<NameId, FastHash> = HashSet::default();
    let bodies: Vec<NameId> = (a.mentions.iter().zip(&a.facts))
        .filter(|(m, _)| m.label == Label::Org)
        .map(|(_, f)| f.name)
        .filter(|&name| seen.insert(name))
        .collect();
    // Parts of two words or more: one word alone ("Trust") is as often another body's.
    let parts = bodies.iter().filter(|&&id| names.get(id).contains(' '));
    for &part in parts {
        let short = names.get(part);
        let mut wholes = (bodies.iter().copied())
            .filter(|&whole| whole != part && is_part_of(short, names.get(whole), g));
        if let (Some(whole), None) = (wholes.next(), wholes.next()) {
            out.entry((Label::Org, part)).or_insert(whole);
        }
    }
}

/// Whether `short` is `long` without its first words, or without its last words when all
/// of those are an organisation's suffix words.
fn is_part_of(short: &str, long: &str, g: &Gazetteer) -> bool {
    if let Some(first) = long.strip_suffix(short) {
        return first.ends_with(' ');
    }
    long.strip_prefix(short)
        .and_then(|rest| rest.strip_prefix(' '))
        .is_some_and(|rest| {
            rest.split(' ')
                .all(|word| g.classes(word) & class::ORG_SUFFIX != 0)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::indexing::gazetteer;

    #[test]
    fn a_part_is_the_last_words_or_the_name_without_its_suffix_words() {
        let g = gazetteer();
        assert!(is_part_of(
            "Preservation Trust",
            "Public Housing Preservation Trust",
            g
        ));
        assert!(is_part_of(
            "World Free Zones",
            "World Free Zones Organization",
            g
        ));
        assert!(!is_part_of("Housing Preservation", "Housing Preservation Trust Fund Campaign", g));
        assert!(!is_part_of("Free Zones", "World Free Zonesx", g));
        assert!(!is_part_of("World Free", "World Freedom", g));
    }
}
