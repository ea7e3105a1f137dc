//! The fact-check overlays: the evidence picker (candidates with the parts they share with
//! the claim marked) and the discrepancies view (groups side by side, each explained).

use super::{Theme, centered, overlay_frame};
use crate::app::App;
use crate::app::checks::EvidencePicker;
use crate::factcheck::{SharedKind, Value};
use crate::text::ByteSpan;
use crate::text::display;
use crate::text::marks::{Mark, MarkSet};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

pub struct EvidenceOverlay<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
    pub picker: &'a EvidencePicker,
}

/// Columns of the label before each candidate: its score (or where it came from) and title.
const LABEL_COLUMNS: usize = 24;

impl Widget for EvidenceOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let picker = self.picker;
        let box_area = centered(area, 120, area.height.saturating_sub(2));
        let title = format!(
            " Evidence for the claim · {} ",
            crate::text::count(picker.candidates.len(), "candidate", "candidates")
        );
        let keys = if picker.typing {
            " type to search every sentence · Enter keep · Esc clear "
        } else {
            " j/k move · s supports · c contradicts · / search · Enter read it · Esc close "
        };
        let inner = overlay_frame(box_area, buf, self.theme, &title, keys);
        let claim = self
            .app
            .article()
            .map_or("", |a| picker.span.slice(a.text()));
        let heading = display::truncate(&format!("Claim: “{claim}”"), inner.width as usize);
        buf.set_string(inner.x, inner.y, heading, self.theme.title());
        if picker.typing || !picker.query.is_empty() {
            let cursor = if picker.typing { "▏" } else { "" };
            let line = format!("Search: {}{cursor}", display::sanitize(&picker.query));
            let line = display::truncate(&line, inner.width as usize);
            buf.set_string(inner.x, inner.y + 1, line, self.theme.dim());
        } else if picker.candidates.is_empty() {
            let line = "No sentence shares enough with the claim: / searches every sentence.";
            buf.set_string(inner.x, inner.y + 1, line, self.theme.dim());
        }
        let list = Rect {
            y: inner.y + 2,
            height: inner.height.saturating_sub(2),
            ..inner
        };
        self.render_candidates(list, buf);
    }
}

impl EvidenceOverlay<'_> {
    /// Each candidate whole, wrapped beside its label, the parts it shares with the claim
    /// marked; the list scrolls to keep the selected one in view.
    fn render_candidates(&self, area: Rect, buf: &mut Buffer) {
        let picker = self.picker;
        let text_width = (area.width as usize)
            .saturating_sub(LABEL_COLUMNS + 3)
            .max(1);
        let shared_style = self.theme.marks(MarkSet::default().with(Mark::SearchMatch));
        // Per candidate: its wrapped lines, and at least two rows so that what it shares
        // is said under its label.
        let blocks: Vec<Vec<ByteSpan>> = picker
            .candidates
            .iter()
            .map(|c| {
                let mut lines = self.app.corpus.article(c.article).map_or(Vec::new(), |a| {
                    crate::text::layout::wrap(a.text(), c.span, text_width)
                });
                if !c.shared.is_empty() && lines.len() < 2 {
                    lines.push(ByteSpan::new(c.span.end, c.span.end));
                }
                lines
            })
            .collect();
        // The first candidate drawn: the selected one's block must end on screen.
        let rows = area.height as usize;
        let mut first = picker.selected.min(blocks.len().saturating_sub(1));
        let mut used = blocks.get(first).map_or(0, Vec::len);
        while first > 0 && used + blocks[first - 1].len() <= rows {
            first -= 1;
            used += blocks[first].len();
        }
        let mut y = area.y;
        let candidates = picker.candidates.iter().zip(&blocks).enumerate();
        for (i, (candidate, lines)) in candidates.skip(first) {
            if y >= area.bottom() {
                break;
            }
            let Some(article) = self.app.corpus.article(candidate.article) else {
                continue;
            };
            let origin = if picker.is_held(i) {
                "held".to_string()
            } else if picker.is_found(i) {
                "found".to_string()
            } else {
                format!("{:.1}", candidate.score)
            };
            let label = display::fit(&format!("{origin} {}", article.title), LABEL_COLUMNS);
            let shares = display::fit(&shared_kinds(candidate), LABEL_COLUMNS);
            let shared: Vec<ByteSpan> = candidate.shared.iter().map(|p| p.span).collect();
            let top = y;
            for (k, line) in lines.iter().enumerate() {
                if y >= area.bottom() {
                    break;
                }
                let lead = match k {
                    0 => label.clone(),
                    1 => shares.clone(),
                    _ => " ".repeat(LABEL_COLUMNS),
                };
                let mut spans = vec![Span::styled(format!("{lead} │ "), self.theme.dim())];
                spans.extend(marked(article.text(), *line, &shared, shared_style));
                let row = Rect {
                    y,
                    height: 1,
                    ..area
                };
                Line::from(spans).render(row, buf);
                y += 1;
            }
            if i == picker.selected {
                let block = Rect {
                    y: top,
                    height: y - top,
                    ..area
                };
                buf.set_style(block, self.theme.selected(true));
            }
        }
    }
}

/// What a candidate shares with the claim: "shares amounts, names".
fn shared_kinds(candidate: &crate::factcheck::Candidate) -> String {
    let kinds: std::collections::BTreeSet<&str> = candidate
        .shared
        .iter()
        .map(|p| match p.kind {
            SharedKind::Entity => "names",
            SharedKind::Amount => "amounts",
            SharedKind::Date => "dates",
            SharedKind::Word => "words",
        })
        .collect();
    if kinds.is_empty() {
        return String::new();
    }
    format!(
        "shares {}",
        kinds.into_iter().collect::<Vec<_>>().join(", ")
    )
}

/// The text of `span` as spans, with the parts in `marks` styled.
fn marked<'t>(
    text: &'t str,
    span: ByteSpan,
    marks: &[ByteSpan],
    style: ratatui::style::Style,
) -> Vec<Span<'t>> {
    let mut out = Vec::new();
    let mut at = span.start;
    let mut sorted: Vec<ByteSpan> = marks.iter().copied().filter(|m| m.overlaps(span)).collect();
    sorted.sort();
    for m in sorted {
        let start = m.start.max(at);
        let end = m.end.min(span.end);
        if start >= end {
            continue;
        }
        out.push(Span::raw(display::sanitize(
            ByteSpan::new(at, start).slice(text),
        )));
        out.push(Span::styled(
            display::sanitize(ByteSpan::new(start, end).slice(text)),
            style,
        ));
        at = end;
    }
    out.push(Span::raw(display::sanitize(
        ByteSpan::new(at, span.end).slice(text),
    )));
    out
}

pub struct DiscrepanciesOverlay<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
    pub selected: usize,
}

impl Widget for DiscrepanciesOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let Some(findings) = self.app.findings() else {
            return;
        };
        let box_area = centered(area, 120, area.height.saturating_sub(2));
        let title = format!(" Discrepancies · {} ", findings.discrepancies.len());
        let inner = overlay_frame(
            box_area,
            buf,
            self.theme,
            &title,
            " j/k move · Enter go there · Esc close ",
        );
        // Each group is its explanation, then one row per member; selection is by member.
        let mut lines: Vec<(Line, Option<usize>)> = Vec::new();
        let mut member_index = 0;
        for (g, group) in findings.discrepancies.iter().enumerate() {
            if g > 0 {
                lines.push((Line::default(), None));
            }
            let explanation = display::truncate(
                &format!("{}. {}", g + 1, group.explanation),
                inner.width as usize,
            );
            lines.push((Line::styled(explanation, self.theme.title()), None));
            for member in &group.members {
                let title = self
                    .app
                    .corpus
                    .article(member.article())
                    .map_or("", |a| a.title.as_str());
                let value = match &member.value {
                    Value::Amount(amount) => amount.to_string(),
                    Value::Verb(stance) => format!("{stance:?}").to_lowercase(),
                    Value::Holder(text)
                    | Value::Office(text)
                    | Value::Degree(text)
                    | Value::Date(text) => text.clone(),
                    Value::Quote(speech) => speech.as_str().to_string(),
                };
                let sentence = self
                    .app
                    .corpus
                    .article(member.article())
                    .and_then(|a| a.sentence_text(member.sentence()))
                    .unwrap_or("");
                let line = Line::from(vec![
                    Span::styled(
                        format!("  {:<10} ", display::truncate(&value, 10)),
                        self.theme.title(),
                    ),
                    Span::styled(format!("{} │ ", display::fit(title, 22)), self.theme.dim()),
                    Span::raw(display::sanitize(sentence)),
                ]);
                lines.push((line, Some(member_index)));
                member_index += 1;
            }
        }
        super::render_selectable(lines, self.selected, inner, buf, self.theme);
    }
}
