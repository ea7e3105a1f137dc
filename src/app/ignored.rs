//! The ignored entities (`I` in the entities pane): the pane lists every entity the reader
//! marked as not one, and `Enter` restores the selected one by taking its correction away
//! (one change in the undo history, saved at once, the index built again).

use super::undo::Change;
use super::{App, Effect, Message, Severity};
use crate::app::action::Dir;
use crate::entities::{Correction, CorrectionEdit};

impl super::entities::EntitiesState {
    /// The ignored entities as (index among the corrections, name), in the order ignored.
    pub fn ignored_list(&self) -> Vec<(usize, &str)> {
        self.corrections
            .corrections
            .iter()
            .enumerate()
            .filter_map(|(i, c)| match c {
                Correction::Ignore { entity, .. } => Some((i, entity.as_str())),
                _ => None,
            })
            .collect()
    }
}

impl App {
    /// `I`: shows the ignored entities in the pane instead of the index's, or back.
    pub(super) fn toggle_ignored(&mut self) {
        self.entities.ignored = match self.entities.ignored {
            Some(_) => None,
            None => Some(0),
        };
        if self.entities.ignored.is_some() && self.entities.ignored_list().is_empty() {
            self.info("no entity is ignored (x in this pane ignores one)");
        }
    }

    pub(super) fn move_ignored_selection(&mut self, dir: Dir) {
        let len = self.entities.ignored_list().len();
        if let Some(selected) = &mut self.entities.ignored {
            *selected = match dir {
                Dir::Next => (*selected + 1).min(len.saturating_sub(1)),
                Dir::Prev => selected.saturating_sub(1),
            };
        }
    }

    /// `Enter` in the list: the selected entity is one again, everywhere.
    pub(super) fn restore_ignored(&mut self) -> Vec<Effect> {
        let Some(selected) = self.entities.ignored else {
            return Vec::new();
        };
        let Some((index, name)) = self
            .entities
            .ignored_list()
            .get(selected)
            .map(|(i, name)| (*i, name.to_string()))
        else {
            return Vec::new();
        };
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
        let Some(edit) = CorrectionEdit::remove(&self.entities.corrections, index) else {
            return Vec::new();
        };
        self.apply_correction_edit(&edit);
        self.annotations
            .history
            .record(Change::Corrections(Box::new(edit)));
        let left = self.entities.ignored_list().len();
        self.entities.ignored = Some(selected.min(left.saturating_sub(1)));
        self.entities.select_after_build = Some(name.clone());
        self.info(format!("restored “{name}” (u undoes)"));
        self.correction_effects()
    }
}
