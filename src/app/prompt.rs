//! Typing: the prompt line (searches, entity filter and rename, labels, tags), the note
//! editor's characters, and `Esc`, which closes whatever is open but never loses written
//! text: a changed note, tags or name is saved, and discarding them (`Ctrl-x`) asks first.

use super::{
    App, ArticleSearch, Effect, Find, Message, Mode, Pane, Prompt, PromptKind, Results, Severity,
};
use super::{annotate, note, search};
use crate::app::action::Dir;
use crate::entities::{Correction, Label};

impl App {
    /// A typed character: into the note, the overview's filter, or the prompt.
    pub(super) fn type_char(&mut self, c: char) {
        match &mut self.mode {
            Mode::Note(editor) => editor.insert(c),
            Mode::Overview(overview) if overview.typing => {
                overview.query.push(c);
                overview.selected = 0;
            }
            _ => self.edit_prompt(|input| input.push(c)),
        }
    }

    pub(super) fn type_backspace(&mut self) {
        match &mut self.mode {
            Mode::Note(editor) => editor.backspace(),
            Mode::Overview(overview) if overview.typing => {
                overview.query.pop();
            }
            _ => self.edit_prompt(|input| {
                input.pop();
            }),
        }
    }

    /// `a`: the note editor for the claim or highlight under the cursor (or being selected).
    pub(super) fn start_note(&mut self) {
        let Some(target) = self.edit_target() else {
            return;
        };
        if let Some(error) = self.notes().and_then(|n| n.error.clone()) {
            self.message = Some(Message {
                severity: Severity::Error,
                text: error,
            });
            return;
        }
        let (note, _) = self.target_contents(&target);
        self.mode = Mode::Note(note::NoteEditor::new(target, note));
    }

    pub(super) fn save_note(&mut self) -> Vec<Effect> {
        let Mode::Note(editor) = std::mem::replace(&mut self.mode, Mode::Reading) else {
            return Vec::new();
        };
        let text = editor.text.trim_end().to_string();
        let effects = self.write_target(editor.target, Some(text), None);
        if !self.is_refused() {
            self.info("note saved");
        }
        effects
    }

    /// `Esc`: dismisses a pinned message, else closes what is open. Written text is never
    /// lost by it: a note, tags or a new name that changed are saved (as leaving insert mode
    /// keeps the text in vim); only searches, filters and a label pick are cancelled.
    pub(super) fn cancel(&mut self) -> Vec<Effect> {
        if matches!(self.mode, Mode::Reading) && self.has_pinned_message() {
            self.dismiss_pinned();
            return Vec::new();
        }
        match std::mem::replace(&mut self.mode, Mode::Reading) {
            Mode::Prompt(prompt) if prompt.kind.keeps_text() => {
                if self.prompt_changed(&prompt) {
                    self.mode = Mode::Prompt(prompt);
                    return self.submit_prompt();
                }
            }
            Mode::Prompt(prompt) => {
                (self.search, self.cursor) = prompt.before;
                let sentences = self.structure().sentences.len();
                self.cursor = self.cursor.min(sentences.saturating_sub(1));
                if prompt.kind == PromptKind::EntityFilter {
                    self.entities.filter.clear();
                    self.entities.refresh_rows(self.current);
                }
                self.scroll_cursor_into_view();
            }
            Mode::Reading if self.entities.merging.is_some() => {
                self.entities.merging = None;
                self.info("merge cancelled");
            }
            Mode::Reading if self.focus == Pane::Entities && self.entities.ignored.is_some() => {
                self.entities.ignored = None;
            }
            Mode::Reading if self.focus == Pane::Entities && !self.entities.filter.is_empty() => {
                self.entities.filter.clear();
                self.entities.refresh_rows(self.current);
            }
            Mode::Reading if self.focus != Pane::Article => self.focus = Pane::Article,
            Mode::Reading if self.find == Find::Entity && self.entities.active.is_some() => {
                self.entities.active = None;
                self.find = Find::Search;
            }
            Mode::Reading => self.search = None,
            Mode::Overview(mut overview) if overview.typing => {
                overview.typing = false;
                overview.query.clear();
                self.mode = Mode::Overview(overview);
            }
            Mode::Note(editor) => {
                if self.note_changed(&editor) {
                    self.mode = Mode::Note(editor);
                    return self.save_note();
                }
            }
            Mode::Results(_)
            | Mode::Help { .. }
            | Mode::Selecting(_)
            | Mode::Overview(_)
            | Mode::Evidence(_)
            | Mode::Discrepancies { .. }
            | Mode::Roles { .. }
            | Mode::Timeline { .. }
            | Mode::Reattach(_)
            | Mode::Concordance(_)
            | Mode::Quotes(_)
            | Mode::Messages { .. } => {}
        }
        Vec::new()
    }

    /// `Ctrl-x` while writing: asks before throwing away a changed note, tags or name;
    /// closes at once when nothing was changed (and cancels a search).
    pub(super) fn ask_to_discard(&mut self) {
        let question = match &self.mode {
            Mode::Note(editor) if self.note_changed(editor) => Confirm::DiscardNote,
            Mode::Prompt(prompt) if prompt.kind.keeps_text() && self.prompt_changed(prompt) => {
                match prompt.kind {
                    PromptKind::Tags(_) => Confirm::DiscardTags,
                    _ => Confirm::DiscardName,
                }
            }
            Mode::Note(_) => {
                self.mode = Mode::Reading;
                return;
            }
            _ => {
                self.cancel();
                return;
            }
        };
        self.confirm = Some(question);
    }

    /// `y` to the question asked.
    pub(super) fn confirm_yes(&mut self) {
        let Some(question) = self.confirm.take() else {
            return;
        };
        self.mode = Mode::Reading;
        self.info(match question {
            Confirm::DiscardNote => "note discarded: nothing was changed",
            Confirm::DiscardTags => "tags discarded: nothing was changed",
            Confirm::DiscardName => "rename discarded: the entity keeps its name",
        });
    }

    /// Whether the note being written differs from the one saved.
    fn note_changed(&self, editor: &note::NoteEditor) -> bool {
        let (saved, _) = self.target_contents(&editor.target);
        editor.text.trim_end() != saved.trim_end()
    }

    /// Whether a prompt that keeps its text holds something other than what is saved.
    fn prompt_changed(&self, prompt: &Prompt) -> bool {
        match &prompt.kind {
            PromptKind::Tags(target) => {
                annotate::parse_tags(&prompt.input) != self.target_contents(target).1
            }
            PromptKind::RenameEntity(old) => {
                let name = prompt.input.trim();
                !name.is_empty() && name != old
            }
            _ => false,
        }
    }

    pub(super) fn start_prompt(&mut self, kind: PromptKind) {
        self.search_history.reset();
        let before = (self.search.clone(), self.cursor);
        self.mode = Mode::Prompt(Prompt {
            kind,
            input: String::new(),
            before,
        });
    }

    /// `Up` / `Down` in a search prompt: an older or newer search of this session.
    pub(super) fn recall_search(&mut self, dir: Dir) {
        let Mode::Prompt(prompt) = &self.mode else {
            return;
        };
        if !matches!(prompt.kind, PromptKind::Search | PromptKind::CorpusSearch) {
            return;
        }
        if let Some(text) = self.search_history.step(dir, &prompt.input) {
            self.edit_prompt(|input| *input = text);
        }
    }

    /// A search that is not a valid expression is searched as text: says so after the rest.
    fn say_if_searched_as_text(&mut self, query: &str) {
        let Some(why) = search::Matcher::new(query).and_then(|m| m.literal_because) else {
            return;
        };
        let before = self.message.as_ref().map(|m| m.text.clone());
        let note = format!("not a regular expression ({why}): searched as text");
        let text = before.map_or(note.clone(), |b| format!("{b} · {note}"));
        self.message = Some(Message {
            severity: Severity::Warning,
            text,
        });
    }

    /// Changes the prompt's input; an article search follows the typing.
    pub(super) fn edit_prompt(&mut self, edit: impl FnOnce(&mut String)) {
        let Mode::Prompt(prompt) = &mut self.mode else {
            return;
        };
        edit(&mut prompt.input);
        if prompt.kind == PromptKind::EntityFilter {
            self.entities.filter = prompt.input.clone();
            self.entities.refresh_rows(self.current);
        } else if prompt.kind == PromptKind::Search {
            let (query, start) = (prompt.input.clone(), prompt.before.1);
            self.cursor = start;
            self.set_search(query);
            self.go_to_match_from_cursor(Dir::Next, false);
        }
    }

    pub(super) fn submit_prompt(&mut self) -> Vec<Effect> {
        if let Mode::Overview(overview) = &mut self.mode {
            overview.typing = false;
            return Vec::new();
        }
        let Mode::Prompt(prompt) = std::mem::replace(&mut self.mode, Mode::Reading) else {
            return Vec::new();
        };
        match prompt.kind {
            PromptKind::EntityFilter => {}
            PromptKind::Tags(target) => {
                let tags = annotate::parse_tags(&prompt.input);
                let effects = self.write_target(target, None, Some(tags));
                if !self.is_refused() {
                    self.info("tags saved");
                }
                return effects;
            }
            PromptKind::RenameEntity(old) => {
                let name = prompt.input.trim().to_string();
                let exists = self
                    .entities
                    .index()
                    .is_some_and(|i| i.find(&old).is_some());
                if !exists {
                    self.message = Some(Message {
                        severity: Severity::Warning,
                        text: format!(
                            "“{old}” is no longer an entity: nothing renamed (you had typed “{name}”)"
                        ),
                    });
                } else if !name.is_empty() && name != old {
                    return self.apply_correction(Correction::Rename {
                        by: Default::default(),
                        entity: old,
                        to: name,
                    });
                }
            }
            PromptKind::MarkEntity(span) => {
                match prompt.input.trim().to_uppercase().parse::<Label>() {
                    Ok(label) => return self.mark_entity(span, label),
                    Err(_) => {
                        let names: Vec<&str> = Label::ALL.iter().map(|l| l.as_str()).collect();
                        let text = format!(
                            "“{}” is not a label: one of {}",
                            prompt.input,
                            names.join(", ")
                        );
                        self.message = Some(Message {
                            severity: Severity::Warning,
                            text,
                        });
                        // The prompt stays open, with what was typed, to be corrected.
                        self.mode = Mode::Prompt(prompt);
                    }
                }
            }
            PromptKind::Search => {
                self.find = Find::Search;
                let from = prompt.before.1;
                self.cursor = from;
                self.search_history.remember(&prompt.input);
                self.set_search(prompt.input.clone());
                if self.search.is_some() {
                    let origin = self.position();
                    self.go_to_match_from_cursor(Dir::Next, true);
                    if self.position() != origin {
                        self.push_jump(origin);
                    }
                }
                self.say_if_searched_as_text(&prompt.input);
            }
            PromptKind::CorpusSearch => {
                if prompt.input.is_empty() {
                    return Vec::new();
                }
                self.search_history.remember(&prompt.input);
                let hits = search::search_corpus(&self.corpus, &prompt.input);
                if hits.is_empty() {
                    let query = crate::text::display::sanitize(&prompt.input);
                    self.warn(format!("Pattern not found in the corpus: {query}"));
                    self.say_if_searched_as_text(&prompt.input);
                } else {
                    self.search = Some(ArticleSearch {
                        query: prompt.input.clone(),
                        matches: Vec::new(),
                        current: None,
                    });
                    self.mode = Mode::Results(Results {
                        query: prompt.input,
                        hits,
                        selected: 0,
                    });
                }
            }
        }
        Vec::new()
    }
}

/// A question waiting for `y` or `n`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confirm {
    DiscardNote,
    DiscardTags,
    DiscardName,
}

impl Confirm {
    pub fn question(self) -> &'static str {
        match self {
            Confirm::DiscardNote => "Discard the note you wrote?",
            Confirm::DiscardTags => "Discard the tags you typed?",
            Confirm::DiscardName => "Discard the new name you typed?",
        }
    }
}

/// The query of an article search, if one is set.
pub(super) fn results_query(search: &Option<ArticleSearch>) -> String {
    search.as_ref().map(|s| s.query.clone()).unwrap_or_default()
}
