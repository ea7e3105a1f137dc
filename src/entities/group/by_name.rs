//! `ByName`: what an article's (label, name) pairs resolve to, found by the name's number.
//! The grouping loop asks once a mention, and a long article has hundreds of thousands of
//! them: a slot in an array costs less than hashing the pair. One table serves article after
//! article, and forgets only the slots an article used.

use super::super::gazetteer::FastHash;
use super::super::names::NameId;
use super::Label;
use std::collections::HashMap;

pub(super) struct ByName<V> {
    /// By name number: the label first met with the name, and its value.
    slots: Vec<Option<(Label, V)>>,
    /// The slots filled since the last `clear`.
    used: Vec<usize>,
    /// Names met with a second label ("Washington" the place and the person): rare.
    others: HashMap<(Label, NameId), V, FastHash>,
}

impl<V> Default for ByName<V> {
    fn default() -> Self {
        ByName {
            slots: Vec::new(),
            used: Vec::new(),
            others: HashMap::default(),
        }
    }
}

impl<V> ByName<V> {
    /// The value of (`label`, `name`), made by `make` when there is none yet.
    pub fn get_or_insert_with(
        &mut self,
        label: Label,
        name: NameId,
        make: impl FnOnce() -> V,
    ) -> &mut V {
        let i = name.index();
        if i >= self.slots.len() {
            self.slots.resize_with(i + 1, || None);
        }
        let slot = &mut self.slots[i];
        match slot {
            Some((held, _)) if *held != label => {
                self.others.entry((label, name)).or_insert_with(make)
            }
            Some((_, value)) => value,
            None => {
                self.used.push(i);
                &mut slot.insert((label, make())).1
            }
        }
    }

    /// Forgets every value, keeping the room for the next article.
    pub fn clear(&mut self) {
        for i in self.used.drain(..) {
            self.slots[i] = None;
        }
        self.others.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::names::Names;

    #[test]
    fn a_pair_keeps_its_value_until_cleared_and_labels_do_not_mix() {
        let mut names = Names::default();
        let washington = names.intern("Washington");
        let japan = names.intern("Japan");
        let mut by_name: ByName<u32> = ByName::default();
        *by_name.get_or_insert_with(Label::Gpe, washington, || 1) += 10;
        assert_eq!(
            *by_name.get_or_insert_with(Label::Gpe, washington, || 2),
            11
        );
        assert_eq!(
            *by_name.get_or_insert_with(Label::Person, washington, || 3),
            3
        );
        assert_eq!(
            *by_name.get_or_insert_with(Label::Person, washington, || 4),
            3
        );
        assert_eq!(*by_name.get_or_insert_with(Label::Gpe, japan, || 5), 5);
        by_name.clear();
        assert_eq!(
            *by_name.get_or_insert_with(Label::Person, washington, || 6),
            6
        );
        assert_eq!(*by_name.get_or_insert_with(Label::Gpe, washington, || 7), 7);
        assert_eq!(*by_name.get_or_insert_with(Label::Gpe, japan, || 8), 8);
    }
}
