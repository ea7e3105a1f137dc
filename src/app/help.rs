//! The help screen's content and its reading: every key of every context (straight from the
//! keymap, so it never drifts from the behaviour), the gutter's symbols, scrolled like a pager
//! (`j` `k` `Space` `PgDn` `gg` `G`) and searched with `/`, `n`, `N`.

use super::action::Action;
use super::keymap::Keymap;
use super::{App, Dir, Mode};
use crate::text::display;

/// What each gutter mark says of the row it starts on.
const GUTTER: [(&str, &str); 5] = [
    ("✓", "a claim marked verified starts here"),
    ("✗", "a claim marked disputed starts here"),
    ("•", "a claim not yet judged starts here"),
    ("◆", "a passage cited as evidence by a claim starts here"),
    ("·", "a check-worthy sentence not yet reviewed starts here"),
];

/// Rows of the screen around the help box (its border and the margin above and below).
const FRAME_ROWS: usize = 4;

/// The kind of a help line, which decides its style.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    Title,
    Entry,
    Blank,
    Note,
}

/// One line of the help screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HelpLine {
    pub kind: LineKind,
    pub text: String,
}

impl HelpLine {
    fn new(kind: LineKind, text: impl Into<String>) -> Self {
        HelpLine {
            kind,
            text: text.into(),
        }
    }
}

/// The help screen's lines for `keymap`.
pub fn help_lines(keymap: &Keymap) -> Vec<HelpLine> {
    let mut lines = Vec::new();
    for (context, rows) in keymap.describe() {
        if !lines.is_empty() {
            lines.push(HelpLine::new(LineKind::Blank, ""));
        }
        lines.push(HelpLine::new(LineKind::Title, context.title()));
        for (keys, what) in rows {
            lines.push(HelpLine::new(
                LineKind::Entry,
                format!("  {keys:<22} {what}"),
            ));
        }
    }
    lines.push(HelpLine::new(LineKind::Blank, ""));
    lines.push(HelpLine::new(LineKind::Title, "Gutter (left of the text)"));
    for (symbol, what) in GUTTER {
        lines.push(HelpLine::new(
            LineKind::Entry,
            format!("  {symbol}  {what}"),
        ));
    }
    lines.push(HelpLine::new(LineKind::Blank, ""));
    let key = |action: Action| keymap.reading_key_name(&action);
    for note in [
        "Counts repeat a move: 5j, 3n; 12G goes to sentence 12.".to_string(),
        "Mouse: click a sentence or an article; the wheel scrolls.".to_string(),
        format!(
            "{} leaves the mouse to the terminal, so its own selection works.",
            key(Action::ToggleMouse)
        ),
        format!(
            "Panes: {} reaches each at any size (over the article where it has no room);",
            key(Action::CycleFocus(Dir::Next))
        ),
        format!("{} zooms the focused pane.", key(Action::ToggleZoom)),
    ] {
        lines.push(HelpLine::new(LineKind::Note, note));
    }
    lines
}

/// The help screen as it is being read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HelpView {
    /// The first line shown.
    pub scroll: usize,
    /// `/` was pressed: keys type into `query`.
    pub typing: bool,
    /// What `/` searched for last; lines holding it are highlighted.
    pub query: String,
    /// The line the search found last, where `n` and `N` go on from.
    pub found: Option<usize>,
}

impl HelpView {
    /// Whether `line` holds the query (case folded), for highlighting.
    pub fn matches(&self, line: &HelpLine) -> bool {
        !self.query.is_empty() && contains_folded(&line.text, &self.query)
    }
}

fn contains_folded(text: &str, query: &str) -> bool {
    text.to_lowercase().contains(&query.to_lowercase())
}

impl App {
    /// `?`: opens the help at its top, or closes it.
    pub(super) fn toggle_help(&mut self) {
        self.mode = match self.mode {
            Mode::Help(_) => Mode::Reading,
            _ => Mode::Help(HelpView::default()),
        }
    }

    /// The help lines and how many fit in its box.
    pub fn help_view(&self) -> (Vec<HelpLine>, usize) {
        let (_, rows) = self.areas.size();
        let visible = (rows as usize).saturating_sub(FRAME_ROWS).max(1);
        (help_lines(&self.keymap), visible)
    }

    /// Scrolls the help by `rows` towards `dir` (`usize::MAX` for the end), never past it.
    pub(super) fn scroll_help(&mut self, dir: Dir, rows: usize) {
        let (lines, visible) = self.help_view();
        let last_top = lines.len().saturating_sub(visible);
        if let Mode::Help(view) = &mut self.mode {
            view.scroll = match dir {
                Dir::Next => view.scroll.saturating_add(rows).min(last_top),
                Dir::Prev => view.scroll.saturating_sub(rows),
            };
        }
    }

    /// A page of the help, for `Space` and `PgDn`.
    pub(super) fn help_page(&self) -> usize {
        self.help_view().1.saturating_sub(1).max(1)
    }

    /// `n` / `N` (and each typed character): scrolls to the next line holding the query,
    /// after (or before) the one found last (else the top line), wrapping; says so when there
    /// is none. The line found is at the top, or as high as the end of the help allows.
    pub(super) fn find_in_help(&mut self, dir: Dir, include_top: bool) {
        let (lines, _) = self.help_view();
        let Mode::Help(view) = &self.mode else {
            return;
        };
        if view.query.is_empty() {
            return;
        }
        let top = view.found.unwrap_or(view.scroll);
        let query = view.query.clone();
        let hit = |i: &usize| contains_folded(&lines[*i].text, &query);
        let found = match dir {
            Dir::Next => {
                let from = if include_top { top } else { top + 1 }.min(lines.len());
                (from..lines.len())
                    .find(hit)
                    .or_else(|| (0..from).find(hit))
            }
            Dir::Prev => (0..top)
                .rev()
                .find(hit)
                .or_else(|| (top..lines.len()).rev().find(hit)),
        };
        match found {
            Some(line) => {
                if let Mode::Help(view) = &mut self.mode {
                    view.scroll = line;
                    view.found = Some(line);
                }
                self.scroll_help(Dir::Next, 0);
            }
            None => self.info(format!("Pattern not found: {}", display::sanitize(&query))),
        }
    }

    /// `/` in the help: starts typing a search.
    pub(super) fn start_help_search(&mut self) {
        if let Mode::Help(view) = &mut self.mode {
            view.typing = true;
            view.query.clear();
            view.found = None;
        }
    }

    /// Whether the help is open.
    pub fn is_reading_help(&self) -> bool {
        matches!(self.mode, Mode::Help(_))
    }

    /// Whether keys type into the help's search.
    pub fn is_typing_in_help(&self) -> bool {
        matches!(&self.mode, Mode::Help(view) if view.typing)
    }

    /// A character typed into the help's search (the view follows the typing).
    pub(super) fn type_in_help(&mut self, edit: impl FnOnce(&mut String)) {
        if let Mode::Help(view) = &mut self.mode {
            edit(&mut view.query);
            view.found = None;
        }
        self.find_in_help(Dir::Next, true);
    }

    /// `Enter` or `Esc` after typing: stops typing and keeps the query for `n` and `N`;
    /// a query that matched nothing says so again.
    pub(super) fn finish_help_search(&mut self) {
        let Mode::Help(view) = &mut self.mode else {
            return;
        };
        view.typing = false;
        if view.found.is_none() && !view.query.is_empty() {
            let query = display::sanitize(&view.query);
            self.info(format!("Pattern not found: {query}"));
        }
    }
}
