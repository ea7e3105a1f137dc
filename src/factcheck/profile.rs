//! `CorpusProfile`: what every sentence of the corpus is about, computed once and shared by
//! discrepancies, evidence ranking and check-worthiness.
//!
//! A sentence's profile holds its amounts (MONEY and PERCENT mentions, normalised), its dates,
//! and its terms: the entities mentioned in it (other than amounts and dates) and its key
//! words. Each term has a weight from how many sentences of the corpus use it (inverse
//! document frequency), so "Japan" in a corpus about Japan weighs little and "soybeans" much.
//! Profiles are plain owned data (`Send + Sync`), sorted by (article, sentence).

use super::amount::Amount;
use super::approx::qualifier;
use super::keywords::key_words;
use crate::corpus::{ArticleId, Corpus};
use crate::entities::{ArticleMention, EntityId, EntityIndex, Label};
use crate::text::ByteSpan;
use std::collections::HashMap;

/// A term's number in its [`CorpusProfile`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TermId(pub u32);

/// What a term stands for.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TermKey {
    Entity(EntityId),
    Word(String),
}

/// A term of the corpus: its key, the name shown to readers, and in how many sentences it
/// occurs.
#[derive(Clone, Debug, PartialEq)]
pub struct Term {
    pub key: TermKey,
    pub shown: String,
    pub sentences: usize,
}

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

/// What one sentence is about.
#[derive(Clone, Debug, PartialEq)]
pub struct SentenceProfile {
    pub article: ArticleId,
    /// The sentence's index in its article's `structure.sentences`.
    pub sentence: usize,
    pub span: ByteSpan,
    /// Entities first, then key words, each in order of first occurrence; no term twice.
    pub terms: Vec<TermUse>,
    pub amounts: Vec<AmountUse>,
    pub dates: Vec<DateUse>,
}

/// A sentence's terms (not yet numbered), amounts and dates.
struct RawSentence {
    terms: Vec<(TermKey, String, ByteSpan)>,
    amounts: Vec<AmountUse>,
    dates: Vec<DateUse>,
}

impl RawSentence {
    /// Reads `text[span]` with the article's `mentions` (sorted by start); `skip` holds the
    /// mention spans, whose words are not key words.
    fn of(text: &str, span: ByteSpan, mentions: &[ArticleMention], skip: &[ByteSpan]) -> Self {
        let mut raw = RawSentence {
            terms: Vec::new(),
            amounts: Vec::new(),
            dates: Vec::new(),
        };
        let first = mentions.partition_point(|m| m.span().end <= span.start);
        let inside = mentions[first..]
            .iter()
            .take_while(|m| m.span().start < span.end)
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
        let near = skip.partition_point(|s| s.end <= span.start);
        for word in key_words(text, span, &skip[near..]) {
            raw.terms
                .push((TermKey::Word(word.key), word.shown, word.span));
        }
        raw
    }
}

/// Every sentence's profile and the corpus's terms.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CorpusProfile {
    pub sentences: Vec<SentenceProfile>,
    pub terms: Vec<Term>,
    /// Per article: the range of its sentences in `sentences`.
    pub articles: Vec<std::ops::Range<usize>>,
    lookup: HashMap<TermKey, TermId>,
}

/// A term used in more than this share of a corpus's sentences says nothing about what a
/// sentence is about: it is generic.
const GENERIC_SHARE: f64 = 0.3;

impl CorpusProfile {
    /// Profiles every sentence of `corpus`, with the mentions of `index` (built from the same
    /// corpus, article for article).
    pub fn build(corpus: &Corpus, index: &EntityIndex) -> Self {
        let mut profile = CorpusProfile::default();
        for article in &corpus.articles {
            let first = profile.sentences.len();
            let mentions = index.article_mentions(article.id);
            let skip: Vec<ByteSpan> = mentions.iter().map(|m| m.span()).collect();
            for (i, sentence) in article.structure().sentences.iter().enumerate() {
                let sp =
                    profile.sentence(&article.text, article.id, i, sentence.span, mentions, &skip);
                profile.sentences.push(sp);
            }
            profile.articles.push(first..profile.sentences.len());
        }
        profile
    }

    fn sentence(
        &mut self,
        text: &str,
        article: ArticleId,
        index: usize,
        span: ByteSpan,
        mentions: &[ArticleMention],
        skip: &[ByteSpan],
    ) -> SentenceProfile {
        let raw = RawSentence::of(text, span, mentions, skip);
        let mut terms: Vec<TermUse> = Vec::with_capacity(raw.terms.len());
        for (key, shown, at) in raw.terms {
            let id = match self.lookup.get(&key) {
                Some(&id) => id,
                None => {
                    let id = TermId(self.terms.len() as u32);
                    self.terms.push(Term {
                        key: key.clone(),
                        shown,
                        sentences: 0,
                    });
                    self.lookup.insert(key, id);
                    id
                }
            };
            if terms.iter().all(|t| t.term != id) {
                self.terms[id.0 as usize].sentences += 1;
                terms.push(TermUse { term: id, span: at });
            }
        }
        SentenceProfile {
            article,
            sentence: index,
            span,
            terms,
            amounts: raw.amounts,
            dates: raw.dates,
        }
    }

    /// The profile of any span of an article (a claim need not be a whole sentence) in terms
    /// of the corpus's terms; terms the corpus has never seen are left out. `text` and
    /// `mentions` are the article's; the result's `sentence` is `usize::MAX` when `span` is
    /// not one of the article's sentences.
    pub fn describe(
        &self,
        article: ArticleId,
        text: &str,
        span: ByteSpan,
        mentions: &[ArticleMention],
    ) -> SentenceProfile {
        if let Some(known) = self.article(article).iter().find(|s| s.span == span) {
            return known.clone();
        }
        let skip: Vec<ByteSpan> = mentions.iter().map(|m| m.span()).collect();
        let raw = RawSentence::of(text, span, mentions, &skip);
        let mut terms: Vec<TermUse> = Vec::new();
        for (key, _, at) in raw.terms {
            if let Some(&id) = self.lookup.get(&key)
                && terms.iter().all(|t| t.term != id)
            {
                terms.push(TermUse { term: id, span: at });
            }
        }
        SentenceProfile {
            article,
            sentence: usize::MAX,
            span,
            terms,
            amounts: raw.amounts,
            dates: raw.dates,
        }
    }

    /// The names of entity terms: call once after building, with the index used to build.
    pub fn name_entities(&mut self, index: &EntityIndex) {
        for term in &mut self.terms {
            if let TermKey::Entity(id) = term.key {
                term.shown = index
                    .entity(id)
                    .map_or_else(|| format!("entity {}", id.0), |e| e.name.clone());
            }
        }
    }

    /// How many (sentence, term) pairs the corpus has: the size of the profile.
    pub fn term_uses(&self) -> usize {
        self.sentences.iter().map(|s| s.terms.len()).sum()
    }

    pub fn term(&self, id: TermId) -> Option<&Term> {
        self.terms.get(id.0 as usize)
    }

    /// The term's weight: `ln(sentences in the corpus / sentences using it)`, at least 0.
    pub fn weight(&self, id: TermId) -> f64 {
        let n = self.sentences.len().max(1) as f64;
        let df = self.term(id).map_or(1, |t| t.sentences.max(1)) as f64;
        (n / df).ln().max(0.0)
    }

    /// Whether a term occurs in so many sentences that sharing it says little.
    pub fn is_generic(&self, id: TermId) -> bool {
        let n = self.sentences.len().max(1) as f64;
        self.term(id)
            .is_some_and(|t| t.sentences as f64 / n > GENERIC_SHARE)
    }

    /// The profiles of one article's sentences.
    pub fn article(&self, article: ArticleId) -> &[SentenceProfile] {
        self.articles
            .get(article.0)
            .and_then(|r| self.sentences.get(r.clone()))
            .unwrap_or(&[])
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::Corrections;

    fn seeds() -> (Corpus, CorpusProfile) {
        let corpus = Corpus::embedded();
        let built = crate::app::indexing::build(&corpus, &Corrections::default(), |_, _| {});
        let mut profile = CorpusProfile::build(&corpus, &built.index);
        profile.name_entities(&built.index);
        (corpus, profile)
    }

    #[test]
    fn every_sentence_of_the_corpus_is_profiled_in_order() {
        let (corpus, profile) = seeds();
        let total: usize = corpus
            .articles
            .iter()
            .map(|a| a.structure().sentences.len())
            .sum();
        assert_eq!(profile.sentences.len(), total);
        assert!(
            profile
                .sentences
                .windows(2)
                .all(|w| (w[0].article, w[0].sentence) < (w[1].article, w[1].sentence))
        );
    }

    #[test]
    fn amounts_carry_their_qualifying_words() {
        let (corpus, profile) = seeds();
        let article = &corpus.articles[4];
        let plus = profile
            .article(article.id)
            .iter()
            .flat_map(|s| &s.amounts)
            .find(|a| a.phrase.slice(&article.text).ends_with('+'))
            .map(|a| a.amount.to_string());
        assert_eq!(plus.as_deref(), Some("≥ $7 bn"));
    }

    #[test]
    fn a_rare_term_weighs_more_than_a_common_one() {
        let (_, profile) = seeds();
        let find = |shown: &str| {
            profile
                .terms
                .iter()
                .position(|t| t.shown == shown)
                .map(|i| TermId(i as u32))
        };
        let (Some(japan), Some(soy)) = (find("Japan"), find("soybeans")) else {
            panic!("both terms are in the seeds");
        };
        assert!(profile.weight(soy) > profile.weight(japan));
    }
}
