//! Messages on screen: where the current ones go (the status line when they fit whole, else
//! wrapped on rows above it, else a box), the message log view (`M`), and the yes/no box.

use super::{Theme, centered, overlay_frame};
use crate::app::messages::{DISMISS_HINT, shorten_paths, wrap};
use crate::app::{App, Message, Severity};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget};

/// Widest box a long message is shown in.
const BOX_WIDTH: u16 = 84;

/// Where the messages shown now go, for a screen `width` wide whose body (above the status
/// bar) is `body_height` rows.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Plan {
    /// Whole at the right of the status line.
    pub inline: Option<Message>,
    /// Wrapped rows: above the status bar, or in a box when `boxed`.
    pub rows: Vec<(Severity, String)>,
    pub boxed: bool,
    /// Whether a message waits for `Esc` (the box says so).
    pub pinned: bool,
}

impl Plan {
    pub fn new(app: &App, width: u16, body_height: u16) -> Self {
        let shown = app.shown_messages();
        let pinned = app.has_pinned_message();
        if shown.is_empty() || app.is_reading_messages() {
            return Plan::default();
        }
        // Long paths are cut in the middle on screen; the log keeps them whole.
        let max_path = (width as usize * 2 / 3).max(48);
        let shown: Vec<Message> = shown
            .into_iter()
            .map(|m| Message {
                severity: m.severity,
                text: shorten_paths(&m.text, max_path),
            })
            .collect();
        if let [only] = shown.as_slice()
            && crate::text::display::str_width(&only.text)
                <= super::status::message_room(app, width)
        {
            return Plan {
                inline: Some(only.clone()),
                pinned,
                ..Plan::default()
            };
        }
        // The box says how it is dismissed in its frame, so its text need not.
        let hint = format!(" · {DISMISS_HINT}");
        let rows_at = |w: u16, boxed: bool| -> Vec<(Severity, String)> {
            shown
                .iter()
                .flat_map(|m| {
                    let text = match boxed {
                        true => m.text.strip_suffix(&hint).unwrap_or(&m.text),
                        false => &m.text,
                    };
                    wrap(text, w as usize)
                        .into_iter()
                        .map(move |r| (m.severity, r))
                })
                .collect()
        };
        let rows = rows_at(width.saturating_sub(2), false);
        if rows.len() <= (body_height / 3).max(2) as usize {
            return Plan {
                rows,
                pinned,
                ..Plan::default()
            };
        }
        Plan {
            rows: rows_at(width.min(BOX_WIDTH).saturating_sub(4), true),
            boxed: true,
            pinned,
            ..Plan::default()
        }
    }

    /// Draws the rows above the status bar (the bottom of `body`) or the box over `body`.
    /// Rows that would hide the cursor sentence (screen rows `cursor`) go to the top of the
    /// body instead, so the sentence being read stays in sight.
    pub fn render(&self, theme: &Theme, body: Rect, cursor: Option<(u16, u16)>, buf: &mut Buffer) {
        if self.rows.is_empty() {
            return;
        }
        if self.boxed {
            return self.render_box(theme, body, buf);
        }
        let height = (self.rows.len() as u16).min(body.height);
        let bottom = body.bottom().saturating_sub(height);
        let hides =
            |top: u16| cursor.is_some_and(|(first, last)| first < top + height && last >= top);
        let y = if hides(bottom) && !hides(body.y) {
            body.y
        } else {
            bottom
        };
        let area = Rect { y, height, ..body };
        Clear.render(area, buf);
        buf.set_style(area, theme.status_bar());
        for (i, (severity, row)) in self.rows.iter().take(height as usize).enumerate() {
            let line = Line::from(Span::styled(row.as_str(), theme.message(*severity)));
            line.render(
                Rect {
                    x: area.x + 1,
                    y: area.y + i as u16,
                    width: area.width.saturating_sub(2),
                    height: 1,
                },
                buf,
            );
        }
    }

    fn render_box(&self, theme: &Theme, body: Rect, buf: &mut Buffer) {
        let severity = self.rows.first().map_or(Severity::Info, |r| r.0);
        let title = match severity {
            Severity::Error => " Error ",
            Severity::Warning => " Warning ",
            Severity::Info => " Message ",
        };
        let keys = if self.pinned {
            " Esc dismisses · M all messages "
        } else {
            " M all messages "
        };
        let box_area = centered(body, BOX_WIDTH, self.rows.len() as u16 + 2);
        let inner = overlay_frame(box_area, buf, theme, title, keys);
        let inner = Rect {
            x: inner.x + 1,
            width: inner.width.saturating_sub(2),
            ..inner
        };
        let fits = inner.height as usize;
        let mut lines: Vec<Line> = self
            .rows
            .iter()
            .map(|(s, r)| Line::styled(r.as_str(), theme.message(*s)))
            .collect();
        if lines.len() > fits && fits > 0 {
            // Too long even for the box: the log (M) has the rest.
            lines.truncate(fits - 1);
            lines.push(Line::styled("… the rest: M", theme.dim()));
        }
        Paragraph::new(lines).render(inner, buf);
    }
}

/// The screen rows (first, last) of the cursor sentence where the article shows it.
pub fn cursor_rows(app: &App) -> Option<(u16, u16)> {
    let span = app.cursor_span()?;
    let text = app.areas.text;
    let (first, last) = app.layout().rows_of_span(span);
    let top = app.scroll_top;
    let shown = top..top + text.height as usize;
    if !shown.contains(&first) && !shown.contains(&last) {
        return None;
    }
    let y = |row: usize| text.y + row.clamp(top, shown.end - 1).saturating_sub(top) as u16;
    Some((y(first), y(last)))
}

/// The message log view: every message and load problem of the session, oldest first.
pub struct LogView<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
    pub scroll: usize,
}

impl Widget for LogView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let count = self.app.messages.entries().len();
        let title = format!(
            " Messages of this session ({}) ",
            crate::text::count(count, "entry", "entries")
        );
        let inner = overlay_frame(
            area,
            buf,
            self.theme,
            &title,
            " j/k scroll · g/G top/end · Esc close ",
        );
        let rows = self.app.messages.rows(inner.width as usize);
        if rows.is_empty() {
            Line::styled("No messages yet.", self.theme.dim()).render(inner, buf);
            return;
        }
        let last = rows.len().saturating_sub(inner.height as usize);
        let lines: Vec<Line> = rows
            .iter()
            .skip(self.scroll.min(last))
            .take(inner.height as usize)
            .map(|(s, r)| Line::styled(r.as_str(), self.theme.message(*s)))
            .collect();
        Paragraph::new(lines).render(inner, buf);
    }
}

/// A yes/no question in a small box over everything.
pub struct ConfirmBox<'a> {
    pub theme: &'a Theme,
    pub question: &'a str,
}

impl Widget for ConfirmBox<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let box_area = centered(area, 48, 4);
        let inner = overlay_frame(box_area, buf, self.theme, " Discard? ", "");
        let lines = vec![
            Line::styled(self.question, Style::default()),
            Line::styled("y discard · n or Esc keep writing", self.theme.dim()),
        ];
        Paragraph::new(lines).centered().render(inner, buf);
    }
}
