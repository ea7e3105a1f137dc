//! The knowledge files: larger name lists built from public data by the scripts in
//! `scripts/` (`assets/knowledge/*.ron`, each naming its source and licence in its header).
//!
//! A knowledge file holds three things:
//! - `names`: groups of names with their label (and, for places, their country). Each name is
//!   matched in text like the main gazetteer's names (case-sensitive, whole words) and is its
//!   own canonical name, unless an earlier list already holds it. A group's names are one
//!   string, a name a line: RON reads one long string several times faster than a list of
//!   thousands of short ones.
//! - `aliases`: another form of a listed name ("ANC" → "African National Congress"); the
//!   alias takes its target's label and canonical name.
//! - `words`: groups of single words with a [`WordClass`]: evidence for the extractor's rules
//!   ([`super::Gazetteer::classes`]), never a label by themselves.

use super::class;
use super::ron_str::RonStr;
use crate::entities::Label;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The knowledge files compiled into margin, in the order they are read (an earlier file's
/// listing of a surface form wins).
pub const EMBEDDED: &[(&str, &str)] = &[
    (
        "assets/knowledge/heads.ron",
        include_str!("../../../assets/knowledge/heads.ron"),
    ),
    (
        "assets/knowledge/given_names.ron",
        include_str!("../../../assets/knowledge/given_names.ron"),
    ),
    (
        "assets/knowledge/countries.ron",
        include_str!("../../../assets/knowledge/countries.ron"),
    ),
    (
        "assets/knowledge/parties.ron",
        include_str!("../../../assets/knowledge/parties.ron"),
    ),
    (
        "assets/knowledge/places.ron",
        include_str!("../../../assets/knowledge/places.ron"),
    ),
    (
        "assets/knowledge/clubs.ron",
        include_str!("../../../assets/knowledge/clubs.ron"),
    ),
    (
        "assets/knowledge/companies.ron",
        include_str!("../../../assets/knowledge/companies.ron"),
    ),
    (
        "assets/knowledge/leagues.ron",
        include_str!("../../../assets/knowledge/leagues.ron"),
    ),
    (
        "assets/knowledge/brands.ron",
        include_str!("../../../assets/knowledge/brands.ron"),
    ),
    (
        "assets/knowledge/carmakers.ron",
        include_str!("../../../assets/knowledge/carmakers.ron"),
    ),
    (
        "assets/knowledge/car_models.ron",
        include_str!("../../../assets/knowledge/car_models.ron"),
    ),
    (
        "assets/knowledge/teams.ron",
        include_str!("../../../assets/knowledge/teams.ron"),
    ),
    (
        "assets/knowledge/holidays.ron",
        include_str!("../../../assets/knowledge/holidays.ron"),
    ),
];

/// One knowledge file, its strings borrowed from its text.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default, bound(deserialize = "'de: 'a"))]
pub(super) struct KnowledgeFile<'a> {
    pub names: Vec<NameGroup<'a>>,
    pub aliases: BTreeMap<RonStr<'a>, RonStr<'a>>,
    pub words: Vec<WordGroup<'a>>,
}

/// Names of one label, and of one country where the group gives it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'a"))]
pub(super) struct NameGroup<'a> {
    pub label: Label,
    /// The country of every name or word of the group; empty when it has none.
    #[serde(default)]
    pub country: RonStr<'a>,
    pub names: Lines<'a>,
}

/// Single words of one class, and of one country where the group gives it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'a"))]
pub(super) struct WordGroup<'a> {
    pub class: WordClass,
    /// The country of every name or word of the group; empty when it has none.
    #[serde(default)]
    pub country: RonStr<'a>,
    pub words: Lines<'a>,
}

/// Items one a line (blank lines and surrounding spaces ignored), kept as the one string
/// the file holds: tens of thousands of names need no string each until they are read.
#[derive(Debug, Default, Deserialize)]
#[serde(transparent, bound(deserialize = "'de: 'a"))]
pub(super) struct Lines<'a>(RonStr<'a>);

impl Lines<'_> {
    /// About how many items there are: the number of lines, counted without reading them.
    pub fn count_hint(&self) -> usize {
        memchr::memchr_iter(b'\n', self.0.as_bytes()).count() + 1
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> {
        items(&self.0)
    }
}

/// The items of `text`, one a line, without blank lines and surrounding spaces. Its line
/// ends are found in one pass (`memchr_iter`): `str::lines` searches afresh for each, and
/// each search of a short line cost more than the line.
pub(super) fn items(text: &str) -> impl Iterator<Item = &str> {
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()]);
    let mut start = 0;
    ends.map(move |end| {
        let line = text.get(start..end).unwrap_or("");
        start = end + 1;
        line.trim()
    })
    .filter(|line| !line.is_empty())
}

/// The class a knowledge file gives a single word; each is one `class::*` bit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub(super) enum WordClass {
    /// A given name ([`class::GIVEN`]).
    Given,
    /// A city or town ([`class::CITY`]).
    City,
    /// A state, province or other region of a country ([`class::REGION`]).
    Region,
    /// A company's name or the distinctive word of it ([`class::COMPANY`]).
    Company,
    /// A legal form that ends a company's name ([`class::CORP_SUFFIX`]).
    CorpSuffix,
    /// A sports club's short name ([`class::CLUB`]).
    Club,
    /// A word that heads a product name ([`class::PRODUCT_HEAD`]).
    ProductHead,
    /// A word that heads an event name ([`class::EVENT_HEAD`]).
    EventHead,
    /// A word that ends an event name ([`class::EVENT_SUFFIX`]).
    EventSuffix,
    /// A political party's short form in capitals ([`class::PARTY_SHORT`]).
    PartyShort,
    /// A head word that opens a name in another language ([`class::FOREIGN_HEAD`]).
    ForeignHead,
}

/// The country of a group, `None` when it gives none.
pub(super) fn country(group_country: &str) -> Option<&str> {
    (!group_country.is_empty()).then_some(group_country)
}

impl WordClass {
    pub fn bit(self) -> u32 {
        match self {
            WordClass::Given => class::GIVEN,
            WordClass::City => class::CITY,
            WordClass::Region => class::REGION,
            WordClass::Company => class::COMPANY,
            WordClass::CorpSuffix => class::CORP_SUFFIX,
            WordClass::Club => class::CLUB,
            WordClass::ProductHead => class::PRODUCT_HEAD,
            WordClass::EventHead => class::EVENT_HEAD,
            WordClass::EventSuffix => class::EVENT_SUFFIX,
            WordClass::PartyShort => class::PARTY_SHORT,
            WordClass::ForeignHead => class::FOREIGN_HEAD,
        }
    }
}
