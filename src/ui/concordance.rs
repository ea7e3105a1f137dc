//! The concordance overlay: an entity's mentions grouped by article, each with its words
//! left and right, the mentions aligned in one column (keyword in context).

use super::{Theme, centered, overlay_frame};
use crate::app::App;
use crate::app::concordance::{Concordance, ConcordanceRow, keyword_in_context};
use crate::text::display;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

pub struct ConcordanceOverlay<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
    pub concordance: &'a Concordance,
}

impl Widget for ConcordanceOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let c = self.concordance;
        let box_area = centered(area, area.width.saturating_sub(4), area.height);
        let mentions = c
            .rows
            .iter()
            .filter(|r| matches!(r, ConcordanceRow::Mention(_)))
            .count();
        let articles = c.rows.len() - mentions;
        let title = format!(
            " Concordance: {} · {mentions} mentions in {articles} articles ",
            display::sanitize(&c.name)
        );
        let keys = " j/k move · Enter go to it · X split it off · m merge · r rename · Esc close ";
        let inner = overlay_frame(box_area, buf, self.theme, &title, keys);
        let width = inner.width as usize;
        // The mention column starts two fifths in; the left context fills the space before.
        let left_width = width * 2 / 5;
        let rows = inner.height as usize;
        let first = (c.selected + 1).saturating_sub(rows);
        for (i, row) in c.rows.iter().enumerate().skip(first).take(rows) {
            let y = inner.y + (i - first) as u16;
            match *row {
                ConcordanceRow::Article { article, count } => {
                    let Some(a) = self.app.corpus.article(article) else {
                        continue;
                    };
                    let line = format!("{} — {} ({count})", a.file, a.title);
                    let line = display::truncate(&line, width);
                    buf.set_string(inner.x, y, line, self.theme.label_heading());
                }
                ConcordanceRow::Mention(m) => {
                    let Some(a) = self.app.corpus.article(m.article) else {
                        continue;
                    };
                    let (left, mention, right) = keyword_in_context(a.text(), m.span, width);
                    let left = tail(&left, left_width.saturating_sub(1));
                    let x = inner.x + (left_width - display::str_width(&left)) as u16;
                    buf.set_string(x, y, &left, ratatui::style::Style::default());
                    let rest = width.saturating_sub(left_width);
                    let mention = display::truncate(&mention, rest);
                    let at = inner.x + left_width as u16;
                    buf.set_string(at, y, &mention, self.theme.title());
                    let after = rest.saturating_sub(display::str_width(&mention));
                    let right = display::truncate(&right, after);
                    let x = at + display::str_width(&mention) as u16;
                    buf.set_string(x, y, right, ratatui::style::Style::default());
                    if i == c.selected {
                        let line = Rect {
                            x: inner.x,
                            y,
                            width: inner.width,
                            height: 1,
                        };
                        buf.set_style(line, self.theme.selected(true));
                    }
                }
            }
        }
    }
}

/// The end of `s` that fits in `max` columns, with "…" in front when cut.
fn tail(s: &str, max: usize) -> String {
    if display::str_width(s) <= max {
        return display::sanitize(s);
    }
    let mut kept: Vec<char> = Vec::new();
    let mut used = 1;
    for c in s.chars().rev() {
        let w = display::width(c);
        if used + w > max {
            break;
        }
        kept.push(display::shown(c));
        used += w;
    }
    kept.push('…');
    kept.into_iter().rev().collect()
}
