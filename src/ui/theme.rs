//! Styles by meaning: the only place that picks colours. With `NO_COLOR` every mark falls back
//! to modifiers (bold, underline, reverse), so each stays distinguishable.

use crate::annotations::Status;
use crate::app::Severity;
use crate::config::Colours;
use crate::text::marks::{Mark, MarkSet};
use ratatui::style::{Color, Modifier, Style};
use std::str::FromStr;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Theme {
    colour: bool,
    accent: Color,
    cursor: Color,
    search: Color,
    heading: Color,
    dim: Color,
    mention: Color,
}

impl Theme {
    /// The theme for `colours`, or `Err` naming the first colour that does not parse.
    pub fn new(colours: &Colours, no_color: bool) -> Result<Self, String> {
        let pick = |name: &str, value: &Option<String>, default: Color| match value {
            None => Ok(default),
            Some(v) => Color::from_str(v)
                .map_err(|_| format!("colours.{name}: \"{v}\" is not a colour name or #rrggbb")),
        };
        Ok(Theme {
            colour: !no_color,
            accent: pick("accent", &colours.accent, Color::Cyan)?,
            cursor: pick("cursor", &colours.cursor, Color::Indexed(236))?,
            search: pick("search", &colours.search, Color::Yellow)?,
            heading: pick("heading", &colours.heading, Color::LightBlue)?,
            dim: pick("dim", &colours.dim, Color::DarkGray)?,
            mention: pick("mention", &colours.mention, Color::LightCyan)?,
        })
    }

    /// The theme for the environment: colours unless `NO_COLOR` is set to anything.
    pub fn from_env(colours: &Colours) -> Result<Self, String> {
        Self::new(
            colours,
            std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
        )
    }

    /// The style of text under a set of marks. Precedence: the current match over other
    /// matches over the cursor over headings.
    pub fn marks(&self, marks: MarkSet) -> Style {
        let mut style = Style::default();
        if marks.has(Mark::Heading) {
            style = style.add_modifier(Modifier::BOLD);
            if self.colour {
                style = style.fg(self.heading);
            }
        }
        if marks.has(Mark::Mention) && self.colour {
            style = style.fg(self.mention);
        }
        if marks.has(Mark::ActiveEntity) {
            style = style.add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
            if self.colour {
                style = style.fg(self.accent);
            }
        }
        if marks.has(Mark::Highlight) {
            style = if self.colour {
                style.bg(Color::Indexed(58))
            } else {
                style.add_modifier(Modifier::UNDERLINED)
            };
        }
        if marks.has(Mark::Verified) {
            style = if self.colour {
                style.fg(Color::LightGreen)
            } else {
                style.add_modifier(Modifier::ITALIC)
            };
        }
        if marks.has(Mark::Disputed) {
            style = if self.colour {
                style.fg(Color::LightRed).add_modifier(Modifier::UNDERLINED)
            } else {
                style.add_modifier(Modifier::ITALIC | Modifier::UNDERLINED)
            };
        }
        if marks.has(Mark::Misleading) {
            style = if self.colour {
                style.fg(Color::Yellow).add_modifier(Modifier::UNDERLINED)
            } else {
                style.add_modifier(Modifier::UNDERLINED)
            };
        }
        if marks.has(Mark::Unverifiable) {
            style = if self.colour {
                style.fg(Color::LightMagenta)
            } else {
                style.add_modifier(Modifier::ITALIC | Modifier::DIM)
            };
        }
        if marks.has(Mark::NotAClaim) {
            // Dismissed: the text recedes.
            style = style.add_modifier(Modifier::DIM);
        }
        if marks.has(Mark::Cursor) {
            style = if self.colour {
                style.bg(self.cursor)
            } else {
                style.add_modifier(Modifier::BOLD)
            };
        }
        if marks.has(Mark::Word) {
            style = style.add_modifier(Modifier::UNDERLINED);
        }
        if marks.has(Mark::SearchMatch) {
            style = if self.colour {
                style.fg(Color::Black).bg(self.search)
            } else {
                style.add_modifier(Modifier::UNDERLINED)
            };
        }
        if marks.has(Mark::Selection) {
            style = style.add_modifier(Modifier::REVERSED);
        }
        if marks.has(Mark::CurrentMatch) {
            style = if self.colour {
                style
                    .fg(Color::Black)
                    .bg(self.accent)
                    .add_modifier(Modifier::BOLD)
            } else {
                style.add_modifier(Modifier::REVERSED | Modifier::UNDERLINED)
            };
        }
        style
    }

    pub fn verified(&self) -> Style {
        self.verdict(Some(Status::Verified))
    }

    pub fn disputed(&self) -> Style {
        self.verdict(Some(Status::Disputed))
    }

    /// How a claim's verdict is drawn in the gutter, the status bar and the overview.
    pub fn verdict(&self, status: Option<Status>) -> Style {
        let plain = Style::default();
        match (status, self.colour) {
            (Some(Status::Verified), true) => plain.fg(Color::LightGreen),
            (Some(Status::Verified), false) => plain.add_modifier(Modifier::BOLD),
            (Some(Status::Disputed), true) => plain.fg(Color::LightRed),
            (Some(Status::Disputed), false) => {
                plain.add_modifier(Modifier::BOLD | Modifier::ITALIC)
            }
            (Some(Status::Misleading), true) => plain.fg(Color::Yellow),
            (Some(Status::Misleading), false) => plain.add_modifier(Modifier::ITALIC),
            (Some(Status::Unverifiable), true) => plain.fg(Color::LightMagenta),
            (Some(Status::Unverifiable), false) => plain.add_modifier(Modifier::UNDERLINED),
            (Some(Status::NotAClaim) | None, _) => self.dim(),
        }
    }

    /// The one-cell sign of a claim's verdict: ✓ ✗ ≈ ? –, and • for a claim without one.
    pub fn verdict_sign(status: Option<Status>) -> &'static str {
        match status {
            Some(Status::Verified) => "✓",
            Some(Status::Disputed) => "✗",
            Some(Status::Misleading) => "≈",
            Some(Status::Unverifiable) => "?",
            Some(Status::NotAClaim) => "–",
            None => "•",
        }
    }

    /// The `k`th series of a chart: colours that tell series apart, and plain text
    /// without colour (the legend and lanes tell them apart there).
    pub fn series(&self, k: usize) -> Style {
        const COLOURS: [Color; 6] = [
            Color::LightCyan,
            Color::LightYellow,
            Color::LightMagenta,
            Color::LightGreen,
            Color::LightBlue,
            Color::LightRed,
        ];
        if self.colour {
            Style::default().fg(COLOURS[k % COLOURS.len()])
        } else {
            Style::default()
        }
    }

    pub fn highlight_label(&self) -> Style {
        if self.colour {
            Style::default().fg(Color::Yellow)
        } else {
            Style::default().add_modifier(Modifier::UNDERLINED)
        }
    }

    /// A label's heading in the entities pane.
    pub fn label_heading(&self) -> Style {
        self.dim().add_modifier(Modifier::BOLD)
    }

    pub fn cursor_gutter(&self) -> Style {
        self.fg(self.accent).add_modifier(Modifier::BOLD)
    }

    pub fn title(&self) -> Style {
        self.fg(self.accent).add_modifier(Modifier::BOLD)
    }

    pub fn dim(&self) -> Style {
        if self.colour {
            Style::default().fg(self.dim)
        } else {
            Style::default().add_modifier(Modifier::DIM)
        }
    }

    pub fn border(&self, focused: bool) -> Style {
        if focused {
            self.fg(self.accent)
        } else {
            self.dim()
        }
    }

    /// The selected row of a list: reversed, so it shows without colour too.
    pub fn selected(&self, focused: bool) -> Style {
        if focused {
            Style::default().add_modifier(Modifier::REVERSED)
        } else {
            Style::default().add_modifier(Modifier::BOLD)
        }
    }

    pub fn status_bar(&self) -> Style {
        if self.colour {
            Style::default().bg(Color::Indexed(235)).fg(Color::Gray)
        } else {
            Style::default()
        }
    }

    pub fn mode(&self) -> Style {
        let style = Style::default().add_modifier(Modifier::BOLD);
        if self.colour {
            style.fg(Color::Black).bg(self.accent)
        } else {
            style.add_modifier(Modifier::REVERSED)
        }
    }

    pub fn message(&self, severity: Severity) -> Style {
        match (self.colour, severity) {
            (true, Severity::Info) => Style::default().fg(Color::Gray),
            (true, Severity::Warning) => Style::default().fg(Color::Yellow),
            (true, Severity::Error) => Style::default()
                .fg(Color::LightRed)
                .add_modifier(Modifier::BOLD),
            (false, Severity::Info) => Style::default(),
            (false, _) => Style::default().add_modifier(Modifier::BOLD),
        }
    }

    fn fg(&self, colour: Color) -> Style {
        if self.colour {
            Style::default().fg(colour)
        } else {
            Style::default()
        }
    }
}

impl Default for Theme {
    fn default() -> Self {
        Self::new(&Colours::default(), false).unwrap_or(Theme {
            colour: false,
            accent: Color::Reset,
            cursor: Color::Reset,
            search: Color::Reset,
            heading: Color::Reset,
            dim: Color::Reset,
            mention: Color::Reset,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_colour_every_mark_still_differs_from_plain_text() {
        let theme = Theme::new(&Colours::default(), true).unwrap();
        let plain = theme.marks(MarkSet::default());
        for mark in [
            Mark::Heading,
            Mark::Cursor,
            Mark::SearchMatch,
            Mark::CurrentMatch,
            Mark::Word,
        ] {
            let style = theme.marks(MarkSet::default().with(mark));
            assert_ne!(style, plain, "{mark:?}");
            assert_eq!(style.fg, None);
            assert_eq!(style.bg, None);
        }
    }

    #[test]
    fn a_bad_colour_is_named() {
        let colours = Colours {
            accent: Some("sky-ish".into()),
            ..Colours::default()
        };
        assert_eq!(
            Theme::new(&colours, false).unwrap_err(),
            "colours.accent: \"sky-ish\" is not a colour name or #rrggbb"
        );
    }
}
