//! The help overlay: the lines `app::help` builds from the keymap, scrolled and searched as
//! the app says; lines holding the search are highlighted, and while typing the search shows
//! in the box's bottom border.

use super::{Theme, centered, overlay_frame};
use crate::app::App;
use crate::app::help::{HelpView, LineKind};
use crate::text::display;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

pub struct HelpOverlay<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
    pub view: &'a HelpView,
}

impl Widget for HelpOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (help, _) = self.app.help_view();
        let box_area = centered(area, 92, area.height.saturating_sub(2));
        let inner_height = box_area.height.saturating_sub(2) as usize;
        let scroll = self
            .view
            .scroll
            .min(help.len().saturating_sub(inner_height));
        let lines: Vec<Line> = help
            .iter()
            .skip(scroll)
            .take(inner_height)
            .map(|line| {
                let style = match line.kind {
                    _ if self.view.matches(line) => self.theme.selected(true),
                    LineKind::Title => self.theme.title(),
                    LineKind::Note => self.theme.dim(),
                    LineKind::Entry | LineKind::Blank => Default::default(),
                };
                Line::styled(line.text.as_str(), style)
            })
            .collect();
        let footer = if self.view.typing {
            format!(
                " /{}▏ Enter keep · Esc close ",
                display::sanitize(&self.view.query)
            )
        } else {
            " j/k Space scroll · / search, n N · Esc close ".to_string()
        };
        let inner = overlay_frame(box_area, buf, self.theme, " margin — keys ", &footer);
        Paragraph::new(lines).render(inner, buf);
    }
}
