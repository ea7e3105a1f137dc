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
mod bodies;
mod by_name;
mod classes;
mod facts;
mod fold;
pub(crate) mod initials;
mod persons;
mod products;
mod scope;

use super::corrections::Corrections;
use super::covered::Covered;
use super::extract::extract_with_leftovers;
use super::gazetteer::FastHash;
use super::halves::{PARALLEL_MENTIONS, join};
use super::index::{Draft, DraftArticle, DraftGroup};
use super::names::{NameId, Names};
use super::{Gazetteer, Label, Mention};
use crate::text::ByteSpan;
use adopt::{PersonWords, adopt_corpus_persons, person_words};
use by_name::ByName;
use classes::FormClasses;
use fold::fold;
use persons::FullNames;
use scope::Scope;
use std::collections::{HashMap, HashSet};

/// One article's mentions with what grouping needs. [`super::IndexBuilder`] makes one per
/// article and groups them all at the end. Names are ids into the builder's [`Names`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ArticleEntities {
    pub(crate) name: String,
    pub(crate) mentions: Vec<Mention>,
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
    pub(crate) person_words: PersonWords,
    /// The places named next to organisations here: (the organisation's start, the place's
    /// name), sorted; see `scope.rs`.
    pub(crate) places: Vec<(u32, NameId)>,
    /// The countries that open organisations' names here ("U.S. Supreme Court"), one per
    /// mention: they count towards the article's place as the place's own mentions do.
    pub(crate) countries_in_names: Vec<NameId>,
}

/// What extraction found in one article, before anything is shared with other articles: it
/// can be made on any thread ([`super::IndexBuilder::extract`]).
#[derive(Debug)]
pub struct Extracted {
    mentions: Vec<Mention>,
    leftovers: Vec<super::extract::LooseWord>,
}

impl Extracted {
    pub(crate) fn of(text: &str, gazetteer: &Gazetteer) -> Self {
        let (mentions, leftovers) = extract_with_leftovers(text, gazetteer);
        Extracted {
            mentions,
            leftovers,
        }
    }
}

/// A capitalised word that no rule could read, kept for the corpus pass: it may repeat a
/// person named in another article. Words of one run share `run`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Leftover {
    pub run: u32,
    start: u32,
    end: u32,
    pub word: NameId,
    /// It may be capitalised for its place alone (see `LooseWord::placed`).
    pub placed: bool,
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
    /// Prepares the article from what [`Extracted::of`] found in `text` (see
    /// [`ArticleEntities::new`]).
    pub fn extracted(
        name: &str,
        text: &str,
        extracted: Extracted,
        gazetteer: &Gazetteer,
        corrections: &Corrections,
        names: &mut Names,
    ) -> Self {
        let Extracted {
            mentions,
            leftovers,
        } = extracted;
        let mut article = Self::new(name, text, mentions, gazetteer, corrections, names);
        let mut covered = Covered::new(&article.mentions, Mention::span);
        article.leftovers = leftovers
            .into_iter()
            .filter(|l| !covered.covers(l.span))
            .map(|l| Leftover {
                run: narrow(l.run),
                start: narrow(l.span.start),
                end: narrow(l.span.end),
                word: names.intern(l.span.slice(text)),
                placed: l.placed,
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
            mentions.retain(|m| !m.span().overlaps(span));
            forced.retain(|s, _| !s.overlaps(span));
            mentions.push(Mention::spanning(span, mark.label));
            if let Some(entity) = mark.name {
                forced.insert(span, entity.to_string());
            }
        }
        mentions.sort_by_key(|m| (m.span().start, m.span().end));

        // The acronyms and places of a long article are read while its facts are made.
        let (facts, (acronyms, places_beside)) = join(
            mentions.len() >= PARALLEL_MENTIONS,
            || facts::mention_facts(text, &mentions, gazetteer, names, forced),
            || {
                let acronyms: Vec<(u32, u32)> = (1..mentions.len())
                    .filter_map(|i| Some((narrow(i), narrow(defined_acronym(text, &mentions, i)?))))
                    .collect();
                (acronyms, scope::places_beside(text, &mentions, gazetteer))
            },
        );
        let mut countries_in_names = Vec::new();
        let places = places_beside
            .into_iter()
            .map(|(start, place)| match place {
                scope::PlaceOf::Beside(j) => (start, facts[j].name),
                scope::PlaceOf::Named(country) => {
                    let country = names.intern(country);
                    countries_in_names.push(country);
                    (start, country)
                }
            })
            .collect();
        Self {
            name: name.to_string(),
            person_words: person_words(&mentions, &facts, gazetteer, names),
            places,
            countries_in_names,
            mentions: kept_here(mentions),
            facts,
            acronyms,
            unplaced_marks,
            leftovers: Vec::new(),
        }
    }
}

impl ArticleEntities {
    /// The distinct names of the article's mentions of `label`, in order of first mention.
    fn distinct_names(&self, label: Label) -> Vec<NameId> {
        let mut seen: HashSet<NameId, FastHash> = HashSet::default();
        (self.mentions.iter().zip(&self.facts))
            .filter(|(m, _)| m.label == label)
            .map(|(_, f)| f.name)
            .filter(|&name| seen.insert(name))
            .collect()
    }

    /// The place named next to the organisation starting at `start`.
    fn place_beside(&self, start: usize) -> Option<NameId> {
        let start = narrow(start);
        self.places
            .binary_search_by_key(&start, |&(at, _)| at)
            .ok()
            .map(|i| self.places[i].1)
    }
}

/// The mention that mention `i` is an acronym of: "Name (ACR)" with the same label and the
/// same first letter.
fn defined_acronym(text: &str, mentions: &[Mention], i: usize) -> Option<usize> {
    let m = mentions[i];
    let before = mentions[i - 1];
    let between = text.get(before.span().end..m.span().start)?;
    let after = text.get(m.span().end..)?;
    // The cheap tests first: most mentions stand nowhere near parentheses.
    if before.label != m.label || !after.starts_with(')') || between.trim() != "(" {
        return None;
    }
    let acronym = m.text(text);
    let uppercase = acronym.chars().filter(|c| c.is_uppercase()).count() >= 2;
    let same_initial = before
        .text(text)
        .chars()
        .next()
        .map(|c| c.to_ascii_uppercase())
        == acronym.chars().next();
    (uppercase && same_initial).then_some(i - 1)
}

/// Whether [`normalise`] would change `text`: the common case (single spaces, straight
/// apostrophes) is interned as it is, without a copy.
fn needs_normalising(text: &str, label: Label) -> bool {
    matches!(label, Label::Gpe | Label::Money)
        || (label == Label::Date && text.contains('-'))
        || text.contains('’')
        || text.contains("  ")
        || text.bytes().any(|b| b.is_ascii_whitespace() && b != b' ')
        || text.starts_with(' ')
        || text.ends_with(' ')
}

/// The text of a mention as a grouping key: straight apostrophes, single spaces, no soft
/// hyphens; for a date, a space for a hyphen between lowercase words (the adjective
/// "fourth-quarter" is the noun's "fourth quarter"); for an amount in words, its value
/// ("trillion-dollar" → "$1 trillion").
pub(crate) fn normalise(text: &str, label: Label) -> String {
    let mut out = String::with_capacity(text.len());
    for (n, word) in text.split_whitespace().enumerate() {
        if n > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
    let mut out = out.replace('’', "'");
    if out.contains(crate::entities::token::SOFT_HYPHEN) {
        out = out.replace(crate::entities::token::SOFT_HYPHEN, "");
    }
    if label == Label::Gpe {
        out = title_case_capitals(out);
        // "State of Louisiana" is Louisiana.
        if let Some(place) = out.strip_prefix("State of ")
            && !place.is_empty()
        {
            out = place.to_string();
        }
    }
    if label == Label::Date {
        out = hyphens_between_words_as_spaces(&out);
    }
    if label == Label::Money
        && let Some((scale, currency)) = out.split_once('-')
        && matches!(currency, "dollar" | "Dollar")
    {
        return format!("$1 {}", scale.to_lowercase());
    }
    out
}

/// `text` with each hyphen between two lowercase letters made a space: "fourth-quarter" →
/// "fourth quarter", where "2023-24", "mid-2019" and "mid-August" (never written apart)
/// keep theirs.
fn hyphens_between_words_as_spaces(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut before = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let between_letters = before.is_some_and(char::is_lowercase)
            && chars.peek().is_some_and(|next| next.is_lowercase());
        out.push(if c == '-' && between_letters { ' ' } else { c });
        before = Some(c);
    }
    out
}

/// Mention lists longer than this are kept as they come rather than copied (4 MB).
const COPIED_BELOW: usize = 4 << 20;

/// `mentions`, to be kept for the whole index build. A short list is copied here, on the
/// builder's thread: left where it was extracted (another thread, with an allocator arena
/// of its own) it pins that arena's freed memory, 25 MB more on 10,000 articles. A long
/// list has a mapping of its own (glibc maps large blocks apart), and a copy would add its
/// size to the peak of a long article.
fn kept_here(mentions: Vec<Mention>) -> Vec<Mention> {
    if std::mem::size_of_val(mentions.as_slice()) < COPIED_BELOW {
        mentions.to_vec()
    } else {
        mentions
    }
}

/// `n` as a `u32`: offsets and counts of one corpus fit (see [`Mention`]).
fn narrow(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

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
/// first mention; keys whose names fold to the same form (accents, case, a company's legal
/// suffix) share a group. Each article's extraction is dropped as soon as it is grouped.
pub(crate) fn group(mut articles: Vec<ArticleEntities>, mut names: Names, g: &Gazetteer) -> Draft {
    adopt_corpus_persons(&mut articles, &mut names);
    for article in &mut articles {
        article.leftovers = Vec::new();
    }

    // Acronyms defined anywhere join their expansion everywhere.
    let mut acronyms: HashMap<(Label, NameId), (Label, NameId), FastHash> = HashMap::default();
    for a in &articles {
        for &(i, j) in &a.acronyms {
            let key = |k: u32| (a.mentions[k as usize].label, a.facts[k as usize].name);
            acronyms.entry(key(i)).or_insert(key(j));
        }
    }
    let persons = articles
        .iter()
        .flat_map(|a| persons::person_names(&a.mentions, a.facts.iter().map(|f| f.name)));
    let mut full_names = FullNames::of(persons, &names);
    let mut institutions: HashMap<NameId, bool, FastHash> = HashMap::default();

    // Each mention's key, numbered in order of first mention.
    let mut keys = Keys::default();
    let mut assignments: Vec<Vec<u32>> = Vec::with_capacity(articles.len());
    let mut resolved: ByName<Resolved> = ByName::default();
    for (number, a) in articles.iter().enumerate() {
        // Three reads of a long article's mentions: the full names it names (the longest
        // read) in two halves, one on each thread, the other two on another thread.
        let half = if a.mentions.len() >= PARALLEL_MENTIONS {
            a.mentions.len() / 2
        } else {
            a.mentions.len()
        };
        let here_from = |first: usize, end: usize| {
            let names = a.facts[first..end].iter().map(|f| f.name);
            full_names.here(persons::numbered_person_names(
                &a.mentions[first..end],
                names,
                first,
            ))
        };
        let (mut here, (later, dominant, undefined)) = join(
            a.mentions.len() >= PARALLEL_MENTIONS,
            || here_from(0, half),
            || {
                let later = here_from(half, a.mentions.len());
                let facts = a.facts.iter().map(|f| f.name);
                let dominant =
                    scope::dominant_place(&a.mentions, facts, &a.countries_in_names, &names, g);
                let mut undefined = initials::acronyms_by_initials(a, &names);
                products::products_by_last_word(a, &names, &mut undefined);
                bodies::bodies_by_part(a, &names, g, &mut undefined);
                (later, dominant, undefined)
            },
        );
        // The first half's first mentions come first.
        for (at, order) in later {
            here.entry(at).or_insert(order);
        }
        // What each (label, name) of the article becomes, and its key where that holds
        // beyond one place: a long article repeats them.
        resolved.clear();
        let mut assignment = Vec::with_capacity(a.mentions.len());
        for (m, facts) in a.mentions.iter().zip(&a.facts) {
            if facts.forced {
                assignment.push(keys.id((m.label, facts.name, Scope::Corpus)));
                continue;
            }
            let resolved = resolved.get_or_insert_with(m.label, facts.name, || {
                let (mut label, mut name) = (m.label, facts.name);
                if let Some(&expansion) = acronyms.get(&(label, name)) {
                    (label, name) = expansion;
                } else if let Some(&long) = undefined.get(&(label, name)) {
                    name = long;
                }
                if label == Label::Person
                    && let Some(full) = full_names.resolve(name, &names, &here)
                {
                    name = full;
                }
                let holds = match label {
                    Label::Date if scope::is_yearless_date(names.get(name)) => Holds::Article,
                    Label::Org
                        if *institutions.entry(name).or_insert_with(|| {
                            scope::is_shared_institution(names.get(name), g)
                        }) =>
                    {
                        Holds::Country
                    }
                    _ => Holds::Corpus,
                };
                Resolved {
                    label,
                    name,
                    holds,
                    key: None,
                }
            });
            let scope = match resolved.holds {
                Holds::Corpus => Scope::Corpus,
                Holds::Article => Scope::Article(narrow(number)),
                Holds::Country => a
                    .place_beside(m.span().start)
                    .or(dominant)
                    .map_or(Scope::Article(narrow(number)), Scope::Place),
            };
            let id = match resolved.key {
                Some(id) => keys.count(id),
                None => keys.id((resolved.label, resolved.name, scope)),
            };
            if resolved.holds != Holds::Country {
                resolved.key = Some(id);
            }
            assignment.push(id);
        }
        assignments.push(assignment);
    }

    // Keys that fold to the same form become one group, named by its best spelling. The
    // look-up by key is done with: folding is the build's peak of memory.
    keys.ids = HashMap::default();
    let classes = keys.fold(&names);
    let mut groups: Vec<DraftGroup> = classes
        .names
        .iter()
        .map(|&(label, name, scope)| DraftGroup {
            name: scoped_name(names.get(name), scope, &names, &articles),
            label,
            alive: true,
        })
        .collect();
    groups.shrink_to_fit();
    let drafts = articles
        .into_iter()
        .zip(assignments)
        .map(|(a, mut assignment)| {
            for id in &mut assignment {
                *id = classes.of_key[*id as usize];
            }
            DraftArticle {
                name: a.name,
                surfaces: a.facts.iter().map(|f| f.surface).collect(),
                mentions: a.mentions,
                group: assignment,
            }
        })
        .collect();
    Draft {
        articles: drafts,
        groups,
        names,
    }
}

/// What a (label, name) of an article is grouped under.
struct Resolved {
    label: Label,
    name: NameId,
    holds: Holds,
    /// Its key, once known, unless it holds in a country: the place differs by mention.
    key: Option<u32>,
}

/// Where a name holds, before the mention's place is known.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Holds {
    Corpus,
    /// In its article only: a date without a year.
    Article,
    /// In the country named beside it or in its article: an institution every country has.
    Country,
}

/// A group's name with where it holds: "Monday (a.txt)", "National Assembly (France)".
fn scoped_name(name: &str, scope: Scope, names: &Names, articles: &[ArticleEntities]) -> String {
    match scope {
        Scope::Corpus => name.to_string(),
        Scope::Place(place) => format!("{name} ({})", names.get(place)),
        Scope::Article(a) => {
            let doc = articles.get(a as usize).map_or("", |a| a.name.as_str());
            format!("{name} ({doc})")
        }
    }
}

/// What a mention is grouped by before folding: its label, a name and where it holds.
type Key = (Label, NameId, Scope);

/// The distinct keys in order of first mention, with how often each is mentioned.
#[derive(Default)]
struct Keys {
    ids: HashMap<Key, u32, FastHash>,
    list: Vec<Key>,
    counts: Vec<u32>,
}

/// Keys folded into groups: each key's group, and each group's key that names it.
struct Classes {
    of_key: Vec<u32>,
    names: Vec<Key>,
}

impl Keys {
    fn id(&mut self, key: Key) -> u32 {
        let id = *self.ids.entry(key).or_insert_with(|| {
            self.list.push(key);
            self.counts.push(0);
            narrow(self.list.len() - 1)
        });
        self.count(id)
    }

    /// Counts another mention of key `id`.
    fn count(&mut self, id: u32) -> u32 {
        self.counts[id as usize] += 1;
        id
    }

    /// Groups the keys whose names fold alike (same label and scope), numbered in order of
    /// first mention. A group is named by its most mentioned spelling; on a tie, the one with
    /// more accented letters ("López" over "Lopez"), then the first.
    fn fold(&self, names: &Names) -> Classes {
        let form_of = |id: usize| {
            let (label, name, _) = self.list[id];
            match label {
                Label::Money | Label::Percent | Label::Date => names.get(name).to_string(),
                _ => fold(names.get(name), label),
            }
        };
        let mut classes = FormClasses::new();
        let mut of_key = Vec::with_capacity(self.list.len());
        // Per class: the key that named it first, and the key that names it best so far.
        let mut first: Vec<u32> = Vec::new();
        let mut best: Vec<u32> = Vec::new();
        for (id, &(label, _, scope)) in self.list.iter().enumerate() {
            let form = form_of(id);
            let class = classes.class((label, scope), &form, |class| {
                let first = first[class as usize] as usize;
                let (first_label, _, first_scope) = self.list[first];
                (first_label, first_scope) == (label, scope) && form_of(first) == form
            });
            if class as usize == best.len() {
                first.push(narrow(id));
                best.push(narrow(id));
            }
            of_key.push(class);
            let current = best[class as usize] as usize;
            if self.better(id, current, names) {
                best[class as usize] = narrow(id);
            }
        }
        Classes {
            of_key,
            names: best.into_iter().map(|id| self.list[id as usize]).collect(),
        }
    }

    /// Whether key `a` names its group better than key `b` (see [`Keys::fold`]).
    fn better(&self, a: usize, b: usize, names: &Names) -> bool {
        let name = |id: usize| names.get(self.list[id].1);
        let rank = |id: usize| {
            let accents = name(id).chars().filter(|c| !c.is_ascii()).count();
            (self.counts[id], accents, std::cmp::Reverse(name(id).len()))
        };
        rank(a) > rank(b)
    }
}

#[cfg(test)]
mod tests;
