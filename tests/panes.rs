//! Every pane at every size: the reader and the entities pane drawn at 80×24, 100×30,
//! 120×40 and 200×60, `Tab` reaching the entities pane where it has no column of its own,
//! `Ctrl-w` zooming the focused pane, and the article list widening with the terminal.

#[path = "support/reader.rs"]
mod support;

use margin::app::Pane;
use margin::app::action::Action;
use support::{Reader, reader_sized};

const SIZES: [(u16, u16); 4] = [(80, 24), (100, 30), (120, 40), (200, 60)];

/// The screen with trailing blanks cut, for snapshots.
fn screen(reader: &Reader) -> String {
    let screen = reader.screen();
    let lines: Vec<&str> = screen.lines().map(str::trim_end).collect();
    lines.join("\n")
}

#[test]
fn the_reader_and_the_entities_pane_at_four_sizes() {
    for (width, height) in SIZES {
        let mut reader = reader_sized(width, height);
        let shown = screen(&reader);
        assert!(shown.contains("article 1/5"), "{shown}");
        insta::assert_snapshot!(format!("reader_{width}x{height}"), shown);

        reader.press("tab");
        assert_eq!(reader.app.focus, Pane::Entities);
        let shown = screen(&reader);
        assert!(shown.contains("Entities · this article (42)"), "{shown}");
        assert!(shown.contains("Donald Trump"), "{shown}");
        insta::assert_snapshot!(format!("entities_{width}x{height}"), shown);
    }
}

#[test]
fn tab_says_when_the_entities_pane_floats_over_the_article() {
    for (width, height) in SIZES {
        let mut reader = reader_sized(width, height);
        let column = reader.app.areas.entities.is_some();
        reader.press("tab");
        let says = reader.status();
        if column {
            assert_eq!(says, "", "{width}×{height}");
        } else {
            assert_eq!(
                says,
                "entities pane over the article (too narrow for three panes) · Ctrl-w: zoom"
            );
            assert!(screen(&reader).contains("entities pane over the article"));
        }
    }
}

#[test]
fn the_floating_entities_pane_works_as_the_column_does() {
    let mut reader = reader_sized(80, 24);
    reader.press("tab");
    // Make the selected entity active: its mentions are found with n.
    reader.press("enter");
    let active = reader.app.entities.active;
    assert!(active.is_some());
    // Back to the article: the pane is gone and the article is whole again.
    while reader.app.focus != Pane::Article {
        reader.press("tab");
    }
    assert!(reader.app.areas.entities.is_none());
    assert!(!screen(&reader).contains("Entities ·"));
    assert_eq!(reader.app.entities.active, active);
}

#[test]
fn every_pane_is_reached_by_tab_at_80x24_and_back() {
    let mut reader = reader_sized(80, 24);
    let mut seen = Vec::new();
    for _ in 0..3 {
        reader.press("tab");
        seen.push(reader.app.focus);
    }
    assert_eq!(seen, [Pane::Entities, Pane::List, Pane::Article]);
    reader.press("shift-tab");
    assert_eq!(reader.app.focus, Pane::List);
}

#[test]
fn ctrl_w_zooms_the_focused_pane_and_tab_moves_the_zoom() {
    let mut reader = reader_sized(80, 24);
    let text_before = reader.app.areas.text;
    reader.press("ctrl-w");
    assert!(reader.app.zoomed);
    assert_eq!(reader.app.areas.article.width, 80);
    assert!(reader.app.areas.text.width > text_before.width);
    let shown = screen(&reader);
    assert!(!shown.contains("Articles (5)"), "{shown}");
    assert!(shown.contains("the article alone"), "{shown}");
    // The cursor sentence stays on screen through the relayout.
    assert!(
        shown.contains("Last week, Japan’s top trade negotiator"),
        "{shown}"
    );

    reader.press("tab");
    assert_eq!(reader.app.focus, Pane::Entities);
    let pane = reader.app.areas.entities.unwrap();
    assert_eq!((pane.x, pane.width, pane.height), (0, 80, 23));
    insta::assert_snapshot!("entities_zoomed_80x24", screen(&reader));

    reader.press("ctrl-w");
    assert!(!reader.app.zoomed);
    assert_eq!(
        reader.status(),
        "all panes · Ctrl-w: the focused pane alone"
    );
}

#[test]
fn a_resize_keeps_the_focused_pane_on_screen() {
    let mut reader = reader_sized(200, 60);
    reader.press("tab");
    assert!(reader.app.areas.floating.is_none());
    reader.app.update(Action::Resize {
        width: 80,
        height: 24,
    });
    assert_eq!(reader.app.focus, Pane::Entities);
    assert_eq!(reader.app.areas.floating, Some(Pane::Entities));
    assert!(screen(&reader).contains("Entities ·"));
}

#[test]
fn a_click_on_the_floating_pane_does_not_move_the_article_cursor() {
    let mut reader = reader_sized(80, 24);
    reader.press("tab");
    let pane = reader.app.areas.entities.unwrap();
    reader.app.update(Action::Click {
        column: pane.x + 4,
        row: 10,
    });
    assert_eq!(reader.app.cursor, 0);
    assert_eq!(reader.app.focus, Pane::Entities);
}

#[test]
fn the_article_list_widens_with_the_terminal() {
    let widths: Vec<u16> = SIZES
        .iter()
        .map(|&(w, h)| reader_sized(w, h).app.areas.list.unwrap().width)
        .collect();
    assert_eq!(widths, [26, 26, 26, 44]);
    let at_160 = reader_sized(160, 45).app.areas.list.unwrap().width;
    assert_eq!(at_160, 35);
}

#[test]
fn the_status_bar_keeps_mode_position_and_message_at_80_columns() {
    let mut reader = reader_sized(80, 24);
    reader.press("j V");
    let shown = screen(&reader);
    let bar = shown.lines().last().unwrap();
    for part in ["READ", "article 1/5", "sentence 2/62", "marked verified"] {
        assert!(bar.contains(part), "{part:?} not in {bar:?}");
    }
}

#[test]
fn below_the_list_s_width_tab_floats_the_list_over_the_article_too() {
    let mut reader = reader_sized(60, 20);
    assert!(!screen(&reader).contains("Articles (5)"));
    reader.press("tab tab");
    assert_eq!(reader.app.focus, Pane::List);
    let shown = screen(&reader);
    assert!(shown.contains("Articles (5)"), "{shown}");
    assert_eq!(
        reader.status(),
        "article list over the article (too narrow for three panes) · Ctrl-w: zoom"
    );
    // Enter opens the selected article and the list gives the article its place back.
    reader.press("j enter");
    assert_eq!(reader.app.current.0, 1);
    assert_eq!(reader.app.focus, Pane::Article);
    assert!(!screen(&reader).contains("Articles (5)"));
}
