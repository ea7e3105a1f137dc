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
use super::extract::extract_with_leftovers;
use super::gazetteer::FastHash;
use super::index::{Draft, DraftArticle, DraftGroup};
use super::names::{NameId, Names};
use super::{Gazetteer, Label, Mention, PackedMention};
use crate::text::ByteSpan;
use adopt::{adopt_corpus_persons, person_words};
use std::collections::{HashMap, HashSet};

/// One article's mentions with what grouping needs. [`super::IndexBuilder`] makes one per
/// article and groups them all at the end. Names are ids into the builder's [`Names`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ArticleEntities {
    pub(crate) name: String,
    pub(crate) mentions: Vec<PackedMention>,
    pub(crate) facts: Vec<Facts>,
    /// Acronyms defined here, "Name (ACR)": (the acronym's mention, the name's mention), as
    /// indices into `mentions`, sorted.
    pub(crate) acronyms: Vec<(u32, u32)>,
    /// Indices (into the corrections) of this article's marks that found no place.
    pub(crate) unplaced_marks: Vec<usize>,
    /// Capitalised words no rule could read (see `adopt.rs`).
    pub(crate) leftovers: Vec<Leftover>,
    /// The words by which this article's people may be named alone: surnames, and family
    /// names written first ("Xi" of "Xi Jinping").
    pub(crate) person_words: Vec<NameId>,
}

/// A capitalised word that no rule could read, kept for the corpus pass: it may repeat a
/// person named in another article. Words of one run share `run`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Leftover {
    pub run: u32,
    start: u32,
    end: u32,
    pub word: NameId,
}

impl Leftover {
    pub fn span(&self) -> ByteSpan {
        ByteSpan::new(self.start as usize, self.end as usize)
    }
}

/// What grouping needs of one mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Facts {
    /// The mention's text, normalised (see the module doc).
    pub surface: NameId,
    /// The name it is grouped under before corpus-wide rules: the reader's mark's name, else
    /// the gazetteer's canonical name, else `surface`.
    pub name: NameId,
    /// Whether `name` was given by the reader's mark, which no rule overrides.
    pub forced: bool,
}

impl Facts {
    /// A mention known by its text alone.
    pub fn plain(surface: NameId) -> Self {
        Facts {
            surface,
            name: surface,
            forced: false,
        }
    }
}

impl ArticleEntities {
    /// Extracts the mentions of `text` and prepares them (see [`ArticleEntities::new`]).
    pub fn extract(
        name: &str,
        text: &str,
        gazetteer: &Gazetteer,
        corrections: &Corrections,
        names: &mut Names,
    ) -> Self {
        let (mentions, leftovers) = extract_with_leftovers(text, gazetteer);
        let mut article = Self::new(name, text, mentions, gazetteer, corrections, names);
        let marked = &article.mentions;
        article.leftovers = leftovers
            .into_iter()
            .filter(|l| {
                let after = marked.partition_point(|m| m.span().start < l.span.end);
                after == 0 || marked[after - 1].span().end <= l.span.start
            })
            .map(|l| Leftover {
                run: narrow(l.run),
                start: narrow(l.span.start),
                end: narrow(l.span.end),
                word: names.intern(l.span.slice(text)),
            })
            .collect();
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
        names: &mut Names,
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

        let facts: Vec<Facts> = mentions
            .iter()
            .map(|m| {
                let surface = normalise(m.text(text), m.label);
                let canonical = gazetteer
                    .lookup(&surface)
                    .filter(|&(label, _)| label == m.label)
                    .map(|(_, name)| names.intern(name));
                let surface = names.intern(&surface);
                let forced = forced.remove(&m.span).map(|name| names.intern(&name));
                Facts {
                    surface,
                    name: forced.or(canonical).unwrap_or(surface),
                    forced: forced.is_some(),
                }
            })
            .collect();
        let acronyms = (1..mentions.len())
            .filter_map(|i| Some((narrow(i), narrow(defined_acronym(text, &mentions, i)?))))
            .collect();
        Self {
            name: name.to_string(),
            person_words: person_words(&mentions, &facts, gazetteer, names),
            mentions: mentions.into_iter().map(PackedMention::from).collect(),
            facts,
            acronyms,
            unplaced_marks,
            leftovers: Vec::new(),
        }
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
    let mut out = out.replace('’', "'");
    if label == Label::Gpe {
        out = title_case_capitals(out);
    }
    if label == Label::Money
        && let Some((scale, currency)) = out.split_once('-')
        && matches!(currency, "dollar" | "Dollar")
    {
        return format!("$1 {}", scale.to_lowercase());
    }
    out
}

/// `n` as a `u32`: offsets and counts of one corpus fit (see [`PackedMention`]).
fn narrow(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// What a mention is grouped by: its label and a name.
type Key = (Label, NameId);

/// "WASHINGTON" (a dateline) as "Washington", so it joins the place written in running text;
/// short capitals ("USA", "UK") are names in their own right and stay.
fn title_case_capitals(name: String) -> String {
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 4 || name.chars().any(char::is_lowercase) {
        return name;
    }
    let mut out = String::with_capacity(name.len());
    let mut word_start = true;
    for c in name.chars() {
        if word_start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        word_start = !c.is_alphabetic();
    }
    out
}

/// Groups the mentions of all articles into a draft index: one group per key, numbered by
/// first mention. Each article's extraction is dropped as soon as it is grouped.
pub(crate) fn group(mut articles: Vec<ArticleEntities>, mut names: Names) -> Draft {
    adopt_corpus_persons(&mut articles, &mut names);
    for article in &mut articles {
        article.leftovers = Vec::new();
    }

    // Acronyms defined anywhere join their expansion everywhere.
    let mut acronyms: HashMap<Key, Key, FastHash> = HashMap::default();
    for a in &articles {
        for &(i, j) in &a.acronyms {
            let key = |k: u32| (a.mentions[k as usize].label, a.facts[k as usize].name);
            acronyms.entry(key(i)).or_insert(key(j));
        }
    }
    let full_names = FullNames::of(&articles, &mut names);
    let is_full_person = |(label, name): Key| label == Label::Person && full_names.is_full(name);

    let mut index: HashMap<Key, u32, FastHash> = HashMap::default();
    let mut groups: Vec<DraftGroup> = Vec::new();
    let mut drafts = Vec::with_capacity(articles.len());
    for a in articles {
        // The article's full person names, once: looking them up per mention made grouping
        // quadratic in the length of an article (160 s for a 50 MB one).
        let persons_here: HashSet<NameId, FastHash> = a
            .mentions
            .iter()
            .zip(&a.facts)
            .map(|(m, f)| (m.label, f.name))
            .filter(|&key| is_full_person(key))
            .map(|(_, name)| name)
            .collect();
        let mut assignment = Vec::with_capacity(a.mentions.len());
        for (m, facts) in a.mentions.iter().zip(&a.facts) {
            let mut key = (m.label, facts.name);
            if !facts.forced {
                if let Some(&expansion) = acronyms.get(&key) {
                    key = expansion;
                }
                if key.0 == Label::Person
                    && !is_full_person(key)
                    && let Some(full) = full_names.resolve(key.1, &persons_here)
                {
                    key.1 = full;
                }
            }
            let id = *index.entry(key).or_insert_with(|| {
                groups.push(DraftGroup {
                    name: names.get(key.1).to_string(),
                    label: key.0,
                    alive: true,
                });
                narrow(groups.len() - 1)
            });
            assignment.push(id);
        }
        drafts.push(DraftArticle {
            name: a.name,
            surfaces: a.facts.iter().map(|f| f.surface).collect(),
            mentions: a.mentions,
            group: assignment,
        });
    }
    Draft {
        articles: drafts,
        groups,
        names,
    }
}

/// The corpus's full names of people (two words or more), by their first and last word.
struct FullNames {
    /// Every full name with how many times it is mentioned.
    counts: HashMap<NameId, usize, FastHash>,
    /// Per word, the full names it starts or ends, sorted by id.
    by_word: HashMap<NameId, Vec<NameId>, FastHash>,
}

impl FullNames {
    fn of(articles: &[ArticleEntities], names: &mut Names) -> Self {
        let mut counts: HashMap<NameId, usize, FastHash> = HashMap::default();
        for a in articles {
            for (m, f) in a.mentions.iter().zip(&a.facts) {
                if m.label == Label::Person && names.get(f.name).contains(' ') {
                    *counts.entry(f.name).or_default() += 1;
                }
            }
        }
        let mut by_word: HashMap<NameId, Vec<NameId>, FastHash> = HashMap::default();
        for &name in counts.keys() {
            let full = names.get(name).to_string();
            let words: Vec<&str> = full.split(' ').collect();
            let ends = [words.first(), words.last()];
            for word in ends.into_iter().flatten() {
                let list = by_word.entry(names.intern(word)).or_default();
                if !list.contains(&name) {
                    list.push(name);
                }
            }
        }
        for list in by_word.values_mut() {
            list.sort();
        }
        Self { counts, by_word }
    }

    fn is_full(&self, name: NameId) -> bool {
        self.counts.contains_key(&name)
    }

    /// The full name a one-word person name stands for: the only candidate, else the only
    /// one in the same article (`persons_here`), else the most mentioned if unique.
    fn resolve(&self, word: NameId, persons_here: &HashSet<NameId, FastHash>) -> Option<NameId> {
        let candidates = self.by_word.get(&word)?;
        if let [only] = candidates.as_slice() {
            return Some(*only);
        }
        let mut here = candidates.iter().filter(|name| persons_here.contains(name));
        if let (Some(&only), None) = (here.next(), here.next()) {
            return Some(only);
        }
        let count = |name: &NameId| self.counts.get(name).copied().unwrap_or(0);
        let top = candidates.iter().map(count).max()?;
        let mut best = candidates.iter().filter(|n| count(n) == top);
        match (best.next(), best.next()) {
            (Some(&name), None) => Some(name),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests;
