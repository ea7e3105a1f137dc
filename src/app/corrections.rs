//! Corrections of the entity index from the reader: rename, merge, ignore the selected
//! entity, split the mention under the cursor off, mark a selected span as a mention. Each is
//! one change in the undo history, saved at once to the corrections file, and the index is
//! built again with it in the background; the index shown stays usable meanwhile.

use super::undo::Change;
use super::{App, Effect, Message, Severity};
use crate::entities::{
    Correction, CorrectionEdit, Corrections, CorrectionsOnDisk, Entity, Label, merge_corrections,
};
use crate::text::ByteSpan;

impl App {
    /// Rename, merge, ignore: a correction of the selected entity.
    pub(super) fn correct_selected(
        &mut self,
        make: impl FnOnce(&Entity) -> Option<Correction>,
    ) -> Vec<Effect> {
        let Some(entity) = self
            .entities
            .selected_entity()
            .and_then(|id| self.entities.entity(id))
        else {
            return Vec::new();
        };
        match make(entity) {
            Some(correction) => self.apply_correction(correction),
            None => Vec::new(),
        }
    }

    /// `m` in the pane: the first press picks the entity to merge, the second the one it
    /// merges into.
    pub(super) fn merge_selected(&mut self) -> Vec<Effect> {
        let Some(selected) = self.entities.selected_entity() else {
            return Vec::new();
        };
        let Some(from) = self.entities.merging.take() else {
            self.entities.merging = Some(selected);
            let name = self
                .entities
                .entity(selected)
                .map(|e| e.name.clone())
                .unwrap_or_default();
            self.info(format!(
                "merge “{name}” into…: select an entity and press m (Esc cancels)"
            ));
            return Vec::new();
        };
        if from == selected {
            self.info("merge cancelled");
            return Vec::new();
        }
        let (Some(a), Some(b)) = (self.entities.entity(from), self.entities.entity(selected))
        else {
            return Vec::new();
        };
        let correction = Correction::Merge {
            by: Default::default(),
            entity: a.name.clone(),
            into: b.name.clone(),
        };
        self.apply_correction(correction)
    }

    /// `X` in the article: the active entity's mention in the cursor sentence (or the
    /// sentence's first mention) becomes an entity of its own.
    pub(super) fn split_mention_at_cursor(&mut self) -> Vec<Effect> {
        if !self.index_ready() {
            return Vec::new();
        }
        let Some(cursor) = self.cursor_span() else {
            return Vec::new();
        };
        let Some(index) = self.entities.index() else {
            return Vec::new();
        };
        let in_sentence: Vec<_> = index
            .article_mentions(self.current)
            .iter()
            .filter(|m| cursor.overlaps(m.span()))
            .copied()
            .collect();
        let Some(mention) = in_sentence
            .iter()
            .find(|m| Some(m.entity()) == self.entities.active)
            .or(in_sentence.first())
            .copied()
        else {
            self.info("no named entity in this sentence to split off");
            return Vec::new();
        };
        let doc = self.article().map(|a| a.file.clone()).unwrap_or_default();
        let correction = Correction::Split {
            by: Default::default(),
            doc,
            start: mention.span().start,
            end: mention.span().end,
            name: None,
        };
        self.apply_correction(correction)
    }

    /// Marks `span` of the current article as a mention with `label`.
    pub(super) fn mark_entity(&mut self, span: ByteSpan, label: Label) -> Vec<Effect> {
        let Some(article) = self.article() else {
            return Vec::new();
        };
        let quote = span.slice(article.text()).to_string();
        let correction = Correction::Mark {
            by: Default::default(),
            doc: article.file.clone(),
            start: span.start,
            end: span.end,
            quote,
            label,
            name: None,
        };
        self.apply_correction(correction)
    }

    /// Records a correction in the undo history, saves the corrections and asks for the
    /// index to be built again with it; the index shown stays usable until the new one
    /// arrives.
    pub(super) fn apply_correction(&mut self, correction: Correction) -> Vec<Effect> {
        if let Some(error) = &self.entities.corrections_error {
            let text = format!("corrections are not saved until this is fixed: {error}");
            self.message = Some(Message {
                severity: Severity::Error,
                text,
            });
            return Vec::new();
        }
        if !self.index_ready() {
            return Vec::new();
        }
        let summary = describe(&correction);
        let correction = correction.signed(self.author(), self.annotations.now);
        let edit = CorrectionEdit::add(&self.entities.corrections, correction);
        self.apply_correction_edit(&edit);
        self.annotations
            .history
            .record(Change::Corrections(Box::new(edit)));
        self.info(summary);
        self.correction_effects()
    }

    /// Changes the corrections by `edit` (new, undone or redone); false when the edit no
    /// longer fits them and nothing changed.
    pub(super) fn apply_correction_edit(&mut self, edit: &CorrectionEdit) -> bool {
        edit.apply(&mut self.entities.corrections)
    }

    /// After the corrections changed: the index built again with them, and the file saved.
    pub(super) fn correction_effects(&mut self) -> Vec<Effect> {
        let mut effects = vec![self.request_index()];
        if let Some(path) = &self.entities.corrections_file {
            effects.push(Effect::SaveCorrections {
                path: path.clone(),
                corrections: self.entities.corrections.clone(),
                base: self.entities.corrections_base.clone(),
            });
        }
        effects
    }

    /// The corrections file was saved or read again (see `Action::CorrectionsSynced`): what
    /// other processes saved there is taken in, keeping this app's changes not yet saved, and
    /// the index is built again when the corrections changed.
    pub(super) fn corrections_synced(
        &mut self,
        sent: Option<Corrections>,
        on_disk: CorrectionsOnDisk,
    ) -> Vec<Effect> {
        let state = &mut self.entities;
        // What the app's corrections were measured against: what it sent to be saved, or,
        // for a reload, what it last read or saved.
        let base = sent.unwrap_or_else(|| state.corrections_base.clone());
        let merged = if state.corrections == base {
            on_disk.corrections.clone()
        } else {
            merge_corrections(&base, &state.corrections, &on_disk.corrections)
        };
        state.corrections_base = on_disk.corrections;
        state.corrections_seen = on_disk.seen;
        if merged == state.corrections {
            return Vec::new();
        }
        state.corrections = merged;
        vec![self.request_index()]
    }

    /// When the corrections file changed on disk since the app last read or saved it (one
    /// `stat`): the file read again, as a `CorrectionsSynced` action, or a report when it no
    /// longer reads. The shell calls it with the sidecars' check.
    pub fn corrections_changed_on_disk(&self) -> Option<super::action::Action> {
        use super::action::Action;
        let path = self.entities.corrections_file.as_ref()?;
        if crate::entities::corrections_fingerprint(path) == self.entities.corrections_seen {
            return None;
        }
        Some(match crate::entities::reload_corrections(path) {
            Ok(on_disk) => Action::CorrectionsSynced {
                sent: None,
                on_disk: Box::new(on_disk),
            },
            Err(e) => Action::CorrectionsUnreadable {
                error: format!("entity corrections changed on disk but cannot be read: {e}"),
                seen: crate::entities::corrections_fingerprint(path),
            },
        })
    }

    /// The corrections file changed on disk and does not read: reported once (until it
    /// changes again); the corrections held are kept and saving it refuses to overwrite it.
    pub(super) fn corrections_unreadable(
        &mut self,
        error: String,
        seen: Option<crate::annotations::sidecar::Fingerprint>,
    ) {
        self.entities.corrections_seen = seen;
        self.message = Some(Message {
            severity: Severity::Error,
            text: error,
        });
    }
}

fn describe(correction: &Correction) -> String {
    match correction {
        Correction::Rename { entity, to, .. } => format!("renamed “{entity}” to “{to}”"),
        Correction::Merge { entity, into, .. } => format!("merged “{entity}” into “{into}”"),
        Correction::Split { .. } => "split the mention off into an entity of its own".to_string(),
        Correction::Ignore { entity, .. } => format!("ignoring “{entity}”: it is not an entity"),
        Correction::Mark { quote, label, .. } => format!("marked “{quote}” as {}", label.as_str()),
    }
}
