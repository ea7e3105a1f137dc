//! Grouping mentions into entities across the corpus.
//!
//! [`ArticleEntities`] is the per-article pass: it places the reader's marks and notes what
//! grouping needs, so the corpus pass ([`group`]) is cheap and needs no text. Each mention
//! gets a key (label, name):
//! - amounts, percentages and dates: the value as written ("$7 billion"; "trillion-dollar"
//!   reads as "$1 trillion");
//! - a gazetteer name or alias: its canonical name ("U.S." → "United States");
//! - otherwise the text, with curly apostrophes straightened and spaces collapsed.
//!
//! Then, corpus-wide: capitalised words that no rule could read in one article become
//! people when they repeat a person's surname found in another ("Rubio will travel" after
//! "Secretary of State Marco Rubio" elsewhere) or an acronym defined there; an acronym defined after a name joins that name ("IRA" → "Inflation
//! Reduction Act"), and a one-word person joins the one full name that starts or ends with
//! that word ("Akazawa" → "Ryosei Akazawa"; the same article's full name wins a tie). Groups
//! are numbered in order of first mention (article order, then start).

mod adopt;

use super::corrections::Corrections;
use super::extract::{Leftover, extract_with_leftovers};
use super::gazetteer::FastHash;
use super::index::{Draft, DraftArticle, DraftGroup};
use super::{Gazetteer, Label, Mention};
use crate::text::ByteSpan;
use adopt::{adopt_corpus_persons, person_words};
use std::collections::{HashMap, HashSet};

/// One article's mentions with what grouping needs. Build one per article (off the UI
/// thread, with progress), then hand them all to [`super::EntityIndex::build`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArticleEntities {
    pub(crate) name: String,
    pub(crate) mentions: Vec<Mention>,
    pub(crate) facts: Vec<Facts>,
    /// Indices (into the corrections) of this article's marks that found no place.
    pub(crate) unplaced_marks: Vec<usize>,
    /// Capitalised words no rule could read (see `adopt.rs`).
    pub(crate) leftovers: Vec<Leftover>,
    /// The words by which this article's people may be named alone: surnames, and family
    /// names written first ("Xi" of "Xi Jinping").
    pub(crate) person_words: Vec<String>,
}

/// What grouping needs of one mention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Facts {
    /// The mention's text, normalised (see the module doc).
    pub surface: String,
    /// The gazetteer's canonical name, when the text is a known name of this label.
    pub canonical: Option<String>,
    /// The mention (index in this article) that this acronym stands for.
    pub acronym_of: Option<usize>,
    /// An entity name given by the reader's mark.
    pub forced_name: Option<String>,
}

impl ArticleEntities {
    /// Extracts the mentions of `text` and prepares them (see [`ArticleEntities::new`]).
    pub fn extract(
        name: &str,
        text: &str,
        gazetteer: &Gazetteer,
        corrections: &Corrections,
    ) -> Self {
        let (mentions, mut leftovers) = extract_with_leftovers(text, gazetteer);
        let mut article = Self::new(name, text, mentions, gazetteer, corrections);
        let marked = &article.mentions;
        leftovers.retain(|l| {
            let after = marked.partition_point(|m| m.span.start < l.span.end);
            after == 0 || marked[after - 1].span.end <= l.span.start
        });
        article.leftovers = leftovers;
        article
    }

    /// Prepares the article `name` (its file name) with the given mentions of `text`: the
    /// reader's marks for this article replace the mentions they overlap.
    pub fn new(
        name: &str,
        text: &str,
        mut mentions: Vec<Mention>,
        gazetteer: &Gazetteer,
        corrections: &Corrections,
    ) -> Self {
        let mut forced: HashMap<ByteSpan, String> = HashMap::new();
        let mut unplaced_marks = Vec::new();
        for (index, mark) in corrections.marks_for(name) {
            let Some(span) = mark.place(text) else {
                unplaced_marks.push(index);
                continue;
            };
            mentions.retain(|m| !m.span.overlaps(span));
            forced.retain(|s, _| !s.overlaps(span));
            mentions.push(Mention {
                span,
                label: mark.label,
            });
            if let Some(entity) = mark.name {
                forced.insert(span, entity.to_string());
            }
        }
        mentions.sort_by_key(|m| (m.span.start, m.span.end));

        let mut facts: Vec<Facts> = mentions
            .iter()
            .map(|m| {
                let surface = normalise(m.text(text), m.label);
                let canonical = gazetteer
                    .lookup(&surface)
                    .filter(|&(label, _)| label == m.label)
                    .map(|(_, name)| name.to_string());
                Facts {
                    surface,
                    canonical,
                    acronym_of: None,
                    forced_name: forced.remove(&m.span),
                }
            })
            .collect();
        for (i, f) in facts.iter_mut().enumerate().skip(1) {
            f.acronym_of = defined_acronym(text, &mentions, i);
        }
        Self {
            name: name.to_string(),
            person_words: person_words(&mentions, &facts, gazetteer),
            mentions,
            facts,
            unplaced_marks,
            leftovers: Vec::new(),
        }
    }

    /// The article's file name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The article's mentions, sorted by start.
    pub fn mentions(&self) -> &[Mention] {
        &self.mentions
    }
}

/// The mention that mention `i` is an acronym of: "Name (ACR)" with the same label and the
/// same first letter.
fn defined_acronym(text: &str, mentions: &[Mention], i: usize) -> Option<usize> {
    let m = mentions[i];
    let before = mentions[i - 1];
    let between = text.get(before.span.end..m.span.start)?;
    let after = text.get(m.span.end..)?;
    let acronym = m.text(text);
    let uppercase = acronym.chars().filter(|c| c.is_uppercase()).count() >= 2;
    let same_initial = before
        .text(text)
        .chars()
        .next()
        .map(|c| c.to_ascii_uppercase())
        == acronym.chars().next();
    (between.trim() == "("
        && after.starts_with(')')
        && before.label == m.label
        && uppercase
        && same_initial)
        .then_some(i - 1)
}

/// The text of a mention as a grouping key: straight apostrophes, single spaces; for an
/// amount in words, its value ("trillion-dollar" → "$1 trillion").
pub(crate) fn normalise(text: &str, label: Label) -> String {
    let mut out = String::with_capacity(text.len());
    for (n, word) in text.split_whitespace().enumerate() {
        if n > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
    let out = out.replace('’', "'");
    if label == Label::Money
        && let Some((scale, currency)) = out.split_once('-')
        && matches!(currency, "dollar" | "Dollar")
    {
        return format!("$1 {}", scale.to_lowercase());
    }
    out
}

type Key = (Label, String);

/// Groups the mentions of all articles into a draft index: one group per key, numbered by
/// first mention.
pub(crate) fn group(mut articles: Vec<ArticleEntities>) -> Draft {
    adopt_corpus_persons(&mut articles);
    let base: Vec<Vec<Key>> = articles
        .iter()
        .map(|a| {
            a.mentions
                .iter()
                .zip(&a.facts)
                .map(|(m, f)| base_key(m, f))
                .collect()
        })
        .collect();

    // Acronyms defined anywhere join their expansion everywhere.
    let mut acronyms: HashMap<Key, Key, FastHash> = HashMap::default();
    for (a, keys) in articles.iter().zip(&base) {
        for (i, facts) in a.facts.iter().enumerate() {
            if let Some(j) = facts.acronym_of {
                acronyms
                    .entry(keys[i].clone())
                    .or_insert_with(|| keys[j].clone());
            }
        }
    }
    let full_names = FullNames::of(&base);

    let mut index: HashMap<Key, usize, FastHash> = HashMap::default();
    let mut groups: Vec<DraftGroup> = Vec::new();
    let mut drafts = Vec::with_capacity(articles.len());
    for (a, keys) in articles.into_iter().zip(base) {
        let mut assignment = Vec::with_capacity(keys.len());
        // The article's full person names, once: looking them up per mention made grouping
        // quadratic in the length of an article (160 s for a 50 MB one).
        let persons_here: HashSet<&str> = keys
            .iter()
            .filter(|(label, name)| *label == Label::Person && name.contains(' '))
            .map(|(_, name)| name.as_str())
            .collect();
        for (key, facts) in keys.iter().zip(&a.facts) {
            let mut key = key.clone();
            if facts.forced_name.is_none() {
                if let Some(expansion) = acronyms.get(&key) {
                    key = expansion.clone();
                }
                if key.0 == Label::Person
                    && !key.1.contains(' ')
                    && let Some(full) = full_names.resolve(&key.1, &persons_here)
                {
                    key.1 = full.to_string();
                }
            }
            let id = match index.get(&key) {
                Some(&id) => id,
                None => {
                    groups.push(DraftGroup {
                        name: key.1.clone(),
                        label: key.0,
                        alive: true,
                    });
                    index.insert(key, groups.len() - 1);
                    groups.len() - 1
                }
            };
            assignment.push(Some(id));
        }
        let surfaces = a.facts.into_iter().map(|f| f.surface).collect();
        drafts.push(DraftArticle {
            name: a.name,
            mentions: a.mentions,
            group: assignment,
            surfaces,
        });
    }
    Draft {
        articles: drafts,
        groups,
    }
}

fn base_key(m: &Mention, f: &Facts) -> Key {
    let name = f
        .forced_name
        .clone()
        .or_else(|| f.canonical.clone())
        .unwrap_or_else(|| f.surface.clone());
    (m.label, name)
}

/// The corpus's full names of people (two words or more), by their first and last word.
struct FullNames {
    by_word: HashMap<String, Vec<(String, usize)>>,
}

impl FullNames {
    fn of(base: &[Vec<Key>]) -> Self {
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for (label, name) in base.iter().flatten() {
            if *label == Label::Person && name.contains(' ') {
                *counts.entry(name).or_default() += 1;
            }
        }
        let mut by_word: HashMap<String, Vec<(String, usize)>> = HashMap::new();
        for (name, count) in counts {
            let words: Vec<&str> = name.split(' ').collect();
            let ends = [words.first(), words.last()];
            for word in ends.into_iter().flatten() {
                let list = by_word.entry(word.to_string()).or_default();
                if !list.iter().any(|(n, _)| n == name) {
                    list.push((name.to_string(), count));
                }
            }
        }
        for list in by_word.values_mut() {
            list.sort();
        }
        Self { by_word }
    }

    /// The full name a one-word person name stands for: the only candidate, else the only
    /// one in the same article (`article` keys), else the most mentioned if unique.
    fn resolve(&self, word: &str, persons_here: &HashSet<&str>) -> Option<&str> {
        let candidates = self.by_word.get(word)?;
        if let [(only, _)] = candidates.as_slice() {
            return Some(only);
        }
        let here: Vec<&str> = candidates
            .iter()
            .filter(|(name, _)| persons_here.contains(name.as_str()))
            .map(|(name, _)| name.as_str())
            .collect();
        if let [only] = here.as_slice() {
            return Some(only);
        }
        let top = candidates.iter().map(|(_, c)| *c).max()?;
        let mut best = candidates.iter().filter(|(_, c)| *c == top);
        match (best.next(), best.next()) {
            (Some((name, _)), None) => Some(name),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests;
