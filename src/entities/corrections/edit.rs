//! `CorrectionEdit`: one change to the list of corrections (one added, or one taken away),
//! stored with what it replaced so it can be turned round for undo and replayed for redo.

use super::{Correction, Corrections};

/// The correction at `index` of the list was `before` and becomes `after`: adding one has no
/// `before`, taking one away (restoring an ignored entity) no `after`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CorrectionEdit {
    pub index: usize,
    pub before: Option<Correction>,
    pub after: Option<Correction>,
}

impl CorrectionEdit {
    /// The edit that adds `correction` after the others.
    pub fn add(corrections: &Corrections, correction: Correction) -> Self {
        CorrectionEdit {
            index: corrections.len(),
            before: None,
            after: Some(correction),
        }
    }

    /// The edit that takes away the correction at `index`, or `None` if there is none.
    pub fn remove(corrections: &Corrections, index: usize) -> Option<Self> {
        Some(CorrectionEdit {
            index,
            before: Some(corrections.corrections.get(index)?.clone()),
            after: None,
        })
    }

    /// The edit that undoes this one.
    pub fn inverse(&self) -> Self {
        CorrectionEdit {
            index: self.index,
            before: self.after.clone(),
            after: self.before.clone(),
        }
    }

    /// The correction this edit is about: the one it adds, else the one it takes away.
    pub fn correction(&self) -> Option<&Correction> {
        self.after.as_ref().or(self.before.as_ref())
    }

    /// Applies the edit. `before` is looked for at `index` first, then anywhere (the list
    /// may have changed around it); when it is nowhere, nothing changes and this is false.
    pub fn apply(&self, corrections: &mut Corrections) -> bool {
        let list = &mut corrections.corrections;
        let mut at = self.index.min(list.len());
        if let Some(before) = &self.before {
            let found = if list.get(self.index) == Some(before) {
                Some(self.index)
            } else {
                list.iter().rposition(|c| c == before)
            };
            let Some(found) = found else {
                return false;
            };
            list.remove(found);
            at = found;
        }
        if let Some(after) = &self.after {
            list.insert(at.min(list.len()), after.clone());
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ignore(name: &str) -> Correction {
        Correction::Ignore {
            by: Default::default(),
            entity: name.into(),
        }
    }

    fn list(items: &[Correction]) -> Corrections {
        Corrections {
            corrections: items.to_vec(),
            ..Corrections::default()
        }
    }

    #[test]
    fn an_added_correction_is_taken_away_by_the_inverse_and_put_back_by_redo() {
        let mut corrections = list(&[ignore("A")]);
        let edit = CorrectionEdit::add(&corrections, ignore("B"));
        assert!(edit.apply(&mut corrections));
        assert_eq!(corrections, list(&[ignore("A"), ignore("B")]));
        assert!(edit.inverse().apply(&mut corrections));
        assert_eq!(corrections, list(&[ignore("A")]));
        assert!(edit.apply(&mut corrections));
        assert_eq!(corrections, list(&[ignore("A"), ignore("B")]));
    }

    #[test]
    fn a_removed_correction_comes_back_at_its_place_in_the_order() {
        let mut corrections = list(&[ignore("A"), ignore("B"), ignore("C")]);
        let edit = CorrectionEdit::remove(&corrections, 1).unwrap();
        assert!(edit.apply(&mut corrections));
        assert_eq!(corrections, list(&[ignore("A"), ignore("C")]));
        assert!(edit.inverse().apply(&mut corrections));
        assert_eq!(corrections, list(&[ignore("A"), ignore("B"), ignore("C")]));
    }

    #[test]
    fn a_correction_that_moved_is_found_and_one_that_is_gone_changes_nothing() {
        let mut corrections = list(&[ignore("X"), ignore("A"), ignore("B")]);
        let edit = CorrectionEdit {
            index: 0,
            before: Some(ignore("B")),
            after: None,
        };
        assert!(edit.apply(&mut corrections));
        assert_eq!(corrections, list(&[ignore("X"), ignore("A")]));
        assert!(!edit.apply(&mut corrections), "B is gone");
        assert_eq!(corrections, list(&[ignore("X"), ignore("A")]));
        assert!(CorrectionEdit::remove(&corrections, 5).is_none());
    }
}
