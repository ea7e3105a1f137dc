//! `SentenceProfile`: one sentence (or any span) read in full, with where each of its terms,
//! amounts and dates is. The corpus profile keeps only their numbers; this is what a caller
//! gets when it needs to show them.

use super::{TermId, TermKey};
use crate::corpus::ArticleId;
use crate::entities::{ArticleMention, Label};
use crate::factcheck::amount::Amount;
use crate::factcheck::approx::qualifier;
use crate::factcheck::keywords::key_words;
use crate::text::ByteSpan;

/// One occurrence of a term in a sentence (its first).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TermUse {
    pub term: TermId,
    pub span: ByteSpan,
}

/// An amount mentioned in a sentence.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AmountUse {
    pub amount: Amount,
    /// The mention's span.
    pub mention: ByteSpan,
    /// The mention with its qualifying words ("$7 billion+", "more than $8 billion").
    pub phrase: ByteSpan,
}

/// A date mentioned in a sentence, with its text lower-cased for comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateUse {
    pub key: String,
    pub span: ByteSpan,
}

/// What one sentence is about, with spans.
#[derive(Clone, Debug, PartialEq)]
pub struct SentenceProfile {
    pub article: ArticleId,
    /// The sentence's index in its article's `structure.sentences`, or `usize::MAX` for a
    /// span that is not one of them.
    pub sentence: usize,
    pub span: ByteSpan,
    /// Entities first, then key words, each in order of first occurrence; no term twice.
    pub terms: Vec<TermUse>,
    /// In order of their mentions.
    pub amounts: Vec<AmountUse>,
    /// In order of their mentions, a date written twice listed twice.
    pub dates: Vec<DateUse>,
}

impl SentenceProfile {
    /// The terms this sentence shares with `other`: pairs of (use here, use there), in this
    /// sentence's order.
    pub fn shared_terms(&self, other: &SentenceProfile) -> Vec<(TermUse, TermUse)> {
        self.terms
            .iter()
            .filter_map(|a| {
                other
                    .terms
                    .iter()
                    .find(|b| b.term == a.term)
                    .map(|b| (*a, *b))
            })
            .collect()
    }
}

/// A sentence's terms (not yet numbered, possibly repeated), amounts and dates.
pub(super) struct RawSentence {
    /// (key, name shown for a key word, first occurrence).
    pub(super) terms: Vec<(TermKey, String, ByteSpan)>,
    pub(super) amounts: Vec<AmountUse>,
    pub(super) dates: Vec<DateUse>,
}

/// Finds, sentence after sentence, the mentions that may touch each: from the first ending
/// after its start to the last starting before its end. Mentions are an article's (sorted by
/// start, not overlapping), sentences come in order, so both ends only move forward.
#[derive(Default)]
pub(super) struct MentionWindow {
    first: usize,
    last: usize,
}

impl MentionWindow {
    pub(super) fn next<'m>(
        &mut self,
        mentions: &'m [ArticleMention],
        span: ByteSpan,
    ) -> &'m [ArticleMention] {
        while mentions
            .get(self.first)
            .is_some_and(|m| m.span().end <= span.start)
        {
            self.first += 1;
        }
        self.last = self.last.max(self.first);
        while mentions
            .get(self.last)
            .is_some_and(|m| m.span().start < span.end)
        {
            self.last += 1;
        }
        &mentions[self.first..self.last]
    }
}

/// The mentions that may touch `span`, found by bisection (see [`MentionWindow`]).
pub(super) fn mentions_near(mentions: &[ArticleMention], span: ByteSpan) -> &[ArticleMention] {
    MentionWindow {
        first: mentions.partition_point(|m| m.span().end <= span.start),
        last: mentions.partition_point(|m| m.span().start < span.end),
    }
    .next(mentions, span)
}

impl RawSentence {
    /// Reads `text[span]` with `near`, the article's mentions that may touch it (see
    /// [`MentionWindow`]). Words inside a mention are not key words.
    pub(super) fn of(text: &str, span: ByteSpan, near: &[ArticleMention]) -> Self {
        let mut raw = RawSentence {
            terms: Vec::new(),
            amounts: Vec::new(),
            dates: Vec::new(),
        };
        let inside = near
            .iter()
            .filter(|m| m.span().start >= span.start && m.span().end <= span.end);
        for m in inside {
            match m.label() {
                Label::Money | Label::Percent => {
                    let mention_text = m.span().slice(text);
                    let Some(mut amount) =
                        Amount::parse_as(mention_text, m.label() == Label::Percent)
                    else {
                        continue;
                    };
                    let mut phrase = m.span();
                    if let Some(q) = qualifier(text, m.span(), span.start) {
                        amount.approx = q.approx;
                        phrase = q.phrase;
                    }
                    raw.amounts.push(AmountUse {
                        amount,
                        mention: m.span(),
                        phrase,
                    });
                }
                Label::Date => raw.dates.push(DateUse {
                    key: m.span().slice(text).to_lowercase(),
                    span: m.span(),
                }),
                _ => raw
                    .terms
                    .push((TermKey::Entity(m.entity()), String::new(), m.span())),
            }
        }
        let skip: Vec<ByteSpan> = near.iter().map(|m| m.span()).collect();
        let counts = crate::factcheck::count::counts_in(text, span, &skip);
        if !counts.is_empty() {
            for (count, mut amount) in counts {
                let mut phrase = count;
                if let Some(q) = qualifier(text, count, span.start) {
                    amount.approx = q.approx;
                    phrase = q.phrase;
                }
                raw.amounts.push(AmountUse {
                    amount,
                    mention: count,
                    phrase,
                });
            }
            raw.amounts.sort_by_key(|a| a.mention.start);
        }
        for word in key_words(text, span, &skip) {
            raw.terms
                .push((TermKey::Word(word.key), word.shown, word.span));
        }
        raw
    }
}
