//! The entities pane on the right: entities grouped by label with mention counts, for the
//! article or the corpus, the selection, the active entity, and the index's progress.

use super::Theme;
use crate::app::entities::{EntityRow, Scope};
use crate::app::{App, Pane};
use crate::text::display;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

pub struct EntitiesPane<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
}

impl Widget for EntitiesPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = &self.app.entities;
        let focused = self.app.focus == Pane::Entities;
        for y in area.y..area.bottom() {
            buf.set_string(area.x, y, "│", self.theme.border(focused));
        }
        let x = area.x + 2;
        let width = area.width.saturating_sub(3) as usize;
        if let Some(selected) = state.ignored {
            self.render_ignored(selected, area, buf);
            return;
        }
        let scope = match state.scope {
            Scope::Article => "this article",
            Scope::Corpus => "whole corpus",
        };
        let entity_count = state
            .rows
            .iter()
            .filter(|r| matches!(r, EntityRow::Entity { .. }))
            .count();
        let heading = format!("Entities · {scope} ({entity_count})");
        buf.set_string(
            x,
            area.y,
            display::truncate(&heading, width),
            self.theme.title(),
        );
        let mut y = area.y + 1;
        if let Some((done, total)) = state.progress {
            let line = format!("indexing {done}/{total} articles…");
            buf.set_string(x, y, display::truncate(&line, width), self.theme.dim());
            y += 1;
        }
        if !state.filter.is_empty() {
            let line = format!("filter: {}", state.filter);
            buf.set_string(x, y, display::truncate(&line, width), self.theme.dim());
            y += 1;
        }
        let Some(index) = state.index() else { return };
        if state.rows.is_empty() {
            let note = if state.filter.is_empty() {
                "no named entities"
            } else {
                "no entity matches"
            };
            buf.set_string(x, y, note, self.theme.dim());
            return;
        }
        let visible = area.bottom().saturating_sub(y) as usize;
        let first = (state.selected + 1).saturating_sub(visible);
        for (i, row) in state.rows.iter().enumerate().skip(first).take(visible) {
            match *row {
                EntityRow::Header { label, count } => {
                    let line = format!("{} ({count})", label.heading());
                    buf.set_string(
                        x,
                        y,
                        display::truncate(&line, width),
                        self.theme.label_heading(),
                    );
                }
                EntityRow::Entity { id, count } => {
                    let Some(entity) = index.entity(id) else {
                        continue;
                    };
                    let marker = if state.merging == Some(id) {
                        "⇢"
                    } else if state.active == Some(id) {
                        "●"
                    } else {
                        " "
                    };
                    let count = count.to_string();
                    let name_width = width.saturating_sub(count.len() + 3);
                    let line = format!(
                        "{marker} {} {count}",
                        display::fit(&entity.name, name_width)
                    );
                    let mut style = if state.active == Some(id) {
                        self.theme.title()
                    } else {
                        Default::default()
                    };
                    if i == state.selected {
                        style = style.patch(self.theme.selected(focused));
                    }
                    buf.set_string(x, y, line, style);
                }
            }
            y += 1;
        }
    }
}

impl EntitiesPane<'_> {
    /// `I`: the ignored entities, the selected one marked, with how to restore it.
    fn render_ignored(&self, selected: usize, area: Rect, buf: &mut Buffer) {
        let focused = self.app.focus == Pane::Entities;
        let x = area.x + 2;
        let width = area.width.saturating_sub(3) as usize;
        let list = self.app.entities.ignored_list();
        let heading = format!("Ignored entities ({})", list.len());
        buf.set_string(
            x,
            area.y,
            display::truncate(&heading, width),
            self.theme.title(),
        );
        let hint = if list.is_empty() {
            "none · I: back"
        } else {
            "Enter: restore · I: back"
        };
        buf.set_string(
            x,
            area.y + 1,
            display::truncate(hint, width),
            self.theme.dim(),
        );
        let top = area.y + 2;
        let visible = area.bottom().saturating_sub(top) as usize;
        let first = (selected + 1).saturating_sub(visible);
        for (row, (i, (at, name))) in list
            .iter()
            .enumerate()
            .skip(first)
            .take(visible)
            .enumerate()
        {
            let mut style = ratatui::style::Style::default();
            if i == selected {
                style = style.patch(self.theme.selected(focused));
            }
            // Another reader's correction says whose it is.
            let by = self.app.entities.corrections.corrections.get(*at);
            let by = by.map(|c| c.signature().author.as_str());
            let label = match by.filter(|a| !a.is_empty() && *a != self.app.author()) {
                Some(author) => format!("{name} · by {author}"),
                None => (*name).to_owned(),
            };
            let line = format!("  {}", display::fit(&label, width.saturating_sub(2)));
            buf.set_string(x, top + row as u16, line, style);
        }
    }
}
