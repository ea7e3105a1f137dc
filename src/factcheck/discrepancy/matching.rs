//! What grouping needs besides its rules: per-term numbers worked out once, the amounts per
//! telling term (which amounts could pair at all), and union-find sets that join pairs into
//! groups.

use crate::factcheck::profile::{CorpusProfile, SentenceId, TermId, TermKey};
use std::collections::HashMap;

/// Per term of a profile: whether it is generic, whether it is a key word, and its weight,
/// worked out once rather than for every pair.
pub(crate) struct TermFacts {
    generic: Vec<bool>,
    word: Vec<bool>,
    weight: Vec<f64>,
}

impl TermFacts {
    pub(crate) fn of(profile: &CorpusProfile) -> Self {
        let ids = || (0..profile.terms.len()).map(|t| TermId(t as u32));
        TermFacts {
            generic: ids().map(|t| profile.is_generic(t)).collect(),
            word: profile
                .terms
                .iter()
                .map(|t| matches!(t.key, TermKey::Word(_)))
                .collect(),
            weight: ids().map(|t| profile.weight(t)).collect(),
        }
    }

    pub(crate) fn is_generic(&self, t: TermId) -> bool {
        self.generic.get(t.0 as usize).copied().unwrap_or(false)
    }

    pub(crate) fn is_word(&self, t: TermId) -> bool {
        self.word.get(t.0 as usize).copied().unwrap_or(false)
    }

    /// As [`CorpusProfile::weight`].
    pub(crate) fn weight(&self, t: TermId) -> f64 {
        self.weight.get(t.0 as usize).copied().unwrap_or(0.0)
    }
}

/// Per telling (non-generic) term used by at most `limit` items: the numbers of the items
/// (amounts, dated events) in sentences using it, in order. Longer lists would only be
/// skipped, and leaving them out keeps this small (52 MB on 10,000 articles when they were
/// kept).
pub(crate) struct Postings {
    /// Per term: where its items begin in `items`; one more entry at the end.
    starts: Vec<u32>,
    items: Vec<u32>,
    /// Per term: whether it is used by more than `limit` items.
    too_common: Vec<bool>,
}

impl Postings {
    pub(super) fn of_amounts(profile: &CorpusProfile, terms: &TermFacts, limit: usize) -> Self {
        let sentences: Vec<SentenceId> = (0..profile.amount_count())
            .filter_map(|u| profile.amount(u).map(|(s, _)| s))
            .collect();
        Self::of_sentences(profile, terms, &sentences, limit)
    }

    /// Item `i` is in sentence `sentences[i]`.
    pub(crate) fn of_sentences(
        profile: &CorpusProfile,
        terms: &TermFacts,
        sentences: &[SentenceId],
        limit: usize,
    ) -> Self {
        let telling = |s: SentenceId| {
            profile
                .terms_of(s)
                .iter()
                .filter(|&t| !terms.is_generic(t))
                .map(|t| t.0 as usize)
        };
        let mut counts = vec![0usize; profile.terms.len()];
        for &s in sentences {
            for t in telling(s) {
                counts[t] += 1;
            }
        }
        let too_common: Vec<bool> = counts.iter().map(|&n| n > limit).collect();
        let mut starts = vec![0u32; profile.terms.len() + 1];
        for t in 0..counts.len() {
            let kept = if too_common[t] { 0 } else { counts[t] };
            starts[t + 1] = starts[t] + u32::try_from(kept).unwrap_or(u32::MAX);
        }
        let mut next = starts.clone();
        let mut items = vec![0u32; starts.last().copied().unwrap_or(0) as usize];
        for (i, &s) in sentences.iter().enumerate() {
            for t in telling(s).filter(|&t| !too_common[t]) {
                items[next[t] as usize] = u32::try_from(i).expect("fewer than 2^32 items");
                next[t] += 1;
            }
        }
        Postings {
            starts,
            items,
            too_common,
        }
    }

    /// The items of the sentences using `t`, ascending; `None` for a term used by more
    /// items than the limit.
    pub(crate) fn of(&self, t: TermId) -> Option<&[u32]> {
        let t = t.0 as usize;
        if self.too_common.get(t).copied().unwrap_or(true) {
            return None;
        }
        match (self.starts.get(t), self.starts.get(t + 1)) {
            (Some(&start), Some(&end)) => Some(&self.items[start as usize..end as usize]),
            _ => None,
        }
    }
}

/// Union-find over `0..n`, joined by pairs; groups come out in order of their least member
/// whatever the order of joining.
pub(crate) struct DisjointSets {
    parent: Vec<usize>,
}

impl DisjointSets {
    pub(crate) fn new(n: usize) -> Self {
        Self {
            parent: (0..n).collect(),
        }
    }

    fn root(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    /// Whether `a` and `b` are in one set already.
    pub(crate) fn same(&mut self, a: usize, b: usize) -> bool {
        self.root(a) == self.root(b)
    }

    pub(crate) fn join(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.root(a), self.root(b));
        if ra != rb {
            self.parent[ra.max(rb)] = ra.min(rb);
        }
    }

    /// Every set of two or more, each sorted, sets ordered by their least member.
    ///
    /// Sizes are counted first, so the many members left alone (most of a large corpus's
    /// amounts) cost no list each.
    pub(crate) fn groups(mut self) -> Vec<Vec<usize>> {
        let n = self.parent.len();
        let roots: Vec<usize> = (0..n).map(|x| self.root(x)).collect();
        let mut sizes = vec![0u32; n];
        for &r in &roots {
            sizes[r] += 1;
        }
        let mut by_root: HashMap<usize, Vec<usize>> = HashMap::new();
        for (x, &r) in roots.iter().enumerate() {
            if sizes[r] > 1 {
                by_root
                    .entry(r)
                    .or_insert_with(|| Vec::with_capacity(sizes[r] as usize))
                    .push(x);
            }
        }
        let mut groups: Vec<Vec<usize>> = by_root.into_values().collect();
        groups.sort();
        groups
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn disjoint_sets_group_joined_members_in_order() {
        let mut sets = DisjointSets::new(5);
        sets.join(3, 1);
        sets.join(4, 0);
        assert!(sets.same(1, 3) && !sets.same(0, 1));
        assert_eq!(sets.groups(), vec![vec![0, 4], vec![1, 3]]);
    }

    #[test]
    fn postings_list_each_telling_term_s_amounts_in_order() {
        let filler = "The weather in the region stayed mild for most of the spring.\n\
            Farmers planted early and markets opened on time.\n\
            Local schools announced new timetables for the autumn term.\n";
        let texts = [
            "Wheat exports reached $8 billion.",
            "Wheat exports reached $7 billion.",
            "Stadium costs reached €3 million.",
        ];
        let corpus = crate::corpus::Corpus::from_texts(
            "test",
            texts
                .iter()
                .enumerate()
                .map(|(i, t)| (format!("{i}.txt"), format!("{filler}{t}\n")))
                .collect(),
        );
        let built = crate::app::indexing::build(
            &corpus,
            &crate::entities::Corrections::default(),
            |_, _| {},
        );
        let profile = CorpusProfile::build(&corpus, &built.index);
        let terms = TermFacts::of(&profile);
        let postings = Postings::of_amounts(&profile, &terms, usize::MAX);
        let wheat = profile.term_id(&TermKey::Word(crate::factcheck::keywords::stem("wheat")));
        let wheat = wheat.expect("wheat is a term");
        assert_eq!(postings.of(wheat), Some(&[0, 1][..]));
        let one = Postings::of_amounts(&profile, &terms, 1);
        assert_eq!(one.of(wheat), None, "a term over the limit has no list");
        for t in (0..profile.terms.len()).map(|t| TermId(t as u32)) {
            let listed = postings.of(t).unwrap_or_default();
            assert!(listed.windows(2).all(|w| w[0] < w[1]));
            let expected: Vec<u32> = (0..profile.amount_count())
                .filter(|&u| {
                    profile
                        .amount(u)
                        .is_some_and(|(s, _)| profile.terms_of(s).contains(&t))
                })
                .map(|u| u as u32)
                .filter(|_| !terms.is_generic(t))
                .collect();
            assert_eq!(listed, expected);
        }
    }
}
