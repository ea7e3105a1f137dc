//! Building the corpus-wide entity index: extraction per article with progress, then
//! grouping. Plain data in and out, so the shell runs it on a worker thread and tests run it
//! inline.
//!
//! Nothing of the extraction is kept once the index is built (it was half a gigabyte for
//! 10,000 articles): a correction builds the index again from the texts, on the worker.

use crate::corpus::{Article, Corpus};
use crate::entities::{Corrections, EntityIndex, Gazetteer, IndexBuilder};
use std::sync::{Arc, OnceLock};

/// The embedded gazetteer, parsed once per process.
pub fn gazetteer() -> &'static Gazetteer {
    static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
    // The embedded file is checked by a test, so failing here is a build defect.
    GAZETTEER.get_or_init(|| Gazetteer::embedded().expect("assets/gazetteer.ron parses"))
}

/// Starts building the embedded gazetteer on a thread of its own, so that it is ready (or
/// nearly) when the corpus has been read: the two take tens of milliseconds each.
pub fn prepare_gazetteer() {
    std::thread::spawn(gazetteer);
}

/// A finished index and the request it answers (see [`crate::app::App::start`]): a build
/// older than the newest request is dropped. Compared by identity: two builds are never
/// "equal".
#[derive(Clone, Debug)]
pub struct BuiltIndex {
    pub index: Arc<EntityIndex>,
    pub generation: u64,
}

impl PartialEq for BuiltIndex {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.index, &other.index)
    }
}

impl Eq for BuiltIndex {}

/// Threads that extract articles while the caller's thread prepares them for grouping.
const WORKERS: usize = 2;

/// Extractions each worker may have ready ahead of the caller.
const QUEUE: usize = 4;

/// Extracts every article (calling `progress(done, total)` after each) and groups them.
pub fn build(
    corpus: &Corpus,
    corrections: &Corrections,
    progress: impl FnMut(usize, usize),
) -> BuiltIndex {
    build_generation(corpus, corrections, 0, progress)
}

/// [`build`] for the request numbered `generation`.
pub fn build_generation(
    corpus: &Corpus,
    corrections: &Corrections,
    generation: u64,
    mut progress: impl FnMut(usize, usize),
) -> BuiltIndex {
    let mut builder = IndexBuilder::new(gazetteer(), corrections);
    // One article leaves nothing to share between workers (its lines are scanned on all
    // cores anyway): extracted here, its freed memory stays in this thread's allocator arena,
    // where the findings (built next on this thread) reuse it.
    if let [only] = &corpus.articles[..] {
        builder.add(&only.file, only.text());
        progress(1, 1);
    } else {
        add_on_workers(&mut builder, &corpus.articles, progress);
    }
    BuiltIndex {
        index: Arc::new(builder.finish()),
        generation,
    }
}

/// Adds `articles` to `builder` in order, extracted on [`WORKERS`] threads.
fn add_on_workers(
    builder: &mut IndexBuilder,
    articles: &[Article],
    mut progress: impl FnMut(usize, usize),
) {
    let total = articles.len();
    // Two workers extract alternate articles (reading their texts) while this thread adds
    // them in corpus order: taking from the workers' queues in turn keeps the order. The
    // queues are short, so little extraction waits in memory.
    std::thread::scope(|scope| {
        let queues: Vec<_> = (0..WORKERS)
            .map(|worker| {
                let (send, receive) = std::sync::mpsc::sync_channel(QUEUE);
                scope.spawn(move || {
                    for article in articles.iter().skip(worker).step_by(WORKERS) {
                        let extracted = IndexBuilder::extract(gazetteer(), article.text());
                        if send.send(extracted).is_err() {
                            return;
                        }
                    }
                });
                receive
            })
            .collect();
        for (i, article) in articles.iter().enumerate() {
            // A worker only stops early when this side has gone, so a missing extraction
            // cannot happen; extracting here keeps the index whole even so.
            let extracted = queues[i % WORKERS]
                .recv()
                .unwrap_or_else(|_| IndexBuilder::extract(gazetteer(), article.text()));
            builder.add_extracted(&article.file, article.text(), extracted);
            progress(i + 1, total);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_gazetteer_parses() {
        assert!(Gazetteer::embedded().is_ok());
    }

    /// The index `build` makes of `corpus`, and the one made on this thread alone.
    fn built_and_inline(corpus: &Corpus) -> (EntityIndex, EntityIndex) {
        let mut seen = Vec::new();
        let built = build(corpus, &Corrections::default(), |done, total| {
            seen.push((done, total))
        });
        let total = corpus.len();
        assert_eq!(seen, (1..=total).map(|i| (i, total)).collect::<Vec<_>>());
        let inline = EntityIndex::from_texts(
            corpus.articles.iter().map(|a| (a.file.as_str(), a.text())),
            gazetteer(),
            &Corrections::default(),
        );
        (
            Arc::into_inner(built.index).expect("the only handle"),
            inline,
        )
    }

    #[test]
    fn workers_build_the_index_one_thread_would() {
        let (built, inline) = built_and_inline(&Corpus::embedded());
        assert_eq!(built, inline);
    }

    #[test]
    fn a_single_article_builds_the_index_one_thread_would() {
        let seeds = Corpus::embedded();
        let first = &seeds.articles[0];
        let one = Corpus::from_texts("one", vec![(first.file.clone(), first.text().to_string())]);
        let (built, inline) = built_and_inline(&one);
        assert!(!built.entities().is_empty());
        assert_eq!(built, inline);
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
