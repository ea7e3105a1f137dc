//! `extract`: rules plus the gazetteer find the mentions of one article.
//!
//! The article is read line by line (a line is a paragraph or a heading; no mention crosses
//! one, but the lines of a hard-wrapped paragraph are read as one: [`wrapped`]). On each
//! line, in order:
//! 1. tokens ([`super::token`]) and gazetteer hits;
//! 2. market data codes ([`instrument_codes`]) and streets ([`streets`]), which claim their
//!    tokens: a house number is no year;
//! 3. amounts, percentages and dates ([`values`]), which claim their tokens;
//! 4. names ([`names`]): runs of capitalised words, read with the hits inside them and the
//!    words around them (titles, suffixes, given names, verbs of saying).
//!
//! Capitalised words without evidence are kept aside; at the end of the article those that
//! repeat a person's name or an acronym found elsewhere in it become mentions too
//! ("Akazawa" after "Ryosei Akazawa", "USJTA" after "... Agreement (USJTA)").
//!
//! The result is deterministic, sorted by start and non-overlapping. Buffers are reused from
//! line to line, so the work per byte allocates nothing.

mod abbreviations;
mod awards;
mod car_models;
mod chambers;
mod companies;
mod company_words;
mod crafts;
mod dateline;
mod deferred;
mod eponyms;
mod evidence;
mod flights;
mod foreign_heads;
mod heading_surnames;
mod instrument_codes;
mod joined_heads;
mod languages;
mod law_sections;
mod line_view;
mod lines;
mod list_lines;
mod lists;
mod lone_surnames;
mod maker_products;
mod merge;
mod military_units;
mod names;
mod natural_places;
mod numbered_laws;
mod numbered_names;
mod outlets;
mod party_states;
mod people_cues;
mod person_tails;
mod place_names;
mod politics;
mod possessive_names;
mod products;
mod quoted_titles;
mod races;
mod reason;
mod shapes;
mod short_names;
mod site_name;
mod sky;
mod spelled_initials;
mod states;
mod streets;
mod surname_particles;
mod teams;
mod values;
mod vehicles;
mod web;
mod word_spans;
mod works;
mod wrapped;

pub use reason::Reason;
pub(crate) use short_names::names_a_place;

use super::covered::Covered;
use super::gazetteer::{Gazetteer, Hit, class};
use super::halves::{PARALLEL_MENTIONS, join, on_halves, on_halves_from, on_halves_mut};
use super::token::{Token, tokenize};
use super::{Label, Mention};
use crate::text::ByteSpan;
use deferred::{Deferred, PARALLEL_RUNS};
use merge::merge_by_start;
pub(super) use states::{country_of_state, state_of_code};
use std::cell::Cell;
use std::collections::{HashMap, HashSet};
pub(super) use web::without_web_domain;

/// A set of words (or spans' texts) with the fast word hash: the article passes look up
/// every mention's words, and SipHash was a large share of their time.
type WordSet<T> = HashSet<T, super::gazetteer::FastHash>;

/// A map from words with the fast word hash (see [`WordSet`]).
type WordMap<K, V> = HashMap<K, V, super::gazetteer::FastHash>;

/// Finds the entity mentions of one article's text: sorted by start, non-overlapping, every
/// span on char boundaries of `text`. Pure and deterministic.
pub fn extract(text: &str, gazetteer: &Gazetteer) -> Vec<Mention> {
    extract_inner(text, gazetteer, None)
        .into_iter()
        .map(|e| e.mention)
        .collect()
}

/// A mention with the rule that found it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Explained {
    pub mention: Mention,
    pub reason: Reason,
}

impl Explained {
    fn new(start: usize, end: usize, label: Label, reason: Reason) -> Self {
        Explained {
            mention: Mention::new(start, end, label),
            reason,
        }
    }
}

/// [`extract`], with the reason for each mention's span and label (`margin entities
/// --explain`).
pub fn extract_explained(text: &str, gazetteer: &Gazetteer) -> Vec<Explained> {
    extract_inner(text, gazetteer, None)
}

/// A capitalised word that no rule could read, kept for the corpus pass: it may repeat a
/// person named in another article. Words of one run share `run`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct LooseWord {
    pub run: usize,
    pub span: ByteSpan,
    /// It may be capitalised for its place alone: it opens a sentence or a quotation, lies in
    /// a heading, or stands in a run of title case ("its World Economic Outlook").
    pub placed: bool,
}

/// [`extract`], and the capitalised words left without evidence.
pub(crate) fn extract_with_leftovers(
    text: &str,
    gazetteer: &Gazetteer,
) -> (Vec<Mention>, Vec<LooseWord>) {
    let mut leftovers = Vec::new();
    let explained = extract_inner(text, gazetteer, Some(&mut leftovers));
    // Collected in place (std reuses the allocation: a mention is 12 of an explained one's
    // 16 bytes), then shrunk to its size: a second list beside the first would add its size
    // to the peak.
    let mut mentions: Vec<Mention> = explained.into_iter().map(|e| e.mention).collect();
    mentions.shrink_to_fit();
    leftovers.shrink_to_fit();
    (mentions, leftovers)
}

fn extract_inner(
    text: &str,
    gazetteer: &Gazetteer,
    leftovers: Option<&mut Vec<LooseWord>>,
) -> Vec<Explained> {
    // A name broken over two lines of a hard-wrapped paragraph is read whole; the text read
    // keeps every byte where it was, so the spans hold in `text`.
    let text = &*wrapped::unwrapped(text);
    let chunking = lines::Chunking::for_cores();
    let (mut mentions, mut article) = lines::scan_lines(text, gazetteer, chunking);
    people_cues::settle(text, &article.persons, &article.people_cues, &mut mentions);
    // The lines' mentions are in order; each later pass's additions are merged in.
    let added = article.resolve_deferred(text, gazetteer, &mut mentions);
    merge_by_start(&mut mentions, added);
    let mut plain_words = article.heading_words_in_lowercase(text);
    if !plain_words.is_empty() {
        // Searched, not scanned: a corpus of many articles has many headings.
        plain_words.sort_unstable_by_key(|span| span.start);
        mentions.retain(|m| {
            let span = m.mention.span();
            (plain_words
                .binary_search_by_key(&span.start, |s| s.start)
                .ok())
            .is_none_or(|k| plain_words[k] != span)
        });
    }
    on_halves_mut(&mut mentions, PARALLEL_MENTIONS, |half| {
        for m in half {
            let span = without_sentence_stop(text, m.mention.span(), gazetteer);
            let span = with_known_prefix(text, span, gazetteer);
            if m.mention.label == Label::Gpe {
                m.mention.set_span(states::with_state_of(text, span));
            } else {
                m.mention.set_span(span);
            }
        }
    });
    // The shapes read from the text alone are found beside the passes over the mentions,
    // which run on one thread: each is a search of the whole text.
    let (_, shapes) = join(
        text.len() >= chunking.min,
        || later_passes(text, gazetteer, &mut article, &mut mentions),
        || {
            (
                races::find_in(text),
                law_sections::find_in(text),
                natural_places::find_in(text),
                chambers::find_in(text),
                quoted_titles::find_in(text),
            )
        },
    );
    let (races, law_parts, natural_places, chambers, titles) = shapes;
    races::apply(&races, &mut mentions);
    law_sections::apply(&law_parts, &mut mentions);
    natural_places::apply(&natural_places, &mut mentions);
    chambers::apply(text, &chambers, &mut mentions);
    abbreviations::take_kind_of_expansion(text, &mut mentions);
    abbreviations::drop_names_of_things(text, &mut mentions);
    join_adjacent(text, &mut mentions, |text, gap, a, b| match gap {
        " " if year_dates_event(text, a, b) => Some(LabelOf::Second),
        " " if year_numbers_event(text, a, b) => Some(LabelOf::First),
        _ => None,
    });
    instrument_codes::listed_companies(text, &mut mentions);
    joined_heads::widen(text, &mut mentions);
    on_halves_mut(&mut mentions, PARALLEL_MENTIONS, |half| {
        for m in half
            .iter_mut()
            .filter(|m| !m.mention.label.is_value() && m.mention.label != Label::Person)
        {
            m.mention
                .set_span(without_lowercase_compound(text, m.mention.span()));
        }
    });
    person_tails::trim(text, gazetteer, &mut mentions);
    eponyms::drop_illness_names(text, &mut mentions);
    languages::drop_languages(text, &mut mentions);
    quoted_titles::apply(text, gazetteer, &titles, &mut mentions);
    let works = works::drop_titles(text, gazetteer, &mut mentions);
    surname_particles::widen(text, gazetteer, &mut mentions);
    widen_people_over_apostrophe_prefixes(text, &mut mentions);
    web::drop_address_paths(text, &mut mentions);
    if let Some(leftovers) = leftovers {
        article.leftovers(text, gazetteer, &mentions, leftovers);
        // A work's title stays unmarked: the corpus pass would read it as a person that
        // another article names.
        leftovers.retain(|w| !works::inside_a_title(&works, w.span));
    }
    mentions
}

/// The passes over the mentions after the deferred runs, up to the joins of two names: the
/// sky's bodies, the companies and teams of loose words, and the passes that read a
/// mention beside its neighbours.
fn later_passes(
    text: &str,
    gazetteer: &Gazetteer,
    article: &mut ArticleState,
    mentions: &mut Vec<Explained>,
) {
    let mut loose = article.loose_words(text, mentions);
    let sky_bodies = sky::bodies(text, gazetteer, &article.lowercase, mentions, &loose);
    if !sky_bodies.is_empty() {
        loose.retain(|d| !sky_bodies.iter().any(|e| e.mention.span() == d.span));
        merge_by_start(mentions, sky_bodies);
    }
    // An ordinary word opening a sentence ("Operating profit fell") is capitalised for its
    // place: no company, whatever follows it.
    let capitalised_for_its_place = |d: &Deferred| {
        let word = d.span.slice(text);
        d.initial
            && gazetteer.is_ordinary_word(word)
            && gazetteer.classes(word) & class::COMPANY == 0
    };
    let unexplained: Vec<&Deferred> = (loose.iter())
        .filter(|d| !capitalised_for_its_place(d))
        .collect();
    let outside_headings: Vec<ByteSpan> = (unexplained.iter())
        .filter(|d| !d.heading)
        .map(|d| d.span)
        .collect();
    let unexplained: Vec<ByteSpan> = unexplained.iter().map(|d| d.span).collect();
    let surnames = lone_surnames::candidates(text, gazetteer, &article.lowercase, &loose);
    let loose: Vec<ByteSpan> = loose.iter().map(|d| d.span).collect();
    let mut in_capitals = loose.clone();
    in_capitals.append(&mut article.unread_short_forms);
    spelled_initials::add(text, mentions, &in_capitals);
    let added = companies::relabel(text, gazetteer, mentions, &unexplained);
    merge_by_start(mentions, added);
    let added = teams::relabel(text, gazetteer, &article.lowercase, mentions, &loose);
    merge_by_start(mentions, added);
    let added = short_names::relabel(
        text,
        gazetteer,
        &article.lowercase,
        mentions,
        &outside_headings,
    );
    merge_by_start(mentions, added);
    let added = outlets::told_or_reporting(text, gazetteer, &outside_headings, mentions);
    merge_by_start(mentions, added);
    let added = lone_surnames::people(mentions, &surnames);
    merge_by_start(mentions, added);
    let owners: Vec<ByteSpan> = (outside_headings.iter().copied())
        .filter(|&span| !merge::is_covered(mentions, span))
        .collect();
    possessive_names::join(text, gazetteer, &owners, mentions);
    company_words::read(text, mentions);
    companies::legal_form_after_comma(text, gazetteer, mentions);
    places_before_a_government(text, mentions);
    bodies_of_a_nation(text, mentions);
    regions_as_adjectives(text, gazetteer, mentions);
    crafts::relabel(text, gazetteer, mentions);
    let makers = vehicles::relabel(text, mentions);
    let cars = car_models::models_alone(text, gazetteer, &makers, &article.deferred, mentions);
    merge_by_start(mentions, cars);
    maker_products::read(text, gazetteer, &article.deferred, mentions);
    place_names::widen(text, gazetteer, mentions);
    states::places_before_states(text, gazetteer, mentions);
    list_lines::venues(text, gazetteer, mentions);
    // One pass for the joins of two names, one for a year before the result: "the 2012
    // London Olympics" joins the city first.
    join_adjacent(text, mentions, |text, gap, a, b| match gap {
        " " if city_hosts_games(text, gazetteer, a, b)
            || nation_names_party(text, a, b)
            || maker_names_product(a, b)
            || given_name_of_a_place(text, gazetteer, a, b) =>
        {
            Some(LabelOf::Second)
        }
        " " if company_arm_in_country(text, gazetteer, a, b) => Some(LabelOf::First),
        " " if place_owns_body(text, gazetteer, a, b) => Some(LabelOf::Second),
        " " if place_before_its_building(text, gazetteer, a, b) => Some(LabelOf::Second),
        ", " if campus_of_university(text, gazetteer, a, b) => Some(LabelOf::First),
        " of " if year_names_law(text, a, b) => Some(LabelOf::First),
        "-" if nationalities_join(text, a, b) => Some(LabelOf::Second),
        " " if people_of_a_nation(text, a, b) => Some(LabelOf::Second),
        " " if halves_of_a_person(text, &article.persons, a, b) => Some(LabelOf::First),
        _ => None,
    });
}

/// "Ahmad Khan" and "Rahami" side by side in a heading, where the article names "Ahmad Khan
/// Rahami": two people a space apart are one when the article names the two as one person.
fn halves_of_a_person(
    text: &str,
    persons: &WordSet<String>,
    first: &Explained,
    second: &Explained,
) -> bool {
    first.mention.label == Label::Person
        && second.mention.label == Label::Person
        && text
            .get(first.mention.span().start..second.mention.span().end)
            .is_some_and(|both| persons.contains(both))
}

/// "the Tuva government" where the article names the Tuva region: a name read as a leader's
/// by the word after it is the place's when the article names that place elsewhere.
fn places_before_a_government(text: &str, mentions: &mut [Explained]) {
    if !mentions.iter().any(|e| e.reason == Reason::LeaderContext) {
        return;
    }
    let places: WordSet<&str> = (mentions.iter())
        .filter(|e| e.mention.label == Label::Gpe)
        .map(|e| e.mention.text(text))
        .collect();
    for e in mentions.iter_mut() {
        if e.reason == Reason::LeaderContext && places.contains(e.mention.text(text)) {
            e.mention.label = Label::Gpe;
            e.reason = Reason::ArticleConsistency;
        }
    }
}

/// Bodies a nation's adjective names with a capital: "the Scottish Government", "the French
/// Navy".
const NATIONAL_BODIES: &[&str] = &[
    "Government",
    "Parliament",
    "Cabinet",
    "Army",
    "Navy",
    "Senate",
    "Executive",
];

/// "the Scottish Government": a nationality right before one of [`NATIONAL_BODIES`] is that
/// body, an organisation, when nothing was read in the body's word.
fn bodies_of_a_nation(text: &str, mentions: &mut [Explained]) {
    for k in 0..mentions.len() {
        if mentions[k].mention.label != Label::Norp {
            continue;
        }
        let span = mentions[k].mention.span();
        let Some(rest) = text[span.end..].strip_prefix(' ') else {
            continue;
        };
        let Some(body) = NATIONAL_BODIES.iter().find(|b| {
            rest.strip_prefix(**b)
                .is_some_and(|after| !after.starts_with(|c: char| c.is_alphanumeric()))
        }) else {
            continue;
        };
        let end = span.end + 1 + body.len();
        let free = mentions
            .get(k + 1)
            .is_none_or(|m| m.mention.span().start >= end);
        if free {
            mentions[k].mention.set_span(ByteSpan::new(span.start, end));
            mentions[k].mention.label = Label::Org;
            mentions[k].reason = Reason::HeadWord;
        }
    }
}

/// "Caribbean nations", "Mediterranean diets": a region named by an adjective ("-an"), right
/// before a noun, is said of its peoples (NORP), as "European" is; "the Caribbean" alone, or
/// before a verb or a function word ("the Caribbean has", "Caribbean and"), stays the region.
fn regions_as_adjectives(text: &str, g: &Gazetteer, mentions: &mut [Explained]) {
    for e in mentions
        .iter_mut()
        .filter(|e| e.mention.label == Label::Loc)
    {
        let span = e.mention.span();
        let name = span.slice(text);
        if !name.ends_with("an") || name.contains(' ') {
            continue;
        }
        let Some(rest) = text[span.end..].strip_prefix(' ') else {
            continue;
        };
        let word_len = rest.bytes().take_while(u8::is_ascii_lowercase).count();
        let word = &rest[..word_len];
        let ends = rest[word_len..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric() && c != '-');
        if word_len < 3 || !ends || word == "sea" || word.ends_with("ed") {
            continue;
        }
        // "has", "and", "which": the capitalised form is listed among the function words.
        let mut capitalised = word.to_string();
        capitalised[..1].make_ascii_uppercase();
        if g.classes(&capitalised) & class::STOPWORD != 0 {
            continue;
        }
        e.mention.label = Label::Norp;
        e.reason = Reason::RegionAdjective;
    }
}

/// "Euro 2020", "Galaxy Unpacked 2023": a year written right after an event is its edition,
/// part of its name.
fn year_numbers_event(text: &str, event: &Explained, year: &Explained) -> bool {
    event.mention.label == Label::Event
        && year.mention.label == Label::Date
        && is_written_year(year.mention.text(text))
}

/// "the 2004 Brit Awards", "England's 2011 World Cup": a year just before an event names
/// which one is meant, so it belongs to the event's span (as "94th" does). Not after a
/// preposition: "Since 2004 Eurovision has grown" dates the sentence.
fn year_dates_event(text: &str, year: &Explained, event: &Explained) -> bool {
    // The labels first: this is asked of most pairs of mentions one space apart.
    if year.mention.label != Label::Date || event.mention.label != Label::Event {
        return false;
    }
    let before = text[..year.mention.span().start].trim_end();
    let word_before = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    let dates_the_sentence = before.ends_with(|c: char| c.is_alphabetic())
        && TIME_PREPOSITIONS
            .iter()
            .any(|p| p.eq_ignore_ascii_case(word_before));
    is_written_year(year.mention.text(text)) && !dates_the_sentence
}

/// Whether a date's text is a year alone, four digits ("2004").
fn is_written_year(date: &str) -> bool {
    date.len() == 4 && date.bytes().all(|b| b.is_ascii_digit())
}

/// Words before a year that make it the time of the sentence ("In 2004", "since 2004").
const TIME_PREPOSITIONS: &[&str] = &[
    "in",
    "since",
    "by",
    "until",
    "till",
    "after",
    "before",
    "from",
    "during",
    "through",
    "throughout",
    "for",
    "at",
    "on",
    "of",
    "to",
    "and",
    "or",
    "between",
    "circa",
    "around",
];

/// "the Paris Olympics", "the Glasgow Commonwealth Games": a city just before games names
/// which ones are meant. Only a city: "the England World Cup squad" is a team's.
fn city_hosts_games(
    text: &str,
    gazetteer: &Gazetteer,
    city: &Explained,
    games: &Explained,
) -> bool {
    if city.mention.label != Label::Gpe || games.mention.label != Label::Event {
        return false;
    }
    let last_word = games
        .mention
        .text(text)
        .rsplit(' ')
        .next()
        .unwrap_or_default();
    matches!(last_word, "Olympics" | "Games" | "Paralympics")
        && !gazetteer.is_country(city.mention.text(text))
}

/// "Investment Company Act of 1940", "Civil Rights Act of 1964": the year of a law is part
/// of its name.
fn year_names_law(text: &str, law: &Explained, year: &Explained) -> bool {
    law.mention.label == Label::Law
        && year.mention.label == Label::Date
        && is_written_year(year.mention.text(text))
}

/// "African-American", "Japanese-Brazilian": two nationalities joined by a hyphen are one
/// group; but two sides before a word of their dealings ("American-Sudanese relations",
/// "Russian-Ukrainian war") stay two.
fn nationalities_join(text: &str, first: &Explained, second: &Explained) -> bool {
    let next_word = text[second.mention.span().end..]
        .trim_start_matches([' ', '-'])
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    first.mention.label == Label::Norp
        && second.mention.label == Label::Norp
        && !DEALINGS.contains(&next_word)
}

/// "Asian American", "Japanese Americans": a people and the nation they live in, one group
/// without a hyphen too ("Japanese American trade talks" stay two sides).
fn people_of_a_nation(text: &str, first: &Explained, second: &Explained) -> bool {
    matches!(
        second.mention.span().slice(text),
        "American" | "Americans" | "Canadian" | "Canadians" | "Australian" | "Australians"
    ) && nationalities_join(text, first, second)
}

/// Words for what two countries or peoples have between them.
const DEALINGS: &[&str] = &[
    "relations",
    "relationship",
    "ties",
    "talks",
    "trade",
    "war",
    "wars",
    "border",
    "conflict",
    "summit",
    "alliance",
    "deal",
    "agreement",
    "dialogue",
    "negotiations",
    "tensions",
    "cooperation",
    "rivalry",
    "partnership",
    "friendship",
    "treaty",
    "dispute",
    "axis",
    "meeting",
    "pact",
    "front",
    "frontier",
    "standoff",
    "accord",
    "venture",
    "exchange",
    "peace",
    "crisis",
    "feud",
    "clashes",
    "divide",
    "rapprochement",
];

/// "Scottish Labour Party", "the French Navy": a nationality before a party's name, or
/// before a body of [`NATIONAL_BODIES`] the gazetteer names alone, is part of the name of
/// that nation's party or body.
fn nation_names_party(text: &str, nation: &Explained, body: &Explained) -> bool {
    let body_name = body.mention.text(text);
    nation.mention.label == Label::Norp
        && body.mention.label == Label::Org
        && (body_name.ends_with(" Party") || NATIONAL_BODIES.contains(&body_name))
}

/// "London Heathrow", "Chicago O'Hare": a place written right before a building the
/// gazetteer knows by one word of its own (an airport, most often) is part of that
/// building's name.
fn place_before_its_building(
    text: &str,
    gazetteer: &Gazetteer,
    place: &Explained,
    building: &Explained,
) -> bool {
    if place.mention.label != Label::Gpe || building.mention.label != Label::Fac {
        return false;
    }
    let name = building.mention.text(text);
    !name.contains(' ') && matches!(gazetteer.lookup(name), Some((Label::Fac, _)))
}

/// Words that end or open the name of a public body, a court or a party ("Department of
/// Transportation", "Food and Drug Administration", "People's Liberation Front").
fn is_body_word(word: &str) -> bool {
    matches!(
        word,
        "Department"
            | "Ministry"
            | "Office"
            | "Bureau"
            | "Commission"
            | "Council"
            | "Board"
            | "Agency"
            | "Authority"
            | "Administration"
            | "Committee"
            | "Assembly"
            | "Parliament"
            | "Senate"
            | "Police"
            | "Court"
            | "Front"
            | "Party"
    )
}

/// "the Texas Department of Transportation", "the Tigray People's Liberation Front": a
/// state, city or region written right before a public body's name (no possessive between)
/// is part of it: the body of that place, not the nation's body of that name. So is a
/// country before one of its bodies ("the U.S. Securities and Exchange Commission", "the UK
/// Parliament", "the U.S. Navy"), as the guideline reads "US Treasury"; grouping still knows
/// the body by its own name, in that country (`group::facts`). The body is named by a
/// body's word: a company after a country is left alone ("US Steel" is a name of its own),
/// and so is an abbreviation ("US EPA"), which may be anyone's.
fn place_owns_body(text: &str, gazetteer: &Gazetteer, place: &Explained, body: &Explained) -> bool {
    if place.mention.label != Label::Gpe || body.mention.label != Label::Org {
        return false;
    }
    let name = body.mention.text(text);
    let first = name.split(' ').next().unwrap_or(name);
    let last = name.rsplit(' ').next().unwrap_or(name);
    let body_word = is_body_word(first) || is_body_word(last);
    // The words first: most places before an organisation name no body of theirs.
    if !body_word && !is_national_body_word(last) {
        return false;
    }
    if gazetteer.is_country(place.mention.text(text)) {
        true
    } else {
        body_word && name.contains(' ')
    }
}

/// Last words of a nation's bodies beyond [`is_body_word`]'s, after the country's name:
/// "U.S. Navy", "US Embassy".
fn is_national_body_word(word: &str) -> bool {
    matches!(
        word,
        "Congress"
            | "House"
            | "Army"
            | "Navy"
            | "Force"
            | "Guard"
            | "Corps"
            | "Embassy"
            | "Consulate"
            | "Treasury"
            | "Reserve"
            | "Service"
            | "Survey"
            | "Government"
            | "Judiciary"
            | "Legislature"
    )
}

/// "Yahoo Japan", "Amazon UK": a company just before a country names its arm there.
fn company_arm_in_country(
    text: &str,
    gazetteer: &Gazetteer,
    company: &Explained,
    country: &Explained,
) -> bool {
    company.mention.label == Label::Org
        && country.mention.label == Label::Gpe
        && gazetteer.is_country(country.mention.text(text))
        && !company.mention.text(text).contains(' ')
}

/// "University of California, San Diego", "California State University, Sacramento": a
/// state's university and a city after a comma name one campus, one organisation. Other
/// universities' places are where they are ("the University of Oxford, England").
fn campus_of_university(
    text: &str,
    gazetteer: &Gazetteer,
    university: &Explained,
    city: &Explained,
) -> bool {
    let place = city.mention.text(text);
    let name = university.mention.text(text);
    let of_a_state = (name.strip_prefix("University of "))
        .or_else(|| name.strip_suffix(" State University"))
        .is_some_and(states::is_state_name);
    university.mention.label == Label::Org
        && city.mention.label == Label::Gpe
        && of_a_state
        && !gazetteer.is_country(place)
        && !states::is_state_name(place)
}

/// "Sony Walkman", "Apple iPod": a company just before its product is part of the
/// product's name, as "Nintendo" is of "Nintendo Switch 2".
fn maker_names_product(maker: &Explained, product: &Explained) -> bool {
    maker.mention.label == Label::Org && product.mention.label == Label::Product
}

/// "Alexandria Douziech", "Florence Pugh": a one-word place that is also a given name,
/// right before a person's one-word name, is the person's given name.
fn given_name_of_a_place(
    text: &str,
    gazetteer: &Gazetteer,
    place: &Explained,
    person: &Explained,
) -> bool {
    let word = place.mention.text(text);
    place.mention.label == Label::Gpe
        && person.mention.label == Label::Person
        && !word.contains(' ')
        && !person.mention.text(text).contains(' ')
        && gazetteer.classes(word) & class::GIVEN != 0
}

/// Which of two joined mentions gives the name its label.
#[derive(Clone, Copy, PartialEq, Eq)]
enum LabelOf {
    First,
    Second,
}

/// Joins each mention to the next one where `joins`, given the text between them, says the
/// two are one name: the name runs from the first's start to the second's end, with the
/// label of the one `joins` names. In place.
fn join_adjacent(
    text: &str,
    mentions: &mut Vec<Explained>,
    joins: impl Fn(&str, &str, &Explained, &Explained) -> Option<LabelOf>,
) {
    // The longest gap a join reads (" of "): longer ones are turned away unread.
    const LONGEST_GAP: usize = 4;
    let mut kept = 0;
    for i in 0..mentions.len() {
        if let Some(&next) = mentions.get(i + 1) {
            let (end, start) = (mentions[i].mention.span().end, next.mention.span().start);
            let gap = (start.saturating_sub(end) <= LONGEST_GAP)
                .then(|| text.get(end..start))
                .flatten();
            if let Some(label_of) = gap.and_then(|gap| joins(text, gap, &mentions[i], &next)) {
                let span = ByteSpan::new(mentions[i].mention.span().start, next.mention.span().end);
                mentions[i + 1].mention.set_span(span);
                mentions[i + 1].reason = Reason::JoinedToName;
                if label_of == LabelOf::First {
                    mentions[i + 1].mention.label = mentions[i].mention.label;
                }
                continue;
            }
        }
        mentions[kept] = mentions[i];
        kept += 1;
    }
    mentions.truncate(kept);
}

/// Abbreviations that end a name with their own full stop ("Nakamura Motors Corp.").
const NAME_ABBREVIATIONS: &[&str] = &[
    "Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "Bros", "Assn", "Plc", "Mfg", "Intl", "St", "Ave",
    "Blvd", "Rd",
];

/// `span` without a final full stop that ends the sentence rather than the name: "polled by
/// the Continental Post." names "Continental Post". Dotted abbreviations ("U.S."), the
/// abbreviations above, weekdays written short ("Wed.") and names the gazetteer knows with
/// their stop ("Calif.") keep theirs.
fn without_sentence_stop(text: &str, span: ByteSpan, g: &Gazetteer) -> ByteSpan {
    let name = span.slice(text);
    let Some(stem) = name.strip_suffix('.') else {
        return span;
    };
    let last_word = stem.rsplit([' ', '-']).next().unwrap_or(stem);
    let abbreviation = last_word.contains('.')
        || NAME_ABBREVIATIONS.contains(&last_word)
        || values::is_weekday_abbreviation(last_word);
    if abbreviation || stem.is_empty() || g.lookup(name).is_some() {
        return span;
    }
    ByteSpan::new(span.start, span.end - 1)
}

/// Widens each person's mention over the given name's piece written before an apostrophe
/// ([`with_apostrophe_prefix`]).
fn widen_people_over_apostrophe_prefixes(text: &str, mentions: &mut [Explained]) {
    for m in mentions
        .iter_mut()
        .filter(|m| m.mention.label == Label::Person)
    {
        let span = m.mention.span();
        m.mention.set_span(with_apostrophe_prefix(text, span));
    }
}

/// A person's `span` widened over a short capitalised piece and an apostrophe written before
/// it, which open the given name: "Ja'Marr Chase", "De’Aaron Fox", "De’Broski Herbert" (the
/// name was read from the capital after the apostrophe).
fn with_apostrophe_prefix(text: &str, span: ByteSpan) -> ByteSpan {
    let before = &text[..span.start];
    let Some(before) = before.strip_suffix(['\'', '’']) else {
        return span;
    };
    let apostrophe = span.start - before.len();
    let piece_len = before.len()
        - before
            .trim_end_matches(|c: char| c.is_ascii_alphabetic())
            .len();
    let piece = &before[before.len() - piece_len..];
    let opens_word = before[..before.len() - piece_len]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric() && !matches!(c, '\'' | '’' | '-'));
    let shaped = (2..=3).contains(&piece.len())
        && piece.starts_with(|c: char| c.is_ascii_uppercase())
        && piece[1..].bytes().all(|b| b.is_ascii_lowercase());
    if opens_word && shaped && span.slice(text).starts_with(|c: char| c.is_uppercase()) {
        ByteSpan::new(span.start - apostrophe - piece_len, span.end)
    } else {
        span
    }
}

/// `span` widened over a lowercase prefix hyphenated onto it when the gazetteer lists the
/// whole, capitalised: "sub-Saharan Africa" of "Sub-Saharan Africa". The names of places
/// are found from a word's start, which a hyphen makes of "Saharan".
fn with_known_prefix(text: &str, span: ByteSpan, g: &Gazetteer) -> ByteSpan {
    let before = &text[..span.start];
    let Some(before) = before.strip_suffix('-') else {
        return span;
    };
    let prefix_len = before.len()
        - before
            .trim_end_matches(|c: char| c.is_ascii_lowercase())
            .len();
    if prefix_len < 2 {
        return span;
    }
    let start = span.start - prefix_len - 1;
    let whole = &text[start..span.end];
    let capitalised = format!("{}{}", whole[..1].to_ascii_uppercase(), &whole[1..]);
    if g.lookup(&capitalised).is_some() {
        ByteSpan::new(start, span.end)
    } else {
        span
    }
}

/// "FlurbKit-compatible", "Zorblax-owned": a lowercase word hyphenated onto a name of a thing
/// is the compound's, not the name's (the guideline marks "BJP" of "BJP-led"). A person's
/// name keeps it: "Lee Jae-myung".
fn without_lowercase_compound(text: &str, span: ByteSpan) -> ByteSpan {
    let name = span.slice(text);
    let Some(hyphen) = name.rfind('-') else {
        return span;
    };
    let tail = &name[hyphen + 1..];
    let lowercase = tail.len() >= 2 && tail.bytes().all(|b| b.is_ascii_lowercase());
    if lowercase && hyphen > 0 {
        ByteSpan::new(span.start, span.start + hyphen)
    } else {
        span
    }
}

/// Whether `word` is the suffix of an ordinal number ("th" of "94th").
fn is_ordinal_suffix(word: &str) -> bool {
    matches!(word, "st" | "nd" | "rd" | "th")
}

/// The word right before byte `start`, skipping spaces (None after punctuation).
pub(super) fn word_before(text: &str, start: usize) -> Option<&str> {
    let before = text[..start].trim_end_matches([' ', '\t']);
    let word_start = before.rfind(|c: char| !c.is_alphanumeric()).map_or(0, |i| {
        i + before[i..].chars().next().map_or(1, char::len_utf8)
    });
    let word = &before[word_start..];
    (!word.is_empty()).then_some(word)
}

/// Whether "the " or "The ", a word of its own, ends `text` right before byte `at`.
pub(super) fn the_before(text: &str, at: usize) -> bool {
    (["the ", "The "].iter())
        .find_map(|article| text[..at].strip_suffix(article))
        .is_some_and(|rest| !rest.ends_with(|c: char| c.is_alphanumeric()))
}

/// The word right after byte `end` and one space, up to its first character that is no
/// letter ("reports" of " reports that"); empty when no space follows.
pub(super) fn word_after(text: &str, end: usize) -> &str {
    let rest = text[end..].strip_prefix(' ').unwrap_or_default();
    let len = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    &rest[..len]
}

/// The two words before `start`, the nearer second: ("according", "to") before "Deadline".
pub(super) fn two_words_before(text: &str, start: usize) -> Option<(&str, &str)> {
    let second = word_before(text, start)?;
    let second_start = text[..start].trim_end_matches([' ', '\t']).len() - second.len();
    Some((word_before(text, second_start)?, second))
}

/// The line of `text` that holds the bytes `start..end` (within one line), without its
/// newline.
pub(super) fn line_holding(text: &str, start: usize, end: usize) -> &str {
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    &text[line_start..line_end]
}

/// Whether a line reads as a heading: short, and without final punctuation, or a longer
/// title in title case. Headings are written in title case, so their capitalised words are
/// no evidence of a name.
pub(super) fn is_heading(line: &str) -> bool {
    let Some(last) = line.chars().next_back() else {
        return false;
    };
    // Paragraphs are long: neither rule below reads them, nor counts their words.
    if line.len() > 200 {
        return false;
    }
    let words = line.split_whitespace().count();
    let short = line.len() <= 120 && words <= 14;
    let open = !matches!(
        last,
        '.' | '!' | '?' | '…' | ':' | ';' | ',' | '"' | '”' | '’' | '\'' | ')'
    );
    // "Rewriting Rules of Engagement with Video in 2020: Vidyard Introduces New Features on
    // its Video Platform": too long for the rule of length, but no sentence is cased so.
    let long_title = open && words <= 30 && title_cased(line, 5);
    (short && (open || quoted_title(line)) || long_title) && !sentence_cased(line)
}

/// Whether `line` writes a word of five letters or more in lowercase after its first word,
/// as a sentence does and a title does not ("Professor of economics, McGill University",
/// "Power outage at London's Stansted airport holds up travel"): its capitals then mark
/// names, as a sentence's do.
fn sentence_cased(line: &str) -> bool {
    line.split_whitespace().skip(1).any(|word| {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        word.len() >= 5 && word.bytes().all(|b| b.is_ascii_lowercase())
    })
}

/// Whether a line ending in a quotation reads as a title: `Student Dies After Pills
/// "Burned Her Up"`.
fn quoted_title(line: &str) -> bool {
    let body = line.trim_end_matches(['"', '”', '’', '\'']);
    body.len() != line.len() && !body.ends_with(['.', '!', '?', ',']) && title_cased(line, 3)
}

/// Whether no sentence ends inside `line` and nearly every word of four letters or more is
/// capitalised, as titles write them and sentences do not (at least `fewest` such words).
fn title_cased(line: &str, fewest: usize) -> bool {
    if line.contains(". ") {
        return false;
    }
    let (mut long, mut capitalised) = (0, 0);
    for word in line.split_whitespace() {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        if word.chars().count() >= 4 {
            long += 1;
            capitalised += usize::from(word.chars().next().is_some_and(char::is_uppercase));
        }
    }
    long >= fewest && capitalised * 5 >= long * 4
}

/// Buffers reused from line to line.
#[derive(Default)]
struct Work {
    tokens: Vec<Token>,
    hits: Vec<Hit>,
    claimed: Vec<bool>,
    /// Per token: the hit starting there, as (end token, label).
    hit_at: Vec<Option<(usize, Label)>>,
    /// Per token: whether a hit covers it.
    in_hit: Vec<bool>,
    found: Vec<Found>,
    /// Per token: its word classes, looked up on first use ([`NOT_LOOKED_UP`] before).
    classes: Vec<Cell<u32>>,
}

/// The word-class cache's mark for a token not looked up yet.
const NOT_LOOKED_UP: u32 = u32::MAX;

/// The word classes of token `i` of `line` (0 past the end or for a non-word), looked up
/// in the gazetteer on first use and kept in `cache`.
fn cached_classes(
    g: &Gazetteer,
    line: &str,
    tokens: &[Token],
    cache: &[Cell<u32>],
    i: usize,
) -> u32 {
    let (Some(cell), Some(t)) = (cache.get(i), tokens.get(i)) else {
        return 0;
    };
    if cell.get() == NOT_LOOKED_UP {
        cell.set(if t.is_word() {
            g.classes(t.text(line))
        } else {
            0
        });
    }
    cell.get()
}

/// A mention found on the current line, in bytes relative to the line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Found {
    start: usize,
    end: usize,
    label: Label,
    reason: Reason,
}

impl Found {
    /// The mention over `tokens` (some of the line's, not none).
    fn over(tokens: &[Token], label: Label, reason: Reason) -> Self {
        Found {
            start: tokens[0].start,
            end: tokens[tokens.len() - 1].end,
            label,
            reason,
        }
    }
}

/// Takes the line's tokens `first..end` for a mention: no later rule of the line reads them.
fn claim(claimed: &mut [bool], first: usize, end: usize) {
    claimed[first..end].iter_mut().for_each(|c| *c = true);
}

/// Marks the line's `tokens[first..end]` as one mention and claims them, unless an earlier
/// rule took one of them: the token after them, where the caller reads on. Inlined: the
/// value rules' loop over every token calls it.
#[inline]
fn mark_unclaimed(
    tokens: &[Token],
    claimed: &mut [bool],
    found: &mut Vec<Found>,
    (first, end): (usize, usize),
    label: Label,
    reason: Reason,
) -> Option<usize> {
    if claimed[first..end].iter().any(|&c| c) {
        return None;
    }
    found.push(Found::over(&tokens[first..end], label, reason));
    claim(claimed, first, end);
    Some(end)
}

/// What one article's lines tell about the rest of it.
#[derive(Default)]
struct ArticleState {
    /// Words of the people's names found so far (full names, surnames, family names).
    persons: WordSet<String>,
    /// Given names of the people named in full: a lone "Terry" after "Terry Taylor" is read
    /// at the end of the article, when no other rule took it.
    given_names: WordSet<String>,
    /// Acronyms defined in parentheses after a name, with the name's label.
    acronyms: WordMap<String, Label>,
    /// Capitalised runs left without evidence, read again at the end of the article.
    deferred: Vec<Deferred>,
    /// One-word titles with no name after them ("King laughed"): a person's surname when
    /// the article names that person ("Gayle King"), which is known at its end.
    lone_titles: Vec<ByteSpan>,
    /// Words the article writes in lowercase, of those the end-of-article passes ask
    /// about; filled by [`ArticleState::resolve_deferred`].
    lowercase: WordSet<String>,
    /// One-word known names in headings ("Sale" of "Yahoo's Sale to Verizon"): a heading
    /// capitalises every word, so the article's running text says whether the word is a
    /// name ([`ArticleState::heading_words_in_lowercase`]).
    heading_hits: Vec<ByteSpan>,
    /// Where [`ArticleState::is_person`] said no: the answer may be yes once the lines
    /// before are known, when they were scanned on another thread ([`lines`]).
    asked: Vec<ByteSpan>,
    /// Names whose reading turns on whether the article names a person by a word of them,
    /// settled once the lines are scanned ([`people_cues`]).
    people_cues: Vec<people_cues::PeopleCue>,
    /// Parties' short forms left unread on lines that speak of no politics ("SLS" in a story
    /// on rockets): the article may spell out a name of its own with those letters
    /// ([`spelled_initials`]).
    unread_short_forms: Vec<ByteSpan>,
}

impl ArticleState {
    /// Whether `word` (at `span` of the article) is a word of a person named on an earlier
    /// line.
    fn is_person(&mut self, word: &str, span: ByteSpan) -> bool {
        let known = self.persons.contains(word);
        if !known {
            self.asked.push(span);
        }
        known
    }

    /// The known names of headings that the article also writes in lowercase: "Sale" of
    /// "Yahoo's Sale to Verizon" after "the sale" is the word, not the town of Salé.
    fn heading_words_in_lowercase(&self, text: &str) -> Vec<ByteSpan> {
        (self.heading_hits.iter())
            .filter(|span| self.lowercase.contains(&span.slice(text).to_lowercase()))
            .copied()
            .collect()
    }

    /// Adds what the `later` lines learned, as if they had been scanned after these.
    fn absorb(&mut self, later: ArticleState) {
        self.persons.extend(later.persons);
        self.given_names.extend(later.given_names);
        self.acronyms.extend(later.acronyms);
        self.deferred.extend(later.deferred);
        self.lone_titles.extend(later.lone_titles);
        self.heading_hits.extend(later.heading_hits);
        self.people_cues.extend(later.people_cues);
        self.unread_short_forms.extend(later.unread_short_forms);
    }

    /// The deferred runs of one capitalised word that no mention covers.
    fn loose_words(&self, text: &str, mentions: &[Explained]) -> Vec<Deferred> {
        let [mut loose, later] = on_halves(&self.deferred, PARALLEL_RUNS, |runs| {
            let mut covered = Covered::new(mentions, |m| m.mention.span());
            runs.iter()
                .filter(|d| !d.span.slice(text).contains(char::is_whitespace))
                .filter(|d| !covered.covers(d.span))
                .copied()
                .collect::<Vec<_>>()
        });
        loose.extend(later);
        loose
    }

    /// The capitalised words of deferred runs that no mention covers.
    fn leftovers(
        &self,
        text: &str,
        g: &Gazetteer,
        mentions: &[Explained],
        out: &mut Vec<LooseWord>,
    ) {
        let [first, later] = on_halves_from(&self.deferred, PARALLEL_RUNS, |at, runs| {
            let mut words = Vec::new();
            let mut tokens = Vec::new();
            let mut covered = Covered::new(mentions, |m| m.mention.span());
            for (run, d) in (at..).zip(runs) {
                let span = d.span;
                if covered.covers(span) {
                    continue;
                }
                let piece = span.slice(text);
                tokenize(piece, &mut tokens);
                for t in tokens.iter().filter(|t| t.is_cap_word()) {
                    let word = t.text(piece);
                    let at = span.start + t.start;
                    let end = at + word.len();
                    // "Don’t", "I’ll": a contraction names no one.
                    if g.classes(word) & super::gazetteer::class::STOPWORD == 0
                        && !opens_a_contraction(&text[end..])
                    {
                        // "'Oh, yeah'": a quotation opens a sentence of its own.
                        let quoted = text[..at].ends_with(['"', '“', '‘', '\'']);
                        let placed = d.heading
                            || (d.initial && t.start == 0)
                            || quoted
                            || beside_a_capital(text, at, end);
                        words.push(LooseWord {
                            run,
                            span: ByteSpan::new(at, end),
                            placed,
                        });
                    }
                }
            }
            words
        });
        out.extend(first);
        out.extend(later);
    }
}

/// Whether the word at `start..end` of `text` has a capitalised word right before or after
/// it, a space apart: "13 Best Tweets", "Around Your House".
/// A word opening a sentence before it does not count ("Once Trump left").
fn beside_a_capital(text: &str, start: usize, end: usize) -> bool {
    let capital = |word: &str| word.starts_with(char::is_uppercase);
    let before = text[..start].strip_suffix(' ').and_then(|t| {
        let (rest, word) = split_last_word(t);
        (!opens_a_sentence_after(rest)).then_some(word)
    });
    before.is_some_and(capital) || capital(word_after(text, end))
}

/// `text` cut before its last word: (all before it, with the space or line break that ends
/// it; the word).
pub(super) fn split_last_word(text: &str) -> (&str, &str) {
    text.split_at(text.rfind([' ', '\n']).map_or(0, |k| k + 1))
}

/// Whether a word written right after `before` (and any spaces) opens a sentence: nothing
/// before it, or a sentence's end, a line break, an opening quote or a colon.
pub(super) fn opens_a_sentence_after(before: &str) -> bool {
    let before = before.trim_end_matches(' ');
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', '"', '“', ':'])
}

/// Whether `rest`, the text right after a word, opens with the apostrophe and ending of a
/// contraction: "’t" of "Don’t", "'ll" of "I'll", "’re", "’ve", "’m", "’d".
fn opens_a_contraction(rest: &str) -> bool {
    let Some(after) = rest.strip_prefix(['’', '\'']) else {
        return false;
    };
    let ending = after.bytes().take_while(u8::is_ascii_alphabetic).count();
    matches!(&after[..ending], "t" | "ll" | "re" | "ve" | "m" | "d")
}

/// One line under analysis: its tokens, hits and what has been claimed.
struct Scan<'a> {
    g: &'a Gazetteer,
    line: &'a str,
    heading: bool,
    tokens: &'a [Token],
    claimed: &'a mut Vec<bool>,
    hit_at: &'a [Option<(usize, Label)>],
    in_hit: &'a [bool],
    found: &'a mut Vec<Found>,
    classes: &'a [Cell<u32>],
    article: &'a mut ArticleState,
    base: usize,
}

fn scan_line(
    g: &Gazetteer,
    line: &str,
    heading: bool,
    base: usize,
    work: &mut Work,
    article: &mut ArticleState,
    out: &mut Vec<Explained>,
) {
    let Work {
        tokens,
        hits,
        claimed,
        hit_at,
        in_hit,
        found,
        classes,
    } = work;
    tokenize(line, tokens);
    if tokens.is_empty() {
        return;
    }
    claimed.clear();
    claimed.resize(tokens.len(), false);
    found.clear();

    classes.clear();
    classes.resize(tokens.len(), Cell::new(NOT_LOOKED_UP));
    // Market data codes are no names (".DJI", "EUR="); streets go before values, as a house
    // number is no year ("1909 Jolinda Drive").
    instrument_codes::claim(line, tokens, claimed);
    let view = line_view::LineView {
        g,
        line,
        tokens,
        cache: classes,
    };
    streets::find_streets(view, claimed, found);
    numbered_names::read(view, claimed, found);
    values::find_values(view, claimed, found);

    hits.clear();
    g.hits(line, tokens, hits);
    hit_at.clear();
    hit_at.resize(tokens.len(), None);
    in_hit.clear();
    in_hit.resize(tokens.len(), false);
    place_hits(hits, tokens, claimed, hit_at, in_hit);

    let mut scan = Scan {
        g,
        line,
        heading,
        tokens,
        claimed,
        hit_at,
        in_hit,
        found,
        classes,
        article,
        base,
    };
    scan.dateline();
    scan.find_names();
    let heading = scan.heading;

    found.sort_unstable_by_key(|f| f.start);
    if heading {
        for f in found.iter_mut() {
            f.end = without_headline_verb(g, line, f);
        }
        // Title-cased words only: "US" is no "us" in capitals.
        let one_word = |f: &&Found| {
            let word = &line[f.start..f.end];
            !word.contains([' ', '-', '.']) && word.chars().skip(1).all(char::is_lowercase)
        };
        let known = (found.iter())
            .filter(|f| f.reason == Reason::Gazetteer)
            .filter(one_word);
        (article.heading_hits).extend(known.map(|f| ByteSpan::new(base + f.start, base + f.end)));
    }
    out.extend(
        found
            .iter()
            .map(|f| Explained::new(base + f.start, base + f.end, f.label, f.reason)),
    );
}

/// The end of a name found in a heading without a verb in the past that the heading's
/// capitals glued to it: "Fahie Arrested", "Apple Pencil Rumored". A word of the language
/// ending in "-ed" ends no name a rule read by its shape; a name the gazetteer lists keeps
/// its words ("Manchester United").
fn without_headline_verb(g: &Gazetteer, line: &str, f: &Found) -> usize {
    if matches!(f.reason, Reason::Gazetteer | Reason::Value) {
        return f.end;
    }
    let name = &line[f.start..f.end];
    let Some((rest, last)) = name.rsplit_once(' ') else {
        return f.end;
    };
    let past = last.len() >= 5
        && last.ends_with("ed")
        && last.starts_with(|c: char| c.is_ascii_uppercase())
        && last[1..].bytes().all(|b| b.is_ascii_lowercase());
    if past && g.is_ordinary_word(last) && g.classes(last) == 0 && g.lookup(name).is_none() {
        f.start + rest.len()
    } else {
        f.end
    }
}

/// Records each hit on the tokens it covers, dropping hits that do not fall on token
/// boundaries or that overlap a claimed token.
fn place_hits(
    hits: &[Hit],
    tokens: &[Token],
    claimed: &[bool],
    hit_at: &mut [Option<(usize, Label)>],
    in_hit: &mut [bool],
) {
    let mut t = 0;
    for hit in hits {
        while t < tokens.len() && tokens[t].start < hit.start {
            t += 1;
        }
        if t >= tokens.len() || tokens[t].start != hit.start {
            continue;
        }
        let mut end = t;
        while end < tokens.len() && tokens[end].end <= hit.end {
            end += 1;
        }
        let aligned = end > t && tokens[end - 1].end == hit.end;
        if !aligned || claimed[t..end].iter().any(|&c| c) {
            continue;
        }
        hit_at[t] = Some((end, hit.label));
        in_hit[t..end].iter_mut().for_each(|c| *c = true);
    }
}

impl Scan<'_> {
    fn word(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.text(self.line))
    }

    /// The text of tokens `s..e` (`e > s`), as the line writes it.
    fn text_of(&self, s: usize, e: usize) -> &str {
        &self.line[self.tokens[s].start..self.tokens[e - 1].end]
    }

    /// Where tokens `s..e` of the line are in the article.
    fn byte_span(&self, s: usize, e: usize) -> ByteSpan {
        ByteSpan::new(
            self.base + self.tokens[s].start,
            self.base + self.tokens[e - 1].end,
        )
    }

    /// The word classes of token `i` (0 past the end), looked up once per line. Asked many
    /// times a token, so the answer already kept is read here, inlined.
    #[inline]
    fn classes(&self, i: usize) -> u32 {
        match self.classes.get(i).map(Cell::get) {
            Some(kept) if kept != NOT_LOOKED_UP => kept,
            _ => cached_classes(self.g, self.line, self.tokens, self.classes, i),
        }
    }

    fn is_punct(&self, i: usize, text: &str) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == super::token::Kind::Punct && t.text(self.line) == text)
    }

    fn emit(&mut self, first: usize, end: usize, label: Label, reason: Reason) {
        // "the 94th Academy Awards": the edition is part of an event's name ("his 50th
        // Premier League goal" counts goals).
        let first = match label {
            Label::Event => self
                .ordinal_before(first)
                .filter(|&o| o > 0 && matches!(self.word(o - 1), "the" | "The"))
                .unwrap_or(first),
            _ => first,
        };
        let (Some(a), Some(b)) = (
            self.tokens.get(first),
            end.checked_sub(1).and_then(|e| self.tokens.get(e)),
        ) else {
            return;
        };
        self.found.push(Found {
            start: a.start,
            end: b.end,
            label,
            reason,
        });
        for c in &mut self.claimed[first..end] {
            *c = true;
        }
        // A rule that reads words back into a name ("the County Black said") takes them
        // from the runs this line deferred: no later pass may read them apart.
        let (from, to) = (self.base + a.start, self.base + b.end);
        while (self.article.deferred.last())
            .is_some_and(|d| d.span.start >= from && d.span.end <= to)
        {
            self.article.deferred.pop();
        }
    }

    /// The first token of an ordinal ("94th", "2nd") written right before token `k`, when
    /// no other rule has read it.
    fn ordinal_before(&self, k: usize) -> Option<usize> {
        let number = k.checked_sub(2)?;
        let digits = self.tokens[number];
        let ordinal = digits.kind == super::token::Kind::Number
            && digits.text(self.line).bytes().all(|b| b.is_ascii_digit())
            && is_ordinal_suffix(self.word(number + 1))
            && !self.tokens[number + 1].space_before
            && self.tokens[k].space_before
            && !self.claimed[number..k].iter().any(|&c| c);
        ordinal.then_some(number)
    }

    fn defer(&mut self, first: usize, end: usize) {
        if first < end {
            let span = ByteSpan::new(
                self.base + self.tokens[first].start,
                self.base + self.tokens[end - 1].end,
            );
            let cue = self.cue_before(first);
            let initial = self.is_sentence_start(first);
            self.article.deferred.push(Deferred {
                span,
                heading: self.heading,
                cue,
                initial,
            });
        }
    }
}

#[cfg(test)]
mod tests;
