//! Screen geometry: where each pane goes for a terminal size. Pure arithmetic, shared by
//! `App::update` (scrolling, mouse hits) and the renderer, so they always agree.

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

/// The panes for one terminal size. Side panes are `None` when the terminal is too narrow.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Areas {
    pub list: Option<Rect>,
    pub article: Rect,
    /// Where the article's text rows go: inside `article`, right of the gutter, at most
    /// `max_text_width` wide.
    pub text: Rect,
    pub entities: Option<Rect>,
    pub status: Rect,
    pub too_small: bool,
}

impl Areas {
    /// The terminal size (columns, rows) these areas were computed for.
    pub fn size(&self) -> (u16, u16) {
        (self.status.width, self.status.bottom())
    }

    pub fn of(width: u16, height: u16, widths: &PaneWidths, with_entities: bool) -> Self {
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
        let body_height = height - 1;
        let mut left = 0;
        let mut right = width;
        let list_fits = width > widths.list + MIN_ARTICLE_WIDTH + GUTTER;
        let list = list_fits.then(|| {
            left = widths.list;
            Rect {
                x: 0,
                y: 0,
                width: widths.list,
                height: body_height,
            }
        });
        let entities_fit =
            with_entities && right - left >= widths.entities + MIN_ARTICLE_WIDTH + 20;
        let entities = entities_fit.then(|| {
            right -= widths.entities;
            Rect {
                x: right,
                y: 0,
                width: widths.entities,
                height: body_height,
            }
        });
        let article = Rect {
            x: left,
            y: 0,
            width: right - left,
            height: body_height,
        };
        let text_width = article
            .width
            .saturating_sub(GUTTER + 2)
            .min(widths.max_text)
            .max(1);
        let text = Rect {
            x: article.x + GUTTER,
            y: HEADER_ROWS.min(body_height),
            width: text_width,
            height: body_height.saturating_sub(HEADER_ROWS).max(1),
        };
        Areas {
            list,
            article,
            text,
            entities,
            status,
            too_small: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wide_terminal_has_three_panes_and_text_at_most_the_maximum_width() {
        let a = Areas::of(200, 50, &PaneWidths::default(), true);
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
        let a = Areas::of(60, 20, &PaneWidths::default(), true);
        assert!(a.list.is_none() && a.entities.is_none());
        assert_eq!(a.article.width, 60);
        assert!(Areas::of(20, 5, &PaneWidths::default(), true).too_small);
    }

    #[test]
    fn areas_know_the_size_they_were_computed_for() {
        for (width, height) in [(0, 0), (1, 1), (20, 5), (30, 6), (200, 50)] {
            let areas = Areas::of(width, height, &PaneWidths::default(), true);
            assert_eq!(areas.size(), (width, height));
        }
    }
}
