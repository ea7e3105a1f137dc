//! What grouping needs besides its rules: per-term numbers worked out once, the amounts per
//! telling term (which amounts could pair at all), and union-find sets that join pairs into
//! groups.

use crate::factcheck::profile::{CorpusProfile, SentenceId, TermId, TermKey};
use std::collections::HashMap;

/// Per term of a profile: whether it is generic, whether it is a key word, and its weight,
/// worked out once rather than for every pair.
pub(super) struct TermFacts {
    generic: Vec<bool>,
    word: Vec<bool>,
    weight: Vec<f64>,
}

impl TermFacts {
    pub(super) fn of(profile: &CorpusProfile) -> Self {
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

    pub(super) fn is_generic(&self, t: TermId) -> bool {
        self.generic.get(t.0 as usize).copied().unwrap_or(false)
    }

    pub(super) fn is_word(&self, t: TermId) -> bool {
        self.word.get(t.0 as usize).copied().unwrap_or(false)
    }

    /// As [`CorpusProfile::weight`].
    pub(super) fn weight(&self, t: TermId) -> f64 {
        self.weight.get(t.0 as usize).copied().unwrap_or(0.0)
    }
}

/// Per telling (non-generic) term: the numbers of the amounts in sentences using it, in
/// order.
pub(super) struct Postings {
    /// Per term: where its amounts begin in `amounts`; one more entry at the end.
    starts: Vec<u32>,
    amounts: Vec<u32>,
}

impl Postings {
    pub(super) fn of_amounts(profile: &CorpusProfile, terms: &TermFacts) -> Self {
        let telling = |s: SentenceId| {
            profile
                .terms_of(s)
                .iter()
                .filter(|&&t| !terms.is_generic(t))
                .map(|t| t.0 as usize)
        };
        let sentences = || (0..profile.amount_count()).filter_map(|u| profile.amount(u));
        let mut starts = vec![0u32; profile.terms.len() + 1];
        for (s, _) in sentences() {
            for t in telling(s) {
                starts[t + 1] += 1;
            }
        }
        for t in 1..starts.len() {
            starts[t] += starts[t - 1];
        }
        let mut next = starts.clone();
        let mut amounts = vec![0u32; starts.last().copied().unwrap_or(0) as usize];
        for (u, (s, _)) in sentences().enumerate() {
            for t in telling(s) {
                amounts[next[t] as usize] = u as u32;
                next[t] += 1;
            }
        }
        Postings { starts, amounts }
    }

    /// The amounts of the sentences using `t`, ascending.
    pub(super) fn of(&self, t: TermId) -> &[u32] {
        let t = t.0 as usize;
        match (self.starts.get(t), self.starts.get(t + 1)) {
            (Some(&start), Some(&end)) => &self.amounts[start as usize..end as usize],
            _ => &[],
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
    pub(crate) fn groups(mut self) -> Vec<Vec<usize>> {
        let mut by_root: HashMap<usize, Vec<usize>> = HashMap::new();
        for x in 0..self.parent.len() {
            let r = self.root(x);
            by_root.entry(r).or_default().push(x);
        }
        let mut groups: Vec<Vec<usize>> = by_root.into_values().filter(|g| g.len() > 1).collect();
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
        let postings = Postings::of_amounts(&profile, &terms);
        let wheat = profile.term_id(&TermKey::Word(crate::factcheck::keywords::stem("wheat")));
        let wheat = wheat.expect("wheat is a term");
        assert_eq!(postings.of(wheat), [0, 1]);
        for t in (0..profile.terms.len()).map(|t| TermId(t as u32)) {
            let listed = postings.of(t);
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
