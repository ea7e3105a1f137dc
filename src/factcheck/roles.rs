//! The role ledger: who the corpus says holds which office. Every "title + name" ("Prime
//! Minister Shigeru Ishiba", "Former Assistant Secretary of Defence Chas Freeman") and "name,
//! title" ("Akazawa, Japan’s top trade negotiator") around a PERSON mention is read into a
//! [`Role`]: the person (their entity), the office, its country, whether the person holds it
//! now, and where it is said.
//!
//! A role without a country takes the one another mention of the same person and office
//! gives ("Prime Minister Ishiba" after "Japanese Prime Minister Shigeru Ishiba"), and says
//! so. [`conflicts`] turns disagreements into discrepancies: one office of one country held
//! now by two people, one person holding two different offices now. Former holders, lower
//! ranks (deputy, assistant) and descriptions ("negotiator") never conflict.

mod conflicts;
mod pieces;
mod read;
mod vocabulary;

pub use conflicts::conflicts;
pub use vocabulary::{EMBEDDED_RON, Vocabulary};

use super::location::Location;
use crate::corpus::{ArticleId, Corpus};
use crate::entities::{EntityId, EntityIndex, Gazetteer, Label};
use crate::text::ByteSpan;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

/// Whether the person holds the office at the time of writing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tense {
    Current,
    /// "Former", "ex-": not a holder now.
    Former,
    /// "Acting", "interim": holds it for now.
    Acting,
    /// "President-elect": not a holder yet.
    Elect,
}

impl Tense {
    /// Whether the person holds the office now.
    pub fn is_holding(self) -> bool {
        matches!(self, Tense::Current | Tense::Acting)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Tense::Current => "current",
            Tense::Former => "former",
            Tense::Acting => "acting",
            Tense::Elect => "elect",
        }
    }
}

/// An office as read: how it is written, and what is compared.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Office {
    /// As written, without country or tense words: "Assistant Secretary of Defence",
    /// "Minister of Economy, Trade, and Industry", "top trade negotiator".
    pub shown: String,
    /// The title lower-cased with its rank words: "assistant secretary", "prime minister".
    pub title: String,
    /// The portfolio's words, lower-cased, one spelling, sorted: `["defence"]`.
    pub portfolio: Vec<String>,
    /// Whether the title is a public office, not a description ("economist").
    pub is_office: bool,
    /// Whether one person holds it at a time in a country: a single office ("Prime
    /// Minister"), or an office with a portfolio and no rank ("Finance Minister").
    pub single: bool,
}

impl Office {
    /// Whether two readings can name the same office: the same title, and portfolios that are
    /// equal or one within the other ("Foreign Minister", "Minister of Foreign Affairs").
    pub fn is_same(&self, other: &Office) -> bool {
        if self.title != other.title {
            return false;
        }
        let (a, b) = (&self.portfolio, &other.portfolio);
        a == b
            || (!a.is_empty() && !b.is_empty())
                && (a.iter().all(|w| b.contains(w)) || b.iter().all(|w| a.contains(w)))
    }

    /// The rank words of the title ("assistant").
    pub fn ranks(&self) -> Vec<&str> {
        let words = Vocabulary::embedded();
        self.title
            .split(' ')
            .take_while(|w| words.is_rank(w))
            .collect()
    }
}

/// One mention of a person in an office. Its file name and words are read from the corpus
/// ([`Role::file`], [`Role::text`]) rather than copied, and its place is kept in `u32`s: a
/// large corpus has tens of thousands of roles.
#[derive(Clone, Debug, PartialEq)]
pub struct Role {
    pub person: EntityId,
    /// The person's canonical name.
    pub name: String,
    /// The sentence, and the phrase (title and name together).
    at: Location,
    /// Shared by every role read with the same office: a large corpus has tens of
    /// thousands of roles and a few thousand offices.
    pub office: Arc<Office>,
    pub country: Option<String>,
    /// Whether the country comes from another mention of the person in the same office.
    pub country_inferred: bool,
    pub tense: Tense,
}

impl Role {
    pub fn article(&self) -> ArticleId {
        self.at.article()
    }

    /// The sentence's index in the article's `structure.sentences`.
    pub fn sentence(&self) -> usize {
        self.at.sentence()
    }

    /// The phrase, title and name together: bytes of the article's text.
    pub fn span(&self) -> ByteSpan {
        self.at.span()
    }

    /// The article's file name, in the corpus the ledger was read from ("" for another
    /// corpus without the article).
    pub fn file<'a>(&self, corpus: &'a Corpus) -> &'a str {
        self.at.file(corpus)
    }

    /// The phrase's words (`text[span]`), in the corpus the ledger was read from.
    pub fn text<'a>(&self, corpus: &'a Corpus) -> &'a str {
        self.at.words(corpus)
    }

    /// The qualifiers said of it: its tense unless current, then its rank words.
    pub fn qualifiers(&self) -> Vec<&str> {
        let tense = (self.tense != Tense::Current).then(|| self.tense.as_str());
        tense.into_iter().chain(self.office.ranks()).collect()
    }

    /// "Prime Minister of Japan", "former Assistant Secretary of Defence".
    pub fn describe(&self) -> String {
        let mut out = match self.tense {
            Tense::Former => "former ".to_string(),
            Tense::Acting => "acting ".to_string(),
            _ => String::new(),
        };
        out.push_str(&self.office.shown);
        if self.tense == Tense::Elect {
            out.push_str("-elect");
        }
        if let Some(country) = &self.country
            && !self.office.shown.contains(country.as_str())
        {
            out.push_str(" of ");
            out.push_str(country);
        }
        out
    }
}

/// Every role of the corpus, in corpus order (article, then position).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RoleLedger {
    pub roles: Vec<Role>,
}

impl RoleLedger {
    /// Reads the roles of `corpus` with its entity `index`.
    pub fn read(corpus: &Corpus, index: &EntityIndex) -> Self {
        Self::read_with(
            corpus,
            index,
            crate::app::indexing::gazetteer(),
            Vocabulary::embedded(),
        )
    }

    pub fn read_with(
        corpus: &Corpus,
        index: &EntityIndex,
        gazetteer: &Gazetteer,
        words: &Vocabulary,
    ) -> Self {
        let mut roles = Vec::new();
        let mut offices = HashSet::new();
        for article in &corpus.articles {
            let mentions = index.article_mentions(article.id);
            if !mentions.iter().any(|m| m.label() == Label::Person) {
                continue;
            }
            let reader = read::Reader {
                text: article.text(),
                gazetteer,
                words,
                index,
            };
            let mut at = 0;
            for (s, sentence) in article.structure().sentences.iter().enumerate() {
                at += mentions[at..].partition_point(|m| m.span().end <= sentence.span().start);
                let has_person = mentions[at..]
                    .iter()
                    .take_while(|m| m.span().start < sentence.span().end)
                    .any(|m| m.label() == Label::Person);
                if !has_person {
                    continue;
                }
                let pieces = pieces::pieces(article.text(), sentence.span(), mentions);
                for (n, piece) in pieces.iter().enumerate() {
                    let Some((Label::Person, person)) = piece.mention() else {
                        continue;
                    };
                    let name = index.entity(person).map_or("", |e| e.name.as_str());
                    for reading in reader.around(&pieces, n) {
                        roles.push(Role {
                            person,
                            name: name.to_string(),
                            at: Location::new(article.id, s, reading.span),
                            office: share(&mut offices, reading.office),
                            country: reading.country,
                            country_inferred: false,
                            tense: reading.tense,
                        });
                    }
                }
            }
        }
        roles.sort_by_key(|r| (r.article(), r.span().start, r.span().end));
        // Kept with the findings: no doubling room.
        roles.shrink_to_fit();
        let mut ledger = Self { roles };
        ledger.infer_countries();
        ledger
    }

    /// Gives a role without a country the one the same person's same office has elsewhere,
    /// when all such mentions agree on one.
    fn infer_countries(&mut self) {
        let mut known: HashMap<(EntityId, String), Vec<String>> = HashMap::new();
        for role in &self.roles {
            if let Some(country) = &role.country {
                let list = known
                    .entry((role.person, role.office.title.clone()))
                    .or_default();
                if !list.contains(country) {
                    list.push(country.clone());
                }
            }
        }
        for role in self.roles.iter_mut().filter(|r| r.country.is_none()) {
            if let Some([country]) = known
                .get(&(role.person, role.office.title.clone()))
                .map(Vec::as_slice)
            {
                role.country = Some(country.clone());
                role.country_inferred = true;
            }
        }
    }

    /// The people with roles, by name, each with the indexes of their roles in corpus order.
    pub fn people(&self) -> Vec<(&str, Vec<usize>)> {
        let mut by_person: HashMap<EntityId, Vec<usize>> = HashMap::new();
        for (i, role) in self.roles.iter().enumerate() {
            by_person.entry(role.person).or_default().push(i);
        }
        let mut people: Vec<(&str, Vec<usize>)> = by_person
            .into_values()
            .map(|list| (self.roles[list[0]].name.as_str(), list))
            .collect();
        people.sort_by(|a, b| a.0.cmp(b.0).then(a.1.cmp(&b.1)));
        people
    }
}

/// The one shared copy of `office` among `offices`.
fn share(offices: &mut HashSet<Arc<Office>>, office: Office) -> Arc<Office> {
    if let Some(shared) = offices.get(&office) {
        return Arc::clone(shared);
    }
    let shared = Arc::new(office);
    offices.insert(Arc::clone(&shared));
    shared
}
