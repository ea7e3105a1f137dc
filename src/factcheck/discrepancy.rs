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

use super::amount::Amount;
use super::profile::{AmountUse, CorpusProfile, SentenceProfile, TermId, TermKey};
use super::stance::Stance;
use crate::corpus::{ArticleId, Corpus};
use crate::text::ByteSpan;
use std::collections::{BTreeSet, HashMap};

/// What a discrepancy group compares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DiscrepancyKind {
    Amounts,
    ReportingVerbs,
}

impl DiscrepancyKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DiscrepancyKind::Amounts => "amounts",
            DiscrepancyKind::ReportingVerbs => "reporting-verbs",
        }
    }
}

/// What one member of a group says.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value {
    Amount(Amount),
    Verb(Stance),
}

impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Amount(a) => a.fmt(f),
            Value::Verb(s) => f.write_str(s.as_str()),
        }
    }
}

/// One side of a discrepancy: where it is and what it says.
#[derive(Clone, Debug, PartialEq)]
pub struct Member {
    pub article: ArticleId,
    /// The article's file name.
    pub file: String,
    /// The sentence's index in the article's `structure.sentences`.
    pub sentence: usize,
    /// The amount with its qualifying words ("$7 billion+"), or the reporting verb; bytes of
    /// the article's text.
    pub span: ByteSpan,
    /// `text[span]`.
    pub text: String,
    pub value: Value,
}

/// Members that disagree about one matter, with what they share and a one-line explanation.
#[derive(Clone, Debug, PartialEq)]
pub struct Discrepancy {
    pub kind: DiscrepancyKind,
    /// At least two members, in corpus order; at least two articles or two sentences.
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

/// Amount discrepancies of the corpus (see the module doc).
pub fn amount_groups(corpus: &Corpus, profile: &CorpusProfile) -> Vec<Discrepancy> {
    let uses: Vec<(usize, &AmountUse)> = profile
        .sentences
        .iter()
        .enumerate()
        .flat_map(|(s, p)| p.amounts.iter().map(move |a| (s, a)))
        .collect();
    let mut postings: HashMap<TermId, Vec<usize>> = HashMap::new();
    for (u, &(s, _)) in uses.iter().enumerate() {
        for t in &profile.sentences[s].terms {
            if !profile.is_generic(t.term) {
                postings.entry(t.term).or_default().push(u);
            }
        }
    }
    let mut pairs: BTreeSet<(usize, usize)> = BTreeSet::new();
    for list in postings.values().filter(|l| l.len() <= MAX_POSTING) {
        for (i, &a) in list.iter().enumerate() {
            for &b in &list[i + 1..] {
                pairs.insert((a.min(b), a.max(b)));
            }
        }
    }
    let mut sets = DisjointSets::new(uses.len());
    for (a, b) in pairs {
        let ((sa, ua), (sb, ub)) = (uses[a], uses[b]);
        let (pa, pb) = (&profile.sentences[sa], &profile.sentences[sb]);
        if amounts_disagree(ua, ub)
            && sa != sb
            && !different_dates(pa, pb)
            && about_the_same(profile, pa, pb)
        {
            sets.join(a, b);
        }
    }
    let mut groups = Vec::new();
    for members in sets.groups() {
        let sentences: Vec<&SentenceProfile> = members
            .iter()
            .map(|&u| &profile.sentences[uses[u].0])
            .collect();
        let members: Vec<Member> = members
            .iter()
            .map(|&u| {
                let (s, a) = uses[u];
                member(
                    corpus,
                    &profile.sentences[s],
                    a.phrase,
                    Value::Amount(a.amount),
                )
            })
            .collect();
        let shared = shared_names(corpus, profile, &sentences, &[]);
        let explanation = explain_amounts(&members, &shared);
        groups.push(Discrepancy {
            kind: DiscrepancyKind::Amounts,
            members,
            shared,
            explanation,
        });
    }
    groups
}

fn amounts_disagree(a: &AmountUse, b: &AmountUse) -> bool {
    a.amount.is_comparable(&b.amount)
        && !a.amount.same_value(&b.amount)
        && a.amount.ratio(&b.amount) <= MAX_RATIO
}

/// Whether both sentences are dated and share no date: figures for March and for April are
/// not two reports of one figure.
fn different_dates(a: &SentenceProfile, b: &SentenceProfile) -> bool {
    !a.dates.is_empty()
        && !b.dates.is_empty()
        && !a
            .dates
            .iter()
            .any(|d| b.dates.iter().any(|e| e.key == d.key))
}

/// Whether two sentences share enough non-generic terms to be about the same matter.
fn about_the_same(profile: &CorpusProfile, a: &SentenceProfile, b: &SentenceProfile) -> bool {
    let shared = a.shared_terms(b);
    let telling: Vec<TermId> = shared
        .iter()
        .map(|(t, _)| t.term)
        .filter(|&t| !profile.is_generic(t))
        .collect();
    let words = telling
        .iter()
        .filter(|&&t| matches!(profile.term(t).map(|t| &t.key), Some(TermKey::Word(_))))
        .count();
    let weight: f64 = telling.iter().map(|&t| profile.weight(t)).sum();
    telling.len() >= MIN_SHARED && words >= 1 && weight >= MIN_WEIGHT
}

/// A group member from a sentence profile and the span to show.
pub(crate) fn member(
    corpus: &Corpus,
    sentence: &SentenceProfile,
    span: ByteSpan,
    value: Value,
) -> Member {
    let article = corpus.articles.get(sentence.article.0);
    Member {
        article: sentence.article,
        file: article.map(|a| a.file.clone()).unwrap_or_default(),
        sentence: sentence.sentence,
        span,
        text: article
            .map(|a| span.slice(&a.text).to_string())
            .unwrap_or_default(),
        value,
    }
}

/// The names of the terms at least two of `sentences` share, except `leave_out`; in the
/// first sentence's order with non-generic terms first, at most [`SHOWN_SHARED`]. Entities
/// go by their canonical name, concepts by theirs, other words as first written here.
pub(crate) fn shared_names(
    corpus: &Corpus,
    profile: &CorpusProfile,
    sentences: &[&SentenceProfile],
    leave_out: &[TermId],
) -> Vec<String> {
    let mut seen: Vec<(TermId, String)> = Vec::new();
    for (i, s) in sentences.iter().enumerate() {
        for t in &s.terms {
            let elsewhere = sentences[i + 1..]
                .iter()
                .any(|o| o.terms.iter().any(|u| u.term == t.term));
            if !elsewhere || seen.iter().any(|(u, _)| *u == t.term) || leave_out.contains(&t.term) {
                continue;
            }
            let Some(term) = profile.term(t.term) else {
                continue;
            };
            let name = match &term.key {
                TermKey::Word(key) if *key != term.shown => corpus
                    .articles
                    .get(s.article.0)
                    .map(|a| t.span.slice(&a.text).to_lowercase())
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

fn explain_amounts(members: &[Member], shared: &[String]) -> String {
    let texts: Vec<&str> = members.iter().map(|m| m.text.as_str()).collect();
    let articles: BTreeSet<ArticleId> = members.iter().map(|m| m.article).collect();
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

/// Union-find over `0..n`, joined by pairs; groups come out in order of their least member.
pub(crate) struct DisjointSets {
    parent: Vec<usize>,
}

impl DisjointSets {
    pub(crate) fn new(n: usize) -> Self {
        Self {
            parent: (0..n).collect(),
        }
    }

    fn root(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    pub(crate) fn join(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.root(a), self.root(b));
        if ra != rb {
            self.parent[ra.max(rb)] = ra.min(rb);
        }
    }

    /// Every set of two or more, each sorted, sets ordered by their least member.
    pub(crate) fn groups(mut self) -> Vec<Vec<usize>> {
        let mut by_root: HashMap<usize, Vec<usize>> = HashMap::new();
        for x in 0..self.parent.len() {
            let r = self.root(x);
            by_root.entry(r).or_default().push(x);
        }
        let mut groups: Vec<Vec<usize>> = by_root.into_values().filter(|g| g.len() > 1).collect();
        groups.sort();
        groups
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::Corrections;

    fn groups_of(texts: &[&str]) -> Vec<Discrepancy> {
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
        amount_groups(&corpus, &profile)
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
        let groups = groups_of(&[&a, &b]);
        assert_eq!(groups.len(), 1, "{groups:#?}");
        let texts: Vec<&str> = groups[0].members.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(texts, ["$8 billion", "$6 billion"]);
        assert!(groups[0].explanation.contains("across 2 articles"));
        assert!(groups[0].shared.iter().any(|s| s == "wheat"));
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

    #[test]
    fn disjoint_sets_group_joined_members_in_order() {
        let mut sets = DisjointSets::new(5);
        sets.join(3, 1);
        sets.join(4, 0);
        assert_eq!(sets.groups(), vec![vec![0, 4], vec![1, 3]]);
    }
}
