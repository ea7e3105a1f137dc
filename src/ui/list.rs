//! The article list on the left: one row per article, the open one marked.

use super::Theme;
use crate::app::{App, Pane, list_first_row};
use crate::text::display;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;

pub struct ListPane<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
}

impl Widget for ListPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let focused = self.app.focus == Pane::List;
        let width = area.width.saturating_sub(1);
        // The right border separates the list from the article.
        for y in area.y..area.bottom() {
            buf.set_string(area.x + width, y, "│", self.theme.border(focused));
        }
        let heading = format!("Articles ({})", self.app.corpus.len());
        buf.set_string(
            area.x,
            area.y,
            display::truncate(&heading, width as usize),
            self.theme.title(),
        );
        let first = list_first_row(self.app.list_selected, area.height as usize);
        let rows = area.height.saturating_sub(1) as usize;
        for (row, article) in self
            .app
            .corpus
            .articles
            .iter()
            .skip(first)
            .take(rows)
            .enumerate()
        {
            let y = area.y + 1 + row as u16;
            let open = article.id == self.app.current;
            let marker = if open { "▸" } else { " " };
            let label = format!("{marker}{:>2} {}", article.id.0 + 1, article.title);
            let mut style = if open {
                self.theme.title()
            } else {
                Style::default()
            };
            if article.id.0 == self.app.list_selected && focused {
                style = style.patch(self.theme.selected(true));
            }
            // Coverage of check-worthy sentences, right-aligned: "3/20".
            let coverage = self
                .app
                .coverage(article.id)
                .filter(|c| c.checkworthy > 0)
                .map_or(String::new(), |c| {
                    format!(" {}/{}", c.reviewed, c.checkworthy)
                });
            let title_width = (width as usize).saturating_sub(display::str_width(&coverage));
            buf.set_string(area.x, y, display::fit(&label, title_width), style);
            buf.set_string(area.x + title_width as u16, y, &coverage, self.theme.dim());
        }
    }
}
