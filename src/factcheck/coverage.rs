//! Review coverage: how many of an article's check-worthy sentences a claim with a status
//! (verified or disputed) overlaps, and the next one still to review.

use crate::annotations::Annotations;
use crate::corpus::Article;
use crate::text::ByteSpan;
use serde::Serialize;
use std::fmt;

/// How many of an article's check-worthy sentences have been reviewed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Coverage {
    pub checkworthy: usize,
    pub reviewed: usize,
}

impl fmt::Display for Coverage {
    /// "9 of 21 check-worthy sentences reviewed".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let noun = crate::text::noun(self.checkworthy, "sentence", "sentences");
        write!(
            f,
            "{} of {} check-worthy {noun} reviewed",
            self.reviewed, self.checkworthy
        )
    }
}

/// Whether a claim with a status (verified or disputed) overlaps `span`.
pub fn is_reviewed(annotations: Option<&Annotations>, span: ByteSpan) -> bool {
    annotations.is_some_and(|a| a.claims_overlapping(span).any(|c| c.status.is_some()))
}

/// The coverage of `article` with its sentences' `checkworthy` verdicts (from
/// [`super::checkworthy::checkworthy_sentences`]) and annotations.
pub fn coverage(
    article: &Article,
    checkworthy: &[bool],
    annotations: Option<&Annotations>,
) -> Coverage {
    let mut coverage = Coverage::default();
    for (sentence, &worthy) in article.structure().sentences.iter().zip(checkworthy) {
        if worthy {
            coverage.checkworthy += 1;
            if is_reviewed(annotations, sentence.span) {
                coverage.reviewed += 1;
            }
        }
    }
    coverage
}

/// The first check-worthy sentence after sentence `after` (or from the start for `None`) that
/// is not reviewed, given the sentences' `checkworthy` verdicts; `None` when there is none up
/// to the end (the caller may wrap).
pub fn next_unreviewed(
    article: &Article,
    checkworthy: &[bool],
    annotations: Option<&Annotations>,
    after: Option<usize>,
) -> Option<usize> {
    let from = after.map_or(0, |i| i + 1);
    article
        .structure()
        .sentences
        .iter()
        .zip(checkworthy)
        .enumerate()
        .skip(from)
        .find(|(_, (sentence, worthy))| **worthy && !is_reviewed(annotations, sentence.span))
        .map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coverage_reads_like_a_status_line() {
        let c = Coverage {
            checkworthy: 21,
            reviewed: 9,
        };
        assert_eq!(c.to_string(), "9 of 21 check-worthy sentences reviewed");
        let one = Coverage {
            checkworthy: 1,
            reviewed: 0,
        };
        assert_eq!(one.to_string(), "0 of 1 check-worthy sentence reviewed");
    }

    #[test]
    fn without_annotations_nothing_is_reviewed() {
        assert!(!is_reviewed(None, ByteSpan::new(0, 10)));
    }
}
