//! The app's vocabulary of states: which pane has the keyboard, what the keyboard is doing
//! (reading, typing a prompt, an overlay), and the small values they carry.

use super::{checks, concordance, note, overview, quotes, reattach, selection};
use crate::corpus::ArticleId;
use crate::text::ByteSpan;

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
    /// The help overlay.
    Help(super::help::HelpView),
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
    /// `R`: people with the offices the articles give them, one row per mention.
    Roles {
        selected: usize,
    },
    /// `T`: every dated sentence of the corpus on one timeline, one row per date.
    Timeline {
        selected: usize,
    },
    /// Re-attaching an orphaned annotation to a passage of its article.
    Reattach(reattach::ReattachPicker),
    /// `c` in the entities pane: every mention of an entity in context.
    Concordance(concordance::Concordance),
    /// `"` in the entities pane: what an entity is quoted as saying.
    Quotes(quotes::QuotesView),
    /// `M`: every message of the session, scrolled by `scroll` rows.
    Messages {
        scroll: usize,
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
            Mode::Roles { .. } => "ROLES",
            Mode::Timeline { .. } => "TIMELINE",
            Mode::Reattach(_) => "RE-ATTACH",
            Mode::Concordance(_) => "CONCORDANCE",
            Mode::Quotes(_) => "QUOTES",
            Mode::Messages { .. } => "MESSAGES",
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
    /// `r` in the entities pane: a new name for the entity of this canonical name (a name,
    /// not an id: ids change when the index is rebuilt while the prompt is open).
    RenameEntity(String),
    /// A label for the selected span, which becomes a mention.
    MarkEntity(crate::text::ByteSpan),
    /// `t`: the tags of a claim or highlight.
    Tags(super::annotate::Target),
}

impl PromptKind {
    /// Whether what is typed is the reader's writing (tags, a name), which `Esc` keeps,
    /// rather than a search or a pick, which `Esc` cancels.
    pub fn keeps_text(&self) -> bool {
        matches!(self, PromptKind::Tags(_) | PromptKind::RenameEntity(_))
    }

    /// What the prompt line shows before the input.
    pub fn sigil(&self) -> &'static str {
        match self {
            PromptKind::Search => "/",
            PromptKind::CorpusSearch => "search all articles: ",
            PromptKind::EntityFilter => "filter entities: ",
            PromptKind::RenameEntity(_) => "rename entity to (Enter or Esc saves): ",
            PromptKind::MarkEntity(_) => "label (PERSON, ORG, GPE, NORP, LOC, DATE, MONEY, ...): ",
            PromptKind::Tags(_) => "tags, comma-separated (Tab completes, Esc saves): ",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prompt {
    pub kind: PromptKind,
    pub input: String,
    /// The search and cursor before typing began, restored by `Esc`.
    pub(super) before: (Option<ArticleSearch>, usize),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Results {
    pub query: String,
    pub hits: Vec<super::search::Hit>,
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
