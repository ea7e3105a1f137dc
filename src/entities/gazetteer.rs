//! `Gazetteer`: the names and word lists the extractor knows, read from RON data
//! (`assets/gazetteer.ron` is embedded), with one Aho-Corasick automaton over every name.
//!
//! Invariants: every alias names a listed canonical name; each surface form belongs to one
//! canonical name (the first listing wins); name matching is case-sensitive and whole-word.

use super::Label;
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasher, Hasher};

/// The RON text of the embedded gazetteer.
pub const EMBEDDED_RON: &str = include_str!("../../assets/gazetteer.ron");

/// What can go wrong reading a gazetteer.
#[derive(Debug, thiserror::Error)]
pub enum GazetteerError {
    #[error("gazetteer: line {line}, column {column}: {message}")]
    Parse {
        line: usize,
        column: usize,
        message: String,
    },
    #[error("gazetteer: alias {alias:?} names {target:?}, which no name list holds")]
    UnknownAliasTarget { alias: String, target: String },
    #[error("gazetteer: cannot build the name automaton: {0}")]
    Automaton(String),
}

/// The file format: name lists per label, aliases, and the rule word lists.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct GazetteerFile {
    gpe: Vec<String>,
    norp: Vec<String>,
    loc: Vec<String>,
    org: Vec<String>,
    fac: Vec<String>,
    product: Vec<String>,
    event: Vec<String>,
    law: Vec<String>,
    aliases: BTreeMap<String, String>,
    titles: Vec<String>,
    lowercase_titles: Vec<String>,
    portfolio_words: Vec<String>,
    org_heads: Vec<String>,
    org_suffixes: Vec<String>,
    law_suffixes: Vec<String>,
    event_suffixes: Vec<String>,
    fac_suffixes: Vec<String>,
    name_particles: Vec<String>,
    given_names: Vec<String>,
    leader_contexts: Vec<String>,
    speech_verbs: Vec<String>,
    company_words: Vec<String>,
    company_parts: Vec<String>,
    stopwords: Vec<String>,
    generic_words: Vec<String>,
    months: Vec<String>,
    month_abbreviations: Vec<String>,
    weekdays: Vec<String>,
    currency_signs: Vec<String>,
    currency_prefixes: Vec<String>,
    currency_words: Vec<String>,
    scale_words: Vec<String>,
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
    /// Any suffix that ends a name of some label.
    pub const SUFFIX: u32 = ORG_SUFFIX | LAW_SUFFIX | EVENT_SUFFIX | FAC_SUFFIX;
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

#[derive(Clone, Copy, Debug)]
struct Pattern {
    label: Label,
    canonical: usize,
}

/// Known names (countries, organisations, ...) with their labels and canonical names, and the
/// word lists the extraction rules use. Build it once ([`Gazetteer::embedded`]) and share it:
/// it is immutable, `Send` and `Sync`.
#[derive(Debug)]
pub struct Gazetteer {
    automaton: AhoCorasick,
    patterns: Vec<Pattern>,
    canonical: Vec<String>,
    surfaces: HashMap<String, usize, FastHash>,
    words: HashMap<String, u32, FastHash>,
    /// Titles by their first word; each is its list of words, longest first.
    titles: HashMap<String, Vec<Vec<String>>>,
    leader_phrases: Vec<String>,
    currency_signs: Vec<String>,
}

impl Gazetteer {
    /// The gazetteer compiled into margin (`assets/gazetteer.ron`).
    pub fn embedded() -> Result<Self, GazetteerError> {
        Self::from_ron(EMBEDDED_RON)
    }

    /// Reads a gazetteer from RON text; errors name the line and column.
    pub fn from_ron(text: &str) -> Result<Self, GazetteerError> {
        let file: GazetteerFile = ron::from_str(text).map_err(|e| GazetteerError::Parse {
            line: e.span.start.line,
            column: e.span.start.col,
            message: e.code.to_string(),
        })?;
        Self::from_file(file)
    }

    fn from_file(file: GazetteerFile) -> Result<Self, GazetteerError> {
        let mut builder = NameTable::default();
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
        for (alias, target) in &file.aliases {
            let Some(&canonical) = builder.by_name.get(target) else {
                return Err(GazetteerError::UnknownAliasTarget {
                    alias: alias.clone(),
                    target: target.clone(),
                });
            };
            let label = builder.labels[canonical];
            builder.add_surface(alias, Pattern { label, canonical });
        }
        for name in &file.norp {
            if let Some(&canonical) = builder.by_name.get(name)
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

        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&builder.texts)
            .map_err(|e| GazetteerError::Automaton(e.to_string()))?;

        let mut words: HashMap<String, u32, FastHash> = HashMap::default();
        let mut mark = |list: &[String], flag: u32| {
            for word in list {
                *words.entry(word.clone()).or_default() |= flag;
            }
        };
        mark(&file.lowercase_titles, class::LOWER_TITLE);
        mark(&file.portfolio_words, class::PORTFOLIO);
        mark(&file.org_heads, class::ORG_HEAD);
        mark(&file.org_suffixes, class::ORG_SUFFIX);
        mark(&file.law_suffixes, class::LAW_SUFFIX);
        mark(&file.event_suffixes, class::EVENT_SUFFIX);
        mark(&file.fac_suffixes, class::FAC_SUFFIX);
        mark(&file.name_particles, class::PARTICLE);
        mark(&file.given_names, class::GIVEN);
        mark(&file.speech_verbs, class::SPEECH);
        mark(&file.company_words, class::COMPANY_WORD);
        mark(&file.company_parts, class::COMPANY_PART);
        mark(&file.stopwords, class::STOPWORD);
        mark(&file.generic_words, class::GENERIC);
        mark(&file.months, class::MONTH);
        mark(&file.month_abbreviations, class::MONTH_ABBR);
        mark(&file.weekdays, class::WEEKDAY);
        mark(&file.currency_words, class::CURRENCY_WORD);
        mark(&file.scale_words, class::SCALE);
        mark(&file.currency_prefixes, class::CURRENCY_PREFIX);
        let single_leaders: Vec<String> = file
            .leader_contexts
            .iter()
            .filter(|w| !w.contains(' '))
            .cloned()
            .collect();
        mark(&single_leaders, class::LEADER);

        let mut titles: HashMap<String, Vec<Vec<String>>> = HashMap::new();
        for title in &file.titles {
            let parts: Vec<String> = title
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect();
            if let Some(first) = parts.first() {
                *words.entry(first.clone()).or_default() |= class::TITLE;
                titles.entry(first.clone()).or_default().push(parts);
            }
        }
        for list in titles.values_mut() {
            list.sort_by_key(|parts| std::cmp::Reverse(parts.len()));
        }

        Ok(Self {
            automaton,
            patterns: builder.patterns,
            canonical: builder.names,
            surfaces: builder.surfaces,
            words,
            titles,
            leader_phrases: file
                .leader_contexts
                .into_iter()
                .filter(|w| w.contains(' '))
                .collect(),
            currency_signs: file.currency_signs,
        })
    }

    /// The label and canonical name of a known surface form ("U.S." → GPE "United States"),
    /// with curly apostrophes read as straight ones.
    pub fn lookup(&self, surface: &str) -> Option<(Label, &str)> {
        let found = match self.surfaces.get(surface) {
            Some(&id) => Some(id),
            None if surface.contains('’') => {
                self.surfaces.get(&surface.replace('’', "'")).copied()
            }
            None => None,
        }?;
        let pattern = self.patterns.get(found)?;
        Some((
            pattern.label,
            self.canonical.get(pattern.canonical)?.as_str(),
        ))
    }

    /// The word classes of `word` (an OR of `class::*` flags; 0 when unknown).
    pub(crate) fn classes(&self, word: &str) -> u32 {
        self.words.get(word).copied().unwrap_or(0)
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
    /// overlapping one.
    pub(crate) fn hits(&self, text: &str, out: &mut Vec<Hit>) {
        let first = out.len();
        for m in self.automaton.find_overlapping_iter(text) {
            let (start, end) = (m.start(), m.end());
            if is_word_boundary(text, start) && is_word_boundary_after(text, end) {
                let label = self.patterns[m.pattern().as_usize()].label;
                out.push(Hit { start, end, label });
            }
        }
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
    }
}

/// A fast hash for short words (the word-class table is looked up once per capitalised
/// word; SipHash cost a third of extraction time). Keys come from the gazetteer, so
/// collision attacks through article text can only slow lookups a little.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct FastHash;

impl BuildHasher for FastHash {
    type Hasher = WordHasher;

    fn build_hasher(&self) -> WordHasher {
        WordHasher(0)
    }
}

/// A multiply-rotate hash over 8-byte chunks (the FxHash scheme).
pub(crate) struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut buf = [0u8; 8];
            buf[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(buf))
                .wrapping_mul(0x517c_c1b7_2722_0a95);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Collects canonical names and surface forms while the gazetteer is built.
#[derive(Default)]
struct NameTable {
    names: Vec<String>,
    labels: Vec<Label>,
    by_name: HashMap<String, usize>,
    texts: Vec<String>,
    patterns: Vec<Pattern>,
    surfaces: HashMap<String, usize, FastHash>,
}

impl NameTable {
    fn add_canonical(&mut self, label: Label, name: &str) {
        if self.by_name.contains_key(name) {
            return;
        }
        let canonical = self.names.len();
        self.names.push(name.to_string());
        self.labels.push(label);
        self.by_name.insert(name.to_string(), canonical);
        self.add_surface(name, Pattern { label, canonical });
    }

    /// Adds `surface` (and its curly-apostrophe twin) unless it is already known.
    fn add_surface(&mut self, surface: &str, pattern: Pattern) {
        let curly = surface.contains('\'').then(|| surface.replace('\'', "’"));
        for text in std::iter::once(surface.to_string()).chain(curly) {
            if self.surfaces.contains_key(&text) {
                continue;
            }
            self.surfaces.insert(text.clone(), self.patterns.len());
            self.patterns.push(pattern);
            self.texts.push(text);
        }
    }
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
