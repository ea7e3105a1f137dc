//! Actions (what the reader asked for, never which key) and effects (I/O for the shell to do).

use serde::Deserialize;

/// A direction along the text or a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub enum Dir {
    Next,
    Prev,
}

/// Everything the reader can ask for. Keys map to actions through the keymap, which
/// `config.ron` may change by naming actions, e.g. `"x": Quit` or `"J": MoveSentence(Next)`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub enum Action {
    MoveSentence(Dir),
    HalfPage(Dir),
    Page(Dir),
    ToStart,
    ToEnd,
    /// Scroll the article a few rows (the mouse wheel), keeping the cursor on screen.
    Scroll(Dir),
    NextArticle,
    PrevArticle,
    CycleFocus(Dir),
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
    ToggleHelp,
    /// Close the open overlay or prompt, or clear the search highlights.
    Cancel,
    Quit,
    #[serde(skip)]
    PromptInsert(char),
    #[serde(skip)]
    PromptBackspace,
    #[serde(skip)]
    PromptClear,
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
}

impl Action {
    /// What the action does, in a few words, for the help screen.
    pub fn describe(&self) -> &'static str {
        use Action::*;
        match self {
            MoveSentence(Dir::Next) => "next sentence",
            MoveSentence(Dir::Prev) => "previous sentence",
            HalfPage(Dir::Next) => "half a page down",
            HalfPage(Dir::Prev) => "half a page up",
            Page(Dir::Next) => "page down",
            Page(Dir::Prev) => "page up",
            ToStart => "start of the article",
            ToEnd => "end of the article",
            Scroll(Dir::Next) => "scroll down",
            Scroll(Dir::Prev) => "scroll up",
            NextArticle => "next article",
            PrevArticle => "previous article",
            CycleFocus(Dir::Next) => "focus the next pane",
            CycleFocus(Dir::Prev) => "focus the previous pane",
            MoveSelection(Dir::Next) => "move down",
            MoveSelection(Dir::Prev) => "move up",
            OpenSelected => "open the selected item",
            StartSearch => "search this article",
            StartCorpusSearch => "search the whole corpus",
            SearchNext => "next match",
            SearchPrev => "previous match",
            JumpBack => "back in the jump list",
            JumpForward => "forward in the jump list",
            ToggleHelp => "this help",
            Cancel => "close / clear the search",
            Quit => "quit (everything is saved)",
            PromptInsert(_) => "type",
            PromptBackspace => "delete a character",
            PromptClear => "clear the input",
            PromptSubmit => "confirm",
            Click { .. } => "click",
            Resize { .. } => "resize",
            Report(_) => "report",
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
    Quit,
}
