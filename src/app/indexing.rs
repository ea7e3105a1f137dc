//! Building the corpus-wide entity index: extraction per article with progress, then
//! grouping. Plain data in and out, so the shell runs it on a worker thread and tests run it
//! inline.

use crate::corpus::Corpus;
use crate::entities::{ArticleEntities, Corrections, EntityIndex, Gazetteer};
use std::sync::{Arc, OnceLock};

/// The embedded gazetteer, parsed once per process.
pub fn gazetteer() -> &'static Gazetteer {
    static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
    // The embedded file is checked by a test, so failing here is a build defect.
    GAZETTEER.get_or_init(|| Gazetteer::embedded().expect("assets/gazetteer.ron parses"))
}

/// A finished index with the per-article extraction it was grouped from, so corrections can
/// regroup without extracting again. Compared by identity: two builds are never "equal".
#[derive(Clone, Debug)]
pub struct BuiltIndex {
    pub prepared: Arc<Vec<ArticleEntities>>,
    pub index: Arc<EntityIndex>,
}

impl PartialEq for BuiltIndex {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.index, &other.index)
    }
}

impl Eq for BuiltIndex {}

/// Extracts every article (calling `progress(done, total)` after each) and groups them.
pub fn build(
    corpus: &Corpus,
    corrections: &Corrections,
    mut progress: impl FnMut(usize, usize),
) -> BuiltIndex {
    let total = corpus.len();
    let gazetteer = gazetteer();
    let prepared: Vec<ArticleEntities> = corpus
        .articles
        .iter()
        .enumerate()
        .map(|(i, article)| {
            let prepared =
                ArticleEntities::extract(&article.file, &article.text, gazetteer, corrections);
            progress(i + 1, total);
            prepared
        })
        .collect();
    regroup(Arc::new(prepared), corrections)
}

/// Groups already extracted articles again, as after a correction.
pub fn regroup(prepared: Arc<Vec<ArticleEntities>>, corrections: &Corrections) -> BuiltIndex {
    let index = EntityIndex::build(prepared.as_ref().clone(), corrections);
    BuiltIndex {
        prepared,
        index: Arc::new(index),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_gazetteer_parses() {
        assert!(Gazetteer::embedded().is_ok());
    }

    #[test]
    fn progress_counts_every_article() {
        let corpus = Corpus::embedded();
        let mut seen = Vec::new();
        let built = build(&corpus, &Corrections::default(), |done, total| {
            seen.push((done, total))
        });
        assert_eq!(seen, (1..=5).map(|i| (i, 5)).collect::<Vec<_>>());
        assert!(built.index.find("Ryosei Akazawa").is_some());
    }
}
