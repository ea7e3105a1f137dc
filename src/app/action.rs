//! Actions (what the reader asked for, never which key) and effects (I/O for the shell to do).

use serde::Deserialize;

/// A direction along the text or a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub enum Dir {
    Next,
    Prev,
}

/// Where on the screen `PlaceCursor` puts the cursor sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub enum Placement {
    Top,
    Middle,
    Bottom,
}

/// Everything the reader can ask for. Keys map to actions through the keymap, which
/// `config.ron` may change by naming actions, e.g. `"x": Quit` or `"J": MoveSentence(Next)`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub enum Action {
    MoveSentence(Dir),
    /// The word cursor in the cursor sentence (`Left`/`Right` cross into the sentence
    /// before or after at its ends).
    MoveWord(super::selection::Motion),
    HalfPage(Dir),
    Page(Dir),
    ToStart,
    ToEnd,
    /// `zt` `zz` `zb`: scroll so the cursor sentence is at the top, middle or bottom.
    PlaceCursor(Placement),
    /// Scroll the article a few rows (the mouse wheel), keeping the cursor on screen.
    Scroll(Dir),
    NextArticle,
    PrevArticle,
    CycleFocus(Dir),
    /// The focused pane fills the screen (the article alone, or the entities or the list
    /// over it), or all panes come back.
    ToggleZoom,
    /// Copy the cursor sentence, or the selection, as a quote with its citation (through the
    /// terminal's clipboard).
    CopyQuote,
    /// Open the article's web page (`url` in `index.ron`) with the system's opener.
    OpenUrl,
    /// Give the mouse to the terminal (so its own selection works), or take it back.
    ToggleMouse,
    /// Move the selection of the focused list (article list, search results, help).
    MoveSelection(Dir),
    /// Open what the focused list has selected.
    OpenSelected,
    StartSearch,
    StartCorpusSearch,
    SearchNext,
    SearchPrev,
    JumpBack,
    JumpForward,
    /// Make the entity in the cursor sentence active (again: the next one there).
    ActivateEntity,
    /// The entities pane lists the article's entities or the whole corpus's.
    ToggleEntityScope,
    StartEntityFilter,
    RenameEntity,
    /// Pick the entity to merge, then the one to merge it into.
    MergeEntity,
    /// The selected entity is not one: hide its mentions everywhere.
    IgnoreEntity,
    /// The entities pane lists the ignored entities (`Enter` restores one), or back.
    ToggleIgnored,
    /// The mention in the cursor sentence becomes an entity of its own.
    SplitMention,
    /// `V` `D` `U`, and `m` then a letter for every verdict: the claim status of the
    /// cursor sentence (or the selection).
    MarkVerified,
    MarkDisputed,
    MarkMisleading,
    MarkUnverifiable,
    MarkNotAClaim,
    Unmark,
    /// `v`: select a span, starting with the word under the word cursor.
    BeginSelection,
    ExtendSelection(super::selection::Motion),
    /// `o`: the selection's moving end and its anchor trade places, as in vim.
    SwapSelectionEnds,
    /// The selection becomes a highlight.
    CommitHighlight,
    /// Remove the highlight in the cursor sentence.
    DeleteHighlight,
    /// The selection is a named entity: ask for its label.
    MarkSelectionAsEntity,
    /// `a`: write or edit the note of the claim or highlight.
    EditNote,
    /// `t`: tags of the claim or highlight.
    EditTags,
    NoteNewline,
    NoteMove(super::selection::Motion),
    NoteSave,
    Undo,
    Redo,
    /// `C`: the overview of all claims and highlights.
    OpenOverview,
    CycleOverviewFilter,
    FilterOverview,
    /// `c`: the next check-worthy sentence not yet reviewed.
    NextCheckworthy,
    /// `w`: why the sentence is check-worthy.
    ExplainCheckworthy,
    /// `e`: pick evidence for the claim from other articles.
    OpenEvidence,
    /// `p` on a selection: hold the passage to cite it from a claim's evidence picker.
    HoldEvidence,
    AttachSupporting,
    AttachContradicting,
    /// `o`: from a cited passage to the claim citing it.
    OpenCitingClaim,
    /// `!`: amounts and reports that disagree across articles.
    OpenDiscrepancies,
    /// `R`: the role ledger, who the articles say holds which office.
    OpenRoles,
    /// `T`: the timeline of the corpus's dated sentences.
    OpenTimeline,
    /// `c` in the entities pane: every mention of the entity in context.
    OpenConcordance,
    /// `"` in the entities pane: what the entity is quoted as saying, across the corpus.
    OpenQuotes,
    ToggleHelp,
    /// Close the open overlay or prompt, or clear the search highlights. Written text (a
    /// note, tags, a new name) is kept: `Esc` saves it.
    Cancel,
    /// Throw away the note, tags or name being written, once confirmed.
    Discard,
    /// `y` to a question.
    ConfirmYes,
    /// `n` (or `Esc`) to a question.
    ConfirmNo,
    /// `M`: every message and load problem of the session.
    OpenMessages,
    Quit,
    #[serde(skip)]
    PromptInsert(char),
    #[serde(skip)]
    PromptBackspace,
    #[serde(skip)]
    PromptClear,
    /// `Up` / `Down` in a search prompt: an older or newer search of this session.
    PromptHistory(Dir),
    /// `Tab` while typing tags: complete from the tags already used.
    #[serde(skip)]
    PromptComplete,
    #[serde(skip)]
    PromptSubmit,
    /// A mouse click at a terminal cell.
    #[serde(skip)]
    Click {
        column: u16,
        row: u16,
    },
    #[serde(skip)]
    Resize {
        width: u16,
        height: u16,
    },
    /// A message from the shell, such as a failed save, for the status bar.
    #[serde(skip)]
    Report(String),
    /// The shell is idle: split and lay out the next slice of a large article.
    #[serde(skip)]
    ContinueLayout,
    /// The entity index has extracted `done` of `total` articles.
    #[serde(skip)]
    IndexProgress {
        done: usize,
        total: usize,
    },
    #[serde(skip)]
    IndexReady(super::indexing::BuiltIndex),
    #[serde(skip)]
    FindingsReady(super::checks::FindingsHandle),
    /// A sidecar was saved, or found changed on disk and read again (see `Synced`).
    #[serde(skip)]
    SidecarSaved {
        article: crate::corpus::ArticleId,
        synced: Box<super::sidecars::Synced>,
    },
    /// The corrections file was saved (`sent` is what the app asked to save), or found
    /// changed on disk and read again (`sent` is `None`): `on_disk` is the file now.
    #[serde(skip)]
    CorrectionsSynced {
        sent: Option<crate::entities::Corrections>,
        on_disk: Box<crate::entities::CorrectionsOnDisk>,
    },
    /// The corrections file changed on disk and no longer reads; `seen` is its fingerprint,
    /// so it is reported once.
    #[serde(skip)]
    CorrectionsUnreadable {
        error: String,
        seen: Option<crate::annotations::sidecar::Fingerprint>,
    },
    /// A sidecar could not be saved or read again; `seen` is the fingerprint of the file that
    /// could not be read, so it is not read again until it changes.
    #[serde(skip)]
    SidecarFailed {
        article: crate::corpus::ArticleId,
        error: String,
        unreadable: bool,
        seen: Option<crate::annotations::sidecar::Fingerprint>,
    },
}

impl Action {
    /// What the action does where it is bound, for the help screen: `Esc` means something
    /// else in the note editor than over a list.
    pub fn describe_in(&self, context: super::keymap::Context) -> &'static str {
        use super::keymap::Context as C;
        match (self, context) {
            (Action::Cancel, C::Global) => "dismiss the message, else clear the search",
            (Action::Cancel, C::Note) => "save the note and close (as Ctrl-s)",
            (Action::Cancel, C::Prompt) => "close: saves tags or a name, cancels a search",
            (Action::Cancel, C::Selecting) => "cancel the selection",
            (Action::Cancel, _) => "close",
            (Action::Discard, C::Note) => "discard the note written (asks first)",
            (Action::Discard, _) => "discard the tags or name typed (asks first)",
            (Action::ConfirmYes, _) => "yes: discard",
            (Action::ConfirmNo, _) => "no: keep writing",
            _ => self.describe(),
        }
    }

    /// What the action does, in a few words, for the help screen.
    pub fn describe(&self) -> &'static str {
        use Action::*;
        match self {
            MoveSentence(Dir::Next) => "next sentence",
            MoveSentence(Dir::Prev) => "previous sentence",
            MoveWord(super::selection::Motion::Left) => "previous word (crosses sentences)",
            MoveWord(super::selection::Motion::Right) => "next word (crosses sentences)",
            MoveWord(super::selection::Motion::WordBack) => "back a word",
            MoveWord(super::selection::Motion::LineStart) => "first word of the sentence",
            MoveWord(super::selection::Motion::LineEnd) => "last word of the sentence",
            MoveWord(_) => "move the word cursor",
            HalfPage(Dir::Next) => "half a page down",
            HalfPage(Dir::Prev) => "half a page up",
            Page(Dir::Next) => "page down",
            Page(Dir::Prev) => "page up",
            PlaceCursor(Placement::Top) => "scroll: cursor sentence at the top",
            PlaceCursor(Placement::Middle) => "scroll: cursor sentence in the middle",
            PlaceCursor(Placement::Bottom) => "scroll: cursor sentence at the bottom",
            PromptHistory(Dir::Prev) => "an older search (in a search prompt)",
            PromptHistory(Dir::Next) => "a newer search (in a search prompt)",
            ToStart => "start of the article",
            ToEnd => "end of the article",
            Scroll(Dir::Next) => "scroll down",
            Scroll(Dir::Prev) => "scroll up",
            NextArticle => "next article",
            PrevArticle => "previous article",
            CycleFocus(Dir::Next) => "focus the next pane",
            CycleFocus(Dir::Prev) => "focus the previous pane",
            ToggleZoom => "the focused pane alone, or all panes",
            CopyQuote => "copy the sentence or selection, quoted and cited",
            OpenUrl => "open the article's web page (its url in index.ron)",
            ToggleMouse => "mouse to the terminal (to select text) or back",
            MoveSelection(Dir::Next) => "move down",
            MoveSelection(Dir::Prev) => "move up",
            OpenSelected => "open the selected item",
            StartSearch => "search this article",
            StartCorpusSearch => "search the whole corpus",
            SearchNext => "next match (after *: next mention of the entity)",
            SearchPrev => "previous match (or mention)",
            JumpBack => "back in the jump list",
            JumpForward => "forward in the jump list",
            ActivateEntity => "make the sentence's entity active (n/N: its mentions)",
            ToggleEntityScope => "entities of this article / of the corpus",
            StartEntityFilter => "filter the entities",
            RenameEntity => "rename the entity",
            MergeEntity => "merge: pick the entity, then the one to merge into",
            IgnoreEntity => "ignore the entity (not an entity)",
            ToggleIgnored => "list the ignored entities (Enter restores one)",
            SplitMention => "split the mention off into its own entity",
            MarkVerified => "mark the claim verified",
            MarkDisputed => "mark the claim disputed",
            MarkMisleading => "mark the claim misleading",
            MarkUnverifiable => "mark the claim unverifiable",
            MarkNotAClaim => "not a claim: dismiss it from the check-worthy queue",
            Unmark => "unmark the claim",
            BeginSelection => "select from the word under the word cursor",
            ExtendSelection(super::selection::Motion::WordNext) => "extend to the next word",
            ExtendSelection(super::selection::Motion::WordBack) => "extend back a word",
            ExtendSelection(super::selection::Motion::WordEnd) => "extend to the end of the word",
            ExtendSelection(super::selection::Motion::Left) => "extend back a character",
            ExtendSelection(super::selection::Motion::Right) => "extend by a character",
            ExtendSelection(super::selection::Motion::Down) => "extend to the next sentence",
            ExtendSelection(super::selection::Motion::Up) => "extend back a sentence",
            ExtendSelection(super::selection::Motion::LineStart) => "extend to the sentence start",
            ExtendSelection(super::selection::Motion::LineEnd) => "extend to the sentence end",
            SwapSelectionEnds => "swap the selection's ends",
            CommitHighlight => "highlight the selection",
            DeleteHighlight => "remove the highlight",
            MarkSelectionAsEntity => "mark the selection as a named entity",
            EditNote => "write the note",
            EditTags => "add tags",
            NoteNewline => "new line",
            NoteMove(_) => "move the cursor",
            NoteSave => "save the note",
            Undo => "undo the last change (annotation or correction)",
            Redo => "redo the last change undone",
            OpenOverview => "claims and highlights of the corpus",
            CycleOverviewFilter => "filter by status or kind",
            FilterOverview => "filter by tag or text",
            NextCheckworthy => "next unjudged check-worthy sentence, any article",
            ExplainCheckworthy => "why the sentence is check-worthy",
            OpenEvidence => "pick evidence for the claim (/ searches)",
            HoldEvidence => "hold the selection as evidence for a claim",
            AttachSupporting => "cite it as supporting the claim",
            AttachContradicting => "cite it as contradicting the claim",
            OpenCitingClaim => "go to the claim citing this passage",
            OpenDiscrepancies => "discrepancies between the articles",
            OpenRoles => "who holds which office (role ledger)",
            OpenTimeline => "every dated sentence on one timeline",
            OpenConcordance => "every mention in context (concordance)",
            OpenQuotes => "what it is quoted as saying (quotes)",
            ToggleHelp => "this help",
            Cancel => "close / clear the search",
            Discard => "discard what was written (asks first)",
            ConfirmYes => "yes",
            ConfirmNo => "no",
            OpenMessages => "every message of the session",
            Quit => "quit (everything is saved)",
            PromptInsert(_) => "type",
            PromptBackspace => "delete a character",
            PromptClear => "clear the input",
            PromptComplete => "complete the tag",
            PromptSubmit => "confirm",
            Click { .. } => "click",
            Resize { .. } => "resize",
            Report(_) => "report",
            ContinueLayout => "continue the layout",
            IndexProgress { .. } => "index progress",
            IndexReady(_) => "index ready",
            FindingsReady(_) => "findings ready",
            SidecarSaved { .. } => "sidecar saved",
            SidecarFailed { .. } => "sidecar not saved",
            CorrectionsSynced { .. } => "corrections saved",
            CorrectionsUnreadable { .. } => "corrections unreadable",
        }
    }
}

/// Work for the shell: file I/O and quitting. `App::update` returns these as data, so tests
/// can check them without touching the disk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Remember where the reader is in this corpus.
    SaveSession {
        corpus: String,
        place: super::session::Place,
    },
    /// Write the reader's entity corrections.
    SaveCorrections {
        path: std::path::PathBuf,
        corrections: crate::entities::Corrections,
        /// What the app last read or saved there: what differs from it is its change.
        base: crate::entities::Corrections,
    },
    /// Run work off the UI thread (see [`super::background`]).
    Background(super::background::Job),
    /// Save an article's annotations (atomically, merged with the file on disk). `base` is
    /// what the app last read or saved there: what differs from it is the reader's change.
    WriteSidecar {
        article: crate::corpus::ArticleId,
        path: std::path::PathBuf,
        annotations: crate::annotations::Annotations,
        base: crate::annotations::Annotations,
        /// The sidecar's name before version 2, to move on this save (see `ArticleNotes`).
        legacy: Option<std::path::PathBuf>,
    },
    /// Put `text` on the clipboard through the terminal (OSC 52). The text is already
    /// neutralised: it holds no control characters.
    Copy(String),
    /// Open this web address (an `http(s)://` URL checked when the index was read) with the
    /// system's opener, in the background.
    OpenUrl(String),
    /// Take the mouse (clicks, the wheel) or leave it to the terminal.
    SetMouse(bool),
    Quit,
}
