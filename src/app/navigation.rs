//! Moving through the text: the sentence cursor, scrolling, layout on resize, mouse clicks.
//!
//! Invariant kept by every function here: the cursor sentence is on screen (as much of it as
//! fits), and `scroll_top` never passes the last screenful. The layout may cover only the
//! top of the article (see [`super::lazy`]): each function first has laid out the rows and
//! split the sentences it looks at, so it decides exactly as on a whole layout.

use super::geometry::Areas;
use super::{App, Effect, Pane, Position};
use crate::app::action::{Dir, Placement};
use crate::corpus::ArticleId;
use crate::text::display;

impl App {
    /// Puts the cursor at `position`: its article, the sentence at (or after) its byte. This
    /// is the only place the article shown changes; what is derived from it (layout, search
    /// matches, the entities pane's rows) is brought up to date here.
    pub(super) fn go_to(&mut self, position: Position) {
        if position.article != self.current && self.corpus.article(position.article).is_some() {
            // A selection belongs to the text it was made on.
            if matches!(self.mode, super::Mode::Selecting(_)) {
                self.mode = super::Mode::Reading;
            }
            self.current = position.article;
            self.list_selected = position.article.0;
            self.restart_layout(false);
            self.reach_row(self.scroll_top + self.text_height());
            self.scroll_top = self.scroll_top.min(self.max_scroll());
            let query = self
                .search
                .as_ref()
                .map(|s| s.query.clone())
                .unwrap_or_default();
            self.set_search(query);
            // Every change of the article shown passes here: the entities pane follows it.
            self.entities.follow_article(self.current);
        }
        self.set_cursor_to_byte(position.byte);
    }

    pub(super) fn set_cursor_to_byte(&mut self, byte: usize) {
        self.reach_byte(byte);
        self.cursor = self.structure().sentence_at_or_after(byte).unwrap_or(0);
        self.scroll_cursor_into_view();
    }

    pub(super) fn move_sentence(&mut self, dir: Dir) {
        self.reach_sentence(self.cursor + 1);
        let count = self.structure().sentences.len();
        self.cursor = match dir {
            Dir::Next => (self.cursor + 1).min(count.saturating_sub(1)),
            Dir::Prev => self.cursor.saturating_sub(1),
        };
        self.scroll_cursor_into_view();
    }

    pub(super) fn jump_to_sentence(&mut self, sentence: usize) {
        self.reach_sentence(sentence);
        let Some(span) = self.structure().sentences.get(sentence).map(|s| s.span()) else {
            return;
        };
        let origin = self.position();
        self.set_cursor_to_byte(span.start);
        if self.position() != origin {
            self.push_jump(origin);
        }
    }

    /// Scrolls by `rows` and moves the cursor by as much, like a pager with a cursor.
    pub(super) fn page(&mut self, dir: Dir, rows: usize) {
        let rows = rows.max(1);
        let offset = self.cursor_row().saturating_sub(self.scroll_top);
        let before = self.scroll_top;
        self.scroll_top = match dir {
            Dir::Next => self.scroll_down_by(rows),
            Dir::Prev => self.scroll_top.saturating_sub(rows),
        };
        if self.scroll_top == before {
            // Already at the end: go to the first or last sentence.
            self.cursor = match dir {
                Dir::Next => {
                    self.reach_end();
                    self.structure().sentences.len().saturating_sub(1)
                }
                Dir::Prev => 0,
            };
        } else {
            let row = (self.scroll_top + offset).min(self.layout().len().saturating_sub(1));
            self.cursor_to_row(row);
        }
        self.keep_cursor_on_screen(0);
    }

    /// Scrolls the view without moving the cursor unless it would leave the screen.
    pub(super) fn scroll(&mut self, dir: Dir, rows: usize) {
        self.scroll_top = match dir {
            Dir::Next => self.scroll_down_by(rows),
            Dir::Prev => self.scroll_top.saturating_sub(rows),
        };
        let height = self.text_height();
        let (first, last) = self.cursor_rows();
        if last < self.scroll_top {
            self.cursor_to_row(self.scroll_top);
        } else if first >= self.scroll_top + height {
            self.cursor_to_row_ending_before(self.scroll_top + height);
        }
    }

    /// The cursor goes to the first sentence that starts on `row` or below it (or, when none
    /// does, the sentence shown there).
    fn cursor_to_row(&mut self, row: usize) {
        let Some(byte) = self
            .layout()
            .rows_from(row)
            .find_map(|r| r.span())
            .map(|s| s.start)
        else {
            return;
        };
        let Some(i) = self.structure().sentence_at_or_after(byte) else {
            return;
        };
        let starts_above = self.structure().sentences[i].span().start < byte;
        if starts_above {
            self.reach_sentence(i + 1);
        }
        self.cursor = if starts_above && i + 1 < self.structure().sentences.len() {
            i + 1
        } else {
            i
        };
    }

    /// The cursor goes to the last sentence that starts before `row`.
    fn cursor_to_row_ending_before(&mut self, row: usize) {
        let layout = self.layout();
        let byte = (0..row.min(layout.len()))
            .rev()
            .find_map(|r| layout.row(r).and_then(|r| r.span()));
        if let Some(span) = byte {
            self.cursor = self
                .structure()
                .sentence_at_or_after(span.start)
                .unwrap_or(0);
        }
    }

    fn text_height(&self) -> usize {
        (self.areas.text.height as usize).max(1)
    }

    /// The last row the view can start at, as far as the article is laid out: exact once
    /// the rows to one screen below the row asked about are laid out.
    fn max_scroll(&self) -> usize {
        self.layout().len().saturating_sub(self.text_height())
    }

    /// `scroll_top` moved down by `rows`, but never past the last screenful.
    fn scroll_down_by(&mut self, rows: usize) -> usize {
        let wanted = self.scroll_top + rows;
        self.reach_row(wanted + self.text_height());
        wanted.min(self.max_scroll())
    }

    fn cursor_rows(&self) -> (usize, usize) {
        self.cursor_span()
            .map_or((0, 0), |span| self.layout().rows_of_span(span))
    }

    fn cursor_row(&self) -> usize {
        self.cursor_rows().0
    }

    /// `zt` `zz` `zb`: scrolls so the cursor sentence is at the top, middle or bottom.
    pub(super) fn place_cursor(&mut self, placement: Placement) {
        let height = self.text_height();
        if let Some(span) = self.cursor_span() {
            self.reach_byte(span.end);
        }
        let (first, last) = self.cursor_rows();
        self.scroll_top = match placement {
            Placement::Top => first,
            Placement::Middle => ((first + last) / 2).saturating_sub(height / 2),
            Placement::Bottom => (last + 1).saturating_sub(height),
        };
        self.reach_row(self.scroll_top + height);
        self.scroll_top = self.scroll_top.min(self.max_scroll());
    }

    /// `5G`: the cursor to the article's fifth sentence (the last one when there are fewer).
    pub(super) fn go_to_sentence_number(&mut self, number: usize) -> Vec<Effect> {
        let wanted = number.saturating_sub(1);
        self.reach_sentence(wanted);
        let count = self.structure().sentences.len();
        if count == 0 {
            return Vec::new();
        }
        self.jump_to_sentence(wanted.min(count - 1));
        self.scroll_cursor_into_view();
        Vec::new()
    }

    /// Scrolls the least needed to show the cursor sentence with a little context around it;
    /// a sentence taller than the screen shows its start.
    pub(super) fn scroll_cursor_into_view(&mut self) {
        self.keep_cursor_on_screen((self.text_height() / 4).min(2));
    }

    /// Scrolls the least needed to show the cursor sentence with `context` rows around it.
    fn keep_cursor_on_screen(&mut self, context: usize) {
        let height = self.text_height();
        if let Some(span) = self.cursor_span() {
            self.reach_byte(span.end);
        }
        let (first, last) = self.cursor_rows();
        if first < self.scroll_top + context {
            self.scroll_top = first.saturating_sub(context);
        } else if last + context >= self.scroll_top + height {
            self.scroll_top = (last + context + 1).saturating_sub(height).min(first);
        }
        self.reach_row(self.scroll_top + height);
        self.scroll_top = self.scroll_top.min(self.max_scroll());
    }

    /// Recomputes the panes; the first byte on screen stays on screen.
    pub(super) fn resize(&mut self, width: u16, height: u16) {
        let first_byte = self
            .layout()
            .row(self.scroll_top)
            .and_then(|r| r.span())
            .map(|s| s.start);
        self.areas = Areas::of(width, height, &self.config.panes, self.view());
        let width = self.areas.text.width as usize;
        let article_laid_out = self.layout().paragraph_count() > 0;
        if self.layout().width() != width.max(1) || !article_laid_out {
            self.restart_layout(article_laid_out);
        }
        self.scroll_top = match first_byte {
            Some(byte) => {
                self.reach_byte(byte);
                self.layout().row_of_byte(byte)
            }
            None => 0,
        };
        self.reach_row(self.scroll_top + self.text_height());
        self.scroll_top = self.scroll_top.min(self.max_scroll());
        self.scroll_cursor_into_view();
    }

    /// A click: in the article it moves the cursor to the sentence under the mouse; in the
    /// list it opens the article.
    pub(super) fn click(&mut self, column: u16, row: u16) -> Vec<Effect> {
        // While a prompt or an overlay has the keyboard, clicks behind it do nothing.
        if self.mode != super::Mode::Reading {
            return Vec::new();
        }
        if let Some(list) = self.areas.list.filter(|l| l.contains(column, row)) {
            let index = (row - list.y) as usize;
            let first = super::list_first_row(self.list_selected, list.height as usize);
            let id = first + index.saturating_sub(1);
            if index >= 1 && id < self.corpus.len() {
                self.list_selected = id;
                self.focus = Pane::Article;
                return self.open_article(ArticleId(id));
            }
            return Vec::new();
        }
        // A pane floating over the article takes the clicks on it.
        if self.areas.entities.is_some_and(|e| e.contains(column, row)) {
            return Vec::new();
        }
        let text = self.areas.text;
        if !text.contains(column.max(text.x), row) || column >= text.x + text.width {
            return Vec::new();
        }
        self.focus = Pane::Article;
        let layout_row = self.scroll_top + (row - text.y) as usize;
        let Some(span) = self.layout().row(layout_row).and_then(|r| r.span()) else {
            return Vec::new();
        };
        let Some(article) = self.article() else {
            return Vec::new();
        };
        let wanted = column.saturating_sub(text.x) as usize;
        let mut used = 0;
        let mut byte = span.end.saturating_sub(1).max(span.start);
        for (i, c) in span.slice(article.text()).char_indices() {
            used += display::width(c);
            if used > wanted {
                byte = span.start + i;
                break;
            }
        }
        if let Some(sentence) = self.structure().sentence_at_or_after(byte) {
            self.cursor = sentence;
            self.scroll_cursor_into_view();
        }
        Vec::new()
    }
}
