//! Undo and redo of annotation edits (and, through [`Undoable`], of any change the app
//! keeps in the same history).
//!
//! Each [`Edit`] stores what records were and what they became, so its inverse is the same edit
//! turned round, and undo replays that inverse through the same [`Edit::apply`] path as the
//! original (helix `history.rs`). [`History`] is only the two stacks: it hands back the edit
//! to apply, and the app applies it to the right article and saves that sidecar.

mod describe;

use super::{AnnotationId, Annotations, Record, Timestamp};

/// One record of one article changing: `before` becomes `after`. An addition has no `before`,
/// a removal no `after`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Put {
    /// File name of the article whose sidecar holds the record.
    pub article: String,
    pub before: Option<Record>,
    pub after: Option<Record>,
}

impl Put {
    fn inverse(&self) -> Put {
        Put {
            article: self.article.clone(),
            before: self.after.clone(),
            after: self.before.clone(),
        }
    }

    /// Whether the record `before` is gone once this is applied.
    fn removes(&self) -> Option<&AnnotationId> {
        let before = self.before.as_ref()?;
        let kept = self
            .after
            .as_ref()
            .is_some_and(|after| after.id() == before.id());
        (!kept).then(|| before.id())
    }
}

/// One undoable change to the annotations of the corpus: one or more [`Put`]s, applied in
/// order and undone together.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Edit {
    pub puts: Vec<Put>,
}

impl Edit {
    /// The edit that puts `record` into `annotations` (adding it, or replacing the record with
    /// its id), with the current state as `before`.
    pub fn put(annotations: &Annotations, record: impl Into<Record>) -> Edit {
        let after = record.into();
        let put = Put {
            article: annotations.article().to_owned(),
            before: annotations.get(after.id()),
            after: Some(after),
        };
        Edit { puts: vec![put] }
    }

    /// The edit that removes record `id` from `annotations`, or `None` if there is none.
    pub fn remove(annotations: &Annotations, id: &AnnotationId) -> Option<Edit> {
        let put = Put {
            article: annotations.article().to_owned(),
            before: Some(annotations.get(id)?),
            after: None,
        };
        Some(Edit { puts: vec![put] })
    }

    /// Several edits as one, applied in the order given and undone together.
    pub fn group(edits: impl IntoIterator<Item = Edit>) -> Edit {
        Edit {
            puts: edits.into_iter().flat_map(|e| e.puts).collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.puts.is_empty()
    }

    /// The edit that undoes this one: each put turned round, in reverse order.
    pub fn inverse(&self) -> Edit {
        Edit {
            puts: self.puts.iter().rev().map(Put::inverse).collect(),
        }
    }

    /// Applies the puts that concern `annotations`' article, in order; puts for other articles
    /// are skipped (apply the edit to each of [`Edit::articles`]).
    pub fn apply(&self, annotations: &mut Annotations) {
        for put in &self.puts {
            if put.article != annotations.article() {
                continue;
            }
            if let Some(id) = put.removes() {
                annotations.remove(id);
            }
            if let Some(after) = &put.after {
                annotations.put(after.clone());
            }
        }
    }

    /// The articles this edit changes (file names), sorted, without repeats: the sidecars to
    /// save after applying it.
    pub fn articles(&self) -> Vec<&str> {
        let mut articles: Vec<&str> = self.puts.iter().map(|p| p.article.as_str()).collect();
        articles.sort_unstable();
        articles.dedup();
        articles
    }

    /// Ids this edit removes from `article`: pass them to [`super::sidecar::write`] so the
    /// merge with the file on disk does not bring them back.
    pub fn removed_ids(&self, article: &str) -> Vec<AnnotationId> {
        let puts = self.puts.iter().filter(|p| p.article == article);
        puts.filter_map(Put::removes).cloned().collect()
    }

    /// This edit with every record it puts stamped `updated` = `now` (or the replaced record's
    /// stamp, if later), so a replayed older version wins the next merge on save.
    fn restamped(&self, now: Timestamp) -> Edit {
        let restamp = |put: &Put| {
            let mut put = put.clone();
            let floor = put.before.as_ref().map_or(now, Record::updated);
            if let Some(after) = &mut put.after {
                after.set_updated(now.max(floor));
            }
            put
        };
        Edit {
            puts: self.puts.iter().map(restamp).collect(),
        }
    }
}

/// A change the history can hold: it can be turned round, and is stamped again when
/// replayed. [`Edit`] is one; the app's history also holds changes to entity corrections.
pub trait Undoable: Clone {
    /// The change that undoes this one.
    fn inverse(&self) -> Self;
    /// This change as replayed at `now` (by undo or redo).
    fn replayed(&self, now: Timestamp) -> Self;
}

impl Undoable for Edit {
    fn inverse(&self) -> Self {
        Edit::inverse(self)
    }

    fn replayed(&self, now: Timestamp) -> Self {
        self.restamped(now)
    }
}

/// The undo and redo stacks. Recording a new change clears redo; the oldest changes are
/// dropped beyond the limit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct History<C = Edit> {
    undo: Vec<C>,
    redo: Vec<C>,
    limit: usize,
}

impl<C: Undoable> Default for History<C> {
    fn default() -> Self {
        History::with_limit(Self::DEFAULT_LIMIT)
    }
}

impl<C: Undoable> History<C> {
    /// How many changes are kept by default.
    pub const DEFAULT_LIMIT: usize = 1000;

    pub fn new() -> Self {
        History::default()
    }

    /// A history keeping at most `limit` changes to undo (at least one).
    pub fn with_limit(limit: usize) -> Self {
        History {
            undo: Vec::new(),
            redo: Vec::new(),
            limit: limit.max(1),
        }
    }

    /// Records a change the app has just applied.
    pub fn record(&mut self, change: C) {
        self.redo.clear();
        self.undo.push(change);
        if self.undo.len() > self.limit {
            self.undo.remove(0);
        }
    }

    /// The change that undoes the latest recorded one, stamped at `now`, for the app to
    /// apply; `None` when there is nothing to undo.
    pub fn undo(&mut self, now: Timestamp) -> Option<C> {
        let change = self.undo.pop()?;
        let inverse = change.inverse().replayed(now);
        self.redo.push(change);
        Some(inverse)
    }

    /// The change that redoes the latest undone one, stamped at `now`, for the app to
    /// apply; `None` when there is nothing to redo.
    pub fn redo(&mut self, now: Timestamp) -> Option<C> {
        let change = self.redo.pop()?.replayed(now);
        self.undo.push(change.clone());
        Some(change)
    }

    /// The change [`History::undo`] just handed back could not be applied: it is left out
    /// of the history (not offered to redo, which would do again what was never undone).
    pub fn forget_undone(&mut self) {
        self.redo.pop();
    }

    /// The change [`History::redo`] just handed back could not be applied: it is left out of
    /// the history (not offered to undo).
    pub fn forget_redone(&mut self) {
        self.undo.pop();
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}

#[cfg(test)]
mod tests;
