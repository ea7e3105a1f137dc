//! `FormClasses`: numbers the distinct (kind, form) pairs of a long list in order of first
//! appearance, without keeping a `String` per form. Grouping folds every key of the corpus
//! (hundreds of thousands on 10,000 articles); a map from owned forms was the largest thing
//! alive while the index was built. Here a form is kept as its 64-bit hash, and the caller
//! is asked to tell two forms apart only when their hashes are equal, so the numbering is
//! exactly that of a map from the forms themselves.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::hash::{BuildHasher, Hash, RandomState};

pub(super) struct FormClasses<K, S = RandomState> {
    hasher: S,
    /// By the hash of (kind, form): the first class given that hash.
    by_hash: HashMap<u64, u32>,
    /// Pairs whose hash an earlier, different pair had: exact, and rare.
    collided: HashMap<(K, String), u32>,
    count: u32,
}

impl<K: Hash + Eq> FormClasses<K> {
    pub fn new() -> Self {
        Self::with_hasher(RandomState::new())
    }
}

impl<K: Hash + Eq, S: BuildHasher> FormClasses<K, S> {
    pub fn with_hasher(hasher: S) -> Self {
        FormClasses {
            hasher,
            by_hash: HashMap::new(),
            collided: HashMap::new(),
            count: 0,
        }
    }

    /// The class of (`kind`, `form`): the next number (0, 1, …) when the pair is new.
    /// `is_class(c)` says whether class `c` (one given earlier) is this pair's; it is asked
    /// only when an earlier pair had the same hash.
    pub fn class(&mut self, kind: K, form: &str, is_class: impl FnOnce(u32) -> bool) -> u32 {
        let hash = self.hasher.hash_one((&kind, form));
        let count = &mut self.count;
        let mut next = || {
            *count += 1;
            *count - 1
        };
        match self.by_hash.entry(hash) {
            Entry::Vacant(vacant) => *vacant.insert(next()),
            Entry::Occupied(first) if is_class(*first.get()) => *first.get(),
            Entry::Occupied(_) => *self
                .collided
                .entry((kind, form.to_string()))
                .or_insert_with(next),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasherDefault;
    use std::hash::Hasher;

    /// A hash that is the same for everything: every pair after the first collides.
    #[derive(Default)]
    struct Constant;

    impl Hasher for Constant {
        fn write(&mut self, _: &[u8]) {}
        fn finish(&self) -> u64 {
            7
        }
    }

    /// Numbers `pairs` as a map from owned pairs would, and through `classes`.
    fn both<S: BuildHasher>(pairs: &[(u8, &str)], mut classes: FormClasses<u8, S>) {
        let mut exact: HashMap<(u8, String), u32> = HashMap::new();
        let mut firsts: Vec<(u8, &str)> = Vec::new();
        for &(kind, form) in pairs {
            let n = exact.len() as u32;
            let expected = *exact.entry((kind, form.to_string())).or_insert(n);
            let class = classes.class(kind, form, |c| firsts[c as usize] == (kind, form));
            if class as usize == firsts.len() {
                firsts.push((kind, form));
            }
            assert_eq!(class, expected, "{kind} {form}");
        }
    }

    const PAIRS: &[(u8, &str)] = &[
        (0, "japan"),
        (1, "japan"),
        (0, "lopez"),
        (0, "japan"),
        (1, "japan"),
        (0, "lopez"),
        (2, "tokyo"),
        (0, "tokyo"),
        (2, "tokyo"),
    ];

    #[test]
    fn equal_pairs_share_a_class_numbered_by_first_appearance() {
        both(PAIRS, FormClasses::new());
    }

    #[test]
    fn pairs_whose_hashes_collide_stay_apart() {
        both(
            PAIRS,
            FormClasses::with_hasher(BuildHasherDefault::<Constant>::default()),
        );
    }
}
