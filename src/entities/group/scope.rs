//! Where a name means one thing. Most names mean the same thing across the corpus; two kinds
//! do not:
//! - a date without a year ("Monday", "20 April", "Q3") names a different day in each
//!   article, so it is an entity of that article only;
//! - an institution that every country has ("National Assembly", "Supreme Court", "Finance
//!   Ministry", "Parliament") is the same one only in the same country: the country named
//!   next to it ("Guinea's Constitutional Court", "the National Assembly of France"), else
//!   the place the article mentions most; with neither, it stays in its article.

use crate::entities::extract::country_of_state;
use crate::entities::gazetteer::{FastHash, Gazetteer, class};
use crate::entities::names::{NameId, Names};
use crate::entities::{Label, Mention};
use std::collections::HashMap;

/// Where a group's name holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Scope {
    Corpus,
    /// The place (a GPE or NORP name) the institution belongs to.
    Place(NameId),
    /// The article (its number in the corpus).
    Article(u32),
}

/// Words that, with an institution's head word, make a name every country has: "Supreme
/// Court", "Electoral Commission". Ministries' portfolio words ("Finance", "Foreign") come
/// from the gazetteer.
const GENERIC_MODIFIERS: &[&str] = &[
    "Supreme",
    "Constitutional",
    "High",
    "Federal",
    "Central",
    "Electoral",
    "Election",
    "Independent",
    "Upper",
    "Lower",
    "Legislative",
    "Appeals",
    "Appeal",
    "Representatives",
    "Deputies",
    "Military",
    "Reserve",
];

/// Head words of state institutions beyond the gazetteer's organisation heads ("Ministry",
/// "Court", "Assembly" …).
const INSTITUTION_HEADS: &[&str] = &[
    "Congress",
    "Senate",
    "Government",
    "Police",
    "Army",
    "Navy",
    "Tribunal",
    "Judiciary",
    "Legislature",
    "House",
    "Treasury",
];

/// Lower-case words that may join the words of such a name ("Ministry of Finance").
const CONNECTIVES: &[&str] = &["of", "the", "and", "for", "on"];

/// Whether `name` (an organisation's) is made only of words that every country's
/// institutions are named with, around at least one head word.
pub(crate) fn is_shared_institution(name: &str, g: &Gazetteer) -> bool {
    let mut heads = 0;
    for word in name.split(' ') {
        let word = word.trim_end_matches(',');
        let classes = g.classes(word);
        if classes & class::ORG_HEAD != 0 || INSTITUTION_HEADS.contains(&word) {
            heads += 1;
        } else if classes & class::PORTFOLIO == 0
            && !GENERIC_MODIFIERS.contains(&word)
            && !CONNECTIVES.contains(&word)
        {
            return false;
        }
    }
    heads > 0
}

/// Whether a date names no year ("Monday", "20 April", "Q3", "last week"): it is read
/// against its article's own date.
pub(crate) fn is_yearless_date(value: &str) -> bool {
    let bytes = value.as_bytes();
    let mut run = 0;
    for (i, b) in bytes.iter().enumerate() {
        if b.is_ascii_digit() {
            run += 1;
            // "2019", "1990s"; "'19" after an apostrophe.
            let apostrophe_year = run == 2 && i >= 2 && matches!(bytes[i - 2], b'\'');
            if run == 4 || apostrophe_year {
                return false;
            }
        } else {
            run = 0;
        }
    }
    true
}

/// The place an article mentions most (GPE mentions by name, and the countries that open its
/// organisations' names), when one place leads. A place inside a country the article also
/// names counts for that country too: an article on New York and the United States is the
/// United States' when it names its Congress.
pub(crate) fn dominant_place(
    mentions: &[Mention],
    names: impl IntoIterator<Item = NameId>,
    countries_in_names: &[NameId],
    table: &Names,
    g: &Gazetteer,
) -> Option<NameId> {
    let mut counts: HashMap<NameId, usize, FastHash> = HashMap::default();
    for (m, name) in mentions.iter().zip(names) {
        if m.label == Label::Gpe {
            *counts.entry(name).or_default() += 1;
        }
    }
    for &country in countries_in_names {
        *counts.entry(country).or_default() += 1;
    }
    let by_name: HashMap<&str, NameId, FastHash> =
        counts.keys().map(|&id| (table.get(id), id)).collect();
    let inside: Vec<(NameId, usize)> = (counts.iter())
        .filter_map(|(&id, &count)| {
            let name = table.get(id);
            let country = g.country_of(name).or_else(|| country_of_state(name));
            let country = by_name.get(country?)?;
            (*country != id).then_some((*country, count))
        })
        .collect();
    for (country, count) in inside {
        *counts.entry(country).or_default() += count;
    }
    let top = counts.values().copied().max()?;
    let mut leaders = counts.iter().filter(|(_, c)| **c == top);
    match (leaders.next(), leaders.next()) {
        (Some((name, _)), None) => Some(*name),
        _ => None,
    }
}

/// The country that opens an organisation's name, as its canonical name, and the rest of
/// the name: "U.S. Supreme Court" → ("United States", "Supreme Court"). A country of up to
/// three words ("United Arab Emirates") before a name of its own.
pub(crate) fn country_before<'a>(name: &'a str, g: &'a Gazetteer) -> Option<(&'a str, &'a str)> {
    (name.match_indices(' ').take(3)).find_map(|(i, _)| {
        let (country, rest) = (&name[..i], &name[i + 1..]);
        if rest.is_empty() || !g.is_country(country) {
            return None;
        }
        let canonical = g
            .lookup(country)
            .map_or(country, |(_, canonical)| canonical);
        Some((canonical, rest))
    })
}

/// The text between a place and an institution that ties the institution to it: "Guinea's
/// Constitutional Court", "French National Assembly".
fn ties_before(gap: &str) -> bool {
    matches!(gap, " " | "'s " | "’s " | "' " | "’ ")
}

/// The text between an institution and a place that ties them: "the National Assembly of
/// France", "Parliament in Kenya".
fn ties_after(gap: &str) -> bool {
    matches!(gap, " of " | " in ")
}

/// A place an organisation is tied to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PlaceOf<'a> {
    /// A place mention beside it, by its index.
    Beside(usize),
    /// The country its own name opens with, by canonical name ("U.S. Supreme Court").
    Named(&'a str),
}

/// The places named next to an article's organisations, or first in their names: (the
/// organisation's start, the place), for each organisation preceded or followed by a GPE or
/// NORP that ties to it. Decided in the article pass, where the text is at hand.
pub(crate) fn places_beside<'a>(
    text: &'a str,
    mentions: &[crate::entities::Mention],
    g: &'a Gazetteer,
) -> Vec<(u32, PlaceOf<'a>)> {
    let is_place = |m: &crate::entities::Mention| matches!(m.label, Label::Gpe | Label::Norp);
    let mut out = Vec::new();
    // A long article names its organisations many times over: each name is read once.
    let mut countries: HashMap<&str, Option<&str>, FastHash> = HashMap::default();
    for (i, m) in mentions.iter().enumerate() {
        if m.label != Label::Org {
            continue;
        }
        let start = u32::try_from(m.span().start).unwrap_or(u32::MAX);
        let name = m.text(text);
        let country = if name.contains(' ') {
            *(countries.entry(name))
                .or_insert_with(|| country_before(name, g).map(|(country, _)| country))
        } else {
            None
        };
        if let Some(country) = country {
            out.push((start, PlaceOf::Named(country)));
            continue;
        }
        let gap = |a: usize, b: usize| text.get(a..b).unwrap_or("");
        let before = i
            .checked_sub(1)
            .filter(|&j| is_place(&mentions[j]))
            .filter(|&j| ties_before(gap(mentions[j].span().end, m.span().start)));
        let after = Some(i + 1)
            .filter(|&j| j < mentions.len() && is_place(&mentions[j]))
            .filter(|&j| ties_after(gap(m.span().end, mentions[j].span().start)));
        if let Some(j) = before.or(after) {
            out.push((start, PlaceOf::Beside(j)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_without_a_year_are_read_per_article() {
        for yearless in [
            "Monday",
            "20 April",
            "October 28",
            "Q3",
            "March",
            "last week",
        ] {
            assert!(is_yearless_date(yearless), "{yearless}");
        }
        for dated in [
            "2019",
            "April 2019",
            "January 1, 2020",
            "the 1990s",
            "spring '19",
        ] {
            assert!(!is_yearless_date(dated), "{dated}");
        }
    }

    #[test]
    fn institutions_every_country_has_are_recognised_by_their_words() {
        let g = Gazetteer::embedded().unwrap();
        for shared in [
            "National Assembly",
            "Supreme Court",
            "Constitutional Court",
            "Finance Ministry",
            "Ministry of Finance",
            "Parliament",
            "Congress",
            "Central Bank",
        ] {
            assert!(is_shared_institution(shared, &g), "{shared}");
        }
        for own in [
            "Bank of Japan",
            "World Bank",
            "European Commission",
            "Federal Reserve Bank of New York",
            "Goldman Sachs",
            "US Treasury",
        ] {
            assert!(!is_shared_institution(own, &g), "{own}");
        }
    }
}
