//! Which panes are on screen: `Tab` moves the keyboard between the article, the entities
//! pane and the article list, `Ctrl-w` zooms the focused one. A pane the terminal has no
//! column for floats over the article while it has the keyboard, so every pane can be
//! reached at every size, and the reader is told why it floats.

use super::action::{Action, Dir};
use super::geometry::{Areas, View};
use super::{App, Pane};

impl App {
    /// What the panes' places depend on besides the terminal's size.
    pub fn view(&self) -> View {
        View {
            focus: self.focus,
            zoomed: self.zoomed,
        }
    }

    /// Places the panes again when the focus or the zoom changed since the last layout; the
    /// article is wrapped again only if its width changed.
    pub(super) fn fit_panes(&mut self) {
        let (width, height) = self.areas.size();
        if Areas::of(width, height, &self.config.panes, self.view()) != self.areas {
            self.resize(width, height);
        }
    }

    /// Tab: article → entities → list → article.
    pub(super) fn cycle_focus(&mut self, dir: Dir) {
        let order = [Pane::Article, Pane::Entities, Pane::List];
        let at = order.iter().position(|p| *p == self.focus).unwrap_or(0);
        let next = match dir {
            Dir::Next => (at + 1) % order.len(),
            Dir::Prev => (at + order.len() - 1) % order.len(),
        };
        self.focus = order[next];
        if self.focus == Pane::List {
            self.list_selected = self.current.0;
        }
        self.fit_panes();
        if !self.zoomed && self.areas.floating == Some(self.focus) {
            let zoom = self.key_named(&Action::ToggleZoom);
            self.info(format!(
                "{} over the article (too narrow for three panes) · {zoom}: zoom",
                pane_name(self.focus)
            ));
        }
    }

    /// Ctrl-w: the focused pane alone, or all panes again.
    pub(super) fn toggle_zoom(&mut self) {
        self.zoomed = !self.zoomed;
        self.fit_panes();
        let zoom = self.key_named(&Action::ToggleZoom);
        if self.zoomed {
            self.info(format!(
                "zoom: the {} alone · Tab: the next pane · {zoom}: all panes",
                pane_name(self.focus)
            ));
        } else {
            self.info(format!("all panes · {zoom}: the focused pane alone"));
        }
    }

    /// The key bound to `action` where keys are pressed while reading, for a message.
    pub(super) fn key_named(&self, action: &Action) -> String {
        self.keymap.reading_key_name(action)
    }
}

fn pane_name(pane: Pane) -> &'static str {
    match pane {
        Pane::List => "article list",
        Pane::Article => "article",
        Pane::Entities => "entities pane",
    }
}
