//! `Gazetteer`: the names and word lists the extractor knows, read from RON data
//! (`assets/gazetteer.ron`, written by hand, then the knowledge files built from public data,
//! `assets/knowledge/*.ron`; all embedded). Names that start with a capital letter are found
//! by their first words ([`first_word`]), the few others ("iPhone") with one Aho-Corasick
//! automaton.
//!
//! Invariants: every alias names a listed canonical name; each surface form belongs to one
//! canonical name (the first listing wins: the main file's, then the knowledge files' in
//! [`knowledge::EMBEDDED`] order); name matching is case-sensitive and whole-word.
//!
//! Building it takes tens of milliseconds, so margin builds it on its background worker
//! (`app::indexing::gazetteer`), never before the reader's first frame.

mod countries;
mod first_word;
mod hash;
mod knowledge;
mod ordinary;
mod ron_str;
mod str_map;
mod table;

pub(crate) use hash::FastHash;

use super::Label;
use super::token::{SOFT_HYPHEN, Token};
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use countries::Countries;
use first_word::FirstWordIndex;
use knowledge::KnowledgeFile;
use ron_str::RonStr;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use str_map::StrMap;
use table::{NameTable, Pattern};

/// The RON text of the embedded gazetteer.
pub const EMBEDDED_RON: &str = include_str!("../../assets/gazetteer.ron");

/// What can go wrong reading a gazetteer.
#[derive(Debug, thiserror::Error)]
pub enum GazetteerError {
    #[error("{file}: line {line}, column {column}: {message}")]
    Parse {
        file: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{file}: alias {alias:?} names {target:?}, which no name list holds")]
    UnknownAliasTarget {
        file: String,
        alias: String,
        target: String,
    },
    #[error("{file}: {word:?} is out of order; the words must be sorted and distinct")]
    Unsorted { file: String, word: String },
    #[error("gazetteer: cannot build the name automaton: {0}")]
    Automaton(String),
}

/// The file format: name lists per label, aliases, and the rule word lists; its strings
/// borrowed from its text.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default, bound(deserialize = "'de: 'a"))]
struct GazetteerFile<'a> {
    gpe: Vec<RonStr<'a>>,
    norp: Vec<RonStr<'a>>,
    loc: Vec<RonStr<'a>>,
    org: Vec<RonStr<'a>>,
    fac: Vec<RonStr<'a>>,
    product: Vec<RonStr<'a>>,
    event: Vec<RonStr<'a>>,
    law: Vec<RonStr<'a>>,
    aliases: BTreeMap<RonStr<'a>, RonStr<'a>>,
    titles: Vec<RonStr<'a>>,
    lowercase_titles: Vec<RonStr<'a>>,
    portfolio_words: Vec<RonStr<'a>>,
    org_heads: Vec<RonStr<'a>>,
    org_suffixes: Vec<RonStr<'a>>,
    law_suffixes: Vec<RonStr<'a>>,
    event_suffixes: Vec<RonStr<'a>>,
    fac_suffixes: Vec<RonStr<'a>>,
    loc_suffixes: Vec<RonStr<'a>>,
    name_particles: Vec<RonStr<'a>>,
    given_names: Vec<RonStr<'a>>,
    leader_contexts: Vec<RonStr<'a>>,
    speech_verbs: Vec<RonStr<'a>>,
    company_words: Vec<RonStr<'a>>,
    company_parts: Vec<RonStr<'a>>,
    stopwords: Vec<RonStr<'a>>,
    generic_words: Vec<RonStr<'a>>,
    months: Vec<RonStr<'a>>,
    month_abbreviations: Vec<RonStr<'a>>,
    weekdays: Vec<RonStr<'a>>,
    currency_signs: Vec<RonStr<'a>>,
    currency_prefixes: Vec<RonStr<'a>>,
    currency_words: Vec<RonStr<'a>>,
    scale_words: Vec<RonStr<'a>>,
}

/// Bit flags: the classes a single word belongs to.
pub(crate) mod class {
    pub const STOPWORD: u32 = 1;
    pub const GENERIC: u32 = 1 << 1;
    pub const TITLE: u32 = 1 << 2;
    pub const LOWER_TITLE: u32 = 1 << 3;
    pub const PORTFOLIO: u32 = 1 << 4;
    pub const ORG_HEAD: u32 = 1 << 5;
    pub const ORG_SUFFIX: u32 = 1 << 6;
    pub const LAW_SUFFIX: u32 = 1 << 7;
    pub const EVENT_SUFFIX: u32 = 1 << 8;
    pub const FAC_SUFFIX: u32 = 1 << 9;
    pub const PARTICLE: u32 = 1 << 10;
    pub const GIVEN: u32 = 1 << 11;
    pub const LEADER: u32 = 1 << 12;
    pub const SPEECH: u32 = 1 << 13;
    pub const MONTH: u32 = 1 << 14;
    pub const MONTH_ABBR: u32 = 1 << 15;
    pub const WEEKDAY: u32 = 1 << 16;
    pub const CURRENCY_WORD: u32 = 1 << 17;
    pub const SCALE: u32 = 1 << 18;
    pub const CURRENCY_PREFIX: u32 = 1 << 19;
    pub const COMPANY_WORD: u32 = 1 << 20;
    pub const COMPANY_PART: u32 = 1 << 21;
    // The classes below come from the knowledge files (`assets/knowledge/`, public data).
    // Each is evidence for a rule, never a label by itself: a city's name can be a surname
    // ("Lincoln"), a club's a city's ("Liverpool"). Words that are also ordinary English
    // words ("Mobile", "Grace") are left out of them by the scripts that build the files.
    /// A city or town of at least 15,000 people (GeoNames) that is a single word: "Trenton",
    /// "Cupertino". Multi-word cities ("Rio de Janeiro") are names (GPE) instead.
    pub const CITY: u32 = 1 << 22;
    /// A single-word state, province or region: "Gansu", "Bavaria", "Oaxaca".
    pub const REGION: u32 = 1 << 23;
    /// The distinctive word of a listed company whose name alone is not matched as an ORG
    /// (often an English word as well: "Apple", "Shell", "Target").
    pub const COMPANY: u32 = 1 << 24;
    /// A legal form that ends a company's name: "Inc", "Corp", "Co", "plc", "GmbH", "SpA".
    pub const CORP_SUFFIX: u32 = 1 << 25;
    /// A sports club's short single-word name that is not matched as an ORG by itself
    /// because it is also a place ("Liverpool", "Barcelona") or a word.
    pub const CLUB: u32 = 1 << 26;
    /// A word that heads a product name before a model or version: "iPhone", "Galaxy",
    /// "Windows", "Boeing" (in "Boeing 737").
    pub const PRODUCT_HEAD: u32 = 1 << 27;
    /// A word that heads an event name before its proper part: "Hurricane", "Typhoon",
    /// "Operation" ("Hurricane Florence").
    pub const EVENT_HEAD: u32 = 1 << 28;
    /// Last words of natural places: "Stewart Island", "Korean Peninsula".
    pub const LOC_SUFFIX: u32 = 1 << 29;
    /// A political party's short form in capitals ("ANC", "DNP"): many are another
    /// abbreviation too, so the party is read only beside politics.
    pub const PARTY_SHORT: u32 = 1 << 30;
    /// A head word that opens a name in another language: "Musée", "Banco", "Château".
    pub const FOREIGN_HEAD: u32 = 1 << 31;
    /// Any suffix that ends a name of some label.
    pub const SUFFIX: u32 = ORG_SUFFIX | LAW_SUFFIX | EVENT_SUFFIX | FAC_SUFFIX | LOC_SUFFIX;
    /// Capitalised words that are never part of a person's name.
    pub const NOT_IN_NAME: u32 = STOPWORD | TITLE | SUFFIX | GENERIC | MONTH | WEEKDAY;
}

/// A gazetteer match: the byte range of a known name in the searched text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    pub label: Label,
}

/// Known names (countries, organisations, ...) with their labels and canonical names, and the
/// word lists the extraction rules use. Build it once ([`Gazetteer::embedded`]) and share it:
/// it is immutable, `Send` and `Sync`.
#[derive(Debug)]
pub struct Gazetteer {
    automaton: AhoCorasick,
    /// The surface form of each automaton pattern.
    automaton_ids: Vec<u32>,
    capitalised_names: FirstWordIndex,
    /// Every surface form by its id, with its label and canonical name.
    names: NameTable,
    words: WordClasses,
    titles: Titles,
    leader_phrases: Vec<String>,
    currency_signs: Vec<String>,
    countries: Countries,
    /// Ordinary English words; empty unless [`Gazetteer::embedded`].
    ordinary: ordinary::OrdinaryWords,
}

/// A knowledge file by its name, its strings borrowed from its text.
type Knowledge<'a> = (&'a str, KnowledgeFile<'a>);

/// The parsed main gazetteer, and each knowledge file by its name.
type Sources<'a> = (GazetteerFile<'a>, Vec<Knowledge<'a>>);

/// The main gazetteer `main` and the knowledge files `knowledge` (each a file name, for
/// errors, and its RON text), parsed.
fn parse_sources<'a>(
    main: &'a str,
    knowledge: &[(&'a str, &'a str)],
) -> Result<Sources<'a>, GazetteerError> {
    let file: GazetteerFile = parse("gazetteer", main)?;
    Ok((file, parse_knowledge(knowledge)?))
}

/// Each knowledge file of `knowledge` parsed, by its name.
fn parse_knowledge<'a>(
    knowledge: &[(&'a str, &'a str)],
) -> Result<Vec<Knowledge<'a>>, GazetteerError> {
    (knowledge.iter())
        .map(|&(name, text)| Ok((name, parse::<KnowledgeFile>(name, text)?)))
        .collect()
}

/// Parses one RON file, borrowing its strings from `text`; errors name the file, line and
/// column.
fn parse<'a, T: Deserialize<'a>>(file: &str, text: &'a str) -> Result<T, GazetteerError> {
    ron::from_str(text).map_err(|e| GazetteerError::Parse {
        file: file.to_string(),
        line: e.span.start.line,
        column: e.span.start.col,
        message: e.code.to_string(),
    })
}

/// Adds each alias as a surface form of its target's canonical name.
fn add_aliases(
    builder: &mut NameTable,
    file: &str,
    aliases: &BTreeMap<RonStr, RonStr>,
) -> Result<(), GazetteerError> {
    for (alias, target) in aliases.iter().filter(|(alias, target)| alias != target) {
        let Some(pattern) = builder.pattern_of(target) else {
            return Err(GazetteerError::UnknownAliasTarget {
                file: file.to_string(),
                alias: alias.to_string(),
                target: target.to_string(),
            });
        };
        builder.add_surface(alias, pattern);
    }
    Ok(())
}

impl Gazetteer {
    /// The gazetteer compiled into margin: `assets/gazetteer.ron` and the knowledge files.
    pub fn embedded() -> Result<Self, GazetteerError> {
        // Paid at every start, so read on two threads: the ordinary words and the first
        // knowledge files on one, the main gazetteer and the rest on the other, cut where
        // the two take about as long (the ordinary words are read about twice as fast as
        // RON, by byte).
        let files = knowledge::EMBEDDED;
        let ordinary_share = ordinary::EMBEDDED.1.len() / 2;
        let total =
            ordinary_share + EMBEDDED_RON.len() + files.iter().map(|f| f.1.len()).sum::<usize>();
        let mut first_share = ordinary_share;
        let split = (files.iter())
            .position(|f| {
                first_share += f.1.len();
                first_share > total / 2
            })
            .unwrap_or(files.len());
        let ((ordinary, first), later) = crate::entities::halves::join(
            true,
            || {
                let ordinary = ordinary::OrdinaryWords::parse(ordinary::EMBEDDED);
                (ordinary, parse_knowledge(&files[..split]))
            },
            || parse_sources(EMBEDDED_RON, &files[split..]),
        );
        let (file, later) = later?;
        let mut extra = first?;
        extra.extend(later);
        Self::from_files(file, extra, ordinary?)
    }

    /// Reads a gazetteer from RON text alone; errors name the line and column.
    pub fn from_ron(text: &str) -> Result<Self, GazetteerError> {
        Self::from_sources(text, &[])
    }

    /// Reads the main gazetteer `main` and then the knowledge files `knowledge` (each a file
    /// name, for errors, and its RON text), in that order.
    pub fn from_sources<'a>(
        main: &'a str,
        knowledge: &[(&'a str, &'a str)],
    ) -> Result<Self, GazetteerError> {
        let (file, extra) = parse_sources(main, knowledge)?;
        Self::from_files(file, extra, ordinary::OrdinaryWords::default())
    }

    /// Builds the tables from the parsed files: the names and their indexes on this thread,
    /// the word classes and the countries on another (each takes tens of milliseconds, paid
    /// at every start).
    fn from_files(
        file: GazetteerFile,
        extra: Vec<Knowledge>,
        ordinary: ordinary::OrdinaryWords,
    ) -> Result<Self, GazetteerError> {
        let (names, (words, titles, countries)) = std::thread::scope(|scope| {
            let classes = scope.spawn(|| {
                let (words, titles) = word_classes(&file, &extra);
                (words, titles, countries_of(&extra))
            });
            let names = NameIndexes::of(&file, &extra, &ordinary);
            let classes = classes
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (names, classes)
        });
        let NameIndexes {
            builder,
            capitalised_names,
            automaton_ids,
            automaton,
        } = names?;
        Ok(Self {
            automaton,
            automaton_ids,
            capitalised_names,
            names: builder,
            words,
            titles,
            leader_phrases: (file.leader_contexts.iter())
                .filter(|w| w.contains(' '))
                .map(|w| w.to_string())
                .collect(),
            currency_signs: (file.currency_signs.iter())
                .map(|w| w.to_string())
                .collect(),
            countries,
            ordinary,
        })
    }

    /// Whether `word` is also an ordinary English word, in any case ("Galaxy", "Kids"; not
    /// "Sweeney"). Always false for a gazetteer not read with [`Gazetteer::embedded`].
    pub fn is_ordinary_word(&self, word: &str) -> bool {
        self.ordinary.contains(word)
    }

    /// Whether `word` is an ordinary English word that is also a surname ("Brown", "Park";
    /// not "Images").
    pub fn is_surname_too(&self, word: &str) -> bool {
        self.ordinary.is_surname_too(word)
    }

    /// Whether `word` is an English surname ("Sweeney", "Brown").
    pub fn is_surname(&self, word: &str) -> bool {
        self.ordinary.is_surname(word)
    }

    /// The country a listed place (a city or region, by name or single word) belongs to, as
    /// its knowledge file gives it: `country_of("Trenton") == Some("United States")`.
    pub fn country_of(&self, place: &str) -> Option<&str> {
        self.countries.of(place)
    }

    /// Whether `name` names a country: a country its knowledge files place something in
    /// (GeoNames' countries, "Japan"), or a form of one ("U.S.", "Britain").
    pub fn is_country(&self, name: &str) -> bool {
        self.countries.is_country(name)
            || self.lookup(name).is_some_and(|(label, canonical)| {
                label == Label::Gpe && self.countries.is_country(canonical)
            })
    }

    /// The label and canonical name of a known surface form ("U.S." → GPE "United States"),
    /// with curly apostrophes read as straight ones.
    pub fn lookup(&self, surface: &str) -> Option<(Label, &str)> {
        let surfaces = &self.names.surfaces;
        let pattern = match surfaces.get(surface) {
            Some(pattern) => Some(pattern),
            None if surface.contains('’') => surfaces.get(&surface.replace('’', "'")),
            None => None,
        }?;
        Some((pattern.label, self.names.canonical_name(pattern.canonical)))
    }

    /// The word classes of `word` (an OR of `class::*` flags; 0 when unknown).
    pub(crate) fn classes(&self, word: &str) -> u32 {
        match self.words.get(word) {
            Some(&classes) => classes,
            // "Vladi\u{ad}mir": a soft hyphen inside a word hides its classes.
            None if !word.is_ascii() && word.contains(SOFT_HYPHEN) => {
                self.classes_without_soft_hyphens(word)
            }
            None => 0,
        }
    }

    /// The classes of `word` read without its soft hyphens: apart from
    /// [`Gazetteer::classes`], which is asked of nearly every word, so that it stays small.
    #[cold]
    #[inline(never)]
    fn classes_without_soft_hyphens(&self, word: &str) -> u32 {
        let plain = word.replace(SOFT_HYPHEN, "");
        self.words.get(plain.as_str()).copied().unwrap_or(0)
    }

    /// The titles starting with `first`, each as its words, longest first.
    pub(crate) fn titles_starting(&self, first: &str) -> &[Vec<String>] {
        self.titles.get(first).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Whether a known multi-word name (a hit's text) is a leader context ("White House").
    pub(crate) fn is_leader_phrase(&self, text: &str) -> bool {
        self.leader_phrases.iter().any(|p| p == text)
    }

    /// The currency sign that `text` starts with, if any.
    pub(crate) fn currency_sign_at(&self, text: &str) -> Option<usize> {
        self.currency_signs
            .iter()
            .filter(|sign| text.starts_with(sign.as_str()))
            .map(String::len)
            .max()
    }

    /// Appends to `out` the known names in `text` as non-overlapping whole-word hits, sorted
    /// by start: at each start the longest name wins, and an earlier start wins over a later
    /// overlapping one. `tokens` are the tokens of `text` ([`crate::entities::token::tokenize`]).
    pub(crate) fn hits(&self, text: &str, tokens: &[Token], out: &mut Vec<Hit>) {
        let first = out.len();
        for m in self.automaton.find_overlapping_iter(text) {
            let (start, end) = (m.start(), m.end());
            if is_word_boundary(text, start) && is_word_boundary_after(text, end) {
                let id = self.automaton_ids[m.pattern().as_usize()];
                let label = self.names.surfaces.value(id).label;
                out.push(Hit { start, end, label });
            }
        }
        self.capitalised_names
            .find(text, tokens, &self.names.surfaces, |start, end, id| {
                let label = self.names.surfaces.value(id).label;
                out.push(Hit { start, end, label });
            });
        let found = &mut out[first..];
        found.sort_unstable_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
        let mut kept = first;
        let mut last_end = 0;
        for i in first..out.len() {
            let hit = out[i];
            if hit.start >= last_end {
                out[kept] = hit;
                kept += 1;
                last_end = hit.end;
            }
        }
        out.truncate(kept);
        drop_parts_of_compounds(text, &mut out[first..]);
        out.retain(|h| h.end > h.start);
    }
}

/// "Sui-Lee Wee", "Tyvak Nano-Satellite": a known name joined by a hyphen to a capitalised
/// word it does not know is part of one compound word, as "Rolls-Royce" is, and no name by
/// itself. Places and peoples stay ("US-Japan", "Sino-American" join two known ones; "Tokyo-
/// based" a lowercase word). Dropped hits are emptied, for the caller to remove.
fn drop_parts_of_compounds(text: &str, hits: &mut [Hit]) {
    for k in 0..hits.len() {
        let Hit { start, end, label } = hits[k];
        if matches!(label, Label::Gpe | Label::Norp | Label::Loc) {
            continue;
        }
        let joined_after = text[end..]
            .strip_prefix('-')
            .is_some_and(|rest| rest.starts_with(char::is_uppercase))
            && hits.get(k + 1).is_none_or(|next| next.start != end + 1);
        let joined_before = text[..start].strip_suffix('-').is_some_and(|before| {
            let word = before
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            word.starts_with(char::is_uppercase)
        }) && (k == 0 || hits[k - 1].end + 1 != start);
        if joined_after || joined_before {
            hits[k].end = start;
        }
    }
}

/// The gazetteer's names with the two indexes that find them in text.
struct NameIndexes {
    builder: NameTable,
    /// Names that start with a capital letter, found by their first words.
    capitalised_names: FirstWordIndex,
    /// The others, found by an automaton over every byte; `automaton_ids[pattern]` is the
    /// name's id.
    automaton_ids: Vec<u32>,
    automaton: AhoCorasick,
}

impl NameIndexes {
    fn of(
        file: &GazetteerFile,
        extra: &[Knowledge],
        ordinary: &ordinary::OrdinaryWords,
    ) -> Result<Self, GazetteerError> {
        let listed: usize = (extra.iter())
            .flat_map(|(_, known)| &known.names)
            .map(|group| group.names.count_hint())
            .sum();
        // Aliases, plurals and the forms added below come on top of the names.
        let mut builder = NameTable::with_capacity(listed + listed / 4 + 8192);
        let lists = [
            (Label::Gpe, &file.gpe),
            (Label::Norp, &file.norp),
            (Label::Loc, &file.loc),
            (Label::Org, &file.org),
            (Label::Fac, &file.fac),
            (Label::Product, &file.product),
            (Label::Event, &file.event),
            (Label::Law, &file.law),
        ];
        // Canonical names first, so that an alias listed in a name list too still resolves
        // to its canonical name.
        for (label, names) in lists {
            for name in names {
                if !file.aliases.contains_key(name) {
                    builder.add_canonical(label, name);
                }
            }
        }
        add_aliases(&mut builder, "gazetteer", &file.aliases)?;
        let main_surfaces = builder.surfaces.len();
        for (_, known) in extra {
            for group in &known.names {
                for name in group.names.iter() {
                    if known
                        .aliases
                        .get(name)
                        .is_none_or(|target| &**target == name)
                    {
                        builder.add_canonical(group.label, name);
                    }
                }
            }
        }
        for (name, known) in extra {
            add_aliases(&mut builder, name, &known.aliases)?;
        }
        // After the knowledge files: a party named by a plural ("Liberal Democrats") is the
        // party, not its members.
        for name in &file.norp {
            if let Some(canonical) = builder.canonical_of(name)
                && let Some(plural) = plural_of(name)
            {
                builder.add_surface(
                    &plural,
                    Pattern {
                        label: Label::Norp,
                        canonical,
                    },
                );
            }
        }
        add_places_without_the(&mut builder, ordinary);
        add_acronyms_in_title_case(&mut builder, main_surfaces, ordinary);
        add_acronyms_with_full_stops(&mut builder, main_surfaces);

        // Only the names that the first-word index cannot hold go in the automaton: it reads
        // every byte of the text, the index only capitalised words.
        let surfaces = &builder.surfaces;
        let count =
            u32::try_from(surfaces.len()).map_err(|e| GazetteerError::Automaton(e.to_string()))?;
        let (indexed, automaton_ids): (Vec<u32>, Vec<u32>) =
            (0..count).partition(|&id| first_word::indexable(surfaces.key(id)));
        let capitalised_names = FirstWordIndex::of(surfaces, &indexed);
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(automaton_ids.iter().map(|&id| builder.surfaces.key(id)))
            .map_err(|e| GazetteerError::Automaton(e.to_string()))?;
        Ok(NameIndexes {
            builder,
            capitalised_names,
            automaton_ids,
            automaton,
        })
    }
}

/// "the Bronx", "the Hague": a place listed with its article is also found without it, as
/// a leading "the" stays outside a name. Not where the rest is an ordinary word ("The
/// Valley"): that word alone names nothing.
fn add_places_without_the(builder: &mut NameTable, ordinary: &ordinary::OrdinaryWords) {
    let places = (builder.canonical_names().enumerate())
        .filter(|(_, (_, label))| matches!(label, Label::Gpe | Label::Loc | Label::Fac))
        .filter_map(|(i, (name, label))| {
            let rest = name.strip_prefix("The ")?;
            let named = rest.contains(' ') || !ordinary.contains(rest);
            named.then(|| (rest.to_string(), label, i))
        })
        .collect::<Vec<_>>();
    for (rest, label, canonical) in places {
        builder.add_surface(&rest, Pattern { label, canonical });
    }
}

/// "Fifa", "Nato", "Unesco": British style writes an abbreviation read as a word with one
/// capital. Each abbreviation of four to seven capitals that the main gazetteer lists (its
/// first `listed` surfaces; the knowledge files' party abbreviations are too many and too
/// obscure) is also found so, unless that form is an ordinary word ("CARE" → "Care").
fn add_acronyms_in_title_case(
    builder: &mut NameTable,
    listed: usize,
    ordinary: &ordinary::OrdinaryWords,
) {
    let acronyms = listed_abbreviations(builder, listed, 4..=7)
        .map(|(text, pattern)| {
            (
                format!("{}{}", &text[..1], text[1..].to_lowercase()),
                pattern,
            )
        })
        .filter(|(title_case, _)| !ordinary.contains(title_case))
        .collect::<Vec<_>>();
    for (title_case, pattern) in acronyms {
        builder.add_surface(&title_case, pattern);
    }
}

/// "F.B.I.", "C.I.A.": American papers of record write an abbreviation with a full stop
/// after each letter. Each abbreviation of two to five capitals that the main gazetteer lists
/// (its first `listed` surfaces) is also found so.
fn add_acronyms_with_full_stops(builder: &mut NameTable, listed: usize) {
    let acronyms = listed_abbreviations(builder, listed, 2..=5)
        .map(|(text, pattern)| {
            let dotted: String = text.chars().flat_map(|c| [c, '.']).collect();
            (dotted, pattern)
        })
        .collect::<Vec<_>>();
    for (dotted, pattern) in acronyms {
        builder.add_surface(&dotted, pattern);
    }
}

/// The abbreviations among the main gazetteer's surfaces (its first `listed`): names of
/// `lengths` capitals and nothing else, each with its pattern.
fn listed_abbreviations(
    builder: &NameTable,
    listed: usize,
    lengths: std::ops::RangeInclusive<usize>,
) -> impl Iterator<Item = (&str, Pattern)> {
    (builder.surfaces.iter())
        .take(listed)
        .filter(move |(text, _)| lengths.contains(&text.len()))
        .filter(|(text, _)| text.bytes().all(|b| b.is_ascii_uppercase()))
        .map(|(text, &pattern)| (text, pattern))
}

/// Titles by their first word; each is its list of words, longest first.
type Titles = HashMap<String, Vec<Vec<String>>>;

/// Each word's classes (see [`class`]).
type WordClasses = StrMap<u32>;

/// Adds `flag` to the classes of each word of `list`.
fn mark<'a>(words: &mut WordClasses, list: impl IntoIterator<Item = &'a str>, flag: u32) {
    for word in list {
        *words.value_mut_or_default(word) |= flag;
    }
}

/// The class flags of every listed word, and the titles by their first word (each as its
/// words, longest first).
fn word_classes(file: &GazetteerFile, extra: &[Knowledge]) -> (WordClasses, Titles) {
    let lists: [(&[RonStr], u32); 21] = [
        (&file.lowercase_titles, class::LOWER_TITLE),
        (&file.portfolio_words, class::PORTFOLIO),
        (&file.org_heads, class::ORG_HEAD),
        (&file.org_suffixes, class::ORG_SUFFIX),
        (&file.law_suffixes, class::LAW_SUFFIX),
        (&file.event_suffixes, class::EVENT_SUFFIX),
        (&file.fac_suffixes, class::FAC_SUFFIX),
        (&file.loc_suffixes, class::LOC_SUFFIX),
        (&file.name_particles, class::PARTICLE),
        (&file.given_names, class::GIVEN),
        (&file.speech_verbs, class::SPEECH),
        (&file.company_words, class::COMPANY_WORD),
        (&file.company_parts, class::COMPANY_PART),
        (&file.stopwords, class::STOPWORD),
        (&file.generic_words, class::GENERIC),
        (&file.months, class::MONTH),
        (&file.month_abbreviations, class::MONTH_ABBR),
        (&file.weekdays, class::WEEKDAY),
        (&file.currency_words, class::CURRENCY_WORD),
        (&file.scale_words, class::SCALE),
        (&file.currency_prefixes, class::CURRENCY_PREFIX),
    ];
    let known_words: usize = (extra.iter())
        .flat_map(|(_, known)| &known.words)
        .map(|group| group.words.count_hint())
        .sum();
    let listed: usize = lists.iter().map(|(list, _)| list.len()).sum();
    let mut words = WordClasses::with_capacity(
        listed + known_words + file.leader_contexts.len() + file.titles.len(),
    );
    for (list, flag) in lists {
        mark(&mut words, list.iter().map(|word| &**word), flag);
    }
    let single_leaders = (file.leader_contexts.iter())
        .map(|word| &**word)
        .filter(|w| !w.contains(' '));
    mark(&mut words, single_leaders, class::LEADER);
    for (_, known) in extra {
        for group in &known.words {
            mark(&mut words, group.words.iter(), group.class.bit());
        }
    }

    let mut titles = Titles::new();
    for title in &file.titles {
        let parts: Vec<String> = title
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        if let Some(first) = parts.first() {
            *words.value_mut_or_default(first) |= class::TITLE;
            titles.entry(first.clone()).or_default().push(parts);
        }
    }
    for list in titles.values_mut() {
        list.sort_by_key(|parts| std::cmp::Reverse(parts.len()));
    }
    (words, titles)
}

/// The country of each place the knowledge files list, names before single words, in file
/// order (the first listing of a place wins).
fn countries_of(extra: &[Knowledge]) -> Countries {
    let name_groups = || extra.iter().flat_map(|(_, known)| &known.names);
    let word_groups = || extra.iter().flat_map(|(_, known)| &known.words);
    let placed = |country: &str| knowledge::country(country).is_some();
    let places = (name_groups().filter(|group| placed(&group.country)))
        .map(|group| group.names.count_hint())
        .chain(
            (word_groups().filter(|group| placed(&group.country)))
                .map(|group| group.words.count_hint()),
        )
        .sum();
    let mut countries = Countries::with_capacity(places);
    for group in name_groups() {
        countries.note(group.names.iter(), knowledge::country(&group.country));
    }
    for group in word_groups() {
        countries.note(group.words.iter(), knowledge::country(&group.country));
    }
    countries
}

/// The plural of a nationality word, or `None` when it has none ("Japanese", "Swiss").
fn plural_of(word: &str) -> Option<String> {
    let bare = ["s", "sh", "ch", "ese", "x", "z"];
    if bare.iter().any(|end| word.ends_with(end)) {
        None
    } else {
        Some(format!("{word}s"))
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether a name may start at byte `at`: no letter or digit (or handle sign) just before it.
fn is_word_boundary(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !is_word_char(c) && c != '@' && c != '#')
}

/// Whether a name may end at byte `at`: no letter or digit just after it.
fn is_word_boundary_after(text: &str, at: usize) -> bool {
    text[at..].chars().next().is_none_or(|c| !is_word_char(c))
}

#[cfg(test)]
mod tests;
