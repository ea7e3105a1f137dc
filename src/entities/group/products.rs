//! Products an article names by their last word after naming them whole: "Hue" in an
//! article that also names the "Philips Hue" is that product, when exactly one longer
//! product name there ends with the word ("A350" of "Airbus A350-900", too).

use super::ArticleEntities;
use crate::entities::Label;
use crate::entities::gazetteer::FastHash;
use crate::entities::names::{NameId, Names};
use std::collections::HashMap;

/// An article's products named by one word, and the longer names they stand for:
/// (label, short name) → long name, to join the map of undefined acronyms.
pub(super) fn products_by_last_word(
    a: &ArticleEntities,
    names: &Names,
    out: &mut HashMap<(Label, NameId), NameId, FastHash>,
) {
    let products = a.distinct_names(Label::Product);
    if products.len() < 2 {
        return;
    }
    // The one-word products, and each longer product by the word its short name would be.
    let short: Vec<NameId> = (products.iter().copied())
        .filter(|&id| !names.get(id).contains(' '))
        .collect();
    if short.is_empty() {
        return;
    }
    let mut long: HashMap<&str, Vec<NameId>, FastHash> = HashMap::default();
    for &id in &products {
        let name = names.get(id);
        let Some((_, last)) = name.rsplit_once(' ') else {
            continue;
        };
        long.entry(last).or_default().push(id);
        // A variant's family: "A350" of "A350-900".
        if let Some((family, _)) = last.split_once('-')
            && !family.is_empty()
        {
            long.entry(family).or_default().push(id);
        }
    }
    for id in short {
        if let Some([only]) = long.get(names.get(id)).map(Vec::as_slice) {
            out.insert((Label::Product, id), *only);
        }
    }
}
