//! Organisations an article names by part of their name after naming them whole: the
//! "Preservation Trust" of the "New York City Public Housing Preservation Trust", the
//! "Commission of Inquiry" of the "BVI Commission of Inquiry" (its last words), the "World
//! Free Zones" of the "World Free Zones Organization" (without its suffix words). The part
//! joins the whole when exactly one longer organisation of the article has it so.

use super::ArticleEntities;
use super::fold::fold;
use crate::entities::Label;
use crate::entities::extract::names_a_place;
use crate::entities::gazetteer::{FastHash, Gazetteer, class};
use crate::entities::names::{NameId, Names};
use std::collections::HashMap;

/// An article's organisations named in part, and the longer names they stand for:
/// (label, short name) → long name, to join the map of undefined acronyms.
pub(super) fn bodies_by_part(
    a: &ArticleEntities,
    names: &Names,
    g: &Gazetteer,
    out: &mut HashMap<(Label, NameId), NameId, FastHash>,
) {
    let bodies = a.distinct_names(Label::Org);
    // Each name by its parts of two words or more (one word alone, "Trust", is as often
    // another body's, but not a portfolio: "Energy" of the "Department of Energy"): its
    // last words, itself without its suffix words, and what its head is "of".
    let mut wholes_of: HashMap<&str, Vec<NameId>, FastHash> = HashMap::default();
    for &whole in &bodies {
        let name = names.get(whole);
        let telling = |part: &&str| part.contains(' ') || g.classes(part) & class::PORTFOLIO != 0;
        let first = first_word(name, g);
        for part in parts_of(name, g).filter(telling).chain(first) {
            let wholes = wholes_of.entry(part).or_default();
            if !wholes.contains(&whole) {
                wholes.push(whole);
            }
        }
    }
    // Two wholes the gazetteer knows as one body ("Energy Department", "Department of
    // Energy") are one whole.
    let canonical = |whole: NameId| {
        let name = names.get(whole);
        g.lookup(name).map_or(name, |(_, canonical)| canonical)
    };
    for &part in &bodies {
        let Some((&whole, others)) =
            (wholes_of.get(names.get(part))).and_then(|wholes| wholes.split_first())
        else {
            continue;
        };
        if others
            .iter()
            .all(|&other| canonical(other) == canonical(whole))
            && !same_folded(names.get(part), names.get(whole))
        {
            out.entry((Label::Org, part)).or_insert(whole);
        }
    }
}

/// The first word of a name of two words or more that the article may call it by: "Zeiss" of
/// "Zeiss Group", "Fox" of "Fox News" (extraction reads such a word alone as the
/// organisation only when it opens no other kind of name). A word is a name of its own when
/// the gazetteer lists it ("Apple" beside "Apple Music") or when it is written as one: in
/// capitals ("IETF" beside the "IETF Trust") or with a capital inside ("GiveWell" beside
/// the "GiveWell Blog"). Two names joined by "and" share no short name, and a town's
/// body none with the town ("Zorbury Police Department").
fn first_word<'a>(name: &'a str, g: &Gazetteer) -> Option<&'a str> {
    let (first, rest) = name.split_once(' ')?;
    let written_as_a_word = first.chars().skip(1).all(|c| !c.is_uppercase())
        && first.chars().skip(1).any(char::is_lowercase);
    let joins_two = rest.split(' ').any(|word| matches!(word, "and" | "&"));
    (written_as_a_word
        && !joins_two
        && !names_a_place(rest)
        && g.lookup(first).is_none()
        && g.classes(first) & (class::NOT_IN_NAME | class::ORG_HEAD) == 0
        // "the House" is the chamber, not its "House Intelligence Committee"; it is the
        // "House of Commons".
        && (rest.starts_with("of ") || !super::scope::is_shared_institution(first, g)))
    .then_some(first)
}

/// Whether two names of organisations are one name already: "Procter & Gamble" and
/// "Procter & Gamble Co" (see [`fold`]).
fn same_folded(part: &str, whole: &str) -> bool {
    fold(part, Label::Org) == fold(whole, Label::Org)
}

/// The parts of `name` it may be named by: without its first words, or without its last
/// words when all of those are an organisation's suffix words, or what a head word at its
/// start is "of" ("Energy" of "Department of Energy").
fn parts_of<'a>(name: &'a str, g: &Gazetteer) -> impl Iterator<Item = &'a str> {
    let after_head = name
        .split_once(" of ")
        .filter(|(head, _)| !head.contains(' ') && g.classes(head) & class::ORG_HEAD != 0)
        .map(|(_, rest)| rest.strip_prefix("the ").unwrap_or(rest));
    let last_words = name.match_indices(' ').map(move |(at, _)| &name[at + 1..]);
    let mut stem = name;
    let stems = std::iter::from_fn(move || {
        let (rest, last) = stem.rsplit_once(' ')?;
        (g.classes(last) & class::ORG_SUFFIX != 0).then(|| {
            stem = rest;
            rest
        })
    });
    last_words.chain(stems).chain(after_head)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::indexing::gazetteer;

    #[test]
    fn a_name_s_parts_are_its_last_words_and_its_name_without_suffix_words() {
        let g = gazetteer();
        let parts: Vec<&str> = parts_of("World Free Zones Organization", g).collect();
        assert_eq!(
            parts,
            [
                "Free Zones Organization",
                "Zones Organization",
                "Organization",
                "World Free Zones"
            ]
        );
        let parts: Vec<&str> = parts_of("Housing Trust Fund Campaign", g).collect();
        assert_eq!(parts, ["Trust Fund Campaign", "Fund Campaign", "Campaign"]);
        let parts: Vec<&str> = parts_of("Department of Energy", g).collect();
        assert_eq!(parts, ["of Energy", "Energy", "Department of", "Energy"]);
    }
}
