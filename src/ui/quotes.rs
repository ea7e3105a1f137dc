//! The quotes overlay: one speaker's quotes grouped by article, one line each, and the
//! selected quote in full below with its attribution and, when the speaker is quoted
//! differently elsewhere on the same matter, the explanation.

use super::{Theme, centered, overlay_frame};
use crate::app::App;
use crate::app::quotes::{QuoteRow, QuotesView};
use crate::factcheck::Speech;
use crate::text::display;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;

pub struct QuotesOverlay<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
    pub view: &'a QuotesView,
}

/// Rows kept for the selected quote in full, below the list.
const DETAIL_ROWS: u16 = 7;
/// Columns of the verb before each quote.
const VERB_COLUMNS: usize = 16;
/// The mark before a quote that differs from the speaker's words elsewhere.
const DIFFERS: &str = "≠ ";

impl Widget for QuotesOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let view = self.view;
        let box_area = centered(area, area.width.saturating_sub(4), area.height);
        let quotes = view.quote_count();
        let articles = view.rows.len() - quotes;
        let title = format!(
            " Quotes: {} · {quotes} in {articles} articles ",
            display::sanitize(&view.name)
        );
        let keys = " j/k move · Enter go to it · ≠ quoted differently elsewhere · Esc close ";
        let inner = overlay_frame(box_area, buf, self.theme, &title, keys);
        let detail_rows = DETAIL_ROWS.min(inner.height / 2);
        let list = Rect {
            height: inner.height - detail_rows,
            ..inner
        };
        self.render_list(list, buf);
        let detail = Rect {
            y: list.y + list.height,
            height: detail_rows,
            ..inner
        };
        self.render_detail(detail, buf);
    }
}

impl QuotesOverlay<'_> {
    fn render_list(&self, area: Rect, buf: &mut Buffer) {
        let view = self.view;
        let width = area.width as usize;
        let rows = area.height as usize;
        let first = (view.selected + 1).saturating_sub(rows);
        for (i, row) in view.rows.iter().enumerate().skip(first).take(rows) {
            let y = area.y + (i - first) as u16;
            match row {
                QuoteRow::Article { article, count } => {
                    let Some(a) = self.app.corpus.article(*article) else {
                        continue;
                    };
                    let line = format!("{} — {} ({count})", a.file, a.title);
                    buf.set_string(
                        area.x,
                        y,
                        display::truncate(&line, width),
                        self.theme.label_heading(),
                    );
                }
                QuoteRow::Quote { quote, differs } => {
                    let Some(a) = self.app.corpus.article(quote.article()) else {
                        continue;
                    };
                    let verb = display::fit(quote.verb().slice(a.text()), VERB_COLUMNS - 3);
                    buf.set_string(area.x + 2, y, &verb, self.theme.title());
                    let mark = if differs.is_some() { DIFFERS } else { "" };
                    let words = shown_words(quote.words().slice(a.text()), quote.speech);
                    let line = display::truncate(
                        &format!("{mark}{words}"),
                        width.saturating_sub(VERB_COLUMNS),
                    );
                    buf.set_string(area.x + VERB_COLUMNS as u16, y, line, Style::default());
                    if i == view.selected {
                        let line = Rect {
                            y,
                            height: 1,
                            ..area
                        };
                        buf.set_style(line, self.theme.selected(true));
                    }
                }
            }
        }
    }

    /// The selected quote: "Freeman said:" and the words wrapped, then the discrepancy.
    fn render_detail(&self, area: Rect, buf: &mut Buffer) {
        if area.height == 0 {
            return;
        }
        let rule = "─".repeat(area.width as usize);
        buf.set_string(area.x, area.y, rule, self.theme.dim());
        let Some((quote, differs)) = self
            .view
            .rows
            .get(self.view.selected)
            .and_then(|r| match r {
                QuoteRow::Quote { quote, differs } => Some((quote, differs)),
                QuoteRow::Article { .. } => None,
            })
        else {
            return;
        };
        let Some(article) = self.app.corpus.article(quote.article()) else {
            return;
        };
        let text = article.text();
        let width = usize::from(area.width).max(1);
        let mut lines: Vec<(String, Style)> = Vec::new();
        let said = format!(
            "{} {} ({}):",
            display::sanitize(quote.named_at().slice(text)),
            display::sanitize(quote.verb().slice(text)),
            article.file
        );
        lines.push((said, self.theme.title()));
        let words = shown_words(quote.words().slice(text), quote.speech);
        lines.extend(
            textwrap::wrap(&words, width)
                .into_iter()
                .map(|l| (l.into_owned(), Style::default())),
        );
        if let Some(explanation) = differs {
            let note = format!("{DIFFERS}{}", display::sanitize(explanation));
            lines.extend(
                textwrap::wrap(&note, width)
                    .into_iter()
                    .map(|l| (l.into_owned(), self.theme.disputed())),
            );
        }
        let room = usize::from(area.height - 1);
        if lines.len() > room {
            lines.truncate(room);
            if let Some((last, _)) = lines.last_mut() {
                *last = display::truncate(&format!("{last} …"), width);
            }
        }
        for (k, (line, style)) in lines.into_iter().enumerate() {
            buf.set_string(area.x, area.y + 1 + k as u16, line, style);
        }
    }
}

/// The words as shown: in quotation marks when quoted directly, on one line.
fn shown_words(words: &str, speech: Speech) -> String {
    let flat = display::sanitize(&words.split_whitespace().collect::<Vec<_>>().join(" "));
    match speech {
        Speech::Direct => format!("“{}”", flat.trim_end_matches([',', ' '])),
        Speech::Reported => flat,
    }
}
