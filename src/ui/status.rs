//! The status bar: corpus, article n/N, sentence n/N, mode, and the latest message when it
//! fits whole at the right (a longer one goes above the bar); while a prompt is typed, the
//! prompt line itself.

use super::Theme;
use crate::app::{App, Mode};
use crate::text::display;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

pub struct StatusBar<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
    /// The message to show at the right of the line, when it fits there whole (else it is
    /// drawn above the bar, see `super::messages`).
    pub inline: Option<crate::app::Message>,
}

impl Widget for StatusBar<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        buf.set_style(area, self.theme.status_bar());
        if let Mode::Prompt(prompt) = &app.mode {
            let sigil = prompt.kind.sigil();
            let shown = display::sanitize(&prompt.input);
            let line = Line::from(vec![
                Span::styled(sigil, self.theme.title()),
                Span::raw(shown),
                Span::styled(" ", Style::default().add_modifier(Modifier::REVERSED)),
            ]);
            line.render(area, buf);
            if let Some(message) = &self.inline {
                self.right(
                    area,
                    buf,
                    &message.text,
                    self.theme.message(message.severity),
                );
            }
            return;
        }
        // A message shown here keeps its room; the left part gives up decorations for it.
        let reserve = self
            .inline
            .as_ref()
            .map_or(0, |m| display::str_width(&m.text) + 3);
        let (mode, left) = left_parts(app, area.width, reserve);
        let mode_width = display::str_width(&mode) as u16;
        buf.set_string(area.x, area.y, &mode, self.theme.mode());
        let room = area.width.saturating_sub(mode_width) as usize;
        buf.set_string(
            area.x + mode_width,
            area.y,
            display::truncate(&left, room),
            self.theme.status_bar(),
        );
        let used = mode_width as usize + display::str_width(&left);
        let (hint, style) = match &self.inline {
            // A count or half a sequence waits for its next key: show it, as vim does.
            _ if !app.pending.is_empty() => (app.pending.display(), self.theme.title()),
            Some(message) => (message.text.clone(), self.theme.message(message.severity)),
            None if let Some(summary) = annotation_summary(app) => (summary, self.theme.dim()),
            None if area.width as usize > used + 16 => {
                ("? help  q quit".to_string(), self.theme.dim())
            }
            None => (String::new(), self.theme.dim()),
        };
        if area.width as usize > used + 4 {
            let room = area.width as usize - used - 2;
            let text = display::truncate(&hint, room);
            self.right(area, buf, &text, style);
        }
    }
}

/// The mode's label and the rest of the left part: corpus, article, sentence, coverage, as
/// much of it as leaves `reserve` columns free at the right (for a message). Decorations go
/// first: the word "check-worthy", then the corpus name is cut and then dropped, then the
/// coverage; the mode and the article and sentence numbers always stay.
fn left_parts(app: &App, width: u16, reserve: usize) -> (String, String) {
    let position = match app.sentence_count() {
        Some(0) => "no sentences".to_string(),
        Some(sentences) => format!("sentence {}/{}", app.cursor + 1, sentences),
        // Still counting: the sentences further down are not split yet.
        None => format!("sentence {}/…", app.cursor + 1),
    };
    let mode = format!(" {} ", app.mode.name());
    let rest = format!(
        "│ article {}/{} │ {} ",
        app.current.0 + 1,
        app.corpus.len(),
        position
    );
    let name = display::sanitize(&app.corpus.name);
    let coverage = app.coverage(app.current).filter(|c| c.checkworthy > 0);
    let (long, short) = match coverage {
        None => (String::new(), String::new()),
        Some(c) => (
            format!("│ {}/{} check-worthy reviewed ", c.reviewed, c.checkworthy),
            format!("│ {}/{} reviewed ", c.reviewed, c.checkworthy),
        ),
    };
    let room = (width as usize).saturating_sub(reserve + display::str_width(&mode));
    let fits = |name: &str, extra: &str| {
        display::str_width(name) + display::str_width(&rest) + display::str_width(extra) + 2 <= room
    };
    let left = if fits(&name, &long) {
        format!(" {name} {rest}{long}")
    } else if fits(&name, &short) {
        format!(" {name} {rest}{short}")
    } else if fits(&display::truncate(&name, 8), &short) {
        let cut = room.saturating_sub(display::str_width(&rest) + display::str_width(&short) + 2);
        format!(" {} {rest}{short}", display::truncate(&name, cut))
    } else if fits("", &short) {
        format!(" {}{short}", rest.trim_start_matches("│ "))
    } else {
        format!(" {}", rest.trim_start_matches("│ "))
    };
    (mode, left)
}

/// Columns free for a message at the right of the status line of `width`, once the left
/// part has given up its decorations.
pub fn message_room(app: &App, width: u16) -> usize {
    let used = match &app.mode {
        Mode::Prompt(prompt) => {
            display::str_width(prompt.kind.sigil()) + display::str_width(&prompt.input) + 1
        }
        _ => {
            let (mode, left) = left_parts(app, width, usize::from(width));
            display::str_width(&mode) + display::str_width(&left)
        }
    };
    (width as usize).saturating_sub(used + 3)
}

/// What the cursor sentence carries: "✗ disputed · #error · contradicts “…” · note: …", or
/// for a cited passage, which claim cites it.
fn annotation_summary(app: &App) -> Option<String> {
    let span = app.cursor_span()?;
    let notes = app.notes()?;
    let article = app.article()?;
    let mut parts = Vec::new();
    if let Some(claim) = notes
        .annotations
        .claim_for(span)
        .or_else(|| notes.annotations.claims_overlapping(span).next())
    {
        parts.push(match claim.status {
            Some(status) => format!(
                "{} {}",
                super::Theme::verdict_sign(Some(status)),
                status.as_str()
            ),
            None => "claim".to_string(),
        });
        parts.extend(someone_else(app, &claim.author));
        parts.extend(claim.tags.iter().map(|t| format!("#{t}")));
        if !claim.evidence.is_empty() {
            // The claim shows its evidence: the first cited passage, and how many more.
            for evidence in claim.evidence.iter().take(1) {
                let quote = display::truncate(&evidence.anchor.quote, 40);
                parts.push(format!("{} “{quote}”", evidence.relation.as_str()));
            }
            if claim.evidence.len() > 1 {
                parts.push(format!("+{} more evidence", claim.evidence.len() - 1));
            }
        }
        if let Some(line) = claim.note.lines().next() {
            parts.push(format!("note: {line}"));
        }
    }
    if let Some(highlight) = notes.annotations.highlights_overlapping(span).next() {
        let mut text = "highlight".to_string();
        if let Some(by) = someone_else(app, &highlight.author) {
            text.push_str(&format!(" {by}"));
        }
        for tag in &highlight.tags {
            text.push_str(&format!(" #{tag}"));
        }
        parts.push(text);
    }
    let cited = crate::annotations::citations_of(
        app.annotations.notes.iter().map(|n| &n.annotations),
        &article.file,
        span,
    );
    // The cited passage shows which claim cites it (o goes there).
    if let Some(first) = cited.first() {
        let quote = display::truncate(&first.claim.anchor.quote, 40);
        let more = if cited.len() > 1 {
            format!(" and {} more", cited.len() - 1)
        } else {
            String::new()
        };
        parts.push(format!(
            "cited as {} by “{quote}”{more} (o: go there)",
            if first.evidence.relation == crate::annotations::Relation::Supports {
                "support"
            } else {
                "contradiction"
            },
        ));
    }
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// "by Ana" when `author` is known and is not the reader.
fn someone_else(app: &App, author: &str) -> Option<String> {
    (!author.is_empty() && author != app.author()).then(|| format!("by {author}"))
}

impl StatusBar<'_> {
    fn right(&self, area: Rect, buf: &mut Buffer, text: &str, style: Style) {
        let width = display::str_width(text) as u16 + 1;
        let x = area.x + area.width.saturating_sub(width);
        buf.set_string(x, area.y, display::sanitize(text), style);
    }
}
