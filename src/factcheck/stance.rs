//! Opposite reporting verbs: one article reports that someone hinted at, suggested or said
//! something, another that the same someone denied or rejected it.
//!
//! The verb classes live in `assets/reporting_verbs.ron`. A verb's subject is the nearest
//! named entity before it in its sentence, a few words away at most ("Japan firmly denies").
//! An asserting and a denying report are about the same statement when they have the same
//! subject, stand in different articles, and their sentences share enough other terms.

use super::FactcheckError;
use super::discrepancy::{
    Discrepancy, DiscrepancyKind, DisjointSets, Member, Value, expand_once, member, shared_names,
};
use super::profile::{CorpusProfile, SentenceId, SentenceProfile, TermId, TermKey, Terms};
use crate::corpus::{ArticleId, Corpus};
use crate::entities::{EntityId, EntityIndex, Label};
use crate::text::ByteSpan;
use aho_corasick::AhoCorasick;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::OnceLock;
use unicode_segmentation::UnicodeSegmentation;

/// What a reporting verb says of the statement it reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Stance {
    /// "hints", "suggests", "signals", "says", "confirms".
    Asserting,
    /// "denies", "rejects", "dismisses", "refutes".
    Denying,
}

impl Stance {
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Asserting => "asserting",
            Stance::Denying => "denying",
        }
    }
}

/// The verb classes and thresholds of `assets/reporting_verbs.ron`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportingVerbs {
    pub asserting: Vec<String>,
    pub denying: Vec<String>,
    /// Verbs that attribute words without asserting or denying them ("told", "added"), for
    /// the quote ledger.
    #[serde(default)]
    pub quoting: Vec<String>,
    pub negations: Vec<String>,
    pub negation_window: usize,
    pub subject_gap: usize,
    pub min_shared: usize,
    pub min_weight: f64,
}

/// The embedded verb classes, as written.
pub const EMBEDDED_RON: &str = include_str!("../../assets/reporting_verbs.ron");

impl ReportingVerbs {
    pub fn from_ron(text: &str) -> Result<Self, FactcheckError> {
        ron::from_str(text).map_err(|source| FactcheckError::Asset {
            file: "reporting_verbs.ron",
            source,
        })
    }
}

/// The verb classes with their matcher, built once.
pub struct VerbMatcher {
    verbs: ReportingVerbs,
    matcher: AhoCorasick,
    /// Per pattern: its class.
    classes: Vec<Stance>,
}

impl VerbMatcher {
    pub fn new(verbs: ReportingVerbs) -> Result<Self, FactcheckError> {
        let patterns: Vec<&str> = verbs
            .asserting
            .iter()
            .chain(&verbs.denying)
            .map(String::as_str)
            .collect();
        let classes = std::iter::repeat_n(Stance::Asserting, verbs.asserting.len())
            .chain(std::iter::repeat_n(Stance::Denying, verbs.denying.len()))
            .collect();
        let matcher = super::word_matcher(&patterns)?;
        Ok(Self {
            verbs,
            matcher,
            classes,
        })
    }

    /// The embedded classes, parsed once per process.
    pub fn embedded() -> &'static VerbMatcher {
        static MATCHER: OnceLock<VerbMatcher> = OnceLock::new();
        // The embedded file is checked by a test, so failing here is a build defect.
        MATCHER.get_or_init(|| {
            ReportingVerbs::from_ron(EMBEDDED_RON)
                .and_then(VerbMatcher::new)
                .expect("assets/reporting_verbs.ron parses")
        })
    }

    /// The verb classes and thresholds as read.
    pub fn verbs(&self) -> &ReportingVerbs {
        &self.verbs
    }

    /// The reporting verbs of `text[span]` as (verb span, stance), negation applied, in
    /// order. A negated denial is left out.
    pub fn verbs_in(&self, text: &str, span: ByteSpan) -> Vec<(ByteSpan, Stance)> {
        let body = span.slice(text);
        let mut out = Vec::new();
        for m in self.matcher.find_iter(body) {
            if !is_whole_word(body, m.start(), m.end()) {
                continue;
            }
            if is_infinitive(&body[..m.start()]) {
                continue;
            }
            let class = self.classes[m.pattern().as_usize()];
            let negated = self.is_negated(&body[..m.start()]);
            let stance = match (class, negated) {
                (stance, false) => stance,
                (Stance::Asserting, true) => Stance::Denying,
                (Stance::Denying, true) => continue,
            };
            out.push((
                ByteSpan::new(span.start + m.start(), span.start + m.end()),
                stance,
            ));
        }
        out
    }

    fn is_negated(&self, before: &str) -> bool {
        before
            .unicode_words()
            .rev()
            .take(self.verbs.negation_window)
            .any(|w| {
                self.verbs
                    .negations
                    .iter()
                    .any(|n| n.eq_ignore_ascii_case(w) || (n.as_str() == w))
            })
    }
}

/// Whether the word before a verb is "to": "a desire to assert" reports nothing.
fn is_infinitive(before: &str) -> bool {
    before
        .unicode_words()
        .next_back()
        .is_some_and(|w| w.eq_ignore_ascii_case("to"))
}

fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
}

/// A reporting verb with its subject, in one sentence of the profile.
struct Report {
    sentence: SentenceId,
    article: ArticleId,
    verb: ByteSpan,
    stance: Stance,
    subject: EntityId,
    subject_term: TermId,
}

/// Groups of opposite reports about the same statement (see the module doc).
pub fn verb_groups(
    corpus: &Corpus,
    index: &EntityIndex,
    profile: &CorpusProfile,
    verbs: &VerbMatcher,
) -> Vec<Discrepancy> {
    let reports = reports(corpus, index, profile, verbs);
    let mut by_subject: HashMap<EntityId, Vec<usize>> = HashMap::new();
    for (r, report) in reports.iter().enumerate() {
        by_subject.entry(report.subject).or_default().push(r);
    }
    let mut sets = DisjointSets::new(reports.len());
    for list in by_subject.values() {
        let (asserting, denying): (Vec<usize>, Vec<usize>) = list
            .iter()
            .partition(|&&r| reports[r].stance == Stance::Asserting);
        for &a in &asserting {
            for &d in &denying {
                let (ra, rd) = (&reports[a], &reports[d]);
                // Joining is all that matters: a pair already in one set need not be weighed.
                if ra.article != rd.article
                    && !sets.same(a, d)
                    && same_statement(
                        profile,
                        &verbs.verbs,
                        profile.terms_of(ra.sentence),
                        profile.terms_of(rd.sentence),
                        ra.subject_term,
                    )
                {
                    sets.join(a, d);
                }
            }
        }
    }
    let mut groups = Vec::new();
    for members in sets.groups() {
        let subject = reports[members[0]].subject;
        let subject_term = reports[members[0]].subject_term;
        let mut read = Vec::new();
        let mut sentences = Vec::new();
        let mut group = Vec::new();
        for &r in &members {
            let report = &reports[r];
            let Some(at) = expand_once(corpus, index, profile, &mut read, report.sentence) else {
                continue;
            };
            group.push(member(&read[at], report.verb, Value::Verb(report.stance)));
            sentences.push(at);
        }
        let sentences: Vec<&SentenceProfile> = sentences.iter().map(|&at| &read[at]).collect();
        let shared = shared_names(corpus, profile, &sentences, &[subject_term]);
        let name = index.entity(subject).map_or("", |e| e.name.as_str());
        let explanation = explain(corpus, &group, name, &shared);
        groups.push(Discrepancy {
            kind: DiscrepancyKind::ReportingVerbs,
            members: group,
            shared,
            explanation,
        });
    }
    groups
}

fn reports(
    corpus: &Corpus,
    index: &EntityIndex,
    profile: &CorpusProfile,
    verbs: &VerbMatcher,
) -> Vec<Report> {
    let mut out = Vec::new();
    for article in &corpus.articles {
        let mentions = index.article_mentions(article.id);
        let sentences = profile.sentences_of(article.id);
        for (s, sentence) in sentences.zip(&article.structure().sentences) {
            for (verb, stance) in verbs.verbs_in(article.text(), sentence.span()) {
                // Mentions are sorted by start: those of this sentence before the verb are a
                // run, found by bisection rather than by walking back through the article.
                let end = mentions.partition_point(|m| m.span().end <= verb.start);
                let from =
                    mentions[..end].partition_point(|m| m.span().start < sentence.span().start);
                let subject = mentions[from..end]
                    .iter()
                    .rev()
                    .find(|m| !matches!(m.label(), Label::Money | Label::Percent | Label::Date));
                let Some(subject) = subject else { continue };
                let gap = article.text()[subject.span().end..verb.start]
                    .unicode_words()
                    .count();
                if gap > verbs.verbs.subject_gap {
                    continue;
                }
                let term = profile
                    .term_id(&TermKey::Entity(subject.entity()))
                    .filter(|t| profile.terms_of(s).contains(t));
                if let Some(term) = term {
                    out.push(Report {
                        sentence: s,
                        article: article.id,
                        verb,
                        stance,
                        subject: subject.entity(),
                        subject_term: term,
                    });
                }
            }
        }
    }
    out
}

/// Whether two sentences (their terms) with the same subject share enough other terms. The
/// weights add up in `a`'s order.
pub(super) fn same_statement(
    profile: &CorpusProfile,
    verbs: &ReportingVerbs,
    a: Terms,
    b: Terms,
    subject: TermId,
) -> bool {
    let mut shared = 0;
    let mut words = 0;
    let mut weight = 0.0;
    for t in a.iter().filter(|&t| t != subject && b.contains(&t)) {
        shared += 1;
        if matches!(profile.term(t).map(|t| &t.key), Some(TermKey::Word(_))) {
            words += 1;
        }
        weight += profile.weight(t);
    }
    shared >= verbs.min_shared && words >= 1 && weight >= verbs.min_weight
}

fn explain(corpus: &Corpus, members: &[Member], subject: &str, shared: &[String]) -> String {
    let mut verbs: Vec<String> = Vec::new();
    for stance in [Stance::Asserting, Stance::Denying] {
        let mut forms: Vec<String> = Vec::new();
        for m in members.iter().filter(|m| m.value == Value::Verb(stance)) {
            let form = m.text(corpus).to_lowercase();
            if !forms.contains(&form) {
                forms.push(form);
            }
        }
        verbs.push(forms.join("/"));
    }
    format!(
        "{} vs {}: opposite reports of what {subject} said, both about {}",
        verbs[0],
        verbs[1],
        shared.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stances(text: &str) -> Vec<(&str, Stance)> {
        VerbMatcher::embedded()
            .verbs_in(text, ByteSpan::new(0, text.len()))
            .into_iter()
            .map(|(s, st)| (s.slice(text), st))
            .collect()
    }

    fn reports_of(text: &str) -> Vec<(String, String)> {
        let corpus = Corpus::from_texts("test", vec![("0.txt".to_string(), text.to_string())]);
        let built = crate::app::indexing::build(
            &corpus,
            &crate::entities::Corrections::default(),
            |_, _| {},
        );
        let profile = CorpusProfile::build(&corpus, &built.index);
        reports(&corpus, &built.index, &profile, VerbMatcher::embedded())
            .into_iter()
            .map(|r| {
                let name = built.index.entity(r.subject).map(|e| e.name.clone());
                (r.verb.slice(text).to_string(), name.unwrap_or_default())
            })
            .collect()
    }

    #[test]
    fn a_verb_takes_its_subject_from_its_own_sentence_only() {
        let text = "Japan spoke at length about the bonds.\n\
            Later the ministry firmly denied any sale.\n\
            Japan denied the sale of bonds.\n";
        assert_eq!(
            reports_of(text),
            [("denied".to_string(), "Japan".to_string())]
        );
    }

    #[test]
    fn the_embedded_verb_classes_parse() {
        assert!(ReportingVerbs::from_ron(EMBEDDED_RON).is_ok());
    }

    #[test]
    fn verbs_are_found_as_whole_words_in_their_class() {
        assert_eq!(
            stances("Japan Hints at selling; Tokyo firmly denies it"),
            [("Hints", Stance::Asserting), ("denies", Stance::Denying)]
        );
        assert_eq!(stances("The saying goes"), []);
    }

    #[test]
    fn an_infinitive_reports_nothing() {
        assert_eq!(stances("Japan’s desire to assert control"), []);
    }

    #[test]
    fn a_phrasal_denial_is_one_verb() {
        assert_eq!(
            stances("The bank ruled out a cut"),
            [("ruled out", Stance::Denying)]
        );
    }

    #[test]
    fn a_negated_assertion_is_a_denial_and_a_negated_denial_is_nothing() {
        assert_eq!(
            stances("He did not confirm the sale"),
            [("confirm", Stance::Denying)]
        );
        assert_eq!(stances("She didn’t deny the sale"), []);
    }
}
