//! Re-attaching an orphan by keyboard: from the overview, an annotation whose quote is gone
//! from its article lists the best candidate passages with their scores; `Enter` anchors it
//! to the chosen one (an undoable edit, saved at once).

use super::{App, Effect, Mode, Position};
use crate::annotations::history::Edit;
use crate::annotations::{Anchor, AnnotationId, candidates};
use crate::corpus::ArticleId;
use crate::text::ByteSpan;

/// Most candidate passages offered.
const CANDIDATES: usize = 12;

#[derive(Clone, Debug, PartialEq)]
pub struct ReattachPicker {
    pub article: ArticleId,
    pub id: AnnotationId,
    /// The quote as stored, no longer found in the text.
    pub quote: String,
    pub candidates: Vec<(ByteSpan, f64)>,
    pub selected: usize,
}

// Scores are finite, so equality is total here.
impl Eq for ReattachPicker {}

impl App {
    /// Opens the picker for an orphaned annotation of `article`.
    pub(super) fn open_reattach(&mut self, article: ArticleId, id: AnnotationId) {
        let (Some(notes), Some(text)) = (
            self.annotations.notes.get(article.0),
            self.corpus.article(article).map(|a| a.text()),
        ) else {
            return;
        };
        let Some(record) = notes.annotations.get(&id) else {
            return;
        };
        let anchor = record.anchor();
        let found = candidates(anchor, text, CANDIDATES);
        if found.is_empty() {
            self.info(format!(
                "“{}” is no longer in this article and nothing like it is",
                anchor.quote
            ));
            return;
        }
        let quote = anchor.quote.clone();
        self.mode = Mode::Reattach(ReattachPicker {
            article,
            id,
            quote,
            candidates: found,
            selected: 0,
        });
    }

    /// `Enter` in the picker: the annotation is anchored on the chosen passage.
    pub(super) fn commit_reattach(&mut self) -> Vec<Effect> {
        let Mode::Reattach(picker) = std::mem::replace(&mut self.mode, Mode::Reading) else {
            return Vec::new();
        };
        let Some((span, _)) = picker.candidates.get(picker.selected).copied() else {
            return Vec::new();
        };
        let Some(text) = self
            .corpus
            .article(picker.article)
            .map(|a| a.text().to_string())
        else {
            return Vec::new();
        };
        let Some(notes) = self.annotations.notes.get(picker.article.0) else {
            return Vec::new();
        };
        let Some(mut record) = notes.annotations.get(&picker.id) else {
            return Vec::new();
        };
        *record.anchor_mut() = Anchor::new(&text, span);
        record.set_updated(self.annotations.now);
        // The reader's edit: it settles a merge's flag, as every other edit does.
        let edit = Edit::put(&notes.annotations, record.settled());
        let mut effects = self.jump(Position {
            article: picker.article,
            byte: span.start,
        });
        if self.is_refused() {
            return effects;
        }
        effects.extend(self.commit(edit));
        if let Some(notes) = self.annotations.notes.get_mut(picker.article.0) {
            notes.orphans.retain(|id| *id != picker.id);
        }
        self.info(format!("re-attached “{}” here", picker.quote));
        effects
    }
}
