//! Merging the mentions a late pass adds into the article's sorted list, in place.
//!
//! The list of a long article holds over a million mentions and is near full when the passes
//! after the line scan add their few thousand. Pushing onto it would double its room, and a
//! stable sort would take half its size again as scratch; merging from the back needs room
//! for the additions only.

use super::Explained;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::{Label, Reason};

    fn at(start: usize, reason: Reason) -> Explained {
        Explained::new(start, start + 1, Label::Org, reason)
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
