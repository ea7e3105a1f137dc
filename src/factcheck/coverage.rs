//! Review coverage: how many of an article's check-worthy sentences a claim with a verdict
//! overlaps (verified, disputed, misleading, unverifiable, or dismissed as not a claim), and
//! the next one still to review. A claim with only a note, tags or evidence is not a review.

use crate::annotations::{Annotations, Status};
use crate::corpus::Article;
use crate::text::ByteSpan;
use serde::Serialize;
use std::fmt;

/// How many of an article's check-worthy sentences have been reviewed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Coverage {
    pub checkworthy: usize,
    pub reviewed: usize,
    /// The reviewed ones by verdict, in the order of [`Status::ALL`].
    pub verdicts: [usize; Status::ALL.len()],
}

impl Coverage {
    /// How many reviewed check-worthy sentences have `status`.
    pub fn with_verdict(&self, status: Status) -> usize {
        Status::ALL
            .iter()
            .position(|&s| s == status)
            .map_or(0, |i| self.verdicts[i])
    }

    /// The verdicts given, in words: "2 verified, 1 not a claim"; empty when none.
    pub fn verdicts_in_words(&self) -> String {
        Status::ALL
            .into_iter()
            .map(|status| (status, self.with_verdict(status)))
            .filter(|&(_, n)| n > 0)
            .map(|(status, n)| format!("{n} {}", status.as_str()))
            .collect::<Vec<_>>()
            .join(", ")
    }
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

/// Whether a claim with a verdict overlaps `span`.
pub fn is_reviewed(annotations: Option<&Annotations>, span: ByteSpan) -> bool {
    verdict(annotations, span).is_some()
}

/// The verdict of the first claim with one that overlaps `span`.
pub fn verdict(annotations: Option<&Annotations>, span: ByteSpan) -> Option<Status> {
    annotations?.claims_overlapping(span).find_map(|c| c.status)
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
            if let Some(status) = verdict(annotations, sentence.span()) {
                coverage.reviewed += 1;
                if let Some(i) = Status::ALL.iter().position(|&s| s == status) {
                    coverage.verdicts[i] += 1;
                }
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
        .find(|(_, (sentence, worthy))| **worthy && !is_reviewed(annotations, sentence.span()))
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
            verdicts: [5, 2, 0, 0, 2],
        };
        assert_eq!(c.to_string(), "9 of 21 check-worthy sentences reviewed");
        assert_eq!(
            c.verdicts_in_words(),
            "5 verified, 2 disputed, 2 not a claim"
        );
        let one = Coverage {
            checkworthy: 1,
            reviewed: 0,
            ..Coverage::default()
        };
        assert_eq!(one.verdicts_in_words(), "");
        assert_eq!(one.to_string(), "0 of 1 check-worthy sentence reviewed");
    }

    #[test]
    fn without_annotations_nothing_is_reviewed() {
        assert!(!is_reviewed(None, ByteSpan::new(0, 10)));
    }
}
