//! The help overlay: every key of every context, straight from the keymap.

use super::{Theme, centered, overlay_frame};
use crate::app::App;
use crate::app::action::{Action, Dir};
use crate::app::keymap::Context;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

/// What each gutter mark says of the row it starts on (drawn by `article.rs`).
const GUTTER: [(&str, &str); 5] = [
    ("✓", "a claim marked verified starts here"),
    ("✗", "a claim marked disputed starts here"),
    ("•", "a claim not yet judged starts here"),
    ("◆", "a passage cited as evidence by a claim starts here"),
    ("·", "a check-worthy sentence not yet reviewed starts here"),
];

pub struct HelpOverlay<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
    pub scroll: usize,
}

impl Widget for HelpOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let mut lines = Vec::new();
        for (context, rows) in self.app.config.keymap.describe() {
            if !lines.is_empty() {
                lines.push(Line::default());
            }
            lines.push(Line::styled(context.title(), self.theme.title()));
            for (keys, what) in rows {
                lines.push(Line::from(vec![
                    Span::raw(format!("  {keys:<22} ")),
                    Span::raw(what),
                ]));
            }
        }
        lines.push(Line::default());
        lines.push(Line::styled(
            "Gutter (left of the text)",
            self.theme.title(),
        ));
        for (symbol, what) in GUTTER {
            lines.push(Line::from(format!("  {symbol}  {what}")));
        }
        lines.push(Line::default());
        let keymap = &self.app.config.keymap;
        let key = |action: Action| {
            keymap
                .key_for(Context::Article, &action)
                .map_or_else(|| format!("{action:?}"), |k| k.to_string())
        };
        for line in [
            "Mouse: click a sentence or an article; the wheel scrolls.".to_string(),
            format!(
                "{} leaves the mouse to the terminal, so its own selection works.",
                key(Action::ToggleMouse)
            ),
            format!(
                "Panes: {} reaches each at any size (over the article where it has no room);",
                key(Action::CycleFocus(Dir::Next))
            ),
            format!("{} zooms the focused pane.", key(Action::ToggleZoom)),
        ] {
            lines.push(Line::styled(line, self.theme.dim()));
        }
        let box_area = centered(area, 92, area.height.saturating_sub(2));
        let inner_height = box_area.height.saturating_sub(2) as usize;
        let scroll = self.scroll.min(lines.len().saturating_sub(inner_height));
        let inner = overlay_frame(
            box_area,
            buf,
            self.theme,
            " margin — keys ",
            " j/k scroll · Esc close ",
        );
        Paragraph::new(lines)
            .scroll((scroll as u16, 0))
            .render(inner, buf);
    }
}
