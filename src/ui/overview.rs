//! The claims and highlights overlay (`C`): one row per annotation of the corpus.

use super::{Theme, centered, overlay_frame};
use crate::annotations::Status;
use crate::app::App;
use crate::app::overview::{Overview, RowKind};
use crate::text::display;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

pub struct OverviewOverlay<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
    pub overview: &'a Overview,
}

impl Widget for OverviewOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let rows = self.app.overview_rows(self.overview);
        let box_area = centered(area, 120, area.height.saturating_sub(2));
        let mut title = format!(
            " Claims and highlights: {} · {} shown ",
            self.overview.filter.name(),
            rows.len()
        );
        if !self.overview.query.is_empty() || self.overview.typing {
            title.push_str(&format!(
                "· filter “{}{}” ",
                display::sanitize(&self.overview.query),
                if self.overview.typing { "▏" } else { "" }
            ));
        }
        let keys = " j/k move · Enter jump · f status/kind · / filter (#tag @author) · Esc close ";
        let inner = overlay_frame(box_area, buf, self.theme, &title, keys);
        if rows.is_empty() {
            let note = "nothing here yet: V/D mark a sentence, v selects a passage to highlight";
            buf.set_string(
                inner.x,
                inner.y,
                display::truncate(note, inner.width as usize),
                self.theme.dim(),
            );
            return;
        }
        let selected = self.overview.selected.min(rows.len() - 1);
        let visible = inner.height as usize;
        let first = (selected + 1).saturating_sub(visible);
        for (i, row) in rows.iter().enumerate().skip(first).take(visible) {
            let (glyph, style) = match row.kind {
                RowKind::Claim(status) => (
                    format!(
                        "{} {:<12}",
                        Theme::verdict_sign(status),
                        status.map_or("claim", Status::as_str)
                    ),
                    self.theme.verdict(status),
                ),
                RowKind::Highlight => (
                    format!("▒ {:<12}", "highlight"),
                    self.theme.highlight_label(),
                ),
            };
            let article = self
                .app
                .corpus
                .article(row.article)
                .map_or("", |a| a.title.as_str());
            let mut details = Vec::new();
            // What needs the reader first: a merge's flag, an orphan.
            if !row.conflict.is_empty() {
                details.push(format!("MERGED: {}", row.conflict));
            }
            if row.orphaned {
                details.push("ORPHANED".to_string());
            }
            if !row.author.is_empty() {
                details.push(format!("by {}", row.author));
            }
            if !row.tags.is_empty() {
                details.push(
                    row.tags
                        .iter()
                        .map(|t| format!("#{t}"))
                        .collect::<Vec<_>>()
                        .join(" "),
                );
            }
            if row.evidence > 0 {
                details.push(format!("{} evidence", row.evidence));
            }
            if !row.note.is_empty() {
                details.push(format!("note: {}", row.note.lines().next().unwrap_or("")));
            }
            let width = inner.width as usize;
            // The quote leaves the details at least half the room after the title.
            let room = width.saturating_sub(14 + 22 + 4);
            let details_width = display::str_width(&details.join(" · ")).min(room / 2);
            let quote_width = room.saturating_sub(details_width).min(60);
            let line = Line::from(vec![
                Span::styled(glyph, style),
                Span::styled(format!(" {} ", display::fit(article, 20)), self.theme.dim()),
                Span::raw(display::fit(&format!("“{}”", row.quote), quote_width)),
                Span::styled(
                    format!("  {}", display::sanitize(&details.join(" · "))),
                    self.theme.dim(),
                ),
            ]);
            let y = inner.y + (i - first) as u16;
            let area = Rect {
                x: inner.x,
                y,
                width: inner.width,
                height: 1,
            };
            line.render(area, buf);
            if i == selected {
                buf.set_style(area, self.theme.selected(true));
            }
        }
    }
}
