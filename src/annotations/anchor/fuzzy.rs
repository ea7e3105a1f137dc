//! Approximate string matching for re-anchoring: edit distance (Levenshtein, over chars).
//!
//! [`approximate_matches`] finds where a pattern ends in a text with few edits using Myers'
//! bit-parallel algorithm (in 64-row blocks, as Hypothesis' `approx-string-match` does): one
//! pass over the text costs O(n * ceil(m / 64)) word operations. The start of each match is then
//! recovered with a small dynamic program over the pattern reversed. All positions here are char
//! indices into the given slices.

use std::collections::HashMap;

/// One place where the pattern matches the text with at most the allowed number of edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct FuzzyMatch {
    /// Char index of the first matched text char.
    pub start: usize,
    /// Char index one past the last matched text char.
    pub end: usize,
    /// Edits (insertions, deletions, substitutions) between pattern and `text[start..end]`.
    pub cost: usize,
}

/// The best match of each region of `text` where `pattern` matches with at most `max_cost`
/// edits, in text order; when there are more than `limit`, only the `limit` cheapest (the
/// earliest among equals). Empty when the pattern is empty.
pub(super) fn approximate_matches(
    pattern: &[char],
    text: &[char],
    max_cost: usize,
    limit: usize,
) -> Vec<FuzzyMatch> {
    if pattern.is_empty() {
        return Vec::new();
    }
    let costs = end_costs(pattern, text);
    let mut ends: Vec<(usize, usize)> = Vec::new(); // (end, cost), the best end of each run
    let mut run: Option<(usize, usize)> = None;
    for (end, &cost) in costs.iter().enumerate() {
        if cost <= max_cost {
            run = match run {
                Some(best) if best.1 <= cost => Some(best),
                _ => Some((end, cost)),
            };
        } else if let Some(best) = run.take() {
            ends.push(best);
        }
    }
    ends.extend(run);
    if ends.len() > limit {
        ends.sort_by_key(|&(end, cost)| (cost, end));
        ends.truncate(limit);
        ends.sort_unstable();
    }
    ends.into_iter()
        .map(|(end, cost)| FuzzyMatch {
            start: match_start(pattern, text, end, cost),
            end,
            cost,
        })
        .collect()
}

/// For every text position `j` (0..=n), the fewest edits turning `pattern` into some
/// `text[i..j]`: Sellers' last row, computed with Myers' bit vectors.
fn end_costs(pattern: &[char], text: &[char]) -> Vec<usize> {
    let m = pattern.len();
    let blocks = m.div_ceil(64);
    let mut peq: HashMap<char, Vec<u64>> = HashMap::new();
    for (i, &c) in pattern.iter().enumerate() {
        peq.entry(c).or_insert_with(|| vec![0; blocks])[i / 64] |= 1 << (i % 64);
    }
    let none = vec![0u64; blocks];
    let last_bit = |b: usize| {
        if b + 1 == blocks {
            1u64 << ((m - 1) % 64)
        } else {
            1u64 << 63
        }
    };
    let mut pv = vec![!0u64; blocks];
    let mut mv = vec![0u64; blocks];
    let mut score = m;
    let mut costs = Vec::with_capacity(text.len() + 1);
    costs.push(score);
    for c in text {
        let eqs = peq.get(c).unwrap_or(&none);
        let mut carry: i8 = 0; // horizontal delta entering the block from the row above it
        for b in 0..blocks {
            let negative = u64::from(carry < 0);
            let eq = eqs[b] | negative;
            let xv = eq | mv[b];
            let xh = ((eq & pv[b]).wrapping_add(pv[b]) ^ pv[b]) | eq;
            let mut ph = mv[b] | !(xh | pv[b]);
            let mut mh = pv[b] & xh;
            let out = i8::from(ph & last_bit(b) != 0) - i8::from(mh & last_bit(b) != 0);
            ph <<= 1;
            mh <<= 1;
            mh |= negative;
            ph |= u64::from(carry > 0);
            pv[b] = mh | !(xv | ph);
            mv[b] = ph & xv;
            carry = out;
        }
        score = score.saturating_add_signed(carry.into());
        costs.push(score);
    }
    costs
}

/// Where a match of `pattern` ending at `end` with `cost` edits starts: of the starts achieving
/// that cost, the one making the match closest to the pattern's length, found by aligning the
/// reversed pattern backwards from `end`.
fn match_start(pattern: &[char], text: &[char], end: usize, cost: usize) -> usize {
    let reach = (pattern.len() + cost).min(end);
    let window = &text[end - reach..end];
    // row[j]: edits between the pattern's last i chars and the window's last j chars.
    let mut row: Vec<usize> = (0..=reach).collect();
    for (i, &p) in pattern.iter().rev().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        for j in 1..=reach {
            let above = row[j];
            let t = window[reach - j];
            row[j] = (diag + usize::from(p != t))
                .min(above + 1)
                .min(row[j - 1] + 1);
            diag = above;
        }
    }
    let best = (0..=reach)
        .filter(|&j| row[j] <= cost)
        .min_by_key(|&j| (j.abs_diff(pattern.len()), j))
        .unwrap_or(reach);
    end - best
}

/// Moves the ends of `found` onto the stored context where it is intact nearby: the start to
/// just after the nearest occurrence of the prefix's last chars, the end to just before the
/// nearest occurrence of the suffix's first chars, each within `slack` chars. An empty prefix
/// (suffix) means the quote began (ended) the text, so the start (end) goes to the edge of
/// `text` when `text` reaches that edge of the article (`at_edges`: start, end). An
/// edit-distance match alone often trades a few edits for a boundary inside the right words;
/// the context says where the quote really begins and ends.
pub(super) fn snap_to_context(
    text: &[char],
    found: FuzzyMatch,
    prefix: &[char],
    suffix: &[char],
    slack: usize,
    at_edges: (bool, bool),
) -> (usize, usize) {
    const CONTEXT: usize = 12;
    let tail = &prefix[prefix.len().saturating_sub(CONTEXT)..];
    let head = &suffix[..suffix.len().min(CONTEXT)];
    let nearest = |target: usize, fits: &dyn Fn(usize) -> bool| -> Option<usize> {
        let lo = target.saturating_sub(slack);
        let hi = (target + slack).min(text.len());
        (lo..=hi)
            .filter(|&p| fits(p))
            .min_by_key(|&p| p.abs_diff(target))
    };
    let start = if tail.is_empty() {
        at_edges
            .0
            .then(|| nearest(found.start, &|p| p == 0))
            .flatten()
    } else {
        nearest(found.start, &|p| {
            p >= tail.len() && text[p - tail.len()..p] == *tail
        })
    };
    let end = if head.is_empty() {
        at_edges
            .1
            .then(|| nearest(found.end, &|q| q == text.len()))
            .flatten()
    } else {
        nearest(found.end, &|q| {
            q + head.len() <= text.len() && text[q..q + head.len()] == *head
        })
    };
    let start = start.unwrap_or(found.start);
    let end = end.unwrap_or(found.end);
    if start < end {
        (start, end)
    } else {
        (found.start, found.end)
    }
}

/// Levenshtein distance between two char slices.
pub(super) fn edit_distance(a: &[char], b: &[char]) -> usize {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let mut row: Vec<usize> = (0..=short.len()).collect();
    for (j, &lc) in long.iter().enumerate() {
        let mut diag = row[0];
        row[0] = j + 1;
        for i in 1..=short.len() {
            let above = row[i];
            row[i] = (diag + usize::from(short[i - 1] != lc))
                .min(row[i - 1] + 1)
                .min(above + 1);
            diag = above;
        }
    }
    row[short.len()]
}

/// Similarity in `0.0..=1.0`: one minus the edit distance over the longer length.
/// Two empty strings are fully similar.
pub(super) fn similarity(a: &[char], b: &[char]) -> f64 {
    let longest = a.len().max(b.len());
    if longest == 0 {
        return 1.0;
    }
    1.0 - edit_distance(a, b) as f64 / longest as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn edit_distance_counts_insertions_deletions_and_substitutions() {
        assert_eq!(edit_distance(&chars("kitten"), &chars("sitting")), 3);
        assert_eq!(edit_distance(&chars(""), &chars("abc")), 3);
        assert_eq!(edit_distance(&chars("日本"), &chars("日本")), 0);
    }

    #[test]
    fn an_exact_occurrence_is_a_match_of_cost_zero() {
        let found = approximate_matches(&chars("Tokyo"), &chars("in Tokyo today"), 1, 10);
        assert_eq!(
            found,
            vec![FuzzyMatch {
                start: 3,
                end: 8,
                cost: 0
            }]
        );
    }

    #[test]
    fn an_edited_occurrence_is_found_with_its_cost() {
        let found =
            approximate_matches(&chars("8 billion"), &chars("bought $7 billion+ in"), 2, 10);
        let best = found.iter().min_by_key(|m| m.cost).copied();
        assert_eq!(best.map(|m| (m.start, m.end, m.cost)), Some((8, 17, 1)));
    }

    #[test]
    fn separate_regions_give_separate_matches() {
        let found = approximate_matches(&chars("abc"), &chars("abc xxxxxxx abd"), 1, 10);
        assert_eq!(found.len(), 2);
        assert_eq!((found[0].start, found[0].cost), (0, 0));
        assert_eq!((found[1].start, found[1].cost), (12, 1));
    }

    #[test]
    fn snapping_moves_a_match_onto_intact_context() {
        let text = chars("Japan hinted at possibly selling Treasuries. Then");
        let found = FuzzyMatch {
            start: 18,
            end: 44,
            cost: 8,
        };
        let snapped = snap_to_context(
            &text,
            found,
            &chars("Japan "),
            &chars(". Then"),
            14,
            (true, true),
        );
        assert_eq!(snapped, (6, 43));
    }

    #[test]
    fn an_empty_prefix_snaps_the_start_to_the_start_of_the_text() {
        let text = chars("Japan, it seems, hinted at it. More");
        let found = FuzzyMatch {
            start: 11,
            end: 30,
            cost: 6,
        };
        let suffix = chars(" More");
        assert_eq!(
            snap_to_context(&text, found, &[], &suffix, 12, (true, true)),
            (0, 30)
        );
        assert_eq!(
            snap_to_context(&text, found, &[], &suffix, 12, (false, true)),
            (11, 30)
        );
    }

    /// Sellers' last row by the textbook dynamic program, to check the bit vectors against.
    fn naive_end_costs(pattern: &[char], text: &[char]) -> Vec<usize> {
        let mut column: Vec<usize> = (0..=pattern.len()).collect();
        let mut costs = vec![pattern.len()];
        for &t in text {
            let mut diag = column[0];
            for i in 1..=pattern.len() {
                let left = column[i];
                column[i] = (diag + usize::from(pattern[i - 1] != t))
                    .min(left + 1)
                    .min(column[i - 1] + 1);
                diag = left;
            }
            costs.push(column[pattern.len()]);
        }
        costs
    }

    proptest::proptest! {
        #[test]
        fn bit_vectors_agree_with_the_dynamic_program(
            pattern in proptest::collection::vec(proptest::sample::select(vec!['a', 'b', 'c', '日']), 1..150),
            text in proptest::collection::vec(proptest::sample::select(vec!['a', 'b', 'c', '日', 'x']), 0..300),
        ) {
            proptest::prop_assert_eq!(end_costs(&pattern, &text), naive_end_costs(&pattern, &text));
        }

        #[test]
        fn a_reported_match_costs_what_it_says(
            pattern in proptest::collection::vec(proptest::sample::select(vec!['a', 'b', 'c']), 1..80),
            text in proptest::collection::vec(proptest::sample::select(vec!['a', 'b', 'c', 'x']), 0..200),
        ) {
            for m in approximate_matches(&pattern, &text, pattern.len() / 3, usize::MAX) {
                proptest::prop_assert_eq!(edit_distance(&pattern, &text[m.start..m.end]), m.cost);
            }
        }
    }

    #[test]
    fn beyond_the_limit_only_the_cheapest_matches_are_kept_in_text_order() {
        let text = chars("abd xxx abc xxx abe xxx abc");
        let found = approximate_matches(&chars("abc"), &text, 1, 2);
        let starts: Vec<(usize, usize)> = found.iter().map(|m| (m.start, m.cost)).collect();
        assert_eq!(starts, [(8, 0), (24, 0)]);
    }

    #[test]
    fn nothing_matches_beyond_the_allowed_cost() {
        assert!(approximate_matches(&chars("abcdef"), &chars("zzzzzzzzzz"), 2, 10).is_empty());
    }
}
