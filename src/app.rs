//! The app: all state of a reading session and the one function that changes it.
//!
//! `App::update` takes an [`Action`] and returns [`Effect`]s as data; rendering reads `&App`
//! only. Scrolling, layout and mouse hits are decided here from the geometry of the last
//! `Resize`, so everything a key does can be tested without a terminal.

pub mod action;
pub mod annotate;
pub mod checks;
pub mod effects;
pub mod entities;
pub mod geometry;
pub mod indexing;
pub mod keymap;
mod navigation;
pub mod note;
pub mod overview;
pub mod search;
pub mod selection;
pub mod session;
pub mod sidecars;

use crate::annotations::Status;
use crate::config::Config;
use crate::corpus::{Article, ArticleId, Corpus};
use crate::entities::{Correction, EntityId, Label};
use crate::text::ByteSpan;
use crate::text::layout::ArticleLayout;
use action::{Action, Dir, Effect};
use entities::EntitiesState;
use geometry::Areas;
use keymap::{Context, Key};
use search::Hit;
use session::Place;
use std::sync::Arc;

/// The pane that has the keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pane {
    List,
    Article,
    Entities,
}

/// What `n` and `N` step through: the last search, or the active entity's mentions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Find {
    Search,
    Entity,
}

/// What the keyboard is doing besides reading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mode {
    Reading,
    /// Typing a search at the bottom line.
    Prompt(Prompt),
    /// The corpus search results overlay.
    Results(Results),
    /// The help overlay, scrolled by `scroll` rows.
    Help {
        scroll: usize,
    },
    /// Selecting a span with `v`.
    Selecting(selection::Selection),
    /// Writing a note.
    Note(note::NoteEditor),
    /// `C`: all claims and highlights.
    Overview(overview::Overview),
    /// `e`: sentences of other articles to cite as evidence.
    Evidence(checks::EvidencePicker),
    /// `!`: amounts and reports that disagree across articles.
    Discrepancies {
        selected: usize,
    },
}

impl Mode {
    pub fn name(&self) -> &'static str {
        match self {
            Mode::Reading => "READ",
            Mode::Prompt(p) => match p.kind {
                PromptKind::Search => "SEARCH",
                PromptKind::CorpusSearch => "CORPUS SEARCH",
                PromptKind::EntityFilter => "FILTER",
                PromptKind::RenameEntity(_) => "RENAME",
                PromptKind::MarkEntity(_) => "MARK",
                PromptKind::Tags(_) => "TAGS",
            },
            Mode::Results(_) => "RESULTS",
            Mode::Help { .. } => "HELP",
            Mode::Selecting(_) => "SELECT",
            Mode::Note(_) => "NOTE",
            Mode::Overview(_) => "OVERVIEW",
            Mode::Evidence(_) => "EVIDENCE",
            Mode::Discrepancies { .. } => "DISCREPANCIES",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PromptKind {
    /// `/`: search the article.
    Search,
    /// `S`: search every article.
    CorpusSearch,
    /// `/` in the entities pane: narrow the list.
    EntityFilter,
    /// `r` in the entities pane: a new name for the entity.
    RenameEntity(EntityId),
    /// A label for the selected span, which becomes a mention.
    MarkEntity(crate::text::ByteSpan),
    /// `t`: the tags of a claim or highlight.
    Tags(annotate::Target),
}

impl PromptKind {
    /// What the prompt line shows before the input.
    pub fn sigil(&self) -> &'static str {
        match self {
            PromptKind::Search => "/",
            PromptKind::CorpusSearch => "search all articles: ",
            PromptKind::EntityFilter => "filter entities: ",
            PromptKind::RenameEntity(_) => "rename entity to: ",
            PromptKind::MarkEntity(_) => "label (PERSON, ORG, GPE, NORP, LOC, DATE, MONEY, ...): ",
            PromptKind::Tags(_) => "tags (comma-separated, Tab completes): ",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prompt {
    pub kind: PromptKind,
    pub input: String,
    /// The search and cursor before typing began, restored by `Esc`.
    before: (Option<ArticleSearch>, usize),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Results {
    pub query: String,
    pub hits: Vec<Hit>,
    pub selected: usize,
}

/// The article search: its query, every match in the current article, the one at the cursor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArticleSearch {
    pub query: String,
    pub matches: Vec<ByteSpan>,
    pub current: Option<usize>,
}

/// A place to jump back to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub article: ArticleId,
    pub byte: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Info,
    Warning,
    Error,
}

/// A line for the status bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub severity: Severity,
    pub text: String,
}

/// Most positions remembered by the jump list.
const JUMP_LIST_LEN: usize = 100;

#[derive(Debug)]
pub struct App {
    pub corpus: Arc<Corpus>,
    pub config: Config,
    pub current: ArticleId,
    /// The cursor: a sentence of the current article (0 when it has none).
    pub cursor: usize,
    /// The first article row on screen.
    pub scroll_top: usize,
    pub areas: Areas,
    pub focus: Pane,
    pub mode: Mode,
    /// The highlighted row of the article list.
    pub list_selected: usize,
    pub search: Option<ArticleSearch>,
    pub find: Find,
    pub entities: EntitiesState,
    pub annotations: annotate::AnnotationsState,
    /// The fact-check findings, once computed after the entity index.
    pub findings: Option<checks::FindingsHandle>,
    pub message: Option<Message>,
    layout: ArticleLayout,
    jumps: Vec<Position>,
    /// Where `Ctrl-o`/`Ctrl-i` stand in `jumps`; `jumps.len()` when not walking it.
    jump_index: usize,
    quitting: bool,
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
        let mut app = App {
            corpus: Arc::new(corpus),
            config,
            current: ArticleId(0),
            cursor: 0,
            scroll_top: 0,
            areas: Areas::default(),
            focus: Pane::Article,
            mode: Mode::Reading,
            list_selected: 0,
            search: None,
            find: Find::Search,
            entities: EntitiesState::new(Default::default(), None, None),
            findings: None,
            annotations: annotate::AnnotationsState {
                notes,
                history: Default::default(),
                now: Default::default(),
            },
            message: None,
            layout: ArticleLayout::default(),
            jumps: Vec::new(),
            jump_index: 0,
            quitting: false,
        };
        if let Some(w) = app.corpus.warnings.first() {
            let more = app.corpus.warnings.len() - 1;
            let text = match more {
                0 => w.short(),
                _ => format!("{} (and {more} more)", w.short()),
            };
            app.message = Some(Message {
                severity: Severity::Warning,
                text,
            });
        }
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
            self.message = Some(Message {
                severity: Severity::Error,
                text: error.clone(),
            });
        }
        self.entities = EntitiesState::new(corrections, file, error);
    }

    /// Each article's annotations as read from its sidecar, and what loading them found.
    pub fn set_sidecars(&mut self, notes: Vec<sidecars::ArticleNotes>, messages: Vec<String>) {
        if notes.len() == self.corpus.len() {
            self.annotations.notes = notes;
        }
        if let Some(first) = messages.first() {
            let more = messages.len() - 1;
            let text = if more > 0 {
                format!("{first} (and {more} more)")
            } else {
                first.clone()
            };
            self.message = Some(Message {
                severity: Severity::Warning,
                text,
            });
        }
    }

    /// The time to stamp on records made by the next actions.
    pub fn set_time(&mut self, now: crate::annotations::Timestamp) {
        self.annotations.now = now;
    }

    /// The background work to start once the app is on screen: the entity index.
    pub fn start(&mut self) -> Vec<Effect> {
        self.entities.progress = Some((0, self.corpus.len()));
        vec![Effect::StartIndexing {
            corpus: Arc::clone(&self.corpus),
            corrections: self.entities.corrections.clone(),
        }]
    }

    pub fn article(&self) -> Option<&Article> {
        self.corpus.article(self.current)
    }

    pub fn layout(&self) -> &ArticleLayout {
        &self.layout
    }

    /// The cursor sentence's span, if the article has sentences.
    pub fn cursor_span(&self) -> Option<ByteSpan> {
        Some(self.article()?.structure().sentences.get(self.cursor)?.span)
    }

    pub fn is_quitting(&self) -> bool {
        self.quitting
    }

    /// Where the keyboard is, which decides what a key means.
    pub fn context(&self) -> Context {
        match (&self.mode, self.focus) {
            (Mode::Prompt(_), _) => Context::Prompt,
            (Mode::Results(_), _) => Context::Results,
            (Mode::Help { .. }, _) => Context::Help,
            (Mode::Selecting(_), _) => Context::Selecting,
            (Mode::Note(_), _) => Context::Note,
            (Mode::Overview(o), _) if o.typing => Context::Prompt,
            (Mode::Overview(_), _) => Context::Overview,
            (Mode::Evidence(_), _) => Context::Evidence,
            (Mode::Discrepancies { .. }, _) => Context::Discrepancies,
            (Mode::Reading, Pane::List) => Context::List,
            (Mode::Reading, Pane::Article) => Context::Article,
            (Mode::Reading, Pane::Entities) => Context::Entities,
        }
    }

    /// Looks `key` up in the keymap and carries out its action.
    pub fn handle_key(&mut self, key: Key) -> Vec<Effect> {
        match self.config.keymap.lookup(self.context(), key) {
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

    /// The only place state changes.
    pub fn update(&mut self, action: Action) -> Vec<Effect> {
        use Action::*;
        match action {
            MoveSentence(dir) => self.move_sentence(dir),
            HalfPage(dir) => self.page(dir, self.areas.text.height as usize / 2),
            Page(dir) => self.page(dir, (self.areas.text.height as usize).saturating_sub(2)),
            ToStart => self.jump_to_sentence(0),
            ToEnd => {
                let last = self
                    .article()
                    .map_or(0, |a| a.structure().sentences.len().saturating_sub(1));
                self.jump_to_sentence(last)
            }
            Scroll(dir) => self.scroll(dir, 3),
            NextArticle => return self.step_article(Dir::Next),
            PrevArticle => return self.step_article(Dir::Prev),
            CycleFocus(dir) => self.cycle_focus(dir),
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
            StartEntityFilter => self.start_entity_prompt(PromptKind::EntityFilter),
            RenameEntity => {
                if let Some(id) = self.entities.selected_entity() {
                    self.start_entity_prompt(PromptKind::RenameEntity(id));
                }
            }
            MergeEntity => return self.merge_selected(),
            IgnoreEntity => {
                return self.correct_selected(|e| {
                    Some(Correction::Ignore {
                        entity: e.name.clone(),
                    })
                });
            }
            SplitMention => return self.split_mention_at_cursor(),
            IndexProgress { done, total } => self.index_progress(done, total),
            IndexReady(built) => return self.adopt_index(built),
            FindingsReady(findings) => self.findings_arrived(findings),
            NextCheckworthy => self.next_checkworthy(),
            ExplainCheckworthy => self.explain_checkworthy(),
            OpenEvidence => self.open_evidence_picker(),
            AttachSupporting => {
                return self.attach_evidence(crate::annotations::Relation::Supports);
            }
            AttachContradicting => {
                return self.attach_evidence(crate::annotations::Relation::Contradicts);
            }
            OpenCitingClaim => return self.open_citing_claim(),
            OpenDiscrepancies => self.open_discrepancies(),
            JumpBack => return self.walk_jumps(Dir::Prev),
            JumpForward => return self.walk_jumps(Dir::Next),
            ToggleHelp => {
                self.mode = match self.mode {
                    Mode::Help { .. } => Mode::Reading,
                    _ => Mode::Help { scroll: 0 },
                }
            }
            Cancel => self.cancel(),
            Quit => {
                self.quitting = true;
                return vec![self.save_session(), Effect::Quit];
            }
            PromptInsert(c) => self.type_char(c),
            PromptBackspace => self.type_backspace(),
            PromptComplete => self.complete_tag(),
            MarkVerified => return self.set_claim_status(Some(Status::Verified)),
            MarkDisputed => return self.set_claim_status(Some(Status::Disputed)),
            Unmark => return self.set_claim_status(None),
            BeginSelection => self.begin_selection(),
            ExtendSelection(motion) => self.extend_selection(motion),
            CommitHighlight => return self.commit_highlight(),
            DeleteHighlight => return self.delete_highlight(),
            MarkSelectionAsEntity => {
                if let Mode::Selecting(selection) = self.mode
                    && let Some(article) = self.article()
                {
                    let span = selection.span(&article.text);
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
            SidecarSaved {
                article,
                annotations,
            } => self.sidecar_saved(article, annotations),
            SidecarFailed {
                article,
                error,
                unreadable,
            } => self.sidecar_failed(article, error, unreadable),
            PromptClear => self.edit_prompt(String::clear),
            PromptSubmit => return self.submit_prompt(),
            Click { column, row } => return self.click(column, row),
            Resize { width, height } => self.resize(width, height),
            Report(text) => {
                self.message = Some(Message {
                    severity: Severity::Error,
                    text,
                })
            }
        }
        Vec::new()
    }

    /// A typed character: into the note, the overview's filter, or the prompt.
    fn type_char(&mut self, c: char) {
        match &mut self.mode {
            Mode::Note(editor) => editor.insert(c),
            Mode::Overview(overview) if overview.typing => {
                overview.query.push(c);
                overview.selected = 0;
            }
            _ => self.edit_prompt(|input| input.push(c)),
        }
    }

    fn type_backspace(&mut self) {
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
    fn start_note(&mut self) {
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

    fn save_note(&mut self) -> Vec<Effect> {
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

    fn info(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            severity: Severity::Info,
            text: text.into(),
        });
    }

    /// Tab: article → entities → list → article, skipping hidden panes.
    fn cycle_focus(&mut self, dir: Dir) {
        let mut order = vec![Pane::Article];
        if self.areas.entities.is_some() {
            order.push(Pane::Entities);
        }
        if self.areas.list.is_some() {
            order.push(Pane::List);
        }
        let at = order.iter().position(|p| *p == self.focus).unwrap_or(0);
        let next = match dir {
            Dir::Next => (at + 1) % order.len(),
            Dir::Prev => (at + order.len() - 1) % order.len(),
        };
        self.focus = order[next];
        if self.focus == Pane::List {
            self.list_selected = self.current.0;
        }
    }

    fn move_selection(&mut self, dir: Dir) {
        let step = |i: usize, len: usize| match dir {
            Dir::Next => (i + 1).min(len.saturating_sub(1)),
            Dir::Prev => i.saturating_sub(1),
        };
        match &mut self.mode {
            Mode::Results(results) => results.selected = step(results.selected, results.hits.len()),
            Mode::Help { scroll } => {
                *scroll = match dir {
                    Dir::Next => *scroll + 1,
                    Dir::Prev => scroll.saturating_sub(1),
                }
            }
            Mode::Evidence(picker) => {
                picker.selected = step(picker.selected, picker.candidates.len())
            }
            Mode::Discrepancies { selected } => {
                let rows = self.findings.as_ref().map_or(0, |f| {
                    f.0.discrepancies.iter().map(|d| d.members.len()).sum()
                });
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
            Mode::Discrepancies { .. } => self.open_discrepancy_member(),
            Mode::Results(results) => {
                let Some(hit) = results.hits.get(results.selected).copied() else {
                    return Vec::new();
                };
                self.mode = Mode::Reading;
                let effects = self.jump(Position {
                    article: hit.article,
                    byte: hit.matched.start,
                });
                let query = results_query(&self.search);
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

    fn cancel(&mut self) {
        match std::mem::replace(&mut self.mode, Mode::Reading) {
            Mode::Prompt(prompt) => {
                (self.search, self.cursor) = prompt.before;
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
            Mode::Note(_) => self.info("note discarded"),
            Mode::Results(_)
            | Mode::Help { .. }
            | Mode::Selecting(_)
            | Mode::Overview(_)
            | Mode::Evidence(_)
            | Mode::Discrepancies { .. } => {}
        }
    }

    fn start_prompt(&mut self, kind: PromptKind) {
        let before = (self.search.clone(), self.cursor);
        self.mode = Mode::Prompt(Prompt {
            kind,
            input: String::new(),
            before,
        });
    }

    /// Changes the prompt's input; an article search follows the typing.
    fn edit_prompt(&mut self, edit: impl FnOnce(&mut String)) {
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

    fn submit_prompt(&mut self) -> Vec<Effect> {
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
            PromptKind::RenameEntity(id) => {
                let name = prompt.input.trim().to_string();
                let old = self
                    .entities
                    .entity(id)
                    .map(|e| e.name.clone())
                    .unwrap_or_default();
                if !name.is_empty() && name != old {
                    return self.apply_correction(Correction::Rename {
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
                    }
                }
            }
            PromptKind::Search => {
                self.find = Find::Search;
                let from = prompt.before.1;
                self.cursor = from;
                self.set_search(prompt.input);
                if self.search.is_some() {
                    let origin = self.position();
                    self.go_to_match_from_cursor(Dir::Next, true);
                    if self.position() != origin {
                        self.push_jump(origin);
                    }
                }
            }
            PromptKind::CorpusSearch => {
                if prompt.input.is_empty() {
                    return Vec::new();
                }
                let hits = search::search_corpus(&self.corpus, &prompt.input);
                if hits.is_empty() {
                    self.info(format!(
                        "no sentence in the corpus matches \"{}\"",
                        prompt.input
                    ));
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

    /// Sets the article search to `query` and finds its matches (no search when empty).
    fn set_search(&mut self, query: String) {
        if query.is_empty() {
            self.search = None;
            return;
        }
        let matches = self
            .article()
            .map(|a| search::find_all(&a.text, &query))
            .unwrap_or_default();
        self.search = Some(ArticleSearch {
            query,
            matches,
            current: None,
        });
    }

    fn search_step(&mut self, dir: Dir) {
        self.find = Find::Search;
        if self.search.is_none() {
            self.info("no search yet: press / to search");
            return;
        }
        let origin = self.position();
        self.go_to_match_from_cursor(dir, true);
        if self.position() != origin {
            self.push_jump(origin);
        }
    }

    /// Moves the cursor to the next (or previous) match after (before) the cursor sentence,
    /// wrapping around the article, and reports "match 3/12".
    fn go_to_match_from_cursor(&mut self, dir: Dir, step_past_cursor: bool) {
        let Some(cursor) = self.cursor_span() else {
            return;
        };
        let Some(search) = &mut self.search else {
            return;
        };
        if search.matches.is_empty() {
            search.current = None;
            let text = format!("no match for \"{}\" in this article", search.query);
            self.message = Some(Message {
                severity: Severity::Warning,
                text,
            });
            return;
        }
        let n = search.matches.len();
        let current_match = search
            .current
            .map(|i| search.matches[i])
            .filter(|m| cursor.contains(m.start));
        let found = match (dir, current_match) {
            (Dir::Next, Some(m)) if step_past_cursor => {
                search.matches.iter().position(|x| x.start > m.start)
            }
            (Dir::Next, _) if step_past_cursor => {
                search.matches.iter().position(|x| x.start >= cursor.end)
            }
            (Dir::Next, _) => search.matches.iter().position(|x| x.start >= cursor.start),
            (Dir::Prev, Some(m)) => search.matches.iter().rposition(|x| x.start < m.start),
            (Dir::Prev, None) => search.matches.iter().rposition(|x| x.start < cursor.start),
        };
        let wrapped = found.is_none();
        let index = found.unwrap_or(match dir {
            Dir::Next => 0,
            Dir::Prev => n - 1,
        });
        search.current = Some(index);
        let byte = search.matches[index].start;
        let mut text = format!("match {}/{}", index + 1, n);
        if wrapped && step_past_cursor {
            text.push_str(match dir {
                Dir::Next => " · wrapped to the top",
                Dir::Prev => " · wrapped to the bottom",
            });
        }
        self.info(text);
        self.set_cursor_to_byte(byte);
    }

    fn position(&self) -> Position {
        Position {
            article: self.current,
            byte: self.cursor_span().map_or(0, |s| s.start),
        }
    }

    fn push_jump(&mut self, from: Position) {
        self.jumps.truncate(self.jump_index);
        if self.jumps.last() != Some(&from) {
            self.jumps.push(from);
        }
        if self.jumps.len() > JUMP_LIST_LEN {
            self.jumps.remove(0);
        }
        self.jump_index = self.jumps.len();
    }

    /// Goes to `to`, remembering where we were in the jump list.
    fn jump(&mut self, to: Position) -> Vec<Effect> {
        let from = self.position();
        if from == to {
            return Vec::new();
        }
        self.push_jump(from);
        let changed_article = to.article != self.current;
        self.go_to(to);
        if changed_article {
            vec![self.save_session()]
        } else {
            Vec::new()
        }
    }

    fn walk_jumps(&mut self, dir: Dir) -> Vec<Effect> {
        let here = self.position();
        let target = match dir {
            Dir::Prev if self.jump_index > 0 => {
                if self.jump_index == self.jumps.len() {
                    self.jumps.push(here);
                }
                self.jump_index -= 1;
                self.jumps[self.jump_index]
            }
            Dir::Next if self.jump_index + 1 < self.jumps.len() => {
                self.jump_index += 1;
                self.jumps[self.jump_index]
            }
            _ => {
                self.info(match dir {
                    Dir::Prev => "already at the oldest jump",
                    Dir::Next => "already at the newest jump",
                });
                return Vec::new();
            }
        };
        let changed_article = target.article != self.current;
        self.go_to(target);
        if changed_article {
            vec![self.save_session()]
        } else {
            Vec::new()
        }
    }

    fn step_article(&mut self, dir: Dir) -> Vec<Effect> {
        let n = self.corpus.len();
        let target = match dir {
            Dir::Next if self.current.0 + 1 < n => self.current.0 + 1,
            Dir::Prev if self.current.0 > 0 => self.current.0 - 1,
            _ => {
                self.info(match dir {
                    Dir::Next => "this is the last article",
                    Dir::Prev => "this is the first article",
                });
                return Vec::new();
            }
        };
        self.open_article(ArticleId(target))
    }

    /// Opens an article at its start (remembered in the jump list).
    fn open_article(&mut self, id: ArticleId) -> Vec<Effect> {
        if id == self.current || self.corpus.article(id).is_none() {
            return Vec::new();
        }
        self.jump(Position {
            article: id,
            byte: 0,
        })
    }
}

/// The query of an article search, if one is set.
fn results_query(search: &Option<ArticleSearch>) -> String {
    search.as_ref().map(|s| s.query.clone()).unwrap_or_default()
}

/// The first article shown in a list pane of `height` rows (one row is its title) that keeps
/// `selected` visible. Shared by the renderer and mouse hits.
pub fn list_first_row(selected: usize, height: usize) -> usize {
    let visible = height.saturating_sub(1).max(1);
    (selected + 1).saturating_sub(visible)
}
