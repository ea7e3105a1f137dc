//! Discrepancies: places where the corpus (or one article) reports different things about
//! the same matter, listed side by side with a one-line explanation.
//!
//! Two kinds are found:
//! - amounts: MONEY or PERCENT amounts of the same currency (or both percentages) whose values
//!   differ, in sentences that share what they are about (names and key words that are not
//!   generic in the corpus);
//! - reporting verbs: one report that someone asserted or hinted at something and another
//!   that the same someone denied it ([`super::stance`]).
//!
//! Amounts in one sentence are never paired (a parenthesised conversion, a range, a split of
//! a whole), nor amounts of different currencies (no exchange rates offline), nor values so
//! far apart that they cannot be two reports of one figure, nor amounts of sentences dated
//! differently (figures for two periods). Groups are listed in corpus
//! order of their first member; members in corpus order.

use super::amount::{Amount, AmountKind};
use super::location::Location;
use super::profile::{CorpusProfile, DateId, SentenceId, SentenceProfile, TermId, TermKey, Terms};
use super::quotes::Speech;
use super::stance::Stance;
use crate::corpus::{ArticleId, Corpus};
use crate::entities::EntityIndex;
use crate::text::ByteSpan;
use std::collections::{BTreeSet, HashMap, HashSet};

mod matching;

pub(crate) use matching::DisjointSets;
pub(crate) use matching::Postings;
pub(crate) use matching::TermFacts;

/// What a discrepancy group compares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DiscrepancyKind {
    Amounts,
    /// Counts of one kind of thing ("11,000 jobs", "12,000 jobs").
    Counts,
    /// Superlatives about one subject ("the largest" and "one of the largest").
    Superlatives,
    ReportingVerbs,
    /// One office of one country held now by two people ([`super::roles`]).
    OfficeHolders,
    /// One person holding two different offices now ([`super::roles`]).
    PersonOffices,
    /// A role the reference table of office holders contradicts ([`super::reference`]): one
    /// member.
    Reference,
    /// One speaker quoted in different words about the same matter in different articles.
    Quotes,
    /// One event dated differently in different articles ([`super::timeline`]).
    Dates,
}

impl DiscrepancyKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DiscrepancyKind::Amounts => "amounts",
            DiscrepancyKind::Counts => "counts",
            DiscrepancyKind::Superlatives => "superlatives",
            DiscrepancyKind::ReportingVerbs => "reporting-verbs",
            DiscrepancyKind::OfficeHolders => "office-holders",
            DiscrepancyKind::PersonOffices => "person-offices",
            DiscrepancyKind::Reference => "reference",
            DiscrepancyKind::Quotes => "quotes",
            DiscrepancyKind::Dates => "dates",
        }
    }
}

/// What one member of a group says.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Amount(Amount),
    Verb(Stance),
    /// The person named in an office.
    Holder(String),
    /// The office a person is named in, as written.
    Office(String),
    /// A superlative with its degree, lower-cased: "the largest", "one of the largest".
    Degree(String),
    Quote(Speech),
    /// A date as the timeline reads it: "18 Apr 2025", "Apr 2025".
    Date(String),
}

impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Amount(a) => a.fmt(f),
            Value::Verb(s) => f.write_str(s.as_str()),
            Value::Holder(text) | Value::Office(text) | Value::Degree(text) | Value::Date(text) => {
                f.write_str(text)
            }
            Value::Quote(s) => f.write_str(s.as_str()),
        }
    }
}

/// One side of a discrepancy: where it is and what it says. Its file name and words are
/// read from the corpus ([`Member::file`], [`Member::text`]) rather than copied, and its
/// place is kept in `u32`s: a large corpus has hundreds of thousands of members.
#[derive(Clone, Debug, PartialEq)]
pub struct Member {
    /// The sentence, and the amount with its qualifying words ("$7 billion+"), the reporting
    /// verb, the quote's words or the date.
    at: Location,
    pub value: Value,
}

impl Member {
    pub fn new(article: ArticleId, sentence: usize, span: ByteSpan, value: Value) -> Self {
        Self {
            at: Location::new(article, sentence, span),
            value,
        }
    }

    pub fn article(&self) -> ArticleId {
        self.at.article()
    }

    /// The sentence's index in the article's `structure.sentences`.
    pub fn sentence(&self) -> usize {
        self.at.sentence()
    }

    /// The amount with its qualifying words ("$7 billion+"), or the reporting verb; bytes of
    /// the article's text.
    pub fn span(&self) -> ByteSpan {
        self.at.span()
    }

    /// The article's file name, in the corpus the findings were computed from ("" for
    /// another corpus without the article).
    pub fn file<'a>(&self, corpus: &'a Corpus) -> &'a str {
        self.at.file(corpus)
    }

    /// The member's words (`text[span]`), in the corpus the findings were computed from.
    pub fn text<'a>(&self, corpus: &'a Corpus) -> &'a str {
        self.at.words(corpus)
    }
}

/// Members that disagree about one matter, with what they share and a one-line explanation.
#[derive(Clone, Debug, PartialEq)]
pub struct Discrepancy {
    pub kind: DiscrepancyKind,
    /// At least two members, in corpus order; at least two articles or two sentences (one for
    /// a [`DiscrepancyKind::Reference`] finding, which sets a mention against the table).
    pub members: Vec<Member>,
    /// The names and key words the members share, most telling first in reading order.
    pub shared: Vec<String>,
    /// "$8 billion vs $7 billion+ in one article: both about Japan, purchase, agricultural".
    pub explanation: String,
}

/// Values further apart than this factor are two different figures, not two reports of one.
const MAX_RATIO: f64 = 2.0;
/// Two amounts are about the same matter when their sentences share at least this many
/// non-generic terms (one of them a key word) ...
const MIN_SHARED: usize = 2;
/// ... weighing at least this much together (see [`CorpusProfile::weight`]).
const MIN_WEIGHT: f64 = 3.0;
/// A term shared by more amounts than this is too common to suggest pairs by itself (pairs
/// still form through rarer terms); keeps large corpora near linear.
const MAX_POSTING: usize = 400;
/// At most this many shared terms are named in an explanation.
const SHOWN_SHARED: usize = 6;

/// Amount discrepancies of the corpus (see the module doc), with the `index` the profile was
/// built with.
pub fn amount_groups(
    corpus: &Corpus,
    index: &EntityIndex,
    profile: &CorpusProfile,
) -> Vec<Discrepancy> {
    let terms = TermFacts::of(profile);
    let postings = Postings::of_amounts(profile, &terms, MAX_POSTING);
    let mut sets = DisjointSets::new(profile.amount_count());
    let mut partners: Vec<u32> = Vec::new();
    for a in 0..profile.amount_count() {
        let Some((sa, ua)) = profile.amount(a) else {
            continue;
        };
        let terms_a = profile.terms_of(sa);
        // Amounts sharing a telling term with this one, each pair looked at once (from its
        // first amount).
        partners.clear();
        for t in terms_a.iter().filter(|&t| !terms.is_generic(t)) {
            if let Some(list) = postings.of(t) {
                let after = list.partition_point(|&b| b as usize <= a);
                partners.extend_from_slice(&list[after..]);
            }
        }
        partners.sort_unstable();
        partners.dedup();
        for &b in &partners {
            let b = b as usize;
            let Some((sb, ub)) = profile.amount(b) else {
                continue;
            };
            // Joining is all that matters: a pair already in one set need not be weighed.
            if sa != sb
                && amounts_disagree(&ua, &ub)
                && !sets.same(a, b)
                && !different_dates(profile.dates_of(sa), profile.dates_of(sb))
                && about_the_same(&terms, terms_a, profile.terms_of(sb))
            {
                sets.join(a, b);
            }
        }
    }
    let mut groups = Vec::new();
    for uses in sets.groups() {
        let mut read = Vec::new();
        let mut sentences = Vec::new();
        let mut members = Vec::with_capacity(uses.len());
        for &u in &uses {
            let Some((s, amount)) = profile.amount(u) else {
                continue;
            };
            let Some(at) = expand_once(corpus, index, profile, &mut read, s) else {
                continue;
            };
            let Some(used) = read[at].amounts.get(profile.amount_place(u)) else {
                continue;
            };
            members.push(member(&read[at], used.phrase, Value::Amount(amount)));
            sentences.push(at);
        }
        let sentences: Vec<&SentenceProfile> = sentences.iter().map(|&at| &read[at]).collect();
        let shared = shared_names(corpus, profile, &sentences, &[]);
        let explanation = explain_amounts(corpus, &members, &shared);
        let counts = members.iter().any(|m| {
            matches!(
                m.value,
                Value::Amount(Amount {
                    kind: AmountKind::Count { .. },
                    ..
                })
            )
        });
        groups.push(Discrepancy {
            kind: if counts {
                DiscrepancyKind::Counts
            } else {
                DiscrepancyKind::Amounts
            },
            members,
            shared,
            explanation,
        });
    }
    groups
}

/// Where sentence `id`, read in full (see [`CorpusProfile::expand`]), is in `read`: members
/// come in corpus order, so a sentence with several members of a group is the last one read
/// and is read once.
pub(crate) fn expand_once(
    corpus: &Corpus,
    index: &EntityIndex,
    profile: &CorpusProfile,
    read: &mut Vec<SentenceProfile>,
    id: SentenceId,
) -> Option<usize> {
    let (article, i) = profile.locate(id)?;
    if read.last().map(|s| (s.article, s.sentence)) != Some((article, i)) {
        read.push(profile.expand(corpus, index, id)?);
    }
    Some(read.len() - 1)
}

fn amounts_disagree(a: &Amount, b: &Amount) -> bool {
    a.is_comparable(b) && !a.same_value(b) && a.ratio(b) <= MAX_RATIO
}

/// Whether both sentences are dated and share no date: figures for March and for April are
/// not two reports of one figure.
fn different_dates(a: &[DateId], b: &[DateId]) -> bool {
    !a.is_empty() && !b.is_empty() && !a.iter().any(|d| b.contains(d))
}

/// Whether two sentences (their terms) share enough non-generic terms to be about the same
/// matter. The weights add up in `a`'s order.
pub(crate) fn about_the_same(terms: &TermFacts, a: Terms, b: Terms) -> bool {
    let mut telling = 0;
    let mut words = 0;
    let mut weight = 0.0;
    for t in a.iter().filter(|t| b.contains(t)) {
        if terms.is_generic(t) {
            continue;
        }
        telling += 1;
        if terms.is_word(t) {
            words += 1;
        }
        weight += terms.weight(t);
    }
    telling >= MIN_SHARED && words >= 1 && weight >= MIN_WEIGHT
}

/// A group member from a sentence read in full and the span to show.
pub(crate) fn member(sentence: &SentenceProfile, span: ByteSpan, value: Value) -> Member {
    Member::new(sentence.article, sentence.sentence, span, value)
}

/// The names of the terms at least two of `sentences` share, except `leave_out`; in the
/// first sentence's order with non-generic terms first, at most [`SHOWN_SHARED`]. Entities
/// go by their canonical name, concepts by theirs, other words as first written here. A
/// sentence listed twice (two members in it) shares all its terms.
pub(crate) fn shared_names(
    corpus: &Corpus,
    profile: &CorpusProfile,
    sentences: &[&SentenceProfile],
    leave_out: &[TermId],
) -> Vec<String> {
    let mut uses: HashMap<TermId, usize> = HashMap::new();
    for t in sentences.iter().flat_map(|s| &s.terms) {
        *uses.entry(t.term).or_default() += 1;
    }
    let mut named: HashSet<TermId> = HashSet::new();
    let mut seen: Vec<(TermId, String)> = Vec::new();
    for s in sentences {
        for t in &s.terms {
            let shared = uses.get(&t.term).is_some_and(|&n| n >= 2);
            if !shared || leave_out.contains(&t.term) || !named.insert(t.term) {
                continue;
            }
            let Some(term) = profile.term(t.term) else {
                continue;
            };
            let name = match &term.key {
                TermKey::Word(key) if *key != term.shown => corpus
                    .articles
                    .get(s.article.0)
                    .map(|a| t.span.slice(a.text()).to_lowercase())
                    .unwrap_or_else(|| term.shown.clone()),
                _ => term.shown.clone(),
            };
            seen.push((t.term, name));
        }
    }
    // Stable: keeps reading order within each class.
    seen.sort_by_key(|(t, _)| profile.is_generic(*t));
    seen.into_iter()
        .take(SHOWN_SHARED)
        .map(|(_, name)| name)
        .collect()
}

fn explain_amounts(corpus: &Corpus, members: &[Member], shared: &[String]) -> String {
    let texts: Vec<&str> = members.iter().map(|m| m.text(corpus)).collect();
    let articles: BTreeSet<ArticleId> = members.iter().map(|m| m.article()).collect();
    let place = if articles.len() == 1 {
        "in one article".to_string()
    } else {
        format!("across {} articles", articles.len())
    };
    let all = if members.len() == 2 { "both" } else { "all" };
    format!(
        "{} {place}: {all} about {}",
        texts.join(" vs "),
        shared.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::Corrections;

    fn groups_of(texts: &[&str]) -> Vec<Discrepancy> {
        with_corpus(texts).1
    }

    fn with_corpus(texts: &[&str]) -> (Corpus, Vec<Discrepancy>) {
        let corpus = Corpus::from_texts(
            "test",
            texts
                .iter()
                .enumerate()
                .map(|(i, t)| (format!("{i}.txt"), t.to_string()))
                .collect(),
        );
        let built = crate::app::indexing::build(&corpus, &Corrections::default(), |_, _| {});
        let mut profile = CorpusProfile::build(&corpus, &built.index);
        profile.name_entities(&built.index);
        let groups = amount_groups(&corpus, &built.index, &profile);
        (corpus, groups)
    }

    const FILLER: &str = "The weather in the region stayed mild for most of the spring.\n\
        Farmers planted early and markets opened on time.\n\
        Local schools announced new timetables for the autumn term.\n";

    #[test]
    fn two_reports_of_one_purchase_with_different_values_form_a_group() {
        let a = format!(
            "{FILLER}Brazil agreed to buy $8 billion of wheat and soybean exports from Canada.\n"
        );
        let b = format!(
            "{FILLER}Canada said Brazil will buy $6 billion of wheat and soybean shipments.\n"
        );
        let (corpus, groups) = with_corpus(&[&a, &b]);
        assert_eq!(groups.len(), 1, "{groups:#?}");
        let texts: Vec<&str> = groups[0].members.iter().map(|m| m.text(&corpus)).collect();
        assert_eq!(texts, ["$8 billion", "$6 billion"]);
        assert!(groups[0].explanation.contains("across 2 articles"));
        assert!(groups[0].shared.iter().any(|s| s == "wheat"));
        let member = &groups[0].members[0];
        let article = &corpus.articles[member.article().0];
        assert_eq!(member.file(&corpus), article.file);
        let sentence = article.structure().sentences[member.sentence()].span();
        assert!(sentence.start <= member.span().start && member.span().end <= sentence.end);
    }

    #[test]
    fn a_member_is_kept_small() {
        // A large corpus has hundreds of thousands: 88 bytes each before they were packed.
        assert!(std::mem::size_of::<Member>() <= 64);
    }

    #[test]
    fn the_same_value_twice_is_no_discrepancy() {
        let a = format!("{FILLER}Brazil agreed to buy $8 billion of wheat and soybean exports.\n");
        let b =
            format!("{FILLER}Brazil will buy about $8 billion of wheat and soybean shipments.\n");
        assert!(groups_of(&[&a, &b]).is_empty());
    }

    #[test]
    fn a_conversion_in_one_sentence_is_no_discrepancy() {
        let a = format!(
            "{FILLER}Investors put £2 billion ($2.5 billion) into wheat and soybean futures.\n"
        );
        assert!(groups_of(&[&a]).is_empty());
    }

    #[test]
    fn amounts_about_different_matters_stay_apart() {
        let a = format!("{FILLER}Brazil agreed to buy $8 billion of wheat and soybean exports.\n");
        let b = format!(
            "{FILLER}The stadium renovation in Lisbon will cost $7 billion, officials said.\n"
        );
        assert!(groups_of(&[&a, &b]).is_empty());
    }

    #[test]
    fn figures_for_different_dates_are_no_discrepancy() {
        let a =
            format!("{FILLER}Brazil bought $8 billion of wheat and soybean exports in March.\n");
        let b =
            format!("{FILLER}Brazil bought $7 billion of wheat and soybean exports in April.\n");
        assert!(groups_of(&[&a, &b]).is_empty());
    }

    #[test]
    fn different_currencies_are_never_compared() {
        let a = format!("{FILLER}Brazil agreed to buy $8 billion of wheat and soybean exports.\n");
        let b = format!("{FILLER}Brazil agreed to buy €7 billion of wheat and soybean exports.\n");
        assert!(groups_of(&[&a, &b]).is_empty());
    }
}
