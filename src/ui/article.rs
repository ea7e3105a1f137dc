//! The article pane: title, then the visible rows of the layout, styled by their marks.

use super::Theme;
use crate::app::App;
use crate::app::geometry::GUTTER;
use crate::text::ByteSpan;
use crate::text::ParagraphKind;
use crate::text::display;
use crate::text::layout::Row;
use crate::text::marks::{self, Mark};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

pub struct ArticlePane<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
    /// Where the text rows go, computed from the frame being drawn (never from a size the
    /// app saw earlier).
    pub text: Rect,
}

impl Widget for ArticlePane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let Some(article) = app.article() else { return };
        let text_area = self.text;
        let width = area.width.saturating_sub(GUTTER + 1) as usize;
        let mut header = vec![Span::styled(
            display::truncate(&article.title, width),
            self.theme.title(),
        )];
        let details: Vec<&str> = [article.source.as_deref(), article.date.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        let used = display::str_width(&article.title);
        if !details.is_empty() && used + 4 < width {
            let details = format!("  · {}", details.join(" · "));
            header.push(Span::styled(
                display::truncate(&details, width - used),
                self.theme.dim(),
            ));
        }
        Line::from(header).render(
            Rect {
                x: area.x + GUTTER,
                y: area.y,
                width: width as u16,
                height: 1,
            },
            buf,
        );

        let layout = app.layout();
        if layout.is_empty() {
            let note = if article.text().is_empty() {
                "(this article is empty)"
            } else {
                "(this article has no text)"
            };
            buf.set_string(text_area.x, text_area.y, note, self.theme.dim());
            return;
        }
        let layers = self.layers();
        let cursor = app.cursor_span();
        let cited = self.cited_starts();
        let structure = app.structure();
        for (i, row) in layout
            .rows_from(app.scroll_top)
            .take(text_area.height as usize)
            .enumerate()
        {
            let y = text_area.y + i as u16;
            let Row::Line { span, paragraph } = row else {
                continue;
            };
            if cursor.is_some_and(|c| c.overlaps(span)) {
                buf.set_string(area.x + GUTTER - 1, y, "▌", self.theme.cursor_gutter());
            }
            if let Some((glyph, style)) = self.gutter_mark(span, &cited) {
                buf.set_string(area.x, y, glyph, style);
            }
            let is_heading = structure
                .paragraphs
                .get(paragraph)
                .is_some_and(|p| p.kind == ParagraphKind::Heading);
            let spans: Vec<Span> = marks::flatten(span, &layers)
                .into_iter()
                .map(|run| {
                    let set = if is_heading {
                        run.marks.with(Mark::Heading)
                    } else {
                        run.marks
                    };
                    Span::styled(
                        display::sanitize(run.span.slice(article.text())),
                        self.theme.marks(set),
                    )
                })
                .collect();
            Line::from(spans).render(
                Rect {
                    x: text_area.x,
                    y,
                    width: text_area.width,
                    height: 1,
                },
                buf,
            );
        }
        self.scroll_indicator(area, buf);
    }
}

impl ArticlePane<'_> {
    /// The spans to mark in the visible part of the article.
    fn layers(&self) -> Vec<(ByteSpan, Mark)> {
        let app = self.app;
        let mut layers = Vec::new();
        if let Some(cursor) = app.cursor_span() {
            layers.push((cursor, Mark::Cursor));
        }
        // Underlined where `v` would start, while the keys reach it; a selection shows its
        // own span instead.
        if app.focus == crate::app::Pane::Article
            && !matches!(app.mode, crate::app::Mode::Selecting(_))
            && let Some(word) = app.cursor_word()
        {
            layers.push((word, Mark::Word));
        }
        let visible = self.visible_bytes();
        if let Some(notes) = app.notes() {
            for claim in notes.annotations.claims_overlapping(visible) {
                if notes.is_orphaned(&claim.id) {
                    continue;
                }
                if let Some(status) = claim.status {
                    layers.push((claim.anchor.span, verdict_mark(status)));
                }
            }
            for highlight in notes.annotations.highlights_overlapping(visible) {
                if !notes.is_orphaned(&highlight.id) {
                    layers.push((highlight.anchor.span, Mark::Highlight));
                }
            }
        }
        if let crate::app::Mode::Selecting(selection) = &app.mode {
            layers.push((
                selection.span(self.app.article().map_or("", |a| a.text())),
                Mark::Selection,
            ));
        }
        if let Some(index) = app.entities.index() {
            let highlighted = app.highlighted_entities();
            let mentions = index.article_mentions(app.current);
            let start = mentions.partition_point(|m| m.span().end <= visible.start);
            for m in mentions[start..]
                .iter()
                .take_while(|m| m.span().start < visible.end)
            {
                let mark = if highlighted.contains(&m.entity()) {
                    Mark::ActiveEntity
                } else {
                    Mark::Mention
                };
                layers.push((m.span(), mark));
            }
        }
        if let Some(search) = &app.search {
            let start = search.matches.partition_point(|m| m.end <= visible.start);
            for (i, m) in search
                .matches
                .iter()
                .enumerate()
                .skip(start)
                .take_while(|(_, m)| m.start < visible.end)
            {
                let mark = if search.current == Some(i) {
                    Mark::CurrentMatch
                } else {
                    Mark::SearchMatch
                };
                layers.push((*m, mark));
            }
        }
        layers
    }

    /// The claim mark for a row: its verdict's sign (✓ verified, ✗ disputed, ≈ misleading,
    /// ? unverifiable, – not a claim), • a claim with only a note or tags, ◆ a passage cited as evidence by some claim, · a check-worthy sentence not yet
    /// reviewed.
    /// `cited` holds the starts of this article's passages cited as evidence.
    fn gutter_mark(
        &self,
        row: ByteSpan,
        cited: &[usize],
    ) -> Option<(&'static str, ratatui::style::Style)> {
        let notes = self.app.notes()?;
        let starts_here = |span: ByteSpan| row.contains(span.start);
        if let Some(claim) = notes
            .annotations
            .claims_overlapping(row)
            .find(|c| starts_here(c.anchor.span))
        {
            return Some((
                Theme::verdict_sign(claim.status),
                self.theme.verdict(claim.status),
            ));
        }
        if cited.iter().any(|&start| row.contains(start)) {
            return Some(("◆", self.theme.title()));
        }
        // A check-worthy sentence not yet reviewed starts on this row: a quiet dot.
        let structure = self.app.structure();
        let first = structure
            .sentences
            .partition_point(|s| s.span().start < row.start);
        let starts = structure.sentences[first..]
            .iter()
            .take_while(|s| s.span().start < row.end);
        let needs_review = starts
            .enumerate()
            .any(|(k, _)| self.app.needs_review(first + k));
        needs_review.then(|| ("·", self.theme.dim()))
    }

    /// Where the passages of this article that claims cite as evidence start: gathered once
    /// a frame rather than once a row.
    fn cited_starts(&self) -> Vec<usize> {
        let Some(article) = self.app.article() else {
            return Vec::new();
        };
        let claims = self
            .app
            .annotations
            .notes
            .iter()
            .flat_map(|n| n.annotations.claims());
        let evidence = claims
            .flat_map(|c| &c.evidence)
            .filter(|e| e.article == article.file);
        evidence.map(|e| e.anchor.span.start).collect()
    }

    fn visible_bytes(&self) -> ByteSpan {
        let app = self.app;
        let rows = app
            .layout()
            .rows_from(app.scroll_top)
            .take(self.text.height as usize);
        let spans: Vec<ByteSpan> = rows.filter_map(|r| r.span()).collect();
        match (spans.first(), spans.last()) {
            (Some(first), Some(last)) => ByteSpan::new(first.start, last.end),
            _ => ByteSpan::default(),
        }
    }

    /// A thin bar on the pane's right edge showing how far down the article the view is.
    fn scroll_indicator(&self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let total = app.estimated_rows();
        let height = self.text.height as usize;
        if total <= height || height == 0 {
            return;
        }
        let x = area.x + area.width - 1;
        let thumb = (height * height / total).max(1);
        let top = app.scroll_top * (height - thumb) / (total - height).max(1);
        for i in 0..height {
            let symbol = if (top..top + thumb).contains(&i) {
                "┃"
            } else {
                "│"
            };
            let style = if symbol == "┃" {
                self.theme.border(true)
            } else {
                self.theme.dim()
            };
            buf.set_string(x, self.text.y + i as u16, symbol, style);
        }
    }
}

/// The text mark of a claim with verdict `status`.
fn verdict_mark(status: crate::annotations::Status) -> Mark {
    use crate::annotations::Status;
    match status {
        Status::Verified => Mark::Verified,
        Status::Disputed => Mark::Disputed,
        Status::Misleading => Mark::Misleading,
        Status::Unverifiable => Mark::Unverifiable,
        Status::NotAClaim => Mark::NotAClaim,
    }
}
