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

impl Widget for EvidenceOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let box_area = centered(area, 120, area.height.saturating_sub(2));
        let title = format!(
            " Evidence for the claim · {} ",
            crate::text::count(self.picker.candidates.len(), "candidate", "candidates")
        );
        let keys = " j/k move · s supports · c contradicts · Enter read it · Esc close ";
        let inner = overlay_frame(box_area, buf, self.theme, &title, keys);
        let claim = self
            .app
            .article()
            .map_or("", |a| self.picker.span.slice(a.text()));
        let heading = display::truncate(&format!("Claim: “{claim}”"), inner.width as usize);
        buf.set_string(inner.x, inner.y, heading, self.theme.title());
        let rows = inner.height.saturating_sub(2) as usize;
        let first = (self.picker.selected + 1).saturating_sub(rows);
        let shared_style = self.theme.marks(MarkSet::default().with(Mark::SearchMatch));
        for (i, candidate) in self
            .picker
            .candidates
            .iter()
            .enumerate()
            .skip(first)
            .take(rows)
        {
            let Some(article) = self.app.corpus.article(candidate.article) else {
                continue;
            };
            let label = display::fit(&format!("{:.1} {}", candidate.score, article.title), 24);
            let mut spans = vec![Span::styled(format!("{label} │ "), self.theme.dim())];
            let shared: Vec<ByteSpan> = candidate.shared.iter().map(|p| p.span).collect();
            spans.extend(marked(
                article.text(),
                candidate.span,
                &shared,
                shared_style,
            ));
            let kinds: Vec<&str> = candidate
                .shared
                .iter()
                .map(|p| match p.kind {
                    SharedKind::Entity => "names",
                    SharedKind::Amount => "amounts",
                    SharedKind::Date => "dates",
                    SharedKind::Word => "words",
                })
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect();
            let y = inner.y + 2 + (i - first) as u16;
            let row = Rect {
                x: inner.x,
                y,
                width: inner.width,
                height: 1,
            };
            Line::from(spans).render(row, buf);
            let tail = format!(" shares {} ", kinds.join(", "));
            let x = row.right().saturating_sub(display::str_width(&tail) as u16);
            buf.set_string(x, y, tail, self.theme.dim());
            if i == self.picker.selected {
                buf.set_style(row, self.theme.selected(true));
            }
        }
    }
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
                    .article(member.article)
                    .map_or("", |a| a.title.as_str());
                let value = match &member.value {
                    Value::Amount(amount) => amount.to_string(),
                    Value::Verb(stance) => format!("{stance:?}").to_lowercase(),
                    Value::Holder(text) | Value::Office(text) | Value::Degree(text) => text.clone(),
                };
                let sentence = self
                    .app
                    .corpus
                    .article(member.article)
                    .and_then(|a| {
                        a.structure()
                            .sentences
                            .get(member.sentence)
                            .map(|s| s.span.slice(a.text()))
                    })
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
        let selected_line = lines
            .iter()
            .position(|(_, m)| *m == Some(self.selected))
            .unwrap_or(0);
        let rows = inner.height as usize;
        let first = (selected_line + 2).saturating_sub(rows);
        for (i, (line, member)) in lines.into_iter().enumerate().skip(first).take(rows) {
            let row = Rect {
                x: inner.x,
                y: inner.y + (i - first) as u16,
                width: inner.width,
                height: 1,
            };
            line.render(row, buf);
            if member == Some(self.selected) {
                buf.set_style(row, self.theme.selected(true));
            }
        }
    }
}
