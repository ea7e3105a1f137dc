//! Drawing: a pure function of `&App` onto a ratatui frame. Nothing here changes state, wraps
//! text or reads files. The panes are computed from the frame drawn on, by the same function
//! `App` uses on resize: the two agree once the app has seen the frame's size, and a frame
//! of another size (a resize not yet handled) is still drawn inside its bounds.

mod article;
mod checks;
mod concordance;
mod entities;
mod help;
mod list;
mod messages;
mod note;
mod overview;
mod pending;
mod quotes;
mod reattach;
mod results;
mod roles;
mod status;
pub mod theme;
mod timeline;

use crate::app::geometry::{Areas, MIN_HEIGHT, MIN_WIDTH, Rect as AreaRect};
use crate::app::{App, Mode, Pane};
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget};
pub use theme::Theme;

/// Draws the whole screen.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame) {
    let size = frame.area();
    let areas = &if app.areas.size() == (size.width, size.height) {
        app.areas
    } else {
        Areas::of(size.width, size.height, &app.config.panes, app.view())
    };
    if areas.too_small {
        let size = frame.area();
        let message = format!(
            "margin needs {MIN_WIDTH}×{MIN_HEIGHT} (now {}×{})",
            size.width, size.height
        );
        let y = size.height / 2;
        frame.render_widget(
            Paragraph::new(Line::from(message)).centered(),
            Rect {
                x: 0,
                y,
                width: size.width,
                height: 1.min(size.height),
            },
        );
        return;
    }
    // A floating pane (zoomed, or focused without a column of its own) goes over the
    // article, so it is drawn after it.
    let floats = |pane: Pane| areas.floating == Some(pane);
    let draw_list = |frame: &mut Frame, area| {
        frame.render_widget(list::ListPane { app, theme }, rect(area));
    };
    let draw_entities = |frame: &mut Frame, area| {
        frame.render_widget(entities::EntitiesPane { app, theme }, rect(area));
    };
    if let Some(list) = areas.list.filter(|_| !floats(Pane::List)) {
        draw_list(frame, list);
    }
    let text = rect(areas.text);
    frame.render_widget(
        article::ArticlePane { app, theme, text },
        rect(areas.article),
    );
    if let Some(pane) = areas.entities.filter(|_| !floats(Pane::Entities)) {
        draw_entities(frame, pane);
    }
    match (areas.floating, areas.list, areas.entities) {
        (Some(Pane::List), Some(area), _) => {
            frame.render_widget(Clear, rect(area));
            draw_list(frame, area);
        }
        (Some(Pane::Entities), _, Some(area)) => {
            frame.render_widget(Clear, rect(area));
            draw_entities(frame, area);
        }
        _ => {}
    }
    let body = Rect {
        x: 0,
        y: 0,
        width: areas.status.width,
        height: areas.status.y,
    };
    let plan = messages::Plan::new(app, body.width, body.height);
    frame.render_widget(
        status::StatusBar {
            app,
            theme,
            inline: plan.inline.clone(),
        },
        rect(areas.status),
    );
    match &app.mode {
        Mode::Help(view) => frame.render_widget(help::HelpOverlay { app, theme, view }, body),
        Mode::Results(results) => frame.render_widget(
            results::ResultsOverlay {
                app,
                theme,
                results,
            },
            body,
        ),
        Mode::Note(editor) => frame.render_widget(note::NoteOverlay { app, theme, editor }, body),
        Mode::Overview(overview) => frame.render_widget(
            overview::OverviewOverlay {
                app,
                theme,
                overview,
            },
            body,
        ),
        Mode::Evidence(picker) => {
            frame.render_widget(checks::EvidenceOverlay { app, theme, picker }, body)
        }
        Mode::Discrepancies { selected } => frame.render_widget(
            checks::DiscrepanciesOverlay {
                app,
                theme,
                selected: *selected,
            },
            body,
        ),
        Mode::Roles { selected } => frame.render_widget(
            roles::RolesOverlay {
                app,
                theme,
                selected: *selected,
            },
            body,
        ),
        Mode::Timeline { selected } => frame.render_widget(
            timeline::TimelineOverlay {
                app,
                theme,
                selected: *selected,
            },
            body,
        ),
        Mode::Reattach(picker) => {
            frame.render_widget(reattach::ReattachOverlay { app, theme, picker }, body)
        }
        Mode::Concordance(concordance) => frame.render_widget(
            concordance::ConcordanceOverlay {
                app,
                theme,
                concordance,
            },
            body,
        ),
        Mode::Quotes(view) => frame.render_widget(quotes::QuotesOverlay { app, theme, view }, body),
        Mode::Messages { scroll } => frame.render_widget(
            messages::LogView {
                app,
                theme,
                scroll: *scroll,
            },
            body,
        ),
        Mode::Reading | Mode::Prompt(_) | Mode::Selecting(_) => {}
    }
    frame.render_widget(pending::PendingKeys { app, theme }, body);
    // Messages go over everything but a question, which waits for its answer.
    let cursor = match app.mode {
        Mode::Reading | Mode::Prompt(_) | Mode::Selecting(_) => messages::cursor_rows(app),
        _ => None,
    };
    plan.render(theme, body, cursor, frame.buffer_mut());
    if let Some(question) = app.confirm {
        frame.render_widget(
            messages::ConfirmBox {
                theme,
                question: question.question(),
            },
            body,
        );
    }
}

fn rect(r: AreaRect) -> Rect {
    Rect {
        x: r.x,
        y: r.y,
        width: r.width,
        height: r.height,
    }
}

/// Clears `area` and draws an overlay's frame around it: a border with `title` at the top and
/// the overlay's keys at the bottom. Returns the inside.
fn overlay_frame(area: Rect, buf: &mut Buffer, theme: &Theme, title: &str, keys: &str) -> Rect {
    Clear.render(area, buf);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border(true))
        .title(title.to_string())
        .title_bottom(keys.to_string());
    let inner = block.inner(area);
    block.render(area, buf);
    inner
}

/// Draws `lines` into `area`, one a row, scrolled so that the line of row `selected` (the
/// number paired with a selectable line) stays in view with one line below it, and styles
/// that line as selected. Lines numbered `None` (headings, gaps) cannot be selected.
fn render_selectable(
    lines: Vec<(Line<'_>, Option<usize>)>,
    selected: usize,
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
) {
    let selected_line = lines
        .iter()
        .position(|(_, r)| *r == Some(selected))
        .unwrap_or(0);
    let rows = area.height as usize;
    let first = (selected_line + 2).saturating_sub(rows);
    for (i, (line, r)) in lines.into_iter().enumerate().skip(first).take(rows) {
        let row = Rect {
            y: area.y + (i - first) as u16,
            height: 1,
            ..area
        };
        line.render(row, buf);
        if r == Some(selected) {
            buf.set_style(row, theme.selected(true));
        }
    }
}

/// A box of at most `width` × `height` centred in `area`.
fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}
