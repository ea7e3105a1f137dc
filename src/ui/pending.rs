//! The keys that can finish a sequence, in a small box above the status bar while its first
//! key waits (`m` lists the verdicts, `g` and `z` their motions), so a sequence is found
//! without the help screen.

use super::{Theme, overlay_frame};
use crate::app::App;
use crate::text::display;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

pub struct PendingKeys<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
}

impl Widget for PendingKeys<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let typed = &self.app.pending.keys;
        if typed.is_empty() {
            return;
        }
        let next = self.app.keymap.continuations(self.app.context(), typed);
        if next.is_empty() {
            return;
        }
        let lines: Vec<String> = next
            .iter()
            .map(|(key, what)| format!("{key}  {what}"))
            .collect();
        let widest = lines
            .iter()
            .map(|l| display::str_width(l))
            .max()
            .unwrap_or(0);
        let title = format!(" {} ", self.app.pending.display());
        let width = (widest.max(title.len()) + 2).min(area.width as usize) as u16;
        let height = (lines.len() + 2).min(area.height as usize) as u16;
        if width < 8 || height < 3 {
            return;
        }
        let boxed = Rect {
            x: area.x + area.width - width,
            y: area.y + area.height - height,
            width,
            height,
        };
        let inner = overlay_frame(boxed, buf, self.theme, &title, "");
        for (i, line) in lines.iter().enumerate().take(inner.height as usize) {
            let text = display::truncate(line, inner.width as usize);
            buf.set_string(inner.x, inner.y + i as u16, text, self.theme.dim());
        }
    }
}
