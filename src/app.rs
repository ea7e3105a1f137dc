//! The app: all state of a reading session and the one function that changes it.
//!
//! `App::update` takes an [`Action`] and returns [`Effect`]s as data; rendering reads `&App`
//! only. Scrolling, layout and mouse hits are decided here from the geometry of the last
//! `Resize`, so everything a key does can be tested without a terminal.

pub mod action;
pub mod annotate;
pub mod background;
pub mod checks;
pub mod concordance;
mod copy;
mod corrections;
pub mod effects;
pub mod entities;
pub mod evidence;
pub mod geometry;
mod held;
pub mod help;
mod ignored;
pub mod indexing;
pub mod jumps;
pub mod keymap;
mod lazy;
pub mod messages;
pub mod mode;
mod navigation;
pub mod note;
pub mod open_url;
pub mod overview;
mod panes;
pub mod pending;
mod prompt;
pub mod quotes;
pub mod reattach;
pub mod search;
pub mod selection;
pub mod session;
pub mod sidecars;
mod timeline;
pub mod undo;
pub mod word_cursor;

use crate::annotations::Status;
use crate::config::Config;
use crate::corpus::{Article, ArticleId, Corpus};
use crate::entities::Correction;
use crate::text::ByteSpan;
use action::{Action, Dir, Effect};
use entities::EntitiesState;
use geometry::Areas;
use keymap::{Context, Key};
use lazy::LazyLayout;
pub use mode::{
    ArticleSearch, Find, Message, Mode, Pane, Position, Prompt, PromptKind, Results, Severity,
};
pub use prompt::Confirm;
use session::Place;
use std::sync::Arc;

#[derive(Debug)]
pub struct App {
    pub corpus: Arc<Corpus>,
    pub config: Config,
    /// The default keys with `config.ron`'s bindings over them.
    pub keymap: keymap::Keymap,
    pub current: ArticleId,
    /// The cursor: a sentence of the current article (0 when it has none).
    pub cursor: usize,
    /// The word of the cursor sentence that `v` selects (`None`: its first word).
    word: Option<word_cursor::WordCursor>,
    /// The first article row on screen.
    pub scroll_top: usize,
    pub areas: Areas,
    pub focus: Pane,
    /// The focused pane fills the screen (`Ctrl-w`).
    pub zoomed: bool,
    /// Whether margin has the mouse; else the terminal's own selection works.
    pub mouse: bool,
    pub mode: Mode,
    /// The highlighted row of the article list.
    pub list_selected: usize,
    pub search: Option<ArticleSearch>,
    pub find: Find,
    pub entities: EntitiesState,
    pub annotations: annotate::AnnotationsState,
    /// The fact-check findings, once computed after the entity index.
    pub findings: Option<checks::FindingsHandle>,
    /// A passage marked to be cited by the next claim's evidence picker.
    pub held_passage: Option<evidence::HeldPassage>,
    pub message: Option<Message>,
    /// Every message of the session, and the one waiting for `Esc`.
    pub messages: messages::MessageLog,
    /// A question waiting for `y` or `n` (discarding written text).
    pub confirm: Option<prompt::Confirm>,
    /// The current article's structure and rows, built from the top as far as needed.
    lazy: LazyLayout,
    jumps: Vec<Position>,
    /// Where `Ctrl-o`/`Ctrl-i` stand in `jumps`; `jumps.len()` when not walking it.
    jump_index: usize,
    quitting: bool,
    /// A count or the first keys of a sequence, typed towards the next binding.
    pub pending: pending::Pending,
    /// The searches typed this session, for `Up` and `Down` in the search prompt.
    pub search_history: search::History,
}

impl App {
    /// An app on `corpus`, reopened at `place` when it names an article of this corpus.
    pub fn new(corpus: Corpus, config: Config, place: Option<&Place>) -> Self {
        Self::new_sized(corpus, config, place, (80, 24))
    }

    /// An app laid out for a terminal of `size` (columns, rows) from the start, so a large
    /// article is not wrapped twice before the first frame.
    pub fn new_sized(
        corpus: Corpus,
        config: Config,
        place: Option<&Place>,
        size: (u16, u16),
    ) -> Self {
        let notes = corpus
            .articles
            .iter()
            .map(sidecars::ArticleNotes::unsaved)
            .collect();
        let mouse = config.mouse;
        // A binding that does not read was refused when the config was loaded (see
        // `Keymap::configured`); here the defaults stand in for it.
        let keymap = keymap::Keymap::configured(&config.bindings).unwrap_or_default();
        let mut app = App {
            corpus: Arc::new(corpus),
            config,
            keymap,
            current: ArticleId(0),
            cursor: 0,
            word: None,
            scroll_top: 0,
            areas: Areas::default(),
            focus: Pane::Article,
            zoomed: false,
            mouse,
            mode: Mode::Reading,
            list_selected: 0,
            search: None,
            find: Find::Search,
            entities: EntitiesState::new(Default::default(), None, None),
            findings: None,
            held_passage: None,
            annotations: annotate::AnnotationsState {
                notes,
                history: Default::default(),
                now: Default::default(),
            },
            message: None,
            messages: Default::default(),
            confirm: None,
            lazy: LazyLayout::default(),
            jumps: Vec::new(),
            jump_index: 0,
            quitting: false,
            pending: Default::default(),
            search_history: Default::default(),
        };
        let warnings = app.corpus.warnings.clone();
        app.warn_about(&warnings);
        let start = place.and_then(|p| {
            let article = app.corpus.articles.iter().find(|a| a.file == p.article)?;
            Some(Position {
                article: article.id,
                byte: p.byte,
            })
        });
        app.resize(size.0, size.1);
        if let Some(position) = start {
            app.go_to(position);
        }
        app.cover_view();
        app
    }

    /// Where entity corrections are kept, and why they cannot be saved if the file there
    /// does not parse.
    pub fn set_corrections(
        &mut self,
        corrections: crate::entities::Corrections,
        file: Option<std::path::PathBuf>,
        error: Option<String>,
    ) {
        if let Some(error) = &error {
            self.report_load_problems(Severity::Error, std::slice::from_ref(error));
        }
        let seen = file
            .as_deref()
            .and_then(crate::entities::corrections_fingerprint);
        self.entities = EntitiesState::new(corrections, file, error);
        self.entities.corrections_seen = seen;
    }

    /// Each article's annotations as read from its sidecar, and what loading them found.
    pub fn set_sidecars(&mut self, notes: Vec<sidecars::ArticleNotes>, messages: Vec<String>) {
        if notes.len() == self.corpus.len() {
            self.annotations.notes = notes;
        }
        self.report_load_problems(Severity::Warning, &messages);
    }

    /// The time to stamp on records made by the next actions.
    pub fn set_time(&mut self, now: crate::annotations::Timestamp) {
        self.annotations.now = now;
    }

    /// The background work to start once the app is on screen: the entity index.
    pub fn start(&mut self) -> Vec<Effect> {
        vec![self.request_index()]
    }

    /// Asks for the entity index to be built (again) with the corrections as they are now.
    pub(crate) fn request_index(&mut self) -> Effect {
        self.entities.progress = Some((0, self.corpus.len()));
        self.entities.requested += 1;
        Effect::Background(background::Job::Index {
            corpus: Arc::clone(&self.corpus),
            corrections: self.entities.corrections.clone(),
            generation: self.entities.requested,
        })
    }

    pub fn article(&self) -> Option<&Article> {
        self.corpus.article(self.current)
    }

    /// The cursor sentence's span, if the article has sentences.
    pub fn cursor_span(&self) -> Option<ByteSpan> {
        Some(self.structure().sentences.get(self.cursor)?.span())
    }

    pub fn is_quitting(&self) -> bool {
        self.quitting
    }

    /// Where the keyboard is, which decides what a key means.
    pub fn context(&self) -> Context {
        if self.confirm.is_some() {
            return Context::Confirm;
        }
        match (&self.mode, self.focus) {
            (Mode::Messages { .. }, _) => Context::Messages,
            (Mode::Prompt(_), _) => Context::Prompt,
            (Mode::Results(_), _) => Context::Results,
            (Mode::Help(view), _) if view.typing => Context::Prompt,
            (Mode::Help(_), _) => Context::Help,
            (Mode::Selecting(_), _) => Context::Selecting,
            (Mode::Note(_), _) => Context::Note,
            (Mode::Overview(o), _) if o.typing => Context::Prompt,
            (Mode::Overview(_), _) => Context::Overview,
            (Mode::Evidence(picker), _) if picker.typing => Context::Prompt,
            (Mode::Evidence(_), _) => Context::Evidence,
            (Mode::Discrepancies { .. }, _) => Context::Discrepancies,
            (Mode::Roles { .. }, _) => Context::Roles,
            (Mode::Timeline { .. }, _) => Context::Timeline,
            (Mode::Reattach(_), _) => Context::Reattach,
            (Mode::Concordance(_), _) => Context::Concordance,
            (Mode::Quotes(_), _) => Context::Quotes,
            (Mode::Reading, Pane::List) => Context::List,
            (Mode::Reading, Pane::Article) => Context::Article,
            (Mode::Reading, Pane::Entities) => Context::Entities,
        }
    }

    /// Looks `key` up in the keymap and carries out its action.
    pub fn handle_key(&mut self, key: Key) -> Vec<Effect> {
        let context = self.context();
        if !matches!(context, Context::Prompt | Context::Note | Context::Confirm) {
            return self.press(key);
        }
        self.pending = Default::default();
        match self.keymap.lookup(context, key) {
            Some(action) => {
                self.message = None;
                self.update(action)
            }
            None => Vec::new(),
        }
    }

    /// The place to reopen at next time.
    pub fn place(&self) -> Place {
        Place {
            article: self.article().map(|a| a.file.clone()).unwrap_or_default(),
            byte: self.cursor_span().map_or(0, |s| s.start),
        }
    }

    /// The effect that remembers the reading position; the shell also keeps the latest one
    /// to save when a signal ends margin.
    pub fn session_effect(&self) -> Effect {
        self.save_session()
    }

    fn save_session(&self) -> Effect {
        Effect::SaveSession {
            corpus: self.corpus.origin.key(),
            place: self.place(),
        }
    }

    /// The only place state changes. Afterwards, what the view shows is laid out.
    pub fn update(&mut self, action: Action) -> Vec<Effect> {
        let before = self.message.clone();
        // A search follows the typing; its "match 2/5" is feedback, not worth a log entry.
        let live = matches!(
            action,
            Action::PromptInsert(_) | Action::PromptBackspace | Action::PromptClear
        );
        let moves_word = matches!(action, Action::MoveWord(_));
        let sentence = (self.current, self.cursor);
        let effects = self.apply(action);
        if !moves_word && sentence != (self.current, self.cursor) {
            self.reset_word();
        }
        self.fit_panes();
        self.note_message(before.as_ref(), live);
        self.cover_view();
        effects
    }

    fn apply(&mut self, action: Action) -> Vec<Effect> {
        use Action::*;
        match action {
            MoveSentence(dir) => self.move_sentence(dir),
            MoveWord(motion) => self.move_word(motion),
            HalfPage(dir) if self.is_reading_help() => self.scroll_help(dir, self.help_page() / 2),
            Page(dir) if self.is_reading_help() => self.scroll_help(dir, self.help_page()),
            ToStart if self.is_reading_help() => self.scroll_help(Dir::Prev, usize::MAX),
            ToEnd if self.is_reading_help() => self.scroll_help(Dir::Next, usize::MAX),
            StartSearch if self.is_reading_help() => self.start_help_search(),
            SearchNext if self.is_reading_help() => self.find_in_help(Dir::Next, false),
            SearchPrev if self.is_reading_help() => self.find_in_help(Dir::Prev, false),
            PromptInsert(c) if self.is_typing_in_help() => self.type_in_help(|q| q.push(c)),
            PromptBackspace if self.is_typing_in_help() => self.type_in_help(|q| {
                q.pop();
            }),
            PromptClear if self.is_typing_in_help() => self.type_in_help(String::clear),
            PromptSubmit | Cancel if self.is_typing_in_help() => self.finish_help_search(),
            StartSearch if self.is_picking_evidence() => self.start_picker_search(),
            PromptInsert(c) if self.is_typing_in_picker() => self.type_in_picker(|q| q.push(c)),
            PromptBackspace if self.is_typing_in_picker() => self.type_in_picker(|q| {
                q.pop();
            }),
            PromptClear if self.is_typing_in_picker() => self.type_in_picker(String::clear),
            PromptSubmit if self.is_typing_in_picker() => self.finish_picker_search(true),
            Cancel if self.is_typing_in_picker() => self.finish_picker_search(false),
            HalfPage(dir) if self.is_reading_messages() => self.scroll_messages(dir, 10),
            Page(dir) if self.is_reading_messages() => self.scroll_messages(dir, 20),
            ToStart if self.is_reading_messages() => self.scroll_messages(Dir::Prev, usize::MAX),
            ToEnd if self.is_reading_messages() => self.scroll_messages(Dir::Next, usize::MAX),
            HalfPage(dir) => self.page(dir, self.areas.text.height as usize / 2),
            Page(dir) => self.page(dir, (self.areas.text.height as usize).saturating_sub(2)),
            ToStart => self.jump_to_sentence(0),
            PlaceCursor(placement) => self.place_cursor(placement),
            ToEnd => {
                self.reach_end();
                let last = self.structure().sentences.len().saturating_sub(1);
                self.jump_to_sentence(last)
            }
            Scroll(dir) => self.scroll(dir, 3),
            NextArticle => return self.step_article(Dir::Next),
            PrevArticle => return self.step_article(Dir::Prev),
            CycleFocus(dir) => self.cycle_focus(dir),
            ToggleZoom => self.toggle_zoom(),
            CopyQuote => return self.copy_quote(),
            OpenUrl => return self.open_url(),
            ToggleMouse => return self.toggle_mouse(),
            MoveSelection(dir) => self.move_selection(dir),
            OpenSelected => return self.open_selected(),
            StartSearch => self.start_prompt(PromptKind::Search),
            StartCorpusSearch => self.start_prompt(PromptKind::CorpusSearch),
            SearchNext if self.find == Find::Entity => return self.entity_step(Dir::Next),
            SearchPrev if self.find == Find::Entity => return self.entity_step(Dir::Prev),
            SearchNext => self.search_step(Dir::Next),
            SearchPrev => self.search_step(Dir::Prev),
            ActivateEntity => self.activate_entity_at_cursor(),
            ToggleEntityScope => self.toggle_entity_scope(),
            ToggleIgnored => self.toggle_ignored(),
            StartEntityFilter => self.start_entity_prompt(PromptKind::EntityFilter),
            RenameEntity if matches!(self.mode, Mode::Concordance(_)) => {
                self.rename_concordance_entity()
            }
            MergeEntity if matches!(self.mode, Mode::Concordance(_)) => {
                self.merge_concordance_entity()
            }
            SplitMention if matches!(self.mode, Mode::Concordance(_)) => {
                return self.split_concordance_mention();
            }
            OpenConcordance => self.open_concordance(),
            OpenQuotes => self.open_quotes(),
            RenameEntity => {
                if let Some(entity) = self
                    .entities
                    .selected_entity()
                    .and_then(|id| self.entities.entity(id))
                {
                    let name = entity.name.clone();
                    self.start_entity_prompt(PromptKind::RenameEntity(name));
                }
            }
            MergeEntity => return self.merge_selected(),
            IgnoreEntity => {
                return self.correct_selected(|e| {
                    Some(Correction::Ignore {
                        by: Default::default(),
                        entity: e.name.clone(),
                    })
                });
            }
            SplitMention => return self.split_mention_at_cursor(),
            IndexProgress { done, total } => self.index_progress(done, total),
            IndexReady(built) => return self.adopt_index(built),
            FindingsReady(findings) => self.findings_arrived(findings),
            NextCheckworthy => return self.next_checkworthy(),
            ExplainCheckworthy => self.explain_checkworthy(),
            OpenEvidence => self.open_evidence_picker(),
            HoldEvidence => self.hold_passage(),
            AttachSupporting => {
                return self.attach_evidence(crate::annotations::Relation::Supports);
            }
            AttachContradicting => {
                return self.attach_evidence(crate::annotations::Relation::Contradicts);
            }
            OpenCitingClaim => return self.open_citing_claim(),
            OpenDiscrepancies => self.open_discrepancies(),
            OpenRoles => self.open_roles(),
            OpenTimeline => self.open_timeline(),
            JumpBack => return self.walk_jumps(Dir::Prev),
            JumpForward => return self.walk_jumps(Dir::Next),
            ToggleHelp => self.toggle_help(),
            Cancel => return self.cancel(),
            Discard => self.ask_to_discard(),
            ConfirmYes => self.confirm_yes(),
            ConfirmNo => self.confirm = None,
            OpenMessages => self.open_messages(),
            Quit => {
                self.quitting = true;
                return vec![self.save_session(), Effect::Quit];
            }
            PromptInsert(c) => self.type_char(c),
            PromptBackspace => self.type_backspace(),
            PromptComplete => self.complete_tag(),
            MarkVerified => return self.set_claim_status(Some(Status::Verified)),
            MarkDisputed => return self.set_claim_status(Some(Status::Disputed)),
            MarkMisleading => return self.set_claim_status(Some(Status::Misleading)),
            MarkUnverifiable => return self.set_claim_status(Some(Status::Unverifiable)),
            MarkNotAClaim => return self.set_claim_status(Some(Status::NotAClaim)),
            Unmark => return self.set_claim_status(None),
            BeginSelection => self.begin_selection(),
            ExtendSelection(motion) => self.extend_selection(motion),
            SwapSelectionEnds => self.swap_selection_ends(),
            CommitHighlight => return self.commit_highlight(),
            DeleteHighlight => return self.delete_highlight(),
            MarkSelectionAsEntity => {
                if let Mode::Selecting(selection) = self.mode
                    && let Some(article) = self.article()
                {
                    let span = selection.span(article.text());
                    self.start_entity_prompt(PromptKind::MarkEntity(span));
                }
            }
            EditNote => self.start_note(),
            EditTags => self.start_tags(),
            NoteNewline => self.type_char('\n'),
            NoteMove(motion) => {
                if let Mode::Note(editor) = &mut self.mode {
                    editor.move_cursor(motion);
                }
            }
            NoteSave => return self.save_note(),
            Undo => return self.undo(),
            Redo => return self.redo(),
            OpenOverview => self.open_overview(),
            CycleOverviewFilter => {
                if let Mode::Overview(overview) = &mut self.mode {
                    overview.filter = overview.filter.next();
                    overview.selected = 0;
                }
            }
            FilterOverview => {
                if let Mode::Overview(overview) = &mut self.mode {
                    overview.typing = true;
                }
            }
            SidecarSaved { article, synced } => self.sidecar_saved(article, *synced),
            CorrectionsSynced { sent, on_disk } => return self.corrections_synced(sent, *on_disk),
            CorrectionsUnreadable { error, seen } => self.corrections_unreadable(error, seen),
            SidecarFailed {
                article,
                error,
                unreadable,
                seen,
            } => self.sidecar_failed(article, error, unreadable, seen),
            PromptClear => self.edit_prompt(String::clear),
            PromptHistory(dir) => self.recall_search(dir),
            PromptSubmit => return self.submit_prompt(),
            Click { column, row } => return self.click(column, row),
            Resize { width, height } => self.resize(width, height),
            ContinueLayout => self.continue_layout(),
            Report(text) => {
                self.message = Some(Message {
                    severity: Severity::Error,
                    text,
                })
            }
        }
        Vec::new()
    }

    /// Logs every warning about the corpus's files and shows the first until dismissed.
    fn warn_about(&mut self, warnings: &[crate::corpus::CorpusWarning]) {
        let texts: Vec<String> = warnings.iter().map(|w| w.to_string()).collect();
        self.report_load_problems(Severity::Warning, &texts);
    }

    fn info(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            severity: Severity::Info,
            text: text.into(),
        });
    }

    fn warn(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            severity: Severity::Warning,
            text: text.into(),
        });
    }

    fn move_selection(&mut self, dir: Dir) {
        if self.is_reading_messages() {
            return self.scroll_messages(dir, 1);
        }
        let step = |i: usize, len: usize| match dir {
            Dir::Next => (i + 1).min(len.saturating_sub(1)),
            Dir::Prev => i.saturating_sub(1),
        };
        match &mut self.mode {
            Mode::Results(results) => results.selected = step(results.selected, results.hits.len()),
            Mode::Concordance(concordance) => concordance.step(dir),
            Mode::Quotes(view) => view.step(dir),
            Mode::Help(_) => self.scroll_help(dir, 1),
            Mode::Evidence(picker) => {
                picker.selected = step(picker.selected, picker.candidates.len())
            }
            Mode::Reattach(picker) => {
                picker.selected = step(picker.selected, picker.candidates.len())
            }
            Mode::Discrepancies { selected } => {
                let rows = self.findings.as_ref().map_or(0, |f| {
                    f.findings
                        .discrepancies
                        .iter()
                        .map(|d| d.members.len())
                        .sum()
                });
                *selected = step(*selected, rows);
            }
            Mode::Roles { selected } => {
                let rows = self
                    .findings
                    .as_ref()
                    .map_or(0, |f| f.findings.roles.roles.len());
                *selected = step(*selected, rows);
            }
            Mode::Timeline { selected } => {
                let rows = self
                    .findings
                    .as_ref()
                    .map_or(0, |f| f.findings.timeline.dates.len());
                *selected = step(*selected, rows);
            }
            Mode::Overview(overview) => {
                overview.selected = match dir {
                    Dir::Next => overview.selected + 1,
                    Dir::Prev => overview.selected.saturating_sub(1),
                }
            }
            _ if self.focus == Pane::Entities => self.move_entity_selection(dir),
            _ => self.list_selected = step(self.list_selected, self.corpus.len()),
        }
    }

    fn open_selected(&mut self) -> Vec<Effect> {
        match &self.mode {
            Mode::Overview(_) => self.open_overview_row(),
            Mode::Evidence(_) => self.open_evidence_candidate(),
            Mode::Reattach(_) => self.commit_reattach(),
            Mode::Discrepancies { .. } => self.open_discrepancy_member(),
            Mode::Roles { .. } => self.open_role(),
            Mode::Timeline { .. } => self.open_timeline_date(),
            Mode::Concordance(_) => self.open_concordance_mention(),
            Mode::Quotes(_) => self.open_quote(),
            Mode::Results(results) => {
                let Some(hit) = results.hits.get(results.selected).copied() else {
                    return Vec::new();
                };
                self.mode = Mode::Reading;
                let effects = self.jump(Position {
                    article: hit.article,
                    byte: hit.matched.start,
                });
                let query = prompt::results_query(&self.search);
                self.set_search(query);
                effects
            }
            _ if self.focus == Pane::Entities => self.open_selected_entity(),
            _ => {
                self.focus = Pane::Article;
                self.open_article(ArticleId(self.list_selected))
            }
        }
    }
}

/// The first article shown in a list pane of `height` rows (one row is its title) that keeps
/// `selected` visible. Shared by the renderer and mouse hits.
pub fn list_first_row(selected: usize, height: usize) -> usize {
    let visible = height.saturating_sub(1).max(1);
    (selected + 1).saturating_sub(visible)
}
