//! The note editor overlay: the quote it annotates, the note being written, the cursor.

use super::{Theme, centered, overlay_frame};
use crate::app::App;
use crate::app::annotate::Target;
use crate::app::note::NoteEditor;
use crate::text::display;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

pub struct NoteOverlay<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
    pub editor: &'a NoteEditor,
}

impl Widget for NoteOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let box_area = centered(area, 80, 14);
        let what = match &self.editor.target {
            Target::Claim(_) => " Note on the claim ",
            Target::Highlight(_) | Target::NewHighlight(_) => " Note on the highlight ",
        };
        let inner = overlay_frame(
            box_area,
            buf,
            self.theme,
            what,
            " Esc or Ctrl-s save · Ctrl-x discard ",
        );
        let quote = self.quote();
        let quote_line = Line::styled(
            display::truncate(&format!("“{quote}”"), inner.width as usize),
            self.theme.dim(),
        );
        quote_line.render(Rect { height: 1, ..inner }, buf);
        let body = Rect {
            y: inner.y + 2,
            height: inner.height.saturating_sub(2),
            ..inner
        };
        let (line, column) = self.editor.cursor_line_column();
        let lines: Vec<Line> = self
            .editor
            .text
            .split('\n')
            .enumerate()
            .map(|(i, text)| {
                if i != line {
                    return Line::raw(display::sanitize(text));
                }
                // The cursor is drawn as a reversed cell, since the terminal cursor stays hidden.
                let chars: Vec<char> = text.chars().collect();
                let before: String = chars[..column.min(chars.len())].iter().collect();
                let at = chars.get(column).map_or(" ".to_string(), |c| c.to_string());
                let after: String = chars
                    .get(column + 1..)
                    .map_or(String::new(), |r| r.iter().collect());
                Line::from(vec![
                    Span::raw(display::sanitize(&before)),
                    Span::styled(
                        display::sanitize(&at),
                        Style::default().add_modifier(Modifier::REVERSED),
                    ),
                    Span::raw(display::sanitize(&after)),
                ])
            })
            .collect();
        let scroll = line.saturating_sub(body.height.saturating_sub(1) as usize);
        Paragraph::new(lines)
            .scroll((scroll as u16, 0))
            .wrap(Wrap { trim: false })
            .render(body, buf);
    }
}

impl NoteOverlay<'_> {
    fn quote(&self) -> String {
        let Some(article) = self.app.article() else {
            return String::new();
        };
        let span = match &self.editor.target {
            Target::Claim(span) | Target::NewHighlight(span) => Some(*span),
            Target::Highlight(id) => self
                .app
                .notes()
                .and_then(|n| n.annotations.highlight(id))
                .map(|h| h.anchor.span),
        };
        span.map(|s| s.slice(article.text()).to_string())
            .unwrap_or_default()
    }
}
