//! Reading styles off a drawn screen: the runs of text whose cells a test looks for (an
//! entity's highlighted mentions, the word cursor).
#![allow(dead_code)] // each test file uses its own part

use margin::app::geometry::Rect;
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;

/// The runs of consecutive cells in `area`, row by row, whose modifiers `keep` accepts.
pub fn runs_where(buffer: &Buffer, area: Rect, keep: impl Fn(Modifier) -> bool) -> Vec<String> {
    let mut runs = Vec::new();
    for y in area.y..area.y + area.height {
        let mut run = String::new();
        for x in area.x..area.x + area.width {
            let cell = &buffer[(x, y)];
            if keep(cell.modifier) {
                run.push_str(cell.symbol());
            } else if !run.is_empty() {
                runs.push(std::mem::take(&mut run));
            }
        }
        if !run.is_empty() {
            runs.push(run);
        }
    }
    runs
}
