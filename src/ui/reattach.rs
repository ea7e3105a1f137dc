//! The re-attach overlay: an orphan's old quote over the best candidate passages and scores.

use super::{Theme, centered, overlay_frame};
use crate::app::App;
use crate::app::reattach::ReattachPicker;
use crate::text::display;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

pub struct ReattachOverlay<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
    pub picker: &'a ReattachPicker,
}

impl Widget for ReattachOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let box_area = centered(area, 110, 18);
        let keys = " j/k move · Enter re-attach here · Esc close ";
        let inner = overlay_frame(
            box_area,
            buf,
            self.theme,
            " Re-attach an orphaned annotation ",
            keys,
        );
        let width = inner.width as usize;
        let old = display::truncate(&format!("Was: “{}”", self.picker.quote), width);
        buf.set_string(inner.x, inner.y, old, self.theme.title());
        let Some(article) = self.app.corpus.article(self.picker.article) else {
            return;
        };
        let rows = inner.height.saturating_sub(2) as usize;
        let first = (self.picker.selected + 1).saturating_sub(rows);
        for (i, (span, score)) in self
            .picker
            .candidates
            .iter()
            .enumerate()
            .skip(first)
            .take(rows)
        {
            let y = inner.y + 2 + (i - first) as u16;
            let row = Rect {
                x: inner.x,
                y,
                width: inner.width,
                height: 1,
            };
            let text = display::truncate(span.slice(article.text()), width.saturating_sub(9));
            Line::from(vec![
                Span::styled(format!("{score:>5.2} │ "), self.theme.dim()),
                Span::raw(text),
            ])
            .render(row, buf);
            if i == self.picker.selected {
                buf.set_style(row, self.theme.selected(true));
            }
        }
    }
}
