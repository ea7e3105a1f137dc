//! Whole-screen tests: the app drawn into ratatui's TestBackend, compared with reviewed
//! snapshots (symbols only), plus a few checks of styles in the buffer.

use margin::app::App;
use margin::app::action::Action;
use margin::app::keymap::parse_keys;
use margin::config::{Colours, Config};
use margin::corpus::Corpus;
use margin::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;
use std::path::Path;

fn fixture(name: &str) -> Corpus {
    Corpus::open(&[Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)])
    .unwrap()
}

fn app(corpus: Corpus, width: u16, height: u16, keys: &str) -> App {
    let mut app = App::new(corpus, Config::default(), None);
    app.update(Action::Resize { width, height });
    let started = app.start();
    margin::app::background::settle(&mut app, started);
    for key in parse_keys(keys).unwrap() {
        app.handle_key(key);
    }
    app
}

fn draw(app: &App, theme: &Theme) -> Buffer {
    let size = (app.areas.status.width, app.areas.status.y + 1);
    let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
    terminal
        .draw(|frame| ui::render(app, theme, frame))
        .unwrap();
    terminal.backend().buffer().clone()
}

/// The screen's symbols, a line per row; the cell after a wide char is skipped, so the text
/// reads as the terminal shows it.
fn screen(app: &App) -> String {
    let buffer = draw(app, &Theme::new(&Colours::default(), false).unwrap());
    let area = buffer.area;
    let mut lines = Vec::new();
    for y in 0..area.height {
        let mut line = String::new();
        let mut x = 0;
        while x < area.width {
            let symbol = buffer[(x, y)].symbol();
            line.push_str(symbol);
            x += (unicode_width::UnicodeWidthStr::width(symbol) as u16).max(1);
        }
        lines.push(line.trim_end().to_string());
    }
    lines.join("\n")
}

/// Snapshots a screen with the machine's path to the fixtures redacted.
macro_rules! assert_screen {
    ($screen:expr) => {
        insta::with_settings!({ filters => vec![(r"/\S*/tests/fixtures/", "[fixtures]/")] }, {
            insta::assert_snapshot!($screen);
        })
    };
}

#[test]
fn seed_corpus_at_120x40() {
    assert_screen!(screen(&app(Corpus::embedded(), 120, 40, "")));
}

#[test]
fn seed_corpus_at_80x24_after_moving_and_changing_article() {
    assert_screen!(screen(&app(Corpus::embedded(), 80, 24, "] j j")));
}

#[test]
fn a_terminal_too_small_shows_a_message() {
    let screen = screen(&app(Corpus::embedded(), 24, 5, ""));
    assert!(
        screen.contains("margin needs 30×6 (now 24×5)") || screen.contains("needs 30×6"),
        "{screen}"
    );
    assert_screen!(screen);
}

#[test]
fn a_narrow_terminal_hides_the_list() {
    let screen = screen(&app(Corpus::embedded(), 50, 16, ""));
    assert!(!screen.contains("Articles (5)"));
    assert_screen!(screen);
}

#[test]
fn search_shows_matches_and_the_count() {
    let app = app(Corpus::embedded(), 120, 40, "/ t r e a s u r y enter");
    assert_screen!(screen(&app));
}

#[test]
fn corpus_search_results_overlay() {
    assert_screen!(screen(&app(
        Corpus::embedded(),
        120,
        40,
        "S a k a z a w a enter j"
    )));
}

#[test]
fn entities_pane_with_an_active_entity() {
    insta::assert_snapshot!(screen(&app(Corpus::embedded(), 150, 40, "* * n")));
}

#[test]
fn entities_pane_focused_on_the_corpus_scope() {
    insta::assert_snapshot!(screen(&app(Corpus::embedded(), 150, 30, "tab s j j")));
}

#[test]
fn the_entities_pane_shows_progress_while_indexing() {
    let mut app = App::new(Corpus::embedded(), Config::default(), None);
    app.update(Action::Resize {
        width: 150,
        height: 12,
    });
    app.update(Action::IndexProgress { done: 3, total: 5 });
    assert!(screen(&app).contains("indexing 3/5 articles…"));
}

#[test]
fn discrepancies_view() {
    insta::assert_snapshot!(screen(&app(Corpus::embedded(), 140, 30, "!")));
}

#[test]
fn evidence_picker_for_a_claim() {
    insta::assert_snapshot!(screen(&app(Corpus::embedded(), 140, 30, "] ] ] e j")));
}

#[test]
fn annotations_show_in_the_gutter_and_the_status_bar() {
    let app = app(Corpus::embedded(), 120, 24, "j V j D j v w w enter");
    let screen = screen(&app);
    assert!(screen.contains("✓") && screen.contains("✗"), "{screen}");
    insta::assert_snapshot!(screen);
}

#[test]
fn help_lists_every_key() {
    let app = app(Corpus::embedded(), 120, 60, "?");
    let screen = screen(&app);
    for key in [
        "next sentence",
        "Ctrl-d",
        "PgDn",
        "search the whole corpus",
        "back in the jump list",
        "Tab",
    ] {
        assert!(screen.contains(key), "help lacks {key}:\n{screen}");
    }
    assert_screen!(screen);
}

#[test]
fn help_explains_the_gutter_symbols() {
    let screen = screen(&app(Corpus::embedded(), 120, 250, "?"));
    for line in [
        "Gutter (left of the text)",
        "✓  a claim marked verified starts here",
        "✗  a claim marked disputed starts here",
        "•  a claim not yet judged starts here",
        "◆  a passage cited as evidence by a claim starts here",
        "·  a check-worthy sentence not yet reviewed starts here",
    ] {
        assert!(screen.contains(line), "help lacks {line}:\n{screen}");
    }
    // Ctrl-n is listed for the jump list: Ctrl-i arrives as Tab in most terminals.
    assert!(screen.contains("Ctrl-n"), "{screen}");
}

#[test]
fn wide_characters_line_up_in_columns() {
    assert_screen!(screen(&app(fixture("corpus"), 90, 14, "] ]")));
}

#[test]
fn control_characters_are_drawn_as_harmless_placeholders() {
    let app = app(fixture("escapes"), 100, 12, "");
    let buffer = draw(&app, &Theme::default());
    let all: String = buffer.content().iter().map(|c| c.symbol()).collect();
    assert!(
        !all.contains('\u{1b}')
            && !all.contains('\u{7}')
            && !all.contains('\r')
            && !all.contains('\u{202e}')
    );
    let screen = screen(&app);
    assert!(screen.contains("Clear screen ␛[2J here."), "{screen}");
    assert!(screen.contains("Hostile ␛[31mtitle"), "{screen}");
    assert_screen!(screen);
}

#[test]
fn the_cursor_sentence_and_headings_are_styled() {
    let app = app(fixture("corpus"), 100, 20, "j");
    let theme = Theme::new(&Colours::default(), true).unwrap();
    let buffer = draw(&app, &theme);
    let text = app.areas.text;
    // Row 0 is the heading "Trade Talks Stall in Washington": bold.
    assert!(buffer[(text.x, text.y)].modifier.contains(Modifier::BOLD));
    // Row 2 starts the cursor sentence "Paragraph 1 opens here.": bold without colour.
    assert!(
        buffer[(text.x, text.y + 2)]
            .modifier
            .contains(Modifier::BOLD)
    );
    assert!(
        !buffer[(text.x + 30, text.y + 2)]
            .modifier
            .contains(Modifier::BOLD)
    );
    assert_eq!(buffer[(text.x - 1, text.y + 2)].symbol(), "▌");
}
