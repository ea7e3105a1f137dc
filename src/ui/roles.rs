//! The role ledger overlay (`R`): each person the articles give a title, with every office
//! they are named in and the sentence that says so; a mention in a role conflict is marked
//! `!`. Selection is by mention.

use super::{Theme, centered, overlay_frame};
use crate::app::App;
use crate::factcheck::DiscrepancyKind;
use crate::text::display;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

pub struct RolesOverlay<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
    pub selected: usize,
}

/// Width of the office column.
const OFFICE_WIDTH: usize = 40;

impl Widget for RolesOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let Some(findings) = self.app.findings() else {
            return;
        };
        let people = findings.roles.people();
        let box_area = centered(area, 120, area.height.saturating_sub(2));
        let title = format!(
            " Roles · {} ",
            crate::text::count(people.len(), "person", "people")
        );
        let inner = overlay_frame(
            box_area,
            buf,
            self.theme,
            &title,
            " j/k move · Enter go there · Esc close ",
        );
        // Mentions that are members of a role conflict.
        let conflicting: Vec<(crate::corpus::ArticleId, usize)> = findings
            .discrepancies
            .iter()
            .filter(|d| {
                matches!(
                    d.kind,
                    DiscrepancyKind::OfficeHolders | DiscrepancyKind::PersonOffices
                )
            })
            .flat_map(|d| d.members.iter().map(|m| (m.article(), m.span().start)))
            .collect();
        let mut lines: Vec<(Line, Option<usize>)> = Vec::new();
        let mut row = 0;
        for (n, (name, roles)) in people.iter().enumerate() {
            if n > 0 {
                lines.push((Line::default(), None));
            }
            lines.push((
                Line::styled(
                    display::truncate(name, inner.width as usize),
                    self.theme.title(),
                ),
                None,
            ));
            for &i in roles {
                let role = &findings.roles.roles[i];
                let article = self.app.corpus.article(role.article());
                let title = article.map_or("", |a| a.title.as_str());
                let sentence = article
                    .and_then(|a| a.sentence_text(role.sentence()))
                    .unwrap_or("");
                let flag = if conflicting.contains(&(role.article(), role.span().start)) {
                    "! "
                } else {
                    "  "
                };
                let mut office = role.describe();
                if role.country_inferred {
                    office.push_str(" (country from another mention)");
                }
                let line = Line::from(vec![
                    Span::styled(flag, self.theme.title()),
                    Span::raw(format!("{} ", display::fit(&office, OFFICE_WIDTH))),
                    Span::styled(format!("{} │ ", display::fit(title, 22)), self.theme.dim()),
                    Span::raw(display::sanitize(sentence)),
                ]);
                lines.push((line, Some(row)));
                row += 1;
            }
        }
        super::render_selectable(lines, self.selected, inner, buf, self.theme);
    }
}
