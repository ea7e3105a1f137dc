//! People and acronyms across articles: a capitalised word that no rule could read in one
//! article is a person when it repeats the surname (or family name written first) of a
//! person named in full in another article, and takes an acronym's label when another
//! article defined it.

use super::{ArticleEntities, Facts};
use crate::entities::gazetteer::{FastHash, Gazetteer, class};
use crate::entities::names::{NameId, Names};
use crate::entities::{Label, Mention};
use crate::text::ByteSpan;
use std::collections::{HashMap, HashSet};

/// The words by which an article's people may be named alone in another article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct PersonWords {
    /// Names of no other use: "Rubio", "Lula", "Brown" (a word of the language, and a
    /// surname).
    pub names: Vec<NameId>,
    /// Words of the language that are no surname ("Trump", "World" of a misread "Jerry
    /// World"): a person only where nothing else capitalises them, inside a sentence.
    pub words: Vec<NameId>,
}

/// The words that name the people of `mentions` alone: each full name's last word, and its
/// first and middle words unless they are common given names or initials.
pub(super) fn person_words(
    mentions: &[Mention],
    facts: &[Facts],
    g: &Gazetteer,
    names: &mut Names,
) -> PersonWords {
    let mut words = PersonWords::default();
    // Each name once: a long article repeats its people's names thousands of times.
    let mut seen: HashSet<NameId, FastHash> = HashSet::default();
    for (m, f) in mentions.iter().zip(facts) {
        if m.label != Label::Person || !seen.insert(f.surface) {
            continue;
        }
        let surface = names.get(f.surface).to_string();
        let parts: Vec<&str> = surface.split(' ').collect();
        if let [first, middle @ .., last] = parts.as_slice() {
            let mut note = |word: &str| {
                // An initial ("M", "J.") names no one alone.
                if word.chars().count() < 2 || word.ends_with('.') {
                    return;
                }
                let id = names.intern(word);
                if g.is_ordinary_word(word) && !g.is_surname_too(word) {
                    words.words.push(id);
                } else {
                    words.names.push(id);
                }
            };
            note(last);
            // "Lula" of "Luiz Inácio Lula da Silva": a capitalised middle word that is no
            // given name.
            for word in middle {
                let capital = word.chars().next().is_some_and(char::is_uppercase);
                if capital && g.classes(word) & class::GIVEN == 0 {
                    note(word);
                }
            }
            if g.classes(first) & class::GIVEN == 0 {
                note(first);
            }
        }
    }
    for list in [&mut words.names, &mut words.words] {
        list.sort();
        list.dedup();
    }
    words
}

/// Turns leftover words that repeat another article's person word into PERSON mentions;
/// consecutive such words of one run make one mention.
/// A leftover word that is an acronym defined in another article takes that acronym's label.
pub(super) fn adopt_corpus_persons(articles: &mut [ArticleEntities], names: &mut Names) {
    let named = |pick: fn(&PersonWords) -> &Vec<NameId>| -> HashSet<NameId, FastHash> {
        (articles.iter())
            .flat_map(|a| pick(&a.person_words).iter().copied())
            .collect()
    };
    let (words, language_words) = (named(|w| &w.names), named(|w| &w.words));
    let acronyms: HashMap<NameId, Label, FastHash> = articles
        .iter()
        .flat_map(|a| {
            a.acronyms.iter().map(|&(i, _)| {
                let i = i as usize;
                (a.facts[i].surface, a.mentions[i].label)
            })
        })
        .collect();
    if words.is_empty() && language_words.is_empty() && acronyms.is_empty() {
        return;
    }
    for article in articles.iter_mut() {
        // "USJTA" read as an organisation by its capitals takes the label of the article
        // that spelt it out (the US-Japan Trade Agreement: a law).
        for (m, f) in article.mentions.iter_mut().zip(&article.facts) {
            if m.label == Label::Org
                && let Some(&label) = acronyms.get(&f.surface)
            {
                m.label = label;
            }
        }
        let mut found: Vec<(Mention, Facts)> = Vec::new();
        for run in article.leftovers.chunk_by(|a, b| a.run == b.run) {
            let mut open: Option<(ByteSpan, String)> = None;
            // Once a word of the language was refused where any word is capitalised, the
            // run's later words are read with it ("Wars" of "“Star Wars” franchise").
            let mut refused = false;
            for l in run {
                let language_word = language_words.contains(&l.word);
                refused |= language_word && l.placed;
                let known = !refused && (words.contains(&l.word) || language_word);
                if let Some((span, surface)) = &mut open
                    && known
                {
                    *span = ByteSpan::new(span.start, l.span().end);
                    surface.push(' ');
                    surface.push_str(names.get(l.word));
                    continue;
                }
                if let Some((span, surface)) = open.take() {
                    found.push(person_mention(span, names.intern(&surface)));
                }
                if known {
                    open = Some((l.span(), names.get(l.word).to_string()));
                } else if let Some(&label) = acronyms.get(&l.word) {
                    let mention = Mention::spanning(l.span(), label);
                    found.push((mention, Facts::plain(l.word)));
                }
            }
            if let Some((span, surface)) = open.take() {
                found.push(person_mention(span, names.intern(&surface)));
            }
        }
        if !found.is_empty() {
            article.insert(found);
        }
    }
}

fn person_mention(span: ByteSpan, surface: NameId) -> (Mention, Facts) {
    let mention = Mention::spanning(span, Label::Person);
    (mention, Facts::plain(surface))
}

impl ArticleEntities {
    /// Adds mentions (that overlap none of the article's), keeping the order by start and
    /// the acronym links. The lists grow by the new mentions and are merged from the back,
    /// in place: a copy into new lists took the memory and the page faults of both (14 MB of
    /// fresh pages on a 20 MiB article).
    fn insert(&mut self, mut found: Vec<(Mention, Facts)>) {
        let place = |m: &Mention| (m.span().start, m.span().end);
        found.sort_by_key(|(m, _)| place(m));
        // An old mention moves up by the number of new ones placed before it: those that
        // start (and end) strictly before it.
        let moved = |i: u32| {
            let before =
                found.partition_point(|(m, _)| place(m) < place(&self.mentions[i as usize]));
            i + u32::try_from(before).unwrap_or(u32::MAX)
        };
        for (i, j) in &mut self.acronyms {
            (*i, *j) = (moved(*i), moved(*j));
        }
        let mut old = self.mentions.len();
        self.mentions.reserve_exact(found.len());
        self.facts.reserve_exact(found.len());
        // The new room, filled with the new mentions, is then written over from the back.
        self.mentions.extend(found.iter().map(|(m, _)| *m));
        self.facts.extend(found.iter().map(|(_, f)| *f));
        let mut write = self.mentions.len();
        while let Some(&(m, f)) = found.last() {
            write -= 1;
            // The later of the two last ones goes last; an old mention before a new one at
            // the same place.
            if old > 0 && place(&self.mentions[old - 1]) > place(&m) {
                old -= 1;
                self.mentions[write] = self.mentions[old];
                self.facts[write] = self.facts[old];
            } else {
                found.pop();
                self.mentions[write] = m;
                self.facts[write] = f;
            }
        }
    }
}
