//! "Chrome" after "Google": a product the gazetteer names by its maker's name and one word of
//! its own ("Google Chrome", "Amazon Prime", "Microsoft Teams") is that product where the
//! article writes the word alone, capitalised inside a sentence, and names the maker.

use super::deferred::Deferred;
use super::vehicles::CARMAKERS;
use super::{Explained, Reason, WordSet};
use crate::entities::Label;
use crate::entities::covered::Covered;
use crate::entities::gazetteer::{FastHash, Gazetteer};
use std::collections::HashMap;

/// The products that `runs` (the article's deferred runs, in text order) name by their own
/// word alone, of the makers `mentions` names, in text order.
pub(super) fn products_alone(
    text: &str,
    g: &Gazetteer,
    runs: &[Deferred],
    mentions: &[Explained],
) -> Vec<Explained> {
    let mut covered = Covered::new(mentions, |m| m.mention.span());
    let candidates: Vec<&Deferred> = (runs.iter())
        .filter(|run| may_name_a_product(run, text) && !covered.covers(run.span))
        .collect();
    if candidates.is_empty() {
        return Vec::new();
    }
    let makers = makers_named(text, g, mentions);
    // Each word asked once of every maker: a long article repeats its words.
    let mut made: HashMap<&str, bool, FastHash> = HashMap::default();
    let mut name = String::new();
    let mut out = Vec::new();
    for run in candidates {
        let word = run.span.slice(text);
        let product = *made
            .entry(word)
            .or_insert_with(|| made_by_one_of(g, &makers, word, &mut name));
        if product {
            out.push(Explained::new(
                run.span.start,
                run.span.end,
                Label::Product,
                Reason::ProductOfItsMaker,
            ));
        }
    }
    out
}

/// "speak with Alexa" after "Amazon": a given name the article writes only alone, read as a
/// person, is the product the gazetteer names by a maker the article names and that word
/// ("Amazon Alexa"). Where a person of the article bears it with a surname ("Alexa
/// Smith"), it is read as theirs and is no given name alone.
pub(super) fn given_names_of_products(text: &str, g: &Gazetteer, mentions: &mut [Explained]) {
    let alone =
        |e: &Explained| e.mention.label == Label::Person && e.reason == Reason::GivenNameAlone;
    if !mentions.iter().any(alone) {
        return;
    }
    let makers = makers_named(text, g, mentions);
    // Each name asked once of every maker: a long article repeats its people.
    let mut made: HashMap<&str, bool, FastHash> = HashMap::default();
    let mut name = String::new();
    for e in mentions.iter_mut().filter(|e| alone(e)) {
        let word = e.mention.span().slice(text);
        let product = *made
            .entry(word)
            .or_insert_with(|| made_by_one_of(g, &makers, word, &mut name));
        if product {
            e.mention.label = Label::Product;
            e.reason = Reason::ProductOfItsMaker;
        }
    }
}

/// Whether the gazetteer names a product by one of `makers` and `word` ("Google" and
/// "Chrome"); `name` is room for the name asked about.
pub(super) fn made_by_one_of(
    g: &Gazetteer,
    makers: &[&str],
    word: &str,
    name: &mut String,
) -> bool {
    makers.iter().any(|maker| {
        name.clear();
        name.push_str(maker);
        name.push(' ');
        name.push_str(word);
        matches!(g.lookup(name), Some((Label::Product, _)))
    })
}

/// Whether `run` may be a product's own word: one word (the cheap test first: a run of two,
/// such as "Prime Minister", names no product after a maker's name) with a lowercase letter
/// (in capitals it is a kind: "TV" of "Apple TV"), inside a sentence outside headings.
fn may_name_a_product(run: &Deferred, text: &str) -> bool {
    let word = run.span.slice(text);
    !run.initial
        && !run.heading
        && !word.contains([' ', '\n', '-'])
        && word.bytes().any(|b| b.is_ascii_lowercase())
}

/// The one-word organisations of `mentions` that the gazetteer names and the first words of
/// its products' names that it knows as organisations ("Google" of "Google Chrome"; not
/// "Super" of "Super Mario Run"), each once, carmakers aside: their models alone are read by
/// `car_models`, which knows their brands.
fn makers_named<'t>(text: &'t str, g: &Gazetteer, mentions: &[Explained]) -> Vec<&'t str> {
    let mut seen: WordSet<&str> = WordSet::default();
    let mut makers = Vec::new();
    for m in mentions {
        let maker = match m.mention.label {
            Label::Org if m.reason == Reason::Gazetteer => {
                let name = m.mention.span().slice(text);
                if name.contains(' ') {
                    continue;
                }
                name
            }
            Label::Product => match m.mention.span().slice(text).split_once(' ') {
                Some((maker, _)) if matches!(g.lookup(maker), Some((Label::Org, _))) => maker,
                _ => continue,
            },
            _ => continue,
        };
        if seen.insert(maker) && !CARMAKERS.contains(&maker) {
            makers.push(maker);
        }
    }
    makers
}
