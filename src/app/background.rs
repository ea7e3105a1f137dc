//! The work the app asks to run off the UI thread ([`Effect::Background`]), as one plain
//! function: the shell runs jobs one after another on its worker thread and sends what they
//! report back to the app as actions; tests run them inline.

use super::checks::FindingsHandle;
use super::indexing;
use super::{Action, Effect};
use crate::corpus::Corpus;
use crate::entities::{Corrections, EntityIndex};
use std::sync::Arc;

/// A piece of background work.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Job {
    /// Build the entity index, reporting `IndexProgress` then `IndexReady`.
    Index {
        corpus: Arc<Corpus>,
        corrections: Corrections,
        /// The request's number: a result older than the newest request is dropped.
        generation: u64,
    },
    /// Compute the fact-check findings on `index`, reporting `FindingsReady`.
    Factcheck {
        corpus: Arc<Corpus>,
        index: Arc<EntityIndex>,
        /// The generation of `index`: findings for an index no longer shown are dropped.
        generation: u64,
    },
}

/// Progress reports per job at most, so a large corpus never floods the event loop.
const PROGRESS_REPORTS: usize = 100;

/// Runs `job`, passing progress to `report`, and returns the action that carries the result.
pub fn run(job: Job, mut report: impl FnMut(Action)) -> Action {
    match job {
        Job::Index {
            corpus,
            corrections,
            generation,
        } => {
            let step = (corpus.len() / PROGRESS_REPORTS).max(1);
            let built =
                indexing::build_generation(&corpus, &corrections, generation, |done, total| {
                    if done % step == 0 || done == total {
                        report(Action::IndexProgress { done, total });
                    }
                });
            Action::IndexReady(built)
        }
        Job::Factcheck {
            corpus,
            index,
            generation,
        } => {
            let findings = crate::factcheck::findings(&corpus, &index, &[]);
            Action::FindingsReady(FindingsHandle {
                findings: Arc::new(findings),
                generation,
            })
        }
    }
}

/// Runs the background work among `effects` inline, handing each result to `app` (and the
/// work that asks for in turn) until none is left; returns the other effects in order. For
/// tests, which want the app as the shell leaves it once its workers are done.
pub fn settle(app: &mut super::App, effects: Vec<Effect>) -> Vec<Effect> {
    let mut rest = Vec::new();
    let mut queue: std::collections::VecDeque<Effect> = effects.into();
    while let Some(effect) = queue.pop_front() {
        match effect {
            Effect::Background(job) => queue.extend(app.update(run(job, |_| {}))),
            other => rest.push(other),
        }
    }
    rest
}
