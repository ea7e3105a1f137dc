//! Every sentence's terms as the profile keeps them: numbers in a variable-length byte
//! code (seven bits a byte, the high bit set on all but a number's last byte) rather than
//! four bytes each. A large corpus has millions of term uses and most terms' numbers are
//! small, as the terms met first are the common ones: 1.6 bytes a use on the generated
//! 10,000-article corpus. Lists are short and read front to back, so nothing needs random
//! access into one.

use super::TermId;

/// The term lists of the sentences, in sentence order.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct TermLists {
    bytes: Vec<u8>,
    /// Per sentence: where its terms end in `bytes` (they begin where the previous
    /// sentence's end).
    ends: Vec<u32>,
    uses: usize,
}

impl TermLists {
    /// Adds the next sentence's terms.
    pub fn push(&mut self, terms: &[TermId]) {
        for term in terms {
            let mut n = term.0;
            while n >= 0x80 {
                self.bytes.push((n & 0x7f) as u8 | 0x80);
                n >>= 7;
            }
            self.bytes.push(n as u8);
        }
        self.uses += terms.len();
        self.ends.push(super::number(self.bytes.len()));
    }

    /// How many sentences have been pushed.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// How many terms all sentences have together.
    pub fn uses(&self) -> usize {
        self.uses
    }

    /// Sentence `i`'s terms (none past the last sentence).
    pub fn get(&self, i: usize) -> Terms<'_> {
        let Some(&end) = self.ends.get(i) else {
            return Terms::default();
        };
        let start = i.checked_sub(1).map_or(0, |p| self.ends[p]);
        Terms(&self.bytes[start as usize..end as usize])
    }

    pub fn shrink_to_fit(&mut self) {
        self.bytes.shrink_to_fit();
        self.ends.shrink_to_fit();
    }
}

/// One sentence's terms, in their order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Terms<'a>(&'a [u8]);

impl<'a> Terms<'a> {
    pub fn iter(&self) -> TermsIter<'a> {
        TermsIter(self.0)
    }

    pub fn contains(&self, term: &TermId) -> bool {
        self.iter().any(|t| t == *term)
    }

    pub fn len(&self) -> usize {
        // Every number ends in one byte without the high bit.
        self.0.iter().filter(|&&b| b < 0x80).count()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<'a> IntoIterator for Terms<'a> {
    type Item = TermId;
    type IntoIter = TermsIter<'a>;

    fn into_iter(self) -> TermsIter<'a> {
        self.iter()
    }
}

/// The terms of a [`Terms`], decoded in order.
#[derive(Clone, Debug)]
pub struct TermsIter<'a>(&'a [u8]);

impl Iterator for TermsIter<'_> {
    type Item = TermId;

    fn next(&mut self) -> Option<TermId> {
        let mut n = 0u32;
        let mut shift = 0;
        while let [byte, rest @ ..] = self.0 {
            self.0 = rest;
            n |= u32::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Some(TermId(n));
            }
            shift += 7;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_reads_back_as_pushed() {
        let lists = [
            vec![],
            vec![TermId(0), TermId(127), TermId(128)],
            vec![TermId(16_383), TermId(16_384), TermId(u32::MAX), TermId(5)],
            vec![TermId(2_097_152)],
        ];
        let mut kept = TermLists::default();
        for list in &lists {
            kept.push(list);
        }
        assert_eq!(kept.len(), lists.len());
        assert_eq!(kept.uses(), 8);
        for (i, list) in lists.iter().enumerate() {
            let terms = kept.get(i);
            assert_eq!(terms.iter().collect::<Vec<_>>(), *list);
            assert_eq!(terms.len(), list.len());
            assert_eq!(terms.is_empty(), list.is_empty());
            for t in list {
                assert!(terms.contains(t));
            }
            assert!(!terms.contains(&TermId(6)));
        }
        assert!(kept.get(lists.len()).is_empty());
    }

    #[test]
    fn small_numbers_take_one_byte() {
        let mut kept = TermLists::default();
        kept.push(&[TermId(1), TermId(100), TermId(300)]);
        assert_eq!(kept.bytes.len(), 4);
    }
}
