//! The timeline overlay (`T`): a chart of every placed date with one series per article (an
//! article a row, time across), the selected date marked, and below it the dates in time
//! order with their sentences, then those that could not be placed and why. A date in a
//! `dates` finding is marked `!`.

use super::{Theme, centered, overlay_frame};
use crate::app::App;
use crate::factcheck::timeline::{self, calendar};
use crate::factcheck::{DiscrepancyKind, Findings};
use crate::text::display;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Chart, Dataset, GraphType, LegendPosition, Widget};

pub struct TimelineOverlay<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
    pub selected: usize,
}

/// The chart is drawn when the box has at least this many rows inside, and takes at most
/// `CHART_ROWS` of them.
const MIN_ROWS_FOR_CHART: u16 = 14;
const CHART_ROWS: u16 = 12;
/// Width of the date column of the list.
const WHEN_WIDTH: usize = 28;

impl Widget for TimelineOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let Some(findings) = self.app.findings() else {
            return;
        };
        let dates = &findings.timeline.dates;
        let placed = findings.timeline.placed().count();
        let box_area = centered(area, 130, area.height.saturating_sub(2));
        let title = format!(
            " Timeline · {} placed, {} not ",
            crate::text::count(placed, "date", "dates"),
            dates.len() - placed
        );
        let inner = overlay_frame(
            box_area,
            buf,
            self.theme,
            &title,
            " j/k move · Enter go there · Esc close ",
        );
        let mut list_area = inner;
        if inner.height >= MIN_ROWS_FOR_CHART && placed > 0 {
            let rows = CHART_ROWS.min(inner.height / 2);
            let chart_area = Rect {
                height: rows,
                ..inner
            };
            self.chart(findings, chart_area, buf);
            list_area = Rect {
                y: inner.y + rows,
                height: inner.height - rows,
                ..inner
            };
        }
        self.list(findings, list_area, buf);
    }
}

impl TimelineOverlay<'_> {
    fn chart(&self, findings: &Findings, area: Rect, buf: &mut Buffer) {
        let articles = &self.app.corpus.articles;
        // One lane per article with a placed date, in corpus order; x is the middle day.
        let mut points: Vec<Vec<(f64, f64)>> = vec![Vec::new(); articles.len()];
        let mut lanes: Vec<usize> = Vec::new();
        for (date, _) in findings.timeline.placed() {
            if !lanes.contains(&date.article().0) {
                lanes.push(date.article().0);
            }
        }
        lanes.sort_unstable();
        let middle = |w: &timeline::reading::When| {
            (calendar::ordinal(w.first) + calendar::ordinal(w.last)) as f64 / 2.0
        };
        let mut selected_point = Vec::new();
        for (i, date) in findings.timeline.dates.iter().enumerate() {
            let Ok(when) = &date.when else { continue };
            let lane = lanes
                .iter()
                .position(|&a| a == date.article().0)
                .unwrap_or(0);
            let point = (middle(when), lane as f64 + 1.0);
            points[date.article().0].push(point);
            if i == self.selected {
                selected_point.push(point);
            }
        }
        let xs = || points.iter().flatten().map(|p| p.0);
        let low = xs().fold(f64::INFINITY, f64::min);
        let high = xs().fold(f64::NEG_INFINITY, f64::max);
        // A little room either side, and a year when every date is one day.
        let pad = ((high - low) * 0.03).max(if high > low { 1.0 } else { 183.0 });
        let (low, high) = (low - pad, high + pad);
        let label = |x: f64| {
            let day = calendar::from_ordinal(x.round() as i64);
            let (y, m, _) = calendar::parts(day);
            format!("{} {y}", calendar::month_abbreviation(m as u32))
        };
        let mut datasets: Vec<Dataset> = lanes
            .iter()
            .enumerate()
            .map(|(k, &a)| {
                let name = format!("{} {}", a + 1, display::fit(&articles[a].title, 18));
                Dataset::default()
                    .name(name)
                    .marker(Marker::Dot)
                    .graph_type(GraphType::Scatter)
                    .style(self.theme.series(k))
                    .data(&points[a])
            })
            .collect();
        datasets.push(
            Dataset::default()
                .marker(Marker::Block)
                .graph_type(GraphType::Scatter)
                .style(self.theme.title())
                .data(&selected_point),
        );
        Chart::new(datasets)
            .x_axis(
                Axis::default()
                    .bounds([low, high])
                    .labels([label(low), label((low + high) / 2.0), label(high)])
                    .style(self.theme.dim()),
            )
            .y_axis(
                Axis::default()
                    .bounds([0.0, lanes.len() as f64 + 1.0])
                    .style(self.theme.dim()),
            )
            .legend_position(Some(LegendPosition::TopLeft))
            .hidden_legend_constraints((
                ratatui::layout::Constraint::Percentage(60),
                ratatui::layout::Constraint::Percentage(80),
            ))
            .render(area, buf);
    }

    fn list(&self, findings: &Findings, area: Rect, buf: &mut Buffer) {
        // Dates that are members of a `dates` finding.
        let disputed: Vec<(crate::corpus::ArticleId, usize)> = findings
            .discrepancies
            .iter()
            .filter(|d| d.kind == DiscrepancyKind::Dates)
            .flat_map(|d| d.members.iter().map(|m| (m.article(), m.span().start)))
            .collect();
        let mut lines: Vec<(Line, Option<usize>)> = Vec::new();
        let mut heading_done = false;
        for (i, date) in findings.timeline.dates.iter().enumerate() {
            let article = self.app.corpus.article(date.article());
            let when = match &date.when {
                Ok(when) if when.year_inferred => {
                    format!("{} (year inferred)", timeline::describe(when))
                }
                Ok(when) => timeline::describe(when),
                Err(_) => {
                    if !heading_done {
                        heading_done = true;
                        lines.push((Line::default(), None));
                        lines.push((
                            Line::styled("Not on the calendar", self.theme.title()),
                            None,
                        ));
                    }
                    date.words(&self.app.corpus).to_string()
                }
            };
            let sentence = article
                .and_then(|a| a.sentence_text(date.sentence()))
                .unwrap_or("");
            let flag = if disputed.contains(&(date.article(), date.span().start)) {
                "! "
            } else {
                "  "
            };
            let mut spans = vec![
                Span::styled(flag, self.theme.title()),
                Span::raw(format!("{} ", display::fit(&when, WHEN_WIDTH))),
                Span::styled(
                    format!(
                        "{} {} │ ",
                        date.article().0 + 1,
                        display::fit(article.map_or("", |a| a.title.as_str()), 20)
                    ),
                    self.theme.dim(),
                ),
            ];
            if let Err(why) = &date.when {
                spans.push(Span::styled(
                    format!("({}) ", why.as_str()),
                    self.theme.dim(),
                ));
            }
            spans.push(Span::raw(display::sanitize(sentence)));
            lines.push((Line::from(spans), Some(i)));
        }
        super::render_selectable(lines, self.selected, area, buf, self.theme);
    }
}
