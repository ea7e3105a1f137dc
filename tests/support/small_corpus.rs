//! Small corpora written in a test: articles `0.txt`, `1.txt`, … with the given texts and
//! `index.ron` dates, and their entity index.
#![allow(dead_code)] // each test file uses its own part

use margin::corpus::Corpus;
use margin::entities::{Corrections, EntityIndex};
use std::sync::Arc;

/// A corpus of `texts`, each with its date as `index.ron` would give it.
pub fn dated_corpus(texts: &[(&str, Option<&str>)]) -> Corpus {
    let mut corpus = Corpus::from_texts(
        "test",
        texts
            .iter()
            .enumerate()
            .map(|(i, (t, _))| (format!("{i}.txt"), t.to_string()))
            .collect(),
    );
    for (article, (_, date)) in corpus.articles.iter_mut().zip(texts) {
        article.date = date.map(str::to_string);
    }
    corpus
}

/// The entity index of `corpus`, built as the reader builds it.
pub fn index(corpus: &Corpus) -> Arc<EntityIndex> {
    margin::app::indexing::build(corpus, &Corrections::default(), |_, _| {}).index
}
