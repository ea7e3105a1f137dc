//! Evidence candidates: for a claim, the other sentences of the corpus (its own article's too)
//! ranked by what they share with it (the same entities, equal or comparable amounts, the same
//! dates, key words), with the shared parts marked in the candidate's text.
//!
//! Scores are sums of fixed weights per shared part (terms weigh by how rare they are in the
//! corpus, see [`CorpusProfile::weight`]); sentences under [`MIN_SCORE`] are left out.
//! Ranking is deterministic: by score, then corpus order.

use super::amount::Amount;
use super::profile::{
    CorpusProfile, DateId, SentenceId, SentenceProfile, SentenceView, TermId, TermKey,
};
use crate::corpus::{ArticleId, Corpus};
use crate::entities::EntityIndex;
use crate::text::ByteSpan;

/// What a shared part of a candidate is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SharedKind {
    Entity,
    Amount,
    Date,
    Word,
}

/// A part of a candidate sentence it shares with the claim; `span` is in the candidate's
/// article text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SharedPart {
    pub span: ByteSpan,
    pub kind: SharedKind,
}

/// A sentence (of another article, or of the claim's own) that may support or contradict a
/// claim.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    pub article: ArticleId,
    /// The sentence's index in its article's `structure.sentences`.
    pub sentence: usize,
    pub span: ByteSpan,
    pub score: f64,
    /// Sorted by start.
    pub shared: Vec<SharedPart>,
}

/// A candidate must score at least this to be listed.
pub const MIN_SCORE: f64 = 3.0;
/// An equal amount (same kind, same value).
const EQUAL_AMOUNT: f64 = 3.0;
/// A comparable amount (same kind, values within a factor of two).
const COMPARABLE_AMOUNT: f64 = 1.0;
/// The same date, as written.
const SAME_DATE: f64 = 2.0;
/// A generic term (see [`CorpusProfile::is_generic`]) still counts this much.
const GENERIC_TERM: f64 = 0.1;
/// A candidate must share at least this many parts besides generic terms: one rare word
/// alone is a coincidence.
const MIN_PARTS: usize = 2;

/// Ranks the sentences of the corpus other than the claim's own (those overlapping its span)
/// by what they share with `claim` (a profile from [`CorpusProfile::describe`]), best first,
/// at most `limit`. Sentences of the claim's article count: an article may contradict itself.
///
/// Every sentence is scored from the profile's numbers alone; only the `limit` best are read
/// again ([`CorpusProfile::expand`]) to mark their shared parts.
pub fn candidates(
    corpus: &Corpus,
    index: &EntityIndex,
    profile: &CorpusProfile,
    claim: &SentenceProfile,
    limit: usize,
) -> Vec<Candidate> {
    let claim_span = claim.span;
    let claim = Claim::of(profile, claim);
    let is_the_claim = |s: &SentenceView| {
        s.article == claim.article
            && profile
                .locate(s.id)
                .and_then(|(article, i)| {
                    corpus.articles.get(article.0)?.structure().sentences.get(i)
                })
                .is_some_and(|sentence| sentence.span().overlaps(claim_span))
    };
    let mut ranked: Vec<(f64, SentenceId)> = profile
        .views()
        .filter(|s| !is_the_claim(s))
        .filter_map(|s| Some((claim.score(profile, &s)?, s.id)))
        .filter(|&(score, _)| score >= MIN_SCORE)
        .collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    ranked
        .into_iter()
        .filter_map(|(score, id)| {
            let sentence = profile.expand(corpus, index, id)?;
            Some(claim.candidate(profile, &sentence, score))
        })
        .take(limit)
        .collect()
}

/// What a claim is compared by: its terms, amounts and the corpus's numbers of its dates.
struct Claim {
    article: ArticleId,
    terms: Vec<TermId>,
    amounts: Vec<Amount>,
    /// Dates the corpus does not have are left out: no sentence can share them.
    dates: Vec<DateId>,
}

impl Claim {
    fn of(profile: &CorpusProfile, claim: &SentenceProfile) -> Self {
        Claim {
            article: claim.article,
            terms: claim.terms.iter().map(|t| t.term).collect(),
            amounts: claim.amounts.iter().map(|a| a.amount).collect(),
            dates: claim
                .dates
                .iter()
                .filter_map(|d| profile.date_id(&d.key))
                .collect(),
        }
    }

    /// What `candidate` shares with the claim, or `None` when too little: the sum of its
    /// shared terms' weights (in the claim's order), then of its amounts' and dates' (in its
    /// own order).
    fn score(&self, profile: &CorpusProfile, candidate: &SentenceView) -> Option<f64> {
        let mut score = 0.0;
        let mut telling = 0;
        for &term in self.terms.iter().filter(|t| candidate.terms.contains(t)) {
            score += if profile.is_generic(term) {
                GENERIC_TERM
            } else {
                telling += 1;
                profile.weight(term)
            };
        }
        for theirs in candidate.amounts.iter() {
            let best = self.amount_score(&theirs);
            if best > 0.0 {
                score += best;
                telling += 1;
            }
        }
        for date in candidate.dates {
            if self.dates.contains(date) {
                score += SAME_DATE;
                telling += 1;
            }
        }
        (telling >= MIN_PARTS).then_some(score)
    }

    /// The best an amount of a candidate scores against the claim's amounts.
    fn amount_score(&self, theirs: &Amount) -> f64 {
        self.amounts
            .iter()
            .filter(|a| a.is_comparable(theirs))
            .map(|a| {
                if a.same_value(theirs) {
                    EQUAL_AMOUNT
                } else if a.ratio(theirs) <= 2.0 {
                    COMPARABLE_AMOUNT
                } else {
                    0.0
                }
            })
            .fold(0.0, f64::max)
    }

    /// A candidate from its sentence read in full, with the parts it shares marked, in the
    /// order [`Claim::score`] counts them, then sorted by start.
    fn candidate(
        &self,
        profile: &CorpusProfile,
        sentence: &SentenceProfile,
        score: f64,
    ) -> Candidate {
        let mut shared = Vec::new();
        for term in &self.terms {
            let Some(there) = sentence.terms.iter().find(|t| t.term == *term) else {
                continue;
            };
            let kind = match profile.term(*term).map(|t| &t.key) {
                Some(TermKey::Entity(_)) => SharedKind::Entity,
                Some(TermKey::Word(_)) => SharedKind::Word,
                None => continue,
            };
            shared.push(SharedPart {
                span: there.span,
                kind,
            });
        }
        for theirs in &sentence.amounts {
            if self.amount_score(&theirs.amount) > 0.0 {
                shared.push(SharedPart {
                    span: theirs.phrase,
                    kind: SharedKind::Amount,
                });
            }
        }
        for date in &sentence.dates {
            if profile
                .date_id(&date.key)
                .is_some_and(|d| self.dates.contains(&d))
            {
                shared.push(SharedPart {
                    span: date.span,
                    kind: SharedKind::Date,
                });
            }
        }
        shared.sort_by_key(|p| (p.span.start, p.span.end));
        Candidate {
            article: sentence.article,
            sentence: sentence.sentence,
            span: sentence.span,
            score,
            shared,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;
    use crate::entities::Corrections;

    const FILLER: &str = "The weather in the region stayed mild for most of the spring.\n\
        Farmers planted early and markets opened on time.\n\
        Local schools announced new timetables for the autumn term.\n";

    fn ranked(claim_text: &str, others: &[&str]) -> (Corpus, Vec<Candidate>) {
        let mut texts = vec![("0.txt".to_string(), format!("{claim_text}\n{FILLER}"))];
        for (i, t) in others.iter().enumerate() {
            texts.push((format!("{}.txt", i + 1), format!("{FILLER}{t}\n")));
        }
        let corpus = Corpus::from_texts("test", texts);
        let built = crate::app::indexing::build(&corpus, &Corrections::default(), |_, _| {});
        let mut profile = CorpusProfile::build(&corpus, &built.index);
        profile.name_entities(&built.index);
        let claim = profile
            .expand(&corpus, &built.index, SentenceId(0))
            .expect("the first sentence");
        let found = candidates(&corpus, &built.index, &profile, &claim, 10);
        (corpus, found)
    }

    /// Rates a candidate read in full against a claim read in full: how ranking worked
    /// before the profile kept only numbers.
    fn rate_in_full(
        profile: &CorpusProfile,
        claim: &SentenceProfile,
        candidate: &SentenceProfile,
    ) -> Option<Candidate> {
        let mut score = 0.0;
        let mut shared = Vec::new();
        let mut telling = 0;
        for (_, there) in claim.shared_terms(candidate) {
            let term = profile.term(there.term)?;
            score += if profile.is_generic(there.term) {
                GENERIC_TERM
            } else {
                telling += 1;
                profile.weight(there.term)
            };
            let kind = match term.key {
                TermKey::Entity(_) => SharedKind::Entity,
                TermKey::Word(_) => SharedKind::Word,
            };
            shared.push(SharedPart {
                span: there.span,
                kind,
            });
        }
        for theirs in &candidate.amounts {
            let best = claim
                .amounts
                .iter()
                .filter(|a| a.amount.is_comparable(&theirs.amount))
                .map(|a| {
                    if a.amount.same_value(&theirs.amount) {
                        EQUAL_AMOUNT
                    } else if a.amount.ratio(&theirs.amount) <= 2.0 {
                        COMPARABLE_AMOUNT
                    } else {
                        0.0
                    }
                })
                .fold(0.0, f64::max);
            if best > 0.0 {
                score += best;
                telling += 1;
                shared.push(SharedPart {
                    span: theirs.phrase,
                    kind: SharedKind::Amount,
                });
            }
        }
        for date in &candidate.dates {
            if claim.dates.iter().any(|d| d.key == date.key) {
                score += SAME_DATE;
                telling += 1;
                shared.push(SharedPart {
                    span: date.span,
                    kind: SharedKind::Date,
                });
            }
        }
        if telling < MIN_PARTS || score < MIN_SCORE {
            return None;
        }
        shared.sort_by_key(|p| (p.span.start, p.span.end));
        Some(Candidate {
            article: candidate.article,
            sentence: candidate.sentence,
            span: candidate.span,
            score,
            shared,
        })
    }

    #[test]
    fn ranking_by_numbers_lists_what_ranking_in_full_lists() {
        let corpus = Corpus::embedded();
        let built = crate::app::indexing::build(&corpus, &Corrections::default(), |_, _| {});
        let index = &built.index;
        let mut profile = CorpusProfile::build(&corpus, index);
        profile.name_entities(index);
        let full: Vec<SentenceProfile> = profile
            .views()
            .filter_map(|s| profile.expand(&corpus, index, s.id))
            .collect();
        assert_eq!(full.len(), profile.len());
        let mut compared = 0;
        for claim in full.iter().step_by(3) {
            let mut expected: Vec<Candidate> = full
                .iter()
                .filter(|s| s.article != claim.article || !s.span.overlaps(claim.span))
                .filter_map(|s| rate_in_full(&profile, claim, s))
                .collect();
            expected.sort_by(|a, b| {
                b.score
                    .total_cmp(&a.score)
                    .then((a.article, a.sentence).cmp(&(b.article, b.sentence)))
            });
            for limit in [3, usize::MAX] {
                let mut expected = expected.clone();
                expected.truncate(limit);
                let found = candidates(&corpus, index, &profile, claim, limit);
                assert_eq!(found, expected, "claim {:?}", claim.span);
                compared += found.len();
            }
        }
        assert!(compared > 50, "{compared} candidates compared");
    }

    #[test]
    fn a_sentence_sharing_names_and_an_amount_ranks_first_with_its_parts_marked() {
        let (corpus, found) = ranked(
            "Brazil agreed to buy $8 billion of Canadian wheat.",
            &[
                "Canada will sell wheat worth $8 billion to Brazil.",
                "Wheat farmers in Canada expect a good harvest.",
            ],
        );
        assert!(!found.is_empty());
        assert_eq!(found[0].article, ArticleId(1));
        let text = &corpus.articles[1].text();
        let amount = found[0]
            .shared
            .iter()
            .find(|p| p.kind == SharedKind::Amount)
            .map(|p| p.span.slice(text));
        assert_eq!(amount, Some("$8 billion"));
        assert!(found.iter().all(|c| c.article != ArticleId(0)));
    }

    #[test]
    fn a_sentence_sharing_one_word_is_left_out() {
        let (_, found) = ranked(
            "Brazil agreed to buy $8 billion of Canadian wheat.",
            &["A stadium in Lisbon was painted in wheat colours."],
        );
        assert!(found.is_empty(), "{found:?}");
    }
}
