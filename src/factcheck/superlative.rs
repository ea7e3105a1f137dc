//! Superlatives that disagree: one article says its subject is "the largest foreign holder",
//! another that it holds "one of the largest amounts", a third "the second-largest".
//!
//! A superlative is a word of the check-worthiness cues' comparatives ending in "-est", or
//! "best"/"worst", with the words that give its degree: "the"/"its" (the top), "one of the"
//! or "among the" (one of several), an ordinal ("the second-largest"). Its subject is the
//! nearest named entity before it in its sentence, a few words away at most (as for
//! reporting verbs). Two superlatives disagree when they have the same subject and word,
//! different degrees, stand in different sentences, and their sentences share a key word
//! besides the superlative ("holdings" for "holder" and "amounts … holdings").

use super::checkworthy::{Cue, Cues};
use super::discrepancy::{
    Discrepancy, DiscrepancyKind, DisjointSets, Member, Value, expand_once, member, shared_names,
};
use super::profile::{CorpusProfile, SentenceId, SentenceProfile, TermId, TermKey};
use crate::corpus::{ArticleId, Corpus};
use crate::entities::{EntityId, EntityIndex, Label};
use crate::text::ByteSpan;
use std::collections::{BTreeSet, HashMap};
use std::sync::OnceLock;
use unicode_segmentation::UnicodeSegmentation;

/// How far a superlative reaches.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Degree {
    /// "the largest": first of all.
    Top,
    /// "the second-largest": the n-th.
    Rank(u8),
    /// "one of the largest": among the first.
    OneOf,
}

/// Words the subject may stand before the superlative, at most.
const SUBJECT_GAP: usize = 4;

const ORDINALS: &[(&str, u8)] = &[
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
];

/// The superlative words (the cues' single-word comparatives ending in "-est", and "best" and
/// "worst") and their matcher, built once: most sentences have none, and are passed over
/// without being cut into words.
fn matcher() -> &'static (Vec<String>, Option<aho_corasick::AhoCorasick>) {
    static MATCHER: OnceLock<(Vec<String>, Option<aho_corasick::AhoCorasick>)> = OnceLock::new();
    MATCHER.get_or_init(|| {
        let words: Vec<String> = Cues::embedded()
            .weights
            .phrases
            .iter()
            .filter(|p| p.cue == Cue::Comparative)
            .flat_map(|p| &p.words)
            .filter(|w| !w.contains(' ') && (w.ends_with("est") || *w == "best" || *w == "worst"))
            .cloned()
            .collect();
        let matcher = super::word_matcher(&words).ok();
        (words, matcher)
    })
}

/// One superlative found in a sentence.
struct Found {
    sentence: SentenceId,
    article: ArticleId,
    /// From the degree's first word to the superlative.
    phrase: ByteSpan,
    word: String,
    degree: Degree,
    subject: EntityId,
    subject_term: Option<TermId>,
    word_term: Option<TermId>,
}

/// The superlatives of `text[span]`: (phrase, superlative word lower-cased, degree).
pub fn superlatives_in(text: &str, span: ByteSpan) -> Vec<(ByteSpan, String, Degree)> {
    let (words, Some(matcher)) = matcher() else {
        return Vec::new();
    };
    let body = span.slice(text);
    let mut out = Vec::new();
    for m in matcher.find_iter(body) {
        let (at, end) = (m.start(), m.end());
        let before = body[..at].chars().next_back();
        let after = body[end..].chars().next();
        if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric) {
            continue;
        }
        // The three words before it, nearest first, with where each starts.
        let back: Vec<(usize, String)> = body[..at]
            .unicode_word_indices()
            .rev()
            .take(3)
            .map(|(i, w)| (i, w.to_lowercase()))
            .collect();
        let word = |n: usize| back.get(n - 1).map(|(_, w)| w.as_str());
        let start = |n: usize| back.get(n - 1).map_or(at, |&(i, _)| i);
        let ordinal = word(1).and_then(|w| ORDINALS.iter().find(|(o, _)| *o == w));
        let (degree, from) = if let Some(&(_, n)) = ordinal {
            let from = if word(2) == Some("the") {
                start(2)
            } else {
                start(1)
            };
            (Degree::Rank(n), from)
        } else if word(1) == Some("the") && word(2) == Some("of") && word(3) == Some("one") {
            (Degree::OneOf, start(3))
        } else if word(1) == Some("the") && word(2) == Some("among") {
            (Degree::OneOf, start(2))
        } else if matches!(word(1), Some("the" | "its" | "their")) {
            (Degree::Top, start(1))
        } else {
            continue;
        };
        out.push((
            ByteSpan::new(span.start + from, span.start + end),
            words[m.pattern().as_usize()].to_lowercase(),
            degree,
        ));
    }
    out
}

/// Groups of superlatives that disagree (see the module doc).
pub fn superlative_groups(
    corpus: &Corpus,
    index: &EntityIndex,
    profile: &CorpusProfile,
) -> Vec<Discrepancy> {
    let found = find(corpus, index, profile);
    let mut by_key: HashMap<(EntityId, &str), Vec<usize>> = HashMap::new();
    for (f, s) in found.iter().enumerate() {
        by_key
            .entry((s.subject, s.word.as_str()))
            .or_default()
            .push(f);
    }
    let mut sets = DisjointSets::new(found.len());
    for list in by_key.values() {
        for (n, &a) in list.iter().enumerate() {
            for &b in &list[n + 1..] {
                let (fa, fb) = (&found[a], &found[b]);
                if fa.degree != fb.degree
                    && fa.sentence != fb.sentence
                    && !sets.same(a, b)
                    && share_a_word(profile, fa, fb)
                {
                    sets.join(a, b);
                }
            }
        }
    }
    let mut groups = Vec::new();
    for members in sets.groups() {
        let first = &found[members[0]];
        let mut read = Vec::new();
        let mut sentences = Vec::new();
        let mut group: Vec<Member> = Vec::new();
        for &f in &members {
            let s = &found[f];
            let Some(at) = expand_once(corpus, index, profile, &mut read, s.sentence) else {
                continue;
            };
            let shown = s
                .phrase
                .slice(corpus.articles[s.article.0].text())
                .to_lowercase();
            group.push(member(&read[at], s.phrase, Value::Degree(shown)));
            sentences.push(at);
        }
        let sentences: Vec<&SentenceProfile> = sentences.iter().map(|&at| &read[at]).collect();
        let leave_out: Vec<TermId> = [first.subject_term, first.word_term]
            .into_iter()
            .flatten()
            .collect();
        let shared = shared_names(corpus, profile, &sentences, &leave_out);
        let subject = index.entity(first.subject).map_or("", |e| e.name.as_str());
        let explanation = explain(&group, subject, &shared);
        groups.push(Discrepancy {
            kind: DiscrepancyKind::Superlatives,
            members: group,
            shared,
            explanation,
        });
    }
    groups
}

fn find(corpus: &Corpus, index: &EntityIndex, profile: &CorpusProfile) -> Vec<Found> {
    let mut out = Vec::new();
    for article in &corpus.articles {
        let mentions = index.article_mentions(article.id);
        for (s, sentence) in profile
            .sentences_of(article.id)
            .zip(&article.structure().sentences)
        {
            for (phrase, word, degree) in superlatives_in(article.text(), sentence.span()) {
                let end = mentions.partition_point(|m| m.span().end <= phrase.start);
                let from =
                    mentions[..end].partition_point(|m| m.span().start < sentence.span().start);
                let subject = mentions[from..end]
                    .iter()
                    .rev()
                    .find(|m| !m.label().is_value());
                let Some(subject) = subject else { continue };
                let gap = article.text()[subject.span().end..phrase.start]
                    .unicode_words()
                    .count();
                if gap > SUBJECT_GAP || subject.label() == Label::Date {
                    continue;
                }
                out.push(Found {
                    sentence: s,
                    article: article.id,
                    phrase,
                    subject: subject.entity(),
                    subject_term: profile.term_id(&TermKey::Entity(subject.entity())),
                    word_term: super::keywords::key_of(&word)
                        .and_then(|(key, _)| profile.term_id(&TermKey::Word(key))),
                    word,
                    degree,
                });
            }
        }
    }
    out
}

/// Whether two superlatives' sentences share a key word besides the superlative itself.
fn share_a_word(profile: &CorpusProfile, a: &Found, b: &Found) -> bool {
    let theirs = profile.terms_of(b.sentence);
    profile.terms_of(a.sentence).iter().any(|t| {
        Some(t) != a.word_term
            && theirs.contains(&t)
            && matches!(profile.term(t).map(|t| &t.key), Some(TermKey::Word(_)))
    })
}

fn explain(members: &[Member], subject: &str, shared: &[String]) -> String {
    let mut degrees: Vec<String> = Vec::new();
    for m in members {
        let shown = m.value.to_string();
        if !degrees.contains(&shown) {
            degrees.push(shown);
        }
    }
    let articles: BTreeSet<ArticleId> = members.iter().map(|m| m.article()).collect();
    let place = if articles.len() == 1 {
        "in one article".to_string()
    } else {
        format!("across {} articles", articles.len())
    };
    let all = if members.len() == 2 { "both" } else { "all" };
    let mut about = vec![subject.to_string()];
    about.extend(shared.iter().cloned());
    format!(
        "{} {place}: {all} about {}",
        degrees.join(" vs "),
        about.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, Degree)> {
        superlatives_in(text, ByteSpan::new(0, text.len()))
            .into_iter()
            .map(|(s, _, d)| (s.slice(text).to_string(), d))
            .collect()
    }

    #[test]
    fn degrees_are_read_from_the_words_before_the_superlative() {
        assert_eq!(
            found("Japan is the largest foreign holder."),
            [("the largest".to_string(), Degree::Top)]
        );
        assert_eq!(
            found("Japan holds one of the largest amounts."),
            [("one of the largest".to_string(), Degree::OneOf)]
        );
        assert_eq!(
            found("It is the third-largest economy and the second biggest lender."),
            [
                ("the third-largest".to_string(), Degree::Rank(3)),
                ("the second biggest".to_string(), Degree::Rank(2))
            ]
        );
        assert!(found("Yields hit levels largest in years.").is_empty());
    }
}
