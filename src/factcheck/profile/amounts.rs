//! The corpus's amounts as the profile keeps them: 16 bytes each (value, approximation and
//! the number of its kind) rather than an [`Amount`]'s 40, as a large corpus has over half a
//! million and only a few hundred kinds (currencies, percent, counted nouns).

use crate::factcheck::amount::{Amount, AmountKind, Approx};
use crate::factcheck::count::Noun;
use std::collections::HashMap;
use std::ops::Range;

/// An amount with its kind's number in [`KeptAmounts::kinds`].
#[derive(Clone, Copy, Debug, PartialEq)]
struct Kept {
    value: f64,
    kind: u32,
    approx: Approx,
}

/// A kind compared exactly: a counted noun by its word as written, not by its stem as
/// [`Noun`] compares ("job" and "jobs" are one noun but two kinds here, so an amount reads
/// back as it was pushed).
type ExactKind = (AmountKind, [u8; Noun::MAX]);

fn exact(kind: AmountKind) -> ExactKind {
    let mut word = [0u8; Noun::MAX];
    if let AmountKind::Count { noun } = kind {
        let bytes = noun.as_str().as_bytes();
        word[..bytes.len()].copy_from_slice(bytes);
    }
    (kind, word)
}

/// Amounts numbered in the order pushed.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct KeptAmounts {
    kept: Vec<Kept>,
    kinds: Vec<AmountKind>,
    numbers: HashMap<ExactKind, u32>,
}

impl KeptAmounts {
    pub(super) fn push(&mut self, amount: Amount) {
        let next = super::number(self.kinds.len());
        let kind = *self.numbers.entry(exact(amount.kind)).or_insert(next);
        if kind == next {
            self.kinds.push(amount.kind);
        }
        self.kept.push(Kept {
            value: amount.value,
            kind,
            approx: amount.approx,
        });
    }

    pub(super) fn len(&self) -> usize {
        self.kept.len()
    }

    pub(super) fn get(&self, n: usize) -> Option<Amount> {
        self.kept.get(n).map(|k| read(k, &self.kinds))
    }

    pub(super) fn slice(&self, range: Range<usize>) -> SentenceAmounts<'_> {
        SentenceAmounts {
            kept: &self.kept[range],
            kinds: &self.kinds,
        }
    }

    pub(super) fn shrink_to_fit(&mut self) {
        self.kept.shrink_to_fit();
    }
}

fn read(kept: &Kept, kinds: &[AmountKind]) -> Amount {
    Amount {
        kind: kinds[kept.kind as usize],
        value: kept.value,
        approx: kept.approx,
    }
}

/// One sentence's amounts, in order of their mentions, borrowed from the profile.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SentenceAmounts<'a> {
    kept: &'a [Kept],
    kinds: &'a [AmountKind],
}

impl<'a> SentenceAmounts<'a> {
    pub fn len(&self) -> usize {
        self.kept.len()
    }

    pub fn is_empty(&self) -> bool {
        self.kept.is_empty()
    }

    pub fn get(&self, i: usize) -> Option<Amount> {
        self.kept.get(i).map(|k| read(k, self.kinds))
    }

    pub fn iter(&self) -> impl Iterator<Item = Amount> + use<'a> {
        let kinds = self.kinds;
        self.kept.iter().map(move |k| read(k, kinds))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_read_back_as_pushed_even_when_their_nouns_share_a_stem() {
        let mut amounts = KeptAmounts::default();
        let pushed: Vec<Amount> = ["$8 billion", "about 24%", "$7 billion+", "8 percent"]
            .iter()
            .map(|t| Amount::parse(t).unwrap_or_else(|| panic!("{t}")))
            .chain(["job", "jobs", "job"].iter().map(|w| Amount {
                kind: AmountKind::Count {
                    noun: Noun::new(w).expect("a noun"),
                },
                value: 11_000.0,
                approx: Approx::Exact,
            }))
            .collect();
        for &a in &pushed {
            amounts.push(a);
        }
        let read: Vec<Amount> = (0..amounts.len()).filter_map(|n| amounts.get(n)).collect();
        assert_eq!(read, pushed);
        let nouns: Vec<String> = amounts
            .slice(4..7)
            .iter()
            .filter_map(|a| match a.kind {
                AmountKind::Count { noun } => Some(noun.as_str().to_string()),
                _ => None,
            })
            .collect();
        assert_eq!(nouns, ["job", "jobs", "job"]);
        assert_eq!(amounts.kinds.len(), 4, "$, %, job, jobs");
        assert!(std::mem::size_of::<Kept>() <= 16);
    }
}
