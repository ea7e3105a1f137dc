//! A car named by its model alone: an article that names a carmaker goes on to write "the
//! Sentra", "its Mustang Mach E" for the maker's cars. A capitalised run no rule could read
//! is that car when the gazetteer lists its first word as a model of a maker the article
//! names ("Nissan Sentra", from `car_models.ron`). Only the model is known, so the run's
//! later words are taken with it while they could name a model and are no ordinary words
//! ("Mustang Mach E", not its "SUV"); a run opening a sentence or heading with an ordinary
//! word ("Focus on", "Escape") is left.

use super::deferred::Deferred;
use super::maker_products::made_by_one_of;
use super::{Explained, Reason, two_words_before};
use crate::entities::Label;
use crate::entities::covered::Covered;
use crate::entities::gazetteer::Gazetteer;

/// The cars of `makers` (the carmakers the article names) that `runs`, the article's
/// deferred runs in text order, name by their model alone, in text order.
pub(super) fn models_alone(
    text: &str,
    g: &Gazetteer,
    makers: &[&str],
    runs: &[Deferred],
    mentions: &[Explained],
) -> Vec<Explained> {
    if makers.is_empty() {
        return Vec::new();
    }
    let mut covered = Covered::new(mentions, |m| m.mention.span());
    let mut name = String::new();
    let mut out = Vec::new();
    for run in runs {
        let words = run.span.slice(text);
        let model = words.split(' ').next().unwrap_or(words);
        let ordinary = g.is_ordinary_word(model);
        if (ordinary && (run.initial || run.heading)) || covered.covers(run.span) {
            continue;
        }
        if !made_by_one_of(g, makers, model, &mut name)
            || paired_with_a_maker(text, run.span.start, makers)
        {
            continue;
        }
        // The model's later words, up to the first that names no model ("SUV").
        let mut end = run.span.start + model.len();
        if !run.heading {
            for word in words[model.len()..].split(' ').skip(1) {
                if !names_a_model(word) || g.is_ordinary_word(word) {
                    break;
                }
                end += 1 + word.len();
            }
        }
        out.push(Explained::new(
            run.span.start,
            end,
            Label::Product,
            Reason::ModelOfItsMaker,
        ));
    }
    out
}

/// Whether `word` could be part of a model's name: a number, a capital letter, or a word
/// with lowercase letters ("Mach", "E", "50"); a word in capitals is a kind of car ("SUV",
/// "EV") or a trim the run only happens to hold.
fn names_a_model(word: &str) -> bool {
    word.len() == 1
        || word
            .bytes()
            .any(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

/// Whether the run at `start` follows a maker and "and" or "or" ("BMW and Genesis"): it is
/// named beside a maker as another maker or brand, not as a car.
fn paired_with_a_maker(text: &str, start: usize, makers: &[&str]) -> bool {
    two_words_before(text, start)
        .is_some_and(|(maker, joiner)| matches!(joiner, "and" | "or") && makers.contains(&maker))
}
