//! People and acronyms across articles: a capitalised word that no rule could read in one
//! article is a person when it repeats the surname (or family name written first) of a
//! person named in full in another article, and takes an acronym's label when another
//! article defined it.

use super::{ArticleEntities, Facts};
use crate::entities::gazetteer::{FastHash, Gazetteer, class};
use crate::entities::names::{NameId, Names};
use crate::entities::{Label, Mention, PackedMention};
use crate::text::ByteSpan;
use std::collections::{HashMap, HashSet};

/// The words that name the people of `mentions` alone: each full name's last word, and its
/// first word unless that is a common given name.
pub(super) fn person_words(
    mentions: &[Mention],
    facts: &[Facts],
    g: &Gazetteer,
    names: &mut Names,
) -> Vec<NameId> {
    let mut words = Vec::new();
    for (m, f) in mentions.iter().zip(facts) {
        if m.label != Label::Person {
            continue;
        }
        let surface = names.get(f.surface).to_string();
        let parts: Vec<&str> = surface.split(' ').collect();
        if let [first, .., last] = parts.as_slice() {
            words.push(names.intern(last));
            if g.classes(first) & class::GIVEN == 0
                && first.chars().count() > 1
                && !first.ends_with('.')
            {
                words.push(names.intern(first));
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
pub(super) fn adopt_corpus_persons(articles: &mut [ArticleEntities], names: &mut Names) {
    let words: HashSet<NameId, FastHash> = articles
        .iter()
        .flat_map(|a| a.person_words.iter().copied())
        .collect();
    let acronyms: HashMap<NameId, Label, FastHash> = articles
        .iter()
        .flat_map(|a| {
            a.acronyms.iter().map(|&(i, _)| {
                let i = i as usize;
                (a.facts[i].surface, a.mentions[i].label)
            })
        })
        .collect();
    if words.is_empty() && acronyms.is_empty() {
        return;
    }
    for article in articles.iter_mut() {
        let mut found: Vec<(Mention, Facts)> = Vec::new();
        let mut open: Option<(u32, ByteSpan, String)> = None;
        for l in &article.leftovers {
            let known = words.contains(&l.word);
            if let Some((run, span, surface)) = &mut open
                && known
                && *run == l.run
            {
                *span = ByteSpan::new(span.start, l.span().end);
                surface.push(' ');
                surface.push_str(names.get(l.word));
                continue;
            }
            if let Some((_, span, surface)) = open.take() {
                found.push(person_mention(span, names.intern(&surface)));
            }
            if known {
                open = Some((l.run, l.span(), names.get(l.word).to_string()));
            } else if let Some(&label) = acronyms.get(&l.word) {
                let mention = Mention {
                    span: l.span(),
                    label,
                };
                found.push((mention, Facts::plain(l.word)));
            }
        }
        if let Some((_, span, surface)) = open {
            found.push(person_mention(span, names.intern(&surface)));
        }
        if !found.is_empty() {
            article.insert(found);
        }
    }
}

fn person_mention(span: ByteSpan, surface: NameId) -> (Mention, Facts) {
    let mention = Mention {
        span,
        label: Label::Person,
    };
    (mention, Facts::plain(surface))
}

impl ArticleEntities {
    /// Adds mentions (that overlap none of the article's), keeping the order by start and
    /// the acronym links.
    fn insert(&mut self, found: Vec<(Mention, Facts)>) {
        let mentions = std::mem::take(&mut self.mentions);
        let facts = std::mem::take(&mut self.facts);
        let mut all: Vec<(Option<usize>, PackedMention, Facts)> = mentions
            .into_iter()
            .zip(facts)
            .enumerate()
            .map(|(i, (m, f))| (Some(i), m, f))
            .collect();
        all.extend(found.into_iter().map(|(m, f)| (None, m.into(), f)));
        all.sort_by_key(|(_, m, _)| (m.span().start, m.span().end));
        // Where each old mention went, for the acronym links.
        let mut moved = vec![0u32; all.len()];
        for (new, (old, _, _)) in all.iter().enumerate() {
            if let Some(old) = old {
                moved[*old] = u32::try_from(new).unwrap_or(u32::MAX);
            }
        }
        for (i, j) in &mut self.acronyms {
            (*i, *j) = (moved[*i as usize], moved[*j as usize]);
        }
        for (_, mention, facts) in all {
            self.mentions.push(mention);
            self.facts.push(facts);
        }
    }
}
