//! The timeline: every dated sentence of the corpus, its date read into the days it covers
//! ([`reading`]), against the article's date where the date is relative; and the findings
//! where two articles date the same event differently.
//!
//! Dates are the DATE mentions of the entity index and the relative phrases the extraction
//! does not tag ("last week", "yesterday", "earlier this month"). An article's date is its
//! `index.ron` date, else the year it is inferred to be from ([`ArticleDate`]): with only a
//! year, a month or day without its year is placed in that year (saying so) and weekdays and
//! "last week" are listed but not placed.
//!
//! Two dated sentences of different articles report the same event when each has one date
//! precise to the month or better, the dates share no day, and the sentences share what they
//! are about as amount discrepancies must ([`discrepancy::about_the_same`]). Years are
//! periods, not events, and are never compared.

pub mod calendar;
pub mod reading;

use super::discrepancy::{
    self, Discrepancy, DiscrepancyKind, DisjointSets, Member, Postings, TermFacts, Value,
};
use super::location::Location;
use super::profile::{CorpusProfile, SentenceId};
use super::reference::{ArticleDate, Day};
use crate::corpus::{ArticleId, Corpus};
use crate::entities::covered::Covered;
use crate::entities::{EntityIndex, Label};
use crate::text::ByteSpan;
use reading::{Anchor, Precision, Unplaced, When};

/// One date in one sentence. A large corpus has a date in most sentences, so it is kept in
/// 28 bytes.
#[derive(Clone, Debug, PartialEq)]
pub struct Dated {
    /// The date's sentence and words.
    at: Location,
    /// The days it covers, or why it is not placed.
    pub when: Result<When, Unplaced>,
}

impl Dated {
    pub fn article(&self) -> ArticleId {
        self.at.article()
    }

    /// Its index in the article's `structure.sentences`.
    pub fn sentence(&self) -> usize {
        self.at.sentence()
    }

    /// The date's words, bytes of the article's text (see [`Dated::words`]).
    pub fn span(&self) -> ByteSpan {
        self.at.span()
    }

    /// The date as written, from the corpus the timeline was built with ("" for another).
    pub fn words<'a>(&self, corpus: &'a Corpus) -> &'a str {
        self.at.words(corpus)
    }
}

/// Every dated sentence of the corpus: the placed ones in time order, then the others in
/// corpus order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Timeline {
    pub dates: Vec<Dated>,
    /// Per article (index = `ArticleId`), its date as far as the corpus says.
    pub article_dates: Vec<Option<ArticleDate>>,
}

/// The spans of `a` and `b` (each sorted by start) in one order by start.
fn merged_by_start<'a>(
    a: &'a [ByteSpan],
    b: &'a [ByteSpan],
) -> impl Iterator<Item = ByteSpan> + 'a {
    let (mut a, mut b) = (a.iter().peekable(), b.iter().peekable());
    std::iter::from_fn(move || match (a.peek(), b.peek()) {
        (Some(x), Some(y)) if y.start < x.start => b.next().copied(),
        (Some(_), _) => a.next().copied(),
        (None, _) => b.next().copied(),
    })
}

/// Relative phrases read from sentences (lower case, whole words), as the extraction does
/// not tag them.
const RELATIVE: [&str; 16] = [
    "earlier this week",
    "earlier this month",
    "earlier this year",
    "last weekend",
    "last week",
    "last month",
    "last year",
    "this week",
    "this month",
    "next week",
    "next month",
    "next year",
    "yesterday",
    "tomorrow",
    "last quarter",
    "next quarter",
];

impl Timeline {
    /// The timeline of `corpus` with its entity `index`.
    pub fn build(corpus: &Corpus, index: &EntityIndex) -> Timeline {
        let mut dates = Vec::new();
        let mut article_dates = Vec::new();
        for article in &corpus.articles {
            let mentions = index.article_mentions(article.id);
            let date = ArticleDate::of(article, mentions);
            article_dates.push(date);
            if article.problem().is_some() {
                continue;
            }
            let anchor = match date {
                Some(ArticleDate::Given(day)) => Anchor::Day(day),
                Some(ArticleDate::Inferred { year }) => Anchor::Year(year),
                None => Anchor::None,
            };
            let text = article.text();
            let sentences = &article.structure().sentences;
            // Sorted by start and apart, as the article's mentions are.
            let tagged: Vec<ByteSpan> = mentions
                .iter()
                .filter(|m| m.label() == Label::Date)
                .map(|m| m.span())
                .collect();
            // A phrase inside a tagged date is that date; phrases of one sentence are apart,
            // and sentences do not overlap, so only the tagged dates are asked.
            let mut covered = Covered::new(&tagged, |span| *span);
            let mut phrases = Vec::new();
            for sentence in sentences {
                for span in relative_phrases(text, sentence.span()) {
                    if !covered.covers(span) {
                        phrases.push(span);
                    }
                }
            }
            // A sentence's phrases are found phrase by phrase, not in order.
            phrases.sort_by_key(|s| s.start);
            // Both lists sorted by start are merged rather than joined and sorted, and the
            // room for them taken at once (exactly, for a corpus of one long article).
            dates.reserve(tagged.len() + phrases.len());
            for span in merged_by_start(&tagged, &phrases) {
                let at = sentences.partition_point(|s| s.span().end <= span.start);
                if at >= sentences.len() {
                    continue;
                }
                dates.push(Dated {
                    at: Location::new(article.id, at, span),
                    when: reading::read(span.slice(text), anchor),
                });
            }
        }
        // Placed ones by time (the shorter first on a tie), then the rest; corpus order within.
        // The keys are unique (one date starts at one place), so an unstable sort gives the
        // same order without a buffer the size of the timeline.
        dates.sort_unstable_by_key(|d| match d.when {
            Ok(w) => (0, w.first, w.last, d.article(), d.span().start),
            Err(_) => (1, Day(0), Day(0), d.article(), d.span().start),
        });
        // A large corpus has a date in most sentences: keep no spare room.
        dates.shrink_to_fit();
        Timeline {
            dates,
            article_dates,
        }
    }

    /// The dates placed on the calendar, in time order.
    pub fn placed(&self) -> impl Iterator<Item = (&Dated, When)> {
        self.dates
            .iter()
            .filter_map(|d| d.when.ok().map(|w| (d, w)))
    }
}

/// The spans of the relative phrases in `span` of `text`.
fn relative_phrases(text: &str, span: ByteSpan) -> Vec<ByteSpan> {
    let sentence = span.slice(text);
    // ASCII lower-casing keeps byte offsets.
    let lower = sentence.to_ascii_lowercase();
    let mut found: Vec<ByteSpan> = Vec::new();
    for phrase in RELATIVE {
        let mut from = 0;
        while let Some(at) = lower[from..].find(phrase) {
            let start = from + at;
            let end = start + phrase.len();
            from = end;
            let before = lower[..start].chars().next_back();
            let after = lower[end..].chars().next();
            let whole = !before.is_some_and(char::is_alphanumeric)
                && !after.is_some_and(char::is_alphanumeric);
            let covered = ByteSpan::new(span.start + start, span.start + end);
            if whole && !found.iter().any(|f| f.overlaps(covered)) {
                found.push(covered);
            }
        }
    }
    found
}

/// A placed date as the timeline shows it: "18 Apr 2025", "Apr 2025", "Q2 2025", "2025",
/// "week of 7 Apr 2025".
pub fn describe(when: &When) -> String {
    let (y, m, d) = calendar::parts(when.first);
    let month = calendar::month_abbreviation(m as u32);
    match when.precision {
        Precision::Day => format!("{d} {month} {y}"),
        Precision::Week => format!("week of {d} {month} {y}"),
        Precision::Month => format!("{month} {y}"),
        Precision::Quarter => format!("Q{} {y}", (m - 1) / 3 + 1),
        Precision::Year => y.to_string(),
    }
}

/// At most this many dates of one telling term are paired; more would only be ones that
/// term alone cannot tell apart, and the limit keeps large corpora near linear.
const MAX_POSTING: usize = 200;

/// The dates that two articles give differently for one event (see the module doc).
pub fn date_groups(profile: &CorpusProfile, timeline: &Timeline) -> Vec<Discrepancy> {
    let terms = TermFacts::of(profile);
    // The events: each placed date precise to the month or better, alone in its sentence.
    // Placed dates per sentence, counted up to two (a large corpus has a million sentences).
    let mut per_sentence = vec![0u8; profile.len()];
    let placed = || {
        timeline
            .placed()
            .filter_map(|(d, w)| Some((d, w, sentence_id(profile, d.article(), d.sentence())?)))
    };
    for (_, _, s) in placed() {
        let count = &mut per_sentence[s.0 as usize];
        *count = count.saturating_add(1).min(2);
    }
    // Each event by its place in the timeline, and its sentence.
    let (events, sentences): (Vec<u32>, Vec<SentenceId>) = timeline
        .dates
        .iter()
        .enumerate()
        .filter_map(|(i, d)| {
            let w = d.when.as_ref().ok()?;
            let s = sentence_id(profile, d.article(), d.sentence())?;
            let alone = per_sentence[s.0 as usize] == 1;
            (w.precision <= Precision::Month && alone).then(|| (event_number(i), s))
        })
        .unzip();
    drop(per_sentence);
    let event = |e: usize| -> (&Dated, When, SentenceId) {
        let d = &timeline.dates[events[e] as usize];
        let w = d.when.expect("events are placed dates");
        (d, w, sentences[e])
    };
    let postings = Postings::of_sentences(profile, &terms, &sentences, MAX_POSTING);
    let mut sets = DisjointSets::new(events.len());
    let mut partners: Vec<u32> = Vec::new();
    for a in 0..events.len() {
        let (da, wa, sa) = event(a);
        partners.clear();
        for t in profile.terms_of(sa) {
            if let Some(list) = postings.of(t) {
                partners.extend(list.iter().copied().filter(|&b| b as usize > a));
            }
        }
        partners.sort_unstable();
        partners.dedup();
        for &b in &partners {
            let b = b as usize;
            let (db, wb, sb) = event(b);
            if da.article() != db.article()
                && wa.disjoint(&wb)
                && !sets.same(a, b)
                && discrepancy::about_the_same(&terms, profile.terms_of(sa), profile.terms_of(sb))
            {
                sets.join(a, b);
            }
        }
    }
    let mut groups = Vec::new();
    for mut members in sets.groups() {
        members.sort_by_key(|&i| (event(i).0.article(), event(i).0.span().start));
        let shared = shared_terms(profile, &terms, members.iter().map(|&i| sentences[i]));
        let members: Vec<Member> = members
            .iter()
            .map(|&i| {
                let (d, w, _) = event(i);
                Member::new(
                    d.article(),
                    d.sentence(),
                    d.span(),
                    Value::Date(describe(&w)),
                )
            })
            .collect();
        let values: Vec<String> = members.iter().map(|m| m.value.to_string()).collect();
        let explanation = format!(
            "{} across {} articles: both about {}",
            values.join(" vs "),
            members.len(),
            shared.join(", ")
        );
        groups.push(Discrepancy {
            kind: DiscrepancyKind::Dates,
            members,
            shared,
            explanation,
        });
    }
    groups
}

/// An event's number in the postings.
///
/// # Panics
/// With 2³² events, far beyond what fits in memory.
fn event_number(i: usize) -> u32 {
    u32::try_from(i).expect("fewer than 2^32 dated events")
}

fn sentence_id(profile: &CorpusProfile, article: ArticleId, sentence: usize) -> Option<SentenceId> {
    profile.sentences_of(article).nth(sentence)
}

/// The names of the telling terms every one of `sentences` has, in the first one's order.
fn shared_terms(
    profile: &CorpusProfile,
    terms: &TermFacts,
    mut sentences: impl Iterator<Item = SentenceId>,
) -> Vec<String> {
    let Some(first) = sentences.next() else {
        return Vec::new();
    };
    let others: Vec<SentenceId> = sentences.collect();
    profile
        .terms_of(first)
        .iter()
        .filter(|&t| !terms.is_generic(t))
        .filter(|t| others.iter().all(|&s| profile.terms_of(s).contains(t)))
        .filter_map(|t| profile.term(t).map(|term| term.shown.clone()))
        .take(6)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dated_sentence_is_kept_small() {
        // A large corpus has close to a million: 48 bytes each before they were packed.
        assert!(std::mem::size_of::<Dated>() <= 28);
    }

    #[test]
    fn a_dated_sentence_reads_its_words_from_the_corpus() {
        let corpus = Corpus::embedded();
        let built = crate::app::indexing::build(
            &corpus,
            &crate::entities::Corrections::default(),
            |_, _| {},
        );
        let timeline = Timeline::build(&corpus, &built.index);
        assert!(!timeline.dates.is_empty());
        for date in &timeline.dates {
            let article = &corpus.articles[date.article().0];
            let sentence = article.structure().sentences[date.sentence()].span();
            assert!(sentence.start <= date.span().start && date.span().end <= sentence.end);
            assert_eq!(date.words(&corpus), date.span().slice(article.text()));
            assert!(!date.words(&corpus).is_empty());
        }
    }
}
