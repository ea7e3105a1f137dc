//! Undo and redo (`u`, `Ctrl-r`): one history of every change the reader makes, annotations
//! (marks, notes, tags, evidence, highlights, removals, re-attachments) and entity corrections
//! (rename, merge, split, ignore, mark as entity, restore) alike, so `u` always takes back the
//! latest change whatever it was. An undo or redo goes to the place it changes (the article
//! and sentence, or the entity in the pane) and says what it took back or did again.

use super::{App, Effect, Message, Mode, Position, Severity};
use crate::annotations::Timestamp;
use crate::annotations::history::{Edit, Undoable};
use crate::corpus::ArticleId;
use crate::entities::{Correction, CorrectionEdit};

/// One change in the history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// Records of the articles' sidecars.
    Annotations(Edit),
    /// The entity corrections (`margin-entities.ron`); boxed, as two signed corrections
    /// outweigh an annotation edit.
    Corrections(Box<CorrectionEdit>),
}

impl Undoable for Change {
    fn inverse(&self) -> Self {
        match self {
            Change::Annotations(edit) => Change::Annotations(edit.inverse()),
            Change::Corrections(edit) => Change::Corrections(Box::new(edit.inverse())),
        }
    }

    fn replayed(&self, now: Timestamp) -> Self {
        match self {
            Change::Annotations(edit) => Change::Annotations(edit.replayed(now)),
            Change::Corrections(edit) => Change::Corrections(edit.clone()),
        }
    }
}

impl App {
    pub(super) fn undo(&mut self) -> Vec<Effect> {
        let now = self.annotations.now;
        let Some(change) = self.annotations.history.undo(now) else {
            self.info("nothing to undo");
            return Vec::new();
        };
        // The history hands back the inverse; what is undone is the change it inverts.
        let what = self.describe_change(&change.inverse());
        self.replay(change, "undone", what)
    }

    pub(super) fn redo(&mut self) -> Vec<Effect> {
        let now = self.annotations.now;
        let Some(change) = self.annotations.history.redo(now) else {
            self.info("nothing to redo");
            return Vec::new();
        };
        let what = self.describe_change(&change);
        self.replay(change, "redone", what)
    }

    /// Applies an undone or redone change, goes to where it is and says what was `done`.
    fn replay(&mut self, change: Change, done: &str, what: String) -> Vec<Effect> {
        // Overlays close: the reader sees the change in its place.
        if self.mode != Mode::Reading {
            self.mode = Mode::Reading;
        }
        let (mut effects, place) = match &change {
            Change::Annotations(edit) => (Vec::new(), self.edit_place(edit)),
            Change::Corrections(edit) => {
                if !self.apply_correction_edit(edit) {
                    self.lost_correction(done, &what);
                    return Vec::new();
                }
                self.entities.select_after_build = entity_to_select(edit);
                (self.correction_effects(), correction_place(self, edit))
            }
        };
        if let Some(place) = place {
            effects.extend(self.jump(place));
        }
        if let Change::Annotations(edit) = &change {
            effects.extend(self.apply_edit(edit));
        }
        let text = match place {
            Some(place) => format!(
                "{done}: {what}, article {}, sentence {}",
                place.article.0 + 1,
                self.cursor + 1
            ),
            None => format!("{done}: {what}"),
        };
        self.info(text);
        effects
    }

    /// The correction an undo or redo was to take away is no longer among the corrections
    /// (the file was changed outside margin): nothing changes, and the step is left out of the
    /// history, so a redo never does again what was not undone. Said as a pinned error.
    fn lost_correction(&mut self, done: &str, what: &str) {
        let undoing = done == "undone";
        if undoing {
            self.annotations.history.forget_undone();
        } else {
            self.annotations.history.forget_redone();
        }
        let file = self.entities.corrections_file.as_ref().map_or_else(
            || "the corrections file".to_string(),
            |p| p.display().to_string(),
        );
        let verb = if undoing { "undo" } else { "redo" };
        let next = if undoing {
            "u undoes the change before it"
        } else {
            "nothing else changed"
        };
        self.message = Some(Message {
            severity: Severity::Error,
            text: format!(
                "cannot {verb} this change ({what}): {file} no longer holds it (changed outside margin?); \
                 it is left out of the undo history, {next}"
            ),
        });
    }

    /// Where an annotation edit is: the first record it changes, in its article.
    fn edit_place(&self, edit: &Edit) -> Option<Position> {
        let put = edit.puts.first()?;
        let record = put.after.as_ref().or(put.before.as_ref())?;
        Some(Position {
            article: self.article_named(&put.article)?,
            byte: record.anchor().span.start,
        })
    }

    pub(super) fn article_named(&self, file: &str) -> Option<ArticleId> {
        let article = self.corpus.articles.iter().find(|a| a.file == file)?;
        Some(article.id)
    }

    /// What a change does, as a noun phrase for "undone: …" and "redone: …".
    fn describe_change(&self, change: &Change) -> String {
        match change {
            Change::Annotations(edit) => edit.describe(),
            Change::Corrections(edit) => {
                let Some(correction) = edit.correction() else {
                    return "no change".into();
                };
                let phrase = self.describe_correction(correction);
                match (&edit.before, correction) {
                    (None, _) => phrase,
                    (Some(_), Correction::Ignore { entity, .. }) => format!("restoring “{entity}”"),
                    (Some(_), _) => format!("withdrawal of the {phrase}"),
                }
            }
        }
    }

    fn describe_correction(&self, correction: &Correction) -> String {
        let quote = |doc: &str, start: usize, end: usize| {
            let text = self
                .article_named(doc)
                .and_then(|id| self.corpus.article(id))
                .map(|a| a.text());
            text.and_then(|t| t.get(start..end))
                .unwrap_or_default()
                .to_string()
        };
        match correction {
            Correction::Rename { entity, to, .. } => format!("rename of “{entity}” to “{to}”"),
            Correction::Merge { entity, into, .. } => format!("merge of “{entity}” into “{into}”"),
            Correction::Split {
                doc, start, end, ..
            } => format!("split of “{}”", quote(doc, *start, *end)),
            Correction::Ignore { entity, .. } => format!("ignoring “{entity}”"),
            Correction::Mark { quote, label, .. } => {
                format!("marking “{quote}” as {}", label.as_str())
            }
        }
    }
}

/// Where a correction of a mention is: its article and byte. Corrections of whole entities
/// have no place in the text; the pane selects the entity instead.
fn correction_place(app: &App, edit: &CorrectionEdit) -> Option<Position> {
    match edit.correction()? {
        Correction::Split { doc, start, .. } | Correction::Mark { doc, start, .. } => {
            Some(Position {
                article: app.article_named(doc)?,
                byte: *start,
            })
        }
        _ => None,
    }
}

/// The entity the pane selects once the index is built with `edit` applied: the one the
/// correction leaves in place (the new name, the merged-into entity, the restored one).
fn entity_to_select(edit: &CorrectionEdit) -> Option<String> {
    let applied = edit.after.is_some();
    match edit.correction()? {
        Correction::Rename { entity, to, .. } => Some(if applied { to } else { entity }.clone()),
        Correction::Merge { entity, into, .. } => Some(if applied { into } else { entity }.clone()),
        Correction::Ignore { entity, .. } => (!applied).then(|| entity.clone()),
        Correction::Split { .. } | Correction::Mark { .. } => None,
    }
}
