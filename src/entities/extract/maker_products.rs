//! "Chrome" after "Google": a product the gazetteer names by its maker's name and one word of
//! its own ("Google Chrome", "Amazon Prime", "Microsoft Teams") is that product where the
//! article writes the word alone, capitalised inside a sentence, and names the maker.

use super::deferred::Deferred;
use super::merge::merge_by_start;
use super::vehicles::CARMAKERS;
use super::{Explained, Reason, WordSet};
use crate::entities::Label;
use crate::entities::covered::Covered;
use crate::entities::gazetteer::{FastHash, Gazetteer};
use std::collections::HashMap;

/// Marks the products the article names by their own word alone, of the makers `mentions`
/// names: the deferred `runs` (in text order) that are such a word, and the given names
/// written alone that are ("speak with Alexa" after "Amazon", "Amazon Alexa"). Where a person
/// of the article bears a given name with a surname ("Alexa Smith"), it is read as theirs and
/// is no given name alone.
pub(super) fn read(text: &str, g: &Gazetteer, runs: &[Deferred], mentions: &mut Vec<Explained>) {
    let mut covered = Covered::new(mentions, |m| m.mention.span());
    let candidates: Vec<&Deferred> = (runs.iter())
        .filter(|run| may_name_a_product(run, text) && !covered.covers(run.span))
        .collect();
    let alone =
        |e: &Explained| e.mention.label == Label::Person && e.reason == Reason::GivenNameAlone;
    if candidates.is_empty() && !mentions.iter().any(alone) {
        return;
    }
    let mut words = ProductWords::of(makers_named(text, g, mentions));
    for e in mentions.iter_mut().filter(|e| alone(e)) {
        if words.name_a_product(g, e.mention.span().slice(text)) {
            e.mention.label = Label::Product;
            e.reason = Reason::ProductOfItsMaker;
        }
    }
    let products: Vec<Explained> = (candidates.into_iter())
        .filter(|run| words.name_a_product(g, run.span.slice(text)))
        .map(|run| {
            Explained::new(
                run.span.start,
                run.span.end,
                Label::Product,
                Reason::ProductOfItsMaker,
            )
        })
        .collect();
    merge_by_start(mentions, products);
}

/// The article's makers, and for each word asked whether the gazetteer names a product by
/// one of them and that word, each word asked once: a long article repeats its words.
struct ProductWords<'t> {
    makers: Vec<&'t str>,
    made: HashMap<&'t str, bool, FastHash>,
    /// Room for the name asked about.
    name: String,
}

impl<'t> ProductWords<'t> {
    fn of(makers: Vec<&'t str>) -> Self {
        ProductWords {
            makers,
            made: HashMap::default(),
            name: String::new(),
        }
    }

    fn name_a_product(&mut self, g: &Gazetteer, word: &'t str) -> bool {
        let ProductWords { makers, made, name } = self;
        *made
            .entry(word)
            .or_insert_with(|| made_by_one_of(g, makers, word, name))
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
