//! People and acronyms across articles: a capitalised word that no rule could read in one
//! article is a person when it repeats the surname (or family name written first) of a
//! person named in full in another article, and takes an acronym's label when another
//! article defined it.

use super::{ArticleEntities, Facts};
use crate::entities::gazetteer::{Gazetteer, class};
use crate::entities::{Label, Mention};
use crate::text::ByteSpan;
use std::collections::{HashMap, HashSet};

/// The words that name the people of `mentions` alone: each full name's last word, and its
/// first word unless that is a common given name.
pub(super) fn person_words(mentions: &[Mention], facts: &[Facts], g: &Gazetteer) -> Vec<String> {
    let mut words = Vec::new();
    for (m, f) in mentions.iter().zip(facts) {
        if m.label != Label::Person {
            continue;
        }
        let parts: Vec<&str> = f.surface.split(' ').collect();
        if let [first, .., last] = parts.as_slice() {
            words.push(last.to_string());
            if g.classes(first) & class::GIVEN == 0
                && first.chars().count() > 1
                && !first.ends_with('.')
            {
                words.push(first.to_string());
            }
        }
    }
    words.sort();
    words.dedup();
    words
}

/// Turns leftover words that repeat another article's person word into PERSON mentions;
/// consecutive such words of one run make one mention.
/// A leftover word that is an acronym defined in another article takes that acronym's label.
pub(super) fn adopt_corpus_persons(articles: &mut [ArticleEntities]) {
    let words: HashSet<String> = articles
        .iter()
        .flat_map(|a| a.person_words.iter().cloned())
        .collect();
    let acronyms: HashMap<String, Label> = articles
        .iter()
        .flat_map(|a| a.mentions.iter().zip(&a.facts))
        .filter(|(_, f)| f.acronym_of.is_some())
        .map(|(m, f)| (f.surface.clone(), m.label))
        .collect();
    if words.is_empty() && acronyms.is_empty() {
        return;
    }
    for article in articles.iter_mut() {
        let mut found: Vec<(Mention, Facts)> = Vec::new();
        let mut open: Option<(usize, ByteSpan, String)> = None;
        for l in &article.leftovers {
            let known = words.contains(&l.word);
            if let Some((run, span, surface)) = &mut open
                && known
                && *run == l.run
            {
                *span = ByteSpan::new(span.start, l.span.end);
                surface.push(' ');
                surface.push_str(&l.word);
                continue;
            }
            if let Some((_, span, surface)) = open.take() {
                found.push(person_mention(span, surface));
            }
            if known {
                open = Some((l.run, l.span, l.word.clone()));
            } else if let Some(&label) = acronyms.get(&l.word) {
                let surface = l.word.clone();
                let facts = Facts {
                    surface,
                    canonical: None,
                    acronym_of: None,
                    forced_name: None,
                };
                found.push((
                    Mention {
                        span: l.span,
                        label,
                    },
                    facts,
                ));
            }
        }
        if let Some((_, span, surface)) = open {
            found.push(person_mention(span, surface));
        }
        if !found.is_empty() {
            article.insert(found);
        }
    }
}

fn person_mention(span: ByteSpan, surface: String) -> (Mention, Facts) {
    let mention = Mention {
        span,
        label: Label::Person,
    };
    (
        mention,
        Facts {
            surface,
            canonical: None,
            acronym_of: None,
            forced_name: None,
        },
    )
}

impl ArticleEntities {
    /// Adds mentions (that overlap none of the article's), keeping the order by start and
    /// the acronym links.
    fn insert(&mut self, found: Vec<(Mention, Facts)>) {
        let mentions = std::mem::take(&mut self.mentions);
        let facts = std::mem::take(&mut self.facts);
        let mut all: Vec<(Option<usize>, Mention, Facts)> = mentions
            .into_iter()
            .zip(facts)
            .enumerate()
            .map(|(i, (m, f))| (Some(i), m, f))
            .collect();
        all.extend(found.into_iter().map(|(m, f)| (None, m, f)));
        all.sort_by_key(|(_, m, _)| (m.span.start, m.span.end));
        let moved: HashMap<usize, usize> = all
            .iter()
            .enumerate()
            .filter_map(|(new, (old, _, _))| old.map(|old| (old, new)))
            .collect();
        for (_, mention, mut facts) in all {
            facts.acronym_of = facts.acronym_of.and_then(|j| moved.get(&j).copied());
            self.mentions.push(mention);
            self.facts.push(facts);
        }
    }
}
