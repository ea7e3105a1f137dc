//! What the reader holds of an entity while the index is rebuilt in the background: the
//! rename prompt and the first press of a merge. Entity ids number one build only, so what
//! is held is the canonical name (as the corrections file names entities); when a rebuild
//! lands, each is checked against the new index and follows the entity if it was renamed,
//! or is cancelled with a message saying what became of it. The entity an undo or redo
//! changed is selected once the index built with the change arrives, wherever it is listed.

use super::entities::Scope;
use super::{App, Message, Mode, PromptKind, Severity};
use crate::entities::{EntityId, EntityIndex};

/// What became of the entity named so-and-so in the previous index, in the new one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Fate {
    /// Still there under its name.
    Kept(EntityId),
    /// Its mentions, all of them, are now an entity of another name.
    Renamed(EntityId),
    /// Its mentions belong to a larger entity of this name.
    MergedInto(String),
    /// Its mentions are no entity's any more (ignored), or it was never there.
    Gone,
}

/// Where the entity named `name` in `old` is in `new`: by name, else by its first mention.
pub(super) fn fate(old: &EntityIndex, new: &EntityIndex, name: &str) -> Fate {
    if let Some(entity) = new.find(name) {
        return Fate::Kept(entity.id);
    }
    let Some(before) = old.find(name) else {
        return Fate::Gone;
    };
    let Some(first) = old.mentions_of(before.id).next() else {
        return Fate::Gone;
    };
    let Some(now) = new
        .article_mentions(first.article)
        .iter()
        .find(|m| m.span() == first.span)
        .and_then(|m| new.entity(m.entity()))
    else {
        return Fate::Gone;
    };
    if now.mention_count() == before.mention_count() {
        Fate::Renamed(now.id)
    } else {
        Fate::MergedInto(now.name.clone())
    }
}

/// "ignored" or "merged into “Japan”": why an entity is no longer listed.
fn why_gone(fate: &Fate) -> String {
    match fate {
        Fate::MergedInto(into) => format!("merged into “{into}”"),
        _ => "ignored or gone from the corpus".to_string(),
    }
}

impl App {
    /// A new index replaced `old`: the rename prompt follows its entity or is cancelled
    /// (saying so, with the name typed); so is a merge waiting for its second press
    /// (`merging_name`, the entity it held in `old`).
    pub(super) fn check_held_entities(&mut self, old: &EntityIndex, merging_name: Option<String>) {
        let mut notes = Vec::new();
        if let Mode::Prompt(prompt) = &mut self.mode
            && let PromptKind::RenameEntity(name) = &prompt.kind
            && let Some(index) = self.entities.built.as_ref().map(|b| &b.index)
        {
            match fate(old, index, name) {
                Fate::Kept(_) => {}
                Fate::Renamed(id) => {
                    let to = index.entity(id).map_or("", |e| e.name.as_str()).to_string();
                    notes.push(format!(
                        "“{name}” is now called “{to}”: the new name you type applies to it"
                    ));
                    prompt.kind = PromptKind::RenameEntity(to);
                }
                gone => {
                    notes.push(format!(
                        "rename cancelled: “{name}” is no longer an entity ({}); you had typed “{}”",
                        why_gone(&gone),
                        prompt.input
                    ));
                    self.mode = Mode::Reading;
                }
            }
        }
        if let Some(name) = merging_name
            && self.entities.merging.is_none()
            && let Some(index) = self.entities.built.as_ref().map(|b| &b.index)
        {
            match fate(old, index, &name) {
                Fate::Kept(id) | Fate::Renamed(id) => self.entities.merging = Some(id),
                gone => notes.push(format!(
                    "merge cancelled: “{name}” is no longer an entity ({})",
                    why_gone(&gone)
                )),
            }
        }
        if !notes.is_empty() {
            self.message = Some(Message {
                severity: Severity::Warning,
                text: notes.join(" · "),
            });
        }
    }

    /// Selects `id`, the entity an undo, redo or restore changed, even where the pane's
    /// scope or filter hid it: the pane lists the whole corpus if this article does not
    /// mention it (and the message says so), and the filter is cleared if it hid it.
    pub(super) fn show_changed_entity(&mut self, id: EntityId) {
        let state = &mut self.entities;
        if state.row_of(id).is_some() {
            return;
        }
        let mut note = None;
        let here = state.index().is_some_and(|i| {
            i.article_entities(self.current)
                .iter()
                .any(|(e, _)| *e == id)
        });
        if state.scope == Scope::Article && !here {
            state.scope = Scope::Corpus;
            state.refresh_rows_keeping(self.current, Some(id));
            let name = state.entity(id).map_or("", |e| e.name.as_str());
            note = Some(format!(
                "the pane lists the whole corpus: this article does not mention “{name}”"
            ));
        }
        if state.row_of(id).is_none() && !state.filter.is_empty() {
            state.filter.clear();
            state.refresh_rows_keeping(self.current, Some(id));
        }
        if let Some(note) = note {
            let text = match &self.message {
                Some(m) if m.severity == Severity::Info => format!("{} · {note}", m.text),
                _ => note,
            };
            self.info(text);
        }
    }
}
