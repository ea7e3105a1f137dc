//! Screen geometry: where each pane goes for a terminal size. Pure arithmetic, shared by
//! `App::update` (scrolling, mouse hits) and the renderer, so they always agree.

use super::mode::Pane;
use crate::config::PaneWidths;

/// A rectangle of terminal cells.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Rect {
    pub x: u16,
    pub y: u16,
    pub width: u16,
    pub height: u16,
}

impl Rect {
    pub fn contains(self, column: u16, row: u16) -> bool {
        column >= self.x
            && column < self.x + self.width
            && row >= self.y
            && row < self.y + self.height
    }

    pub fn bottom(self) -> u16 {
        self.y + self.height
    }
}

/// Smallest terminal margin can draw in; below it a one-line message is shown.
pub const MIN_WIDTH: u16 = 30;
pub const MIN_HEIGHT: u16 = 6;
/// Columns left of the article text for claim marks.
pub const GUTTER: u16 = 2;
/// Rows above the article text: the title and a blank row.
pub const HEADER_ROWS: u16 = 2;
/// Article width below which the side panes are hidden.
const MIN_ARTICLE_WIDTH: u16 = 40;

/// Which pane has the keyboard and whether it is zoomed: the part of the app's state the
/// panes' places depend on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct View {
    pub focus: Pane,
    /// The focused pane fills the screen above the status bar.
    pub zoomed: bool,
}

impl Default for View {
    fn default() -> Self {
        View {
            focus: Pane::Article,
            zoomed: false,
        }
    }
}

/// The panes for one terminal size. Side panes are `None` when the terminal is too narrow,
/// unless they have the keyboard: then they float over the article (`floating`), so every
/// pane can be reached at every size.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Areas {
    pub list: Option<Rect>,
    pub article: Rect,
    /// Where the article's text rows go: inside `article`, right of the gutter, at most
    /// `max_text_width` wide.
    pub text: Rect,
    pub entities: Option<Rect>,
    pub status: Rect,
    /// The pane drawn over the others (zoomed, or focused where it has no column of its
    /// own); the article when it is zoomed.
    pub floating: Option<Pane>,
    pub too_small: bool,
}

impl Areas {
    /// The terminal size (columns, rows) these areas were computed for.
    pub fn size(&self) -> (u16, u16) {
        (self.status.width, self.status.bottom())
    }

    pub fn of(width: u16, height: u16, widths: &PaneWidths, view: View) -> Self {
        let status = Rect {
            x: 0,
            y: height.saturating_sub(1),
            width,
            height: 1.min(height),
        };
        if width < MIN_WIDTH || height < MIN_HEIGHT {
            return Areas {
                status,
                too_small: true,
                ..Areas::default()
            };
        }
        let body = Rect {
            x: 0,
            y: 0,
            width,
            height: height - 1,
        };
        if view.zoomed && view.focus == Pane::Article {
            return Areas {
                floating: Some(Pane::Article),
                ..Self::columns(body, status, None, None, widths)
            };
        }
        let list_width = widths.list_at(width);
        let list_fits = width > list_width + MIN_ARTICLE_WIDTH + GUTTER;
        let list = list_fits.then_some(Rect {
            width: list_width,
            ..body
        });
        let beside_list = width - list.map_or(0, |l| l.width);
        let entities_fit = beside_list >= widths.entities + MIN_ARTICLE_WIDTH + 20;
        let entities = entities_fit.then(|| Rect {
            x: width - widths.entities,
            width: widths.entities,
            ..body
        });
        let mut areas = Self::columns(body, status, list, entities, widths);
        // A zoomed pane covers the body; a focused pane without a column of its own floats
        // over its side of the article. The article below keeps its width, so nothing is
        // wrapped again.
        let article = areas.article;
        match view.focus {
            Pane::List if view.zoomed => areas.list = Some(body),
            Pane::Entities if view.zoomed => areas.entities = Some(body),
            Pane::List if list.is_none() => {
                areas.list = Some(Rect {
                    width: list_width.min(article.width),
                    ..article
                })
            }
            Pane::Entities if entities.is_none() => {
                let width = widths.entities.min(article.width);
                areas.entities = Some(Rect {
                    x: article.x + article.width - width,
                    width,
                    ..article
                })
            }
            _ => return areas,
        }
        areas.floating = Some(view.focus);
        areas
    }

    /// The article between the side panes given, and its text rows.
    fn columns(
        body: Rect,
        status: Rect,
        list: Option<Rect>,
        entities: Option<Rect>,
        widths: &PaneWidths,
    ) -> Self {
        let left = list.map_or(body.x, |l| l.x + l.width);
        let right = entities.map_or(body.x + body.width, |e| e.x);
        let article = Rect {
            x: left,
            width: right - left,
            ..body
        };
        let text_width = article
            .width
            .saturating_sub(GUTTER + 2)
            .min(widths.max_text)
            .max(1);
        let text = Rect {
            x: article.x + GUTTER,
            y: HEADER_ROWS.min(body.height),
            width: text_width,
            height: body.height.saturating_sub(HEADER_ROWS).max(1),
        };
        Areas {
            list,
            article,
            text,
            entities,
            status,
            floating: None,
            too_small: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wide_terminal_has_three_panes_and_text_at_most_the_maximum_width() {
        let a = Areas::of(200, 50, &PaneWidths::default(), View::default());
        assert!(a.list.is_some() && a.entities.is_some());
        assert_eq!(a.text.width, PaneWidths::default().max_text);
        assert_eq!(
            a.status,
            Rect {
                x: 0,
                y: 49,
                width: 200,
                height: 1
            }
        );
    }

    #[test]
    fn narrow_terminals_hide_side_panes_before_squeezing_the_article() {
        let a = Areas::of(60, 20, &PaneWidths::default(), View::default());
        assert!(a.list.is_none() && a.entities.is_none());
        assert_eq!(a.article.width, 60);
        assert!(Areas::of(20, 5, &PaneWidths::default(), View::default()).too_small);
    }

    #[test]
    fn areas_know_the_size_they_were_computed_for() {
        for (width, height) in [(0, 0), (1, 1), (20, 5), (30, 6), (200, 50)] {
            let areas = Areas::of(width, height, &PaneWidths::default(), View::default());
            assert_eq!(areas.size(), (width, height));
        }
    }

    fn focused(pane: Pane, zoomed: bool) -> View {
        View {
            focus: pane,
            zoomed,
        }
    }

    #[test]
    fn a_focused_side_pane_without_a_column_floats_over_its_side_of_the_article() {
        let widths = PaneWidths::default();
        let plain = Areas::of(80, 24, &widths, View::default());
        assert!(plain.entities.is_none() && plain.floating.is_none());
        let entities = Areas::of(80, 24, &widths, focused(Pane::Entities, false));
        assert_eq!(entities.floating, Some(Pane::Entities));
        let pane = entities.entities.unwrap();
        assert_eq!(pane.x + pane.width, 80);
        assert_eq!(pane.width, widths.entities);
        // The article under it keeps its place, so its text is not wrapped again.
        assert_eq!(
            (entities.article, entities.text),
            (plain.article, plain.text)
        );

        let narrow = Areas::of(60, 20, &widths, focused(Pane::List, false));
        assert_eq!(narrow.floating, Some(Pane::List));
        assert_eq!(narrow.list.unwrap().x, 0);
        assert_eq!(narrow.list.unwrap().width, widths.list);
    }

    #[test]
    fn a_pane_with_a_column_does_not_float_when_focused() {
        let areas = Areas::of(
            200,
            60,
            &PaneWidths::default(),
            focused(Pane::Entities, false),
        );
        assert_eq!(areas.floating, None);
        assert_eq!(
            areas,
            Areas::of(200, 60, &PaneWidths::default(), View::default())
        );
    }

    #[test]
    fn a_zoomed_pane_fills_the_screen_above_the_status_bar() {
        let widths = PaneWidths::default();
        let article = Areas::of(120, 40, &widths, focused(Pane::Article, true));
        assert!(article.list.is_none() && article.entities.is_none());
        assert_eq!(article.article.width, 120);
        assert_eq!(article.text.width, widths.max_text);
        for pane in [Pane::Entities, Pane::List] {
            let areas = Areas::of(120, 40, &widths, focused(pane, true));
            let covering = match pane {
                Pane::List => areas.list,
                _ => areas.entities,
            };
            assert_eq!(
                covering,
                Some(Rect {
                    x: 0,
                    y: 0,
                    width: 120,
                    height: 39
                })
            );
            assert_eq!(areas.floating, Some(pane));
        }
    }

    #[test]
    fn the_article_list_widens_with_the_terminal() {
        let widths = PaneWidths::default();
        let list = |width| {
            Areas::of(width, 40, &widths, View::default())
                .list
                .unwrap()
                .width
        };
        assert!(
            list(80) < list(160) && list(160) < list(200),
            "{}",
            list(160)
        );
        assert!(list(400) == widths.list_max);
    }
}
