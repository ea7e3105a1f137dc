//! `CorpusProfile`: what every sentence of the corpus is about, computed once and shared by
//! discrepancies and evidence ranking.
//!
//! A sentence is about its amounts (MONEY and PERCENT mentions, normalised), its dates, and
//! its terms: the entities mentioned in it (other than amounts and dates) and its key words.
//! Each term has a weight from how many sentences of the corpus use it (inverse document
//! frequency), so "Japan" in a corpus about Japan weighs little and "soybeans" much.
//!
//! A large corpus has millions of term uses, so the profile keeps per sentence only what
//! ranking and grouping compare: term numbers, normalised amounts and date numbers, in flat
//! vectors. Sentences are numbered in corpus order ([`SentenceId`]). Where a caller must show
//! something (where a shared word is, an amount with its qualifying words),
//! [`CorpusProfile::expand`] reads that sentence again into a full [`SentenceProfile`] with
//! spans, the way [`CorpusProfile::describe`] reads a claim; both give what building read.
//! Plain owned data (`Send + Sync`).

mod amounts;
mod sentence;
mod terms;

pub use amounts::SentenceAmounts;
pub use sentence::{AmountUse, DateUse, SentenceProfile, TermUse};
pub use terms::{Terms, TermsIter};

use super::amount::Amount;
use crate::corpus::{Article, ArticleId, Corpus};
use crate::entities::{ArticleMention, EntityId, EntityIndex};
use crate::text::ByteSpan;
use amounts::KeptAmounts;
use sentence::{MentionWindow, RawSentence, mentions_near};
use std::collections::HashMap;
use std::ops::Range;
use terms::TermLists;

/// A term's number in its [`CorpusProfile`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TermId(pub u32);

/// A sentence's number in its [`CorpusProfile`]: sentences are numbered across the corpus in
/// (article, sentence) order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SentenceId(pub u32);

/// A date's number in its [`CorpusProfile`]: two dates have the same number when their texts
/// are equal, lower-cased.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateId(pub u32);

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

/// What ranking and grouping compare of one sentence, borrowed from its [`CorpusProfile`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SentenceView<'a> {
    pub id: SentenceId,
    pub article: ArticleId,
    /// Entities first, then key words, each in order of first occurrence; no term twice.
    pub terms: Terms<'a>,
    /// In order of their mentions.
    pub amounts: SentenceAmounts<'a>,
    /// In order of their mentions, a date written twice listed twice.
    pub dates: &'a [DateId],
}

/// Every sentence's terms, amounts and dates, and the corpus's terms.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CorpusProfile {
    /// Numbered by [`TermId`].
    pub terms: Vec<Term>,
    lookup: HashMap<TermKey, TermId>,
    /// Per article: the number of its first sentence.
    article_starts: Vec<u32>,
    /// Per sentence: its terms.
    term_lists: TermLists,
    /// Every amount in sentence order (16 bytes each, see [`KeptAmounts`]), with its
    /// sentence alongside.
    amounts: KeptAmounts,
    amount_sentences: Vec<SentenceId>,
    /// Every date in sentence order, with its sentence alongside.
    dates: Vec<DateId>,
    date_sentences: Vec<SentenceId>,
    date_lookup: HashMap<String, DateId>,
}

/// A term used in more than this share of a corpus's sentences says nothing about what a
/// sentence is about: it is generic.
const GENERIC_SHARE: f64 = 0.3;

/// A count or position as stored in a profile.
///
/// # Panics
/// With 2³² sentences, term uses, amounts or dates, far beyond what fits in memory.
fn number(n: usize) -> u32 {
    u32::try_from(n).expect("a corpus profile counts fewer than 2^32 of anything")
}

impl CorpusProfile {
    /// Profiles every sentence of `corpus`, with the mentions of `index` (built from the same
    /// corpus, article for article).
    pub fn build(corpus: &Corpus, index: &EntityIndex) -> Self {
        let mut profile = CorpusProfile::default();
        let mut terms = Vec::new();
        for article in &corpus.articles {
            profile.article_starts.push(number(profile.len()));
            let mentions = index.article_mentions(article.id);
            let mut window = MentionWindow::default();
            for sentence in &article.structure().sentences {
                let near = window.next(mentions, sentence.span());
                profile.push_sentence(article.text(), sentence.span(), near, &mut terms);
            }
        }
        profile.term_lists.shrink_to_fit();
        profile.amounts.shrink_to_fit();
        profile.amount_sentences.shrink_to_fit();
        profile.dates.shrink_to_fit();
        profile.date_sentences.shrink_to_fit();
        profile
    }

    /// Adds a sentence, with `near` the mentions that may touch it; `terms` is room for its
    /// terms.
    fn push_sentence(
        &mut self,
        text: &str,
        span: ByteSpan,
        near: &[ArticleMention],
        terms: &mut Vec<TermId>,
    ) {
        let id = SentenceId(number(self.len()));
        let raw = RawSentence::of(text, span, near);
        terms.clear();
        for (key, shown, _) in raw.terms {
            let term = match self.lookup.get(&key) {
                Some(&term) => term,
                None => {
                    let term = TermId(number(self.terms.len()));
                    self.terms.push(Term {
                        key: key.clone(),
                        shown,
                        sentences: 0,
                    });
                    self.lookup.insert(key, term);
                    term
                }
            };
            if !terms.contains(&term) {
                self.terms[term.0 as usize].sentences += 1;
                terms.push(term);
            }
        }
        self.term_lists.push(terms);
        for used in raw.amounts {
            self.amounts.push(used.amount);
            self.amount_sentences.push(id);
        }
        for used in raw.dates {
            let next = DateId(number(self.date_lookup.len()));
            let date = *self.date_lookup.entry(used.key).or_insert(next);
            self.dates.push(date);
            self.date_sentences.push(id);
        }
    }

    /// How many sentences the corpus has.
    pub fn len(&self) -> usize {
        self.term_lists.len()
    }

    pub fn is_empty(&self) -> bool {
        self.term_lists.len() == 0
    }

    /// How many (sentence, term) pairs the corpus has: the size of the profile.
    pub fn term_uses(&self) -> usize {
        self.term_lists.uses()
    }

    pub fn term(&self, id: TermId) -> Option<&Term> {
        self.terms.get(id.0 as usize)
    }

    /// The number of a term, if the corpus has it.
    pub fn term_id(&self, key: &TermKey) -> Option<TermId> {
        self.lookup.get(key).copied()
    }

    /// The number of a date (its text lower-cased), if the corpus has it.
    pub fn date_id(&self, key: &str) -> Option<DateId> {
        self.date_lookup.get(key).copied()
    }

    /// The term's weight: `ln(sentences in the corpus / sentences using it)`, at least 0.
    pub fn weight(&self, id: TermId) -> f64 {
        let n = self.len().max(1) as f64;
        let df = self.term(id).map_or(1, |t| t.sentences.max(1)) as f64;
        (n / df).ln().max(0.0)
    }

    /// Whether a term occurs in so many sentences that sharing it says little.
    pub fn is_generic(&self, id: TermId) -> bool {
        let n = self.len().max(1) as f64;
        self.term(id)
            .is_some_and(|t| t.sentences as f64 / n > GENERIC_SHARE)
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

    /// The numbers of one article's sentences, in order (empty for an unknown article).
    pub fn sentences_of(&self, article: ArticleId) -> impl Iterator<Item = SentenceId> + use<> {
        self.article_range(article).map(SentenceId)
    }

    fn article_range(&self, article: ArticleId) -> Range<u32> {
        let Some(&start) = self.article_starts.get(article.0) else {
            return 0..0;
        };
        let end = self
            .article_starts
            .get(article.0 + 1)
            .copied()
            .unwrap_or(number(self.len()));
        start..end
    }

    /// The article of a sentence and its index in the article's `structure.sentences`.
    pub fn locate(&self, id: SentenceId) -> Option<(ArticleId, usize)> {
        if id.0 as usize >= self.len() {
            return None;
        }
        let article = self.article_starts.partition_point(|&s| s <= id.0) - 1;
        Some((
            ArticleId(article),
            (id.0 - self.article_starts[article]) as usize,
        ))
    }

    /// The terms, amounts and dates of one sentence (empty for an unknown sentence).
    pub fn view(&self, id: SentenceId) -> SentenceView<'_> {
        let i = id.0 as usize;
        let article = self.locate(id).map_or(ArticleId(usize::MAX), |(a, _)| a);
        SentenceView {
            id,
            article,
            terms: self.term_lists.get(i),
            amounts: self.amounts.slice(Self::run(&self.amount_sentences, id)),
            dates: &self.dates[Self::run(&self.date_sentences, id)],
        }
    }

    /// Where the entries of sentence `id` are in a list of sentences in order.
    fn run(sentences: &[SentenceId], id: SentenceId) -> Range<usize> {
        let start = sentences.partition_point(|&s| s < id);
        start..start + sentences[start..].partition_point(|&s| s == id)
    }

    /// Every sentence's view, in corpus order.
    pub fn views(&self) -> impl Iterator<Item = SentenceView<'_>> {
        let mut amounts = 0;
        let mut dates = 0;
        (0..self.article_starts.len())
            .flat_map(move |a| self.article_range(ArticleId(a)).map(move |s| (a, s)))
            .map(move |(a, s)| {
                let id = SentenceId(s);
                let amount_start = amounts;
                while self.amount_sentences.get(amounts) == Some(&id) {
                    amounts += 1;
                }
                let date_start = dates;
                while self.date_sentences.get(dates) == Some(&id) {
                    dates += 1;
                }
                SentenceView {
                    id,
                    article: ArticleId(a),
                    terms: self.term_lists.get(s as usize),
                    amounts: self.amounts.slice(amount_start..amounts),
                    dates: &self.dates[date_start..dates],
                }
            })
    }

    /// The terms of one sentence (empty for an unknown sentence).
    pub fn terms_of(&self, id: SentenceId) -> Terms<'_> {
        self.term_lists.get(id.0 as usize)
    }

    /// The dates of one sentence (empty for an unknown sentence).
    pub fn dates_of(&self, id: SentenceId) -> &[DateId] {
        &self.dates[Self::run(&self.date_sentences, id)]
    }

    /// How many amounts the corpus has, over all sentences.
    pub fn amount_count(&self) -> usize {
        self.amounts.len()
    }

    /// Amount number `n` of the corpus (amounts are numbered in sentence order) and its
    /// sentence.
    pub fn amount(&self, n: usize) -> Option<(SentenceId, Amount)> {
        Some((*self.amount_sentences.get(n)?, self.amounts.get(n)?))
    }

    /// The place of amount number `n` among its sentence's amounts.
    pub fn amount_place(&self, n: usize) -> usize {
        let Some(&sentence) = self.amount_sentences.get(n) else {
            return 0;
        };
        n - self.amount_sentences.partition_point(|&s| s < sentence)
    }

    /// One sentence of the corpus read again in full, with spans: what building read of it.
    /// `None` for a sentence the corpus (or index) does not have.
    pub fn expand(
        &self,
        corpus: &Corpus,
        index: &EntityIndex,
        id: SentenceId,
    ) -> Option<SentenceProfile> {
        let (article, i) = self.locate(id)?;
        let article = corpus.articles.get(article.0)?;
        let span = article.structure().sentences.get(i)?.span();
        Some(self.describe(article, span, index.article_mentions(article.id)))
    }

    /// The profile of any span of an article (a claim need not be a whole sentence) in terms
    /// of the corpus's terms; terms the corpus has never seen are left out. `mentions` are the
    /// article's; the result's `sentence` is `usize::MAX` when `span` is not one of the
    /// article's sentences.
    pub fn describe(
        &self,
        article: &Article,
        span: ByteSpan,
        mentions: &[ArticleMention],
    ) -> SentenceProfile {
        let sentences = &article.structure().sentences;
        let at = sentences.partition_point(|s| s.span().start < span.start);
        let sentence = match sentences.get(at) {
            Some(s) if s.span() == span => at,
            _ => usize::MAX,
        };
        let raw = RawSentence::of(article.text(), span, mentions_near(mentions, span));
        let mut terms: Vec<TermUse> = Vec::new();
        for (key, _, at) in raw.terms {
            if let Some(id) = self.term_id(&key)
                && terms.iter().all(|t| t.term != id)
            {
                terms.push(TermUse { term: id, span: at });
            }
        }
        SentenceProfile {
            article: article.id,
            sentence,
            span,
            terms,
            amounts: raw.amounts,
            dates: raw.dates,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::Corrections;

    fn seeds() -> (Corpus, std::sync::Arc<EntityIndex>, CorpusProfile) {
        let corpus = Corpus::embedded();
        let built = crate::app::indexing::build(&corpus, &Corrections::default(), |_, _| {});
        let mut profile = CorpusProfile::build(&corpus, &built.index);
        profile.name_entities(&built.index);
        (corpus, built.index, profile)
    }

    #[test]
    fn every_sentence_of_the_corpus_is_profiled_in_order() {
        let (corpus, _, profile) = seeds();
        let total: usize = corpus
            .articles
            .iter()
            .map(|a| a.structure().sentences.len())
            .sum();
        assert_eq!(profile.len(), total);
        let located: Vec<(ArticleId, usize)> = (0..total)
            .filter_map(|s| profile.locate(SentenceId(s as u32)))
            .collect();
        let expected: Vec<(ArticleId, usize)> = corpus
            .articles
            .iter()
            .flat_map(|a| (0..a.structure().sentences.len()).map(|i| (a.id, i)))
            .collect();
        assert_eq!(located, expected);
        assert_eq!(profile.locate(SentenceId(total as u32)), None);
    }

    #[test]
    fn a_sentence_read_again_is_what_building_kept() {
        let (corpus, index, profile) = seeds();
        let views: Vec<SentenceView> = profile.views().collect();
        assert_eq!(views.len(), profile.len());
        let mut term_uses = 0;
        for view in views {
            assert_eq!(view, profile.view(view.id));
            let full = profile
                .expand(&corpus, &index, view.id)
                .expect("a sentence");
            let (article, i) = profile.locate(view.id).expect("located");
            assert_eq!((full.article, full.sentence), (article, i));
            let terms: Vec<TermId> = full.terms.iter().map(|t| t.term).collect();
            assert_eq!(terms, view.terms.iter().collect::<Vec<_>>());
            assert_eq!(terms.len(), view.terms.len());
            let amounts: Vec<Amount> = full.amounts.iter().map(|a| a.amount).collect();
            assert_eq!(amounts, view.amounts.iter().collect::<Vec<_>>());
            let dates: Vec<DateId> = full
                .dates
                .iter()
                .filter_map(|d| profile.date_id(&d.key))
                .collect();
            assert_eq!(dates, view.dates);
            term_uses += terms.len();
        }
        assert_eq!(term_uses, profile.term_uses());
        assert!(profile.amount_count() > 0);
        for n in 0..profile.amount_count() {
            let (s, amount) = profile.amount(n).expect("an amount");
            assert_eq!(
                profile.view(s).amounts.get(profile.amount_place(n)),
                Some(amount)
            );
            assert_eq!(profile.terms_of(s), profile.view(s).terms);
            assert_eq!(profile.dates_of(s), profile.view(s).dates);
        }
    }

    #[test]
    fn a_claim_inside_a_sentence_keeps_only_the_corpus_terms() {
        let (corpus, index, profile) = seeds();
        let article = &corpus.articles[4];
        let mentions = index.article_mentions(article.id);
        let sentence = article.structure().sentences[0].span();
        let part = ByteSpan::new(sentence.start, sentence.start + sentence.len() / 2);
        let claim = profile.describe(article, part, mentions);
        assert_eq!(claim.sentence, usize::MAX);
        let whole = profile.describe(article, sentence, mentions);
        assert_eq!(whole.sentence, 0);
        assert!(claim.terms.iter().all(|t| whole.terms.contains(t)));
    }

    #[test]
    fn amounts_carry_their_qualifying_words() {
        let (corpus, index, profile) = seeds();
        let article = &corpus.articles[4];
        let plus = profile
            .sentences_of(article.id)
            .filter_map(|s| profile.expand(&corpus, &index, s))
            .flat_map(|s| s.amounts)
            .find(|a| a.phrase.slice(article.text()).ends_with('+'))
            .map(|a| a.amount.to_string());
        assert_eq!(plus.as_deref(), Some("≥ $7 bn"));
    }

    #[test]
    fn a_rare_term_weighs_more_than_a_common_one() {
        let (_, _, profile) = seeds();
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
