//! Merging the mentions a late pass adds into the article's sorted list, in place, and asking
//! that list whether a span is taken already.
//!
//! The list of a long article holds over a million mentions and is near full when the passes
//! after the line scan add their few thousand. Pushing onto it would double its room, and a
//! stable sort would take half its size again as scratch; merging from the back needs room
//! for the additions only.

use super::Explained;
use crate::text::ByteSpan;

/// Whether a mention of `mentions` (in order of start, none inside another) overlaps `span`.
pub(super) fn is_covered(mentions: &[Explained], span: ByteSpan) -> bool {
    let after = mentions.partition_point(|e| e.mention.span().start < span.end);
    after > 0 && mentions[after - 1].mention.span().end > span.start
}

/// Merges `added` into `mentions` (sorted by start) as a stable sort by start of `mentions`
/// followed by `added` would: equal starts keep the article's mention first, then the added
/// ones in their order.
pub(super) fn merge_by_start(mentions: &mut Vec<Explained>, mut added: Vec<Explained>) {
    if added.is_empty() {
        return;
    }
    let start = |e: &Explained| e.mention.span().start;
    debug_assert!(mentions.is_sorted_by_key(start));
    added.sort_by_key(start);
    let mut kept = mentions.len();
    mentions.reserve_exact(added.len());
    mentions.extend_from_slice(&added);
    // Fill from the back: the slot written is never one still to be read.
    for slot in (0..mentions.len()).rev() {
        let Some(last_added) = added.last() else {
            break;
        };
        if kept > 0 && start(&mentions[kept - 1]) > start(last_added) {
            kept -= 1;
            mentions[slot] = mentions[kept];
        } else {
            mentions[slot] = *last_added;
            added.pop();
        }
    }
}

/// Replaces each run of mentions `range` of `replacements` (by index, in order, apart) with
/// its one mention, in one pass over the list: draining each run alone would move the rest
/// of a long article's list once per run. A run that overlaps the one before is skipped.
pub(super) fn replace_runs(
    mentions: &mut Vec<Explained>,
    replacements: &[(std::ops::Range<usize>, Explained)],
) {
    if replacements.is_empty() {
        return;
    }
    let mut kept = 0;
    let mut read = 0;
    for (range, replacement) in replacements {
        if range.start < read || range.end > mentions.len() || range.is_empty() {
            continue;
        }
        while read < range.start {
            mentions[kept] = mentions[read];
            kept += 1;
            read += 1;
        }
        mentions[kept] = *replacement;
        kept += 1;
        read = range.end;
    }
    while read < mentions.len() {
        mentions[kept] = mentions[read];
        kept += 1;
        read += 1;
    }
    mentions.truncate(kept);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::{Label, Reason};

    fn at(start: usize, reason: Reason) -> Explained {
        Explained::new(start, start + 1, Label::Org, reason)
    }

    #[test]
    fn each_run_replaced_leaves_one_mention_in_its_place() {
        let mut list: Vec<Explained> = [1, 3, 5, 8, 12].map(|s| at(s, Reason::Gazetteer)).to_vec();
        let replacements = [
            (1..3, at(3, Reason::NaturalPlace)),
            (2..4, at(5, Reason::NaturalPlace)),
            (4..5, at(12, Reason::RaceOfPeople)),
        ];
        replace_runs(&mut list, &replacements);
        let reasons: Vec<(usize, Reason)> = list
            .iter()
            .map(|e| (e.mention.span().start, e.reason))
            .collect();
        assert_eq!(
            reasons,
            [
                (1, Reason::Gazetteer),
                (3, Reason::NaturalPlace),
                (8, Reason::Gazetteer),
                (12, Reason::RaceOfPeople),
            ]
        );
    }

    #[test]
    fn merging_equals_a_stable_sort_of_the_list_and_the_additions() {
        let kept = [1, 3, 3, 8, 12].map(|s| at(s, Reason::Gazetteer));
        let added = vec![
            at(12, Reason::Abbreviation),
            at(0, Reason::CompanySign),
            at(3, Reason::RepeatsName),
            at(20, Reason::SportsTeam),
            at(3, Reason::PersonShape),
        ];
        let mut sorted: Vec<Explained> = kept.iter().chain(&added).copied().collect();
        sorted.sort_by_key(|e| e.mention.span().start);
        let mut merged = kept.to_vec();
        merge_by_start(&mut merged, added);
        assert_eq!(merged, sorted);
    }

    #[test]
    fn merging_into_an_empty_list_sorts_the_additions() {
        let mut merged = Vec::new();
        merge_by_start(
            &mut merged,
            vec![at(5, Reason::Value), at(2, Reason::Value)],
        );
        assert_eq!(merged, vec![at(2, Reason::Value), at(5, Reason::Value)]);
    }
}
