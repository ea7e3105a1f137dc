//! The corpus search overlay: one row per matching sentence, the match marked.

use super::{Theme, centered, overlay_frame};
use crate::app::{App, Results};
use crate::text::display;
use crate::text::marks::{Mark, MarkSet};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

pub struct ResultsOverlay<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
    pub results: &'a Results,
}

impl Widget for ResultsOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let box_area = centered(area, 110, area.height.saturating_sub(2));
        let hits = &self.results.hits;
        let title = format!(
            " {} “{}” ",
            crate::text::count(hits.len(), "sentence matches", "sentences match"),
            display::sanitize(&self.results.query)
        );
        let inner = overlay_frame(
            box_area,
            buf,
            self.theme,
            &title,
            " j/k move · Enter jump · Esc close ",
        );
        let rows = inner.height as usize;
        let first = (self.results.selected + 1).saturating_sub(rows);
        let label_width = 18.min(inner.width as usize / 3);
        let matched_style = self.theme.marks(MarkSet::default().with(Mark::SearchMatch));
        for (i, hit) in hits.iter().enumerate().skip(first).take(rows) {
            let Some(article) = self.app.corpus.article(hit.article) else {
                continue;
            };
            let Some(sentence) = article.structure().sentences.get(hit.sentence) else {
                continue;
            };
            let label = display::truncate(
                &format!("{} {}", hit.article.0 + 1, article.title),
                label_width,
            );
            let text = &article.text();
            let (before, matched, after) = (
                &text[sentence.span().start..hit.matched.start],
                hit.matched.slice(text),
                &text[hit.matched.end..sentence.span().end.max(hit.matched.end)],
            );
            // Keep the match in view: trim the sentence's start when it is long.
            let room = (inner.width as usize).saturating_sub(label_width + 3);
            let lead = trim_start_to(before, room / 3);
            let line = Line::from(vec![
                Span::styled(format!("{label:<label_width$} │ "), self.theme.dim()),
                Span::raw(display::sanitize(&lead)),
                Span::styled(display::sanitize(matched), matched_style),
                Span::raw(display::sanitize(after)),
            ]);
            let y = inner.y + (i - first) as u16;
            let row = Rect {
                x: inner.x,
                y,
                width: inner.width,
                height: 1,
            };
            line.render(row, buf);
            if i == self.results.selected {
                buf.set_style(row, self.theme.selected(true));
            }
        }
    }
}

/// The end of `s`, at most `max` columns, with a leading `…` when cut.
fn trim_start_to(s: &str, max: usize) -> String {
    if display::str_width(s) <= max {
        return s.to_string();
    }
    let mut width = 1;
    let mut start = s.len();
    for (i, c) in s.char_indices().rev() {
        width += display::width(c);
        if width > max {
            break;
        }
        start = i;
    }
    format!("…{}", &s[start..])
}
