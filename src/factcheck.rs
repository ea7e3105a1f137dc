//! Fact-check aids: discrepancies across the corpus, check-worthiness with review coverage,
//! and evidence candidates for a claim. Pure, deterministic and offline.
//!
//! - [`amount`] normalises MONEY and PERCENT mentions and [`approx`] reads the words that
//!   qualify them ("$7 billion+" is `≥ $7 bn`);
//! - [`profile`] describes every sentence once: its amounts, dates, entities and key words
//!   ([`keywords`]), each term weighted by how rare it is in the corpus; it keeps numbers
//!   only, and reads a sentence again when its spans are wanted;
//! - [`discrepancy`] groups amounts that differ about the same matter, and [`stance`] groups
//!   opposite reporting verbs ("hints" / "denies") about the same statement;
//! - [`checkworthy`] scores every sentence from cues (the findings keep whether each is
//!   check-worthy; [`score`] explains one again), and [`coverage`] counts reviewed ones;
//! - [`evidence`] ranks other articles' sentences for a claim;
//! - [`report`] prints [`Findings`] as text or JSON lines for `margin check`.
//!
//! Cue lists, weights, thresholds and verb classes are data in `assets/checkworthy.ron` and
//! `assets/reporting_verbs.ron`. Everything here is plain owned data (`Send + Sync`), so a large
//! corpus can be checked on a worker thread and the result handed to the UI.

pub mod amount;
pub mod approx;
pub mod checkworthy;
pub mod count;
pub mod coverage;
pub mod discrepancy;
pub mod evidence;
pub mod keywords;
pub mod location;
pub mod profile;
pub mod quotes;
pub mod reference;
pub mod report;
pub mod roles;
pub mod stance;
pub mod superlative;
pub mod timeline;

pub use amount::{Amount, AmountKind, Approx, Currency};
pub use checkworthy::{Cue, Cues, Reason, Score};
pub use coverage::Coverage;
pub use discrepancy::{Discrepancy, DiscrepancyKind, Member, Value};
pub use evidence::{Candidate, SharedKind, SharedPart};
pub use location::Location;
pub use profile::{CorpusProfile, SentenceId};
pub use quotes::{Quote, QuoteLedger, Speech};
pub use reference::Reference;
pub use roles::{Office, Role, RoleLedger, Tense};
pub use stance::{Stance, VerbMatcher};

use crate::annotations::Annotations;
use crate::corpus::{Article, ArticleId, Corpus};
use crate::entities::{ArticleMention, EntityIndex};
use crate::text::ByteSpan;

/// A fact-check asset that does not parse, or a cue list the matcher refuses.
/// A case-insensitive, leftmost-longest matcher for a list of cue words or phrases.
fn word_matcher<P: AsRef<[u8]>>(
    patterns: &[P],
) -> Result<aho_corasick::AhoCorasick, FactcheckError> {
    aho_corasick::AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(patterns)
        .map_err(|e| FactcheckError::Matcher(e.to_string()))
}

#[derive(Debug, thiserror::Error)]
pub enum FactcheckError {
    #[error("assets/{file}: {source}")]
    Asset {
        file: &'static str,
        source: ron::error::SpannedError,
    },
    #[error("cue list: {0}")]
    Matcher(String),
}

/// One article's check-worthiness: which sentences are check-worthy, and the review coverage.
/// A sentence's score with its reasons is computed again when asked for ([`score`]).
#[derive(Clone, Debug, PartialEq)]
pub struct ArticleCheck {
    pub article: ArticleId,
    pub file: String,
    /// One per sentence of `structure.sentences`, in order: whether its score reaches the
    /// threshold.
    pub checkworthy: Vec<bool>,
    pub coverage: Coverage,
}

/// Everything `margin check` reports, and what the reader shows: discrepancy groups (amounts
/// first, then reporting verbs, then role conflicts, each in corpus order), the role ledger,
/// and per-article check-worthiness (a sentence with a finding is check-worthy). Keeps the
/// corpus profile for evidence ranking.
#[derive(Clone, Debug)]
pub struct Findings {
    pub discrepancies: Vec<Discrepancy>,
    /// One per article, in corpus order.
    pub articles: Vec<ArticleCheck>,
    pub profile: CorpusProfile,
    /// Who the corpus says holds which office.
    pub roles: RoleLedger,
    /// Who is quoted saying what.
    pub quotes: QuoteLedger,
    /// Every dated sentence on one timeline.
    pub timeline: timeline::Timeline,
}

/// Computes the findings of `corpus` with its entity `index` (built from the same corpus) and
/// each article's annotations, by article position (missing or `None`: nothing reviewed).
pub fn findings(
    corpus: &Corpus,
    index: &EntityIndex,
    annotations: &[Option<&Annotations>],
) -> Findings {
    findings_with(corpus, index, annotations, Reference::active())
}

/// [`findings`] with the roles checked against `reference` rather than the active table.
pub fn findings_with(
    corpus: &Corpus,
    index: &EntityIndex,
    annotations: &[Option<&Annotations>],
    reference: &Reference,
) -> Findings {
    let mut profile = CorpusProfile::build(corpus, index);
    profile.name_entities(index);
    let mut discrepancies = discrepancy::amount_groups(corpus, index, &profile);
    discrepancies.extend(stance::verb_groups(
        corpus,
        index,
        &profile,
        VerbMatcher::embedded(),
    ));
    discrepancies.extend(superlative::superlative_groups(corpus, index, &profile));
    let roles = RoleLedger::read(corpus, index);
    let dates: Vec<Option<reference::Day>> = corpus
        .articles
        .iter()
        .map(|a| {
            a.date
                .as_deref()
                .and_then(|d| reference::Day::parse(d, false))
        })
        .collect();
    discrepancies.extend(roles::conflicts(&roles, &dates));
    discrepancies.extend(reference::check(corpus, index, &roles, reference));
    let verbs = VerbMatcher::embedded().verbs();
    let quotes = QuoteLedger::build(corpus, index, verbs);
    discrepancies.extend(quotes::differing(corpus, index, &profile, &quotes, verbs));
    let timeline = timeline::Timeline::build(corpus, index);
    discrepancies.extend(timeline::date_groups(&profile, &timeline));
    let cues = Cues::embedded();
    let mut flagged: Vec<Vec<usize>> = vec![Vec::new(); corpus.articles.len()];
    for member in discrepancies.iter().flat_map(|d| &d.members) {
        if let Some(list) = flagged.get_mut(member.article().0) {
            list.push(member.sentence());
        }
    }
    let articles = corpus
        .articles
        .iter()
        .map(|article| {
            let mentions = index.article_mentions(article.id);
            let mut checkworthy = checkworthy::checkworthy_sentences(article, mentions, cues);
            // A sentence with a finding is check-worthy whatever its cues.
            for &s in &flagged[article.id.0] {
                if let Some(worthy) = checkworthy.get_mut(s) {
                    *worthy = true;
                }
            }
            let notes = annotations.get(article.id.0).copied().flatten();
            let coverage = coverage::coverage(article, &checkworthy, notes);
            ArticleCheck {
                article: article.id,
                file: article.file.clone(),
                checkworthy,
                coverage,
            }
        })
        .collect();
    Findings {
        discrepancies,
        articles,
        profile,
        roles,
        quotes,
        timeline,
    }
}

/// The score of sentence `sentence` of `article` with its reasons, as the findings scored it:
/// computed again from the text and the article's `mentions` (from the index the findings
/// were computed with). `None` past the last sentence.
pub fn score(article: &Article, mentions: &[ArticleMention], sentence: usize) -> Option<Score> {
    let span = article.structure().sentences.get(sentence)?.span();
    Some(checkworthy::score_sentence(
        article.text(),
        span,
        mentions,
        Cues::embedded(),
    ))
}

impl Findings {
    /// Evidence candidates for a claim on `span` of `article` (see [`evidence::candidates`]),
    /// best first, at most `limit`.
    pub fn evidence(
        &self,
        corpus: &Corpus,
        index: &EntityIndex,
        article: ArticleId,
        span: ByteSpan,
        limit: usize,
    ) -> Vec<Candidate> {
        let Some(article) = corpus.articles.get(article.0) else {
            return Vec::new();
        };
        let claim = self
            .profile
            .describe(article, span, index.article_mentions(article.id));
        evidence::candidates(corpus, index, &self.profile, &claim, limit)
    }

    /// The score of sentence `sentence` of `article` as these findings rated it: its cues
    /// ([`score`]) and, when a discrepancy has a member in it, that finding. `None` past the
    /// last sentence.
    pub fn score(
        &self,
        article: &Article,
        mentions: &[ArticleMention],
        sentence: usize,
    ) -> Option<Score> {
        let score = score(article, mentions, sentence)?;
        Some(match self.findings_in(article.id, sentence).next() {
            Some((_, member)) => score.with_finding(member.span(), Cues::embedded()),
            None => score,
        })
    }

    /// The discrepancies with a member in sentence `sentence` of `article`, with that member,
    /// in the order of the findings.
    pub fn findings_in(
        &self,
        article: ArticleId,
        sentence: usize,
    ) -> impl Iterator<Item = (&Discrepancy, &Member)> {
        self.discrepancies.iter().filter_map(move |d| {
            d.members
                .iter()
                .find(|m| m.article() == article && m.sentence() == sentence)
                .map(|m| (d, m))
        })
    }

    /// The check-worthiness of one article.
    pub fn article(&self, article: ArticleId) -> Option<&ArticleCheck> {
        self.articles.get(article.0)
    }
}
