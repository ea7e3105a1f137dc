//! Messages are never cut off: a short one, a long one and an error drawn at 80×24, 100×30,
//! 120×40 and 200×60; errors stay until `Esc`; `M` lists every message and load problem of
//! the session; the broken-sidecar error names its file readably.

#[path = "support/fixture.rs"]
mod fixture;
use margin::annotations::{Timestamp, sidecar};
use margin::app::action::{Action, Effect};
use margin::app::keymap::parse_keys;
use margin::app::{App, Mode, Severity, sidecars};
use margin::config::{Colours, Config, Folders};
use margin::corpus::Corpus;
use margin::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::PathBuf;

const SIZES: [(u16, u16); 4] = [(80, 24), (100, 30), (120, 40), (200, 60)];

/// The screen's symbols, a line per row, trailing spaces trimmed.
fn screen(app: &App) -> String {
    let size = (app.areas.status.width, app.areas.status.y + 1);
    let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
    let theme = Theme::new(&Colours::default(), false).unwrap();
    terminal
        .draw(|frame| ui::render(app, &theme, frame))
        .unwrap();
    let buffer = terminal.backend().buffer().clone();
    let mut lines = Vec::new();
    for y in 0..buffer.area.height {
        let mut line = String::new();
        let mut x = 0;
        while x < buffer.area.width {
            let symbol = buffer[(x, y)].symbol();
            line.push_str(symbol);
            x += (unicode_width::UnicodeWidthStr::width(symbol) as u16).max(1);
        }
        lines.push(line.trim_end().to_string());
    }
    lines.join("\n")
}

/// The screen's rows joined without their ends, so a wrapped message reads as one text.
fn flat(screen: &str) -> String {
    screen.lines().map(str::trim).collect::<Vec<_>>().join(" ")
}

fn seeds(width: u16, height: u16, keys: &str) -> App {
    let mut app = App::new(Corpus::embedded(), Config::default(), None);
    app.update(Action::Resize { width, height });
    let started = app.start();
    margin::app::background::settle(&mut app, started);
    press(&mut app, keys);
    app
}

fn press(app: &mut App, keys: &str) -> Vec<Effect> {
    let mut effects = Vec::new();
    for key in parse_keys(keys).unwrap() {
        effects.extend(app.handle_key(key));
    }
    effects
}

/// A copy of the fixture corpus whose `talks.txt` has a sidecar that does not parse.
struct Broken {
    _dir: tempfile::TempDir,
    corpus_dir: PathBuf,
    folders: Folders,
}

fn broken() -> Broken {
    let dir = tempfile::tempdir().unwrap();
    let corpus_dir = fixture::copy_fixture_corpus(dir.path());
    let text = "(\n    version: 1,\n    article: \"talks.txt\",\n    claims: [ oops\n";
    std::fs::write(sidecar::sidecar_path(&corpus_dir.join("talks.txt")), text).unwrap();
    Broken {
        folders: Folders {
            config: dir.path().join("config"),
            data: dir.path().join("data"),
        },
        _dir: dir,
        corpus_dir,
    }
}

impl Broken {
    fn app(&self, width: u16, height: u16) -> App {
        let corpus = Corpus::open(std::slice::from_ref(&self.corpus_dir)).unwrap();
        let mut app = App::new(corpus, Config::default(), None);
        let (notes, messages) = sidecars::load(&app.corpus, &self.folders);
        app.set_sidecars(notes, messages);
        app.set_time(Timestamp(1_764_000_000));
        app.update(Action::Resize { width, height });
        app
    }
}

/// The long message: why a sentence is check-worthy, with the article's coverage.
const LONG_KEYS: &str = "j j w";

#[test]
fn a_short_message_a_long_one_and_an_error_at_four_sizes() {
    let b = broken();
    for (width, height) in SIZES {
        let short = seeds(width, height, "V");
        let long = seeds(width, height, LONG_KEYS);
        let mut error = b.app(width, height);
        press(&mut error, "esc j V");
        for (name, app) in [("short", &short), ("long", &long), ("error", &error)] {
            let message = app.message.as_ref().expect("a message").text.clone();
            let shown = screen(app);
            // Every word of the message is on screen, in order.
            assert!(
                flat(&shown).contains(&message),
                "{name} at {width}×{height}: “{message}” not whole on\n{shown}"
            );
            insta::assert_snapshot!(format!("{name}_{width}x{height}"), shown);
        }
    }
}

#[test]
fn the_broken_sidecar_error_names_the_file_line_column_and_problem_at_80x24() {
    let b = broken();
    let mut app = b.app(80, 24);
    press(&mut app, "esc j V");
    let message = app.message.clone().unwrap();
    assert_eq!(message.severity, Severity::Error);
    // The file is named relative to the corpus folder, with its line and column.
    assert!(
        message.text.starts_with("talks.txt.margin.ron:4:"),
        "{}",
        message.text
    );
    let shown = flat(&screen(&app));
    assert!(shown.contains(&message.text), "{shown}");
    assert!(shown.contains("Esc dismisses"), "{shown}");
}

#[test]
fn a_long_path_outside_the_corpus_is_shortened_in_the_middle_on_screen_and_whole_in_the_log() {
    let mut app = seeds(80, 24, "");
    let path =
        "/home/reader/.local/share/margin/corpora/folder-3f9a0c1b2d4e5f60/entities.margin.ron";
    app.update(Action::Report(format!(
        "{path}: cannot save the entity corrections: Permission denied (os error 13)"
    )));
    let shown = flat(&screen(&app));
    assert!(
        shown.contains("/home/…/folder-3f9a0c1b2d4e5f60/entities.margin.ron: cannot save the entity corrections: Permission denied (os error 13)"),
        "{shown}"
    );
    // The log keeps the path whole (wide enough here to show it on one row).
    app.update(Action::Resize {
        width: 200,
        height: 60,
    });
    press(&mut app, "M");
    assert!(flat(&screen(&app)).contains(path), "{}", screen(&app));
}

#[test]
fn an_error_stays_until_esc_and_other_keys_leave_it() {
    let b = broken();
    let mut app = b.app(120, 40);
    press(&mut app, "esc j V");
    let error = app.message.clone().unwrap().text;
    press(&mut app, "j j k ]");
    assert!(flat(&screen(&app)).contains(&error), "{}", screen(&app));
    press(&mut app, "esc");
    assert!(!app.has_pinned_message());
    assert!(!flat(&screen(&app)).contains("Esc dismisses"));
    assert!(!flat(&screen(&app)).contains(&error));
}

#[test]
fn the_load_problems_stay_on_screen_until_dismissed_and_m_lists_every_one() {
    let b = broken();
    // A second problem: an article that is not UTF-8.
    std::fs::write(b.corpus_dir.join("yen.md"), b"Yen \xff falls\n").unwrap();
    let mut app = b.app(100, 30);
    let first = flat(&screen(&app));
    assert!(
        first.contains("(and 1 more problem; M lists all)"),
        "{first}"
    );
    press(&mut app, "j j");
    assert!(
        flat(&screen(&app)).contains("M lists all"),
        "gone after a key"
    );
    press(&mut app, "M");
    assert!(matches!(app.mode, Mode::Messages { .. }));
    let log = flat(&screen(&app));
    assert!(log.contains("talks.txt.margin.ron:4:"), "{log}");
    assert!(log.contains("yen.md"), "{log}");
    assert_eq!(app.messages.load_problems().count(), 2);
    // Still listed after more keys and messages.
    press(&mut app, "esc esc V j V");
    press(&mut app, "M");
    let log = flat(&screen(&app));
    assert!(
        log.contains("talks.txt.margin.ron:4:") && log.contains("yen.md"),
        "{log}"
    );
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn the_log_scrolls_and_keeps_every_message_in_order() {
    let mut app = seeds(80, 24, "");
    for i in 0..40 {
        app.update(Action::Report(format!("report number {i}")));
    }
    press(&mut app, "M");
    let end = screen(&app);
    assert!(
        end.contains("report number 39"),
        "opens at the newest:\n{end}"
    );
    assert!(!end.contains("report number 0\n"), "{end}");
    press(&mut app, "g g");
    let top = screen(&app);
    assert!(top.contains("report number 0"), "{top}");
    press(&mut app, "j");
    assert!(!screen(&app).contains("report number 0 "), "j scrolls");
    press(&mut app, "q");
    assert_eq!(app.mode, Mode::Reading);
}

#[test]
fn messages_are_neutralised_before_they_are_stored() {
    let mut app = seeds(100, 30, "");
    app.update(Action::Report(
        "evil\u{1b}]52;c;aGk=\u{7} name\u{202e}".into(),
    ));
    let stored = app.message.clone().unwrap().text;
    assert!(
        !stored.contains('\u{1b}') && !stored.contains('\u{7}') && !stored.contains('\u{202e}')
    );
    let logged = &app.messages.entries().last().unwrap().text;
    assert_eq!(logged, &stored);
    assert!(stored.contains("␛]52;c;aGk=␇"), "{stored}");
}

#[test]
fn a_search_typed_is_not_logged_letter_by_letter() {
    let mut app = seeds(120, 40, "");
    press(&mut app, "/ z q x enter");
    let logged: Vec<&str> = app
        .messages
        .entries()
        .iter()
        .map(|e| e.text.as_str())
        .collect();
    assert_eq!(logged, ["Pattern not found: zqx"]);
}

#[test]
fn the_first_key_after_a_message_clears_it_unless_it_is_an_error() {
    let mut app = seeds(120, 40, "V");
    assert!(app.message.is_some());
    press(&mut app, "j");
    assert!(app.message.is_none());
    assert!(!screen(&app).contains("marked verified"));
}

#[test]
fn the_messages_cut_before_are_whole_at_every_size() {
    // "Ryosei Akazawa: mention 3/17 · article 2/5", "cited “US–Japan Trade T…” as …".
    for keys in ["* n n", "] ] ] e c", "] ] ] e j s"] {
        for (width, height) in SIZES {
            let app = seeds(width, height, keys);
            let message = app.message.as_ref().expect(keys).text.clone();
            let shown = flat(&screen(&app));
            assert!(
                shown.contains(&message),
                "{keys} at {width}×{height}: “{message}” not whole in\n{}",
                screen(&app)
            );
        }
    }
}

#[test]
fn a_message_too_long_for_the_rows_above_the_bar_is_shown_whole_in_a_box() {
    let mut app = seeds(80, 24, "");
    let words: Vec<String> = (0..90).map(|i| format!("word{i:02}")).collect();
    app.update(Action::Report(words.join(" ")));
    let shown = screen(&app);
    assert!(shown.contains("Error"), "{shown}");
    assert!(shown.contains("Esc dismisses · M all messages"), "{shown}");
    let inside = flat(&shown.replace('│', " "));
    for word in &words {
        assert!(
            inside.contains(word.as_str()),
            "{word} missing from\n{shown}"
        );
    }
    insta::assert_snapshot!(shown);
}

#[test]
fn a_problem_found_while_indexing_is_logged_once_and_the_summary_not_at_all() {
    let b = broken();
    std::fs::write(b.corpus_dir.join("yen.md"), b"Yen \xff falls\n").unwrap();
    // As the reader opens a folder: its other articles are read while the index is built.
    let corpus = Corpus::open_lazily(std::slice::from_ref(&b.corpus_dir)).unwrap();
    let mut app = App::new(corpus, Config::default(), None);
    let (notes, messages) = sidecars::load(&app.corpus, &b.folders);
    app.set_sidecars(notes, messages);
    app.update(Action::Resize {
        width: 100,
        height: 30,
    });
    let started = app.start();
    margin::app::background::settle(&mut app, started);
    let texts: Vec<&str> = app
        .messages
        .entries()
        .iter()
        .map(|e| e.text.as_str())
        .collect();
    assert_eq!(texts.len(), 2, "{texts:?}");
    assert!(
        texts.iter().all(|t| !t.contains("M lists all")),
        "{texts:?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("yen.md: not valid UTF-8")),
        "{texts:?}"
    );
    let shown = flat(&screen(&app));
    assert!(
        shown.contains("(and 1 more problem; M lists all)"),
        "{shown}"
    );
}

#[test]
fn a_message_above_the_bar_never_hides_the_cursor_sentence() {
    let mut app = seeds(80, 24, "");
    // Five rows at 80 columns: more than the rows the view keeps below the cursor.
    let error = "the sidecar cannot be written: the disk is full. ".repeat(7);
    let error = error.trim_end();
    app.update(Action::Report(error.into()));
    let mut moved_to_the_top = false;
    for _ in 0..20 {
        press(&mut app, "j");
        let shown = screen(&app);
        let (first, last) = app.layout().rows_of_span(app.cursor_span().unwrap());
        let text = app.areas.text;
        let lines: Vec<&str> = shown.lines().collect();
        // Every row of the cursor sentence on screen keeps its gutter mark.
        for row in first.max(app.scroll_top)..=last.min(app.scroll_top + text.height as usize - 1) {
            let y = text.y as usize + row - app.scroll_top;
            assert!(lines[y].contains('▌'), "row {y} hidden:\n{shown}");
        }
        assert!(flat(&shown).contains(error), "{shown}");
        moved_to_the_top |= lines[0].starts_with(" the sidecar cannot");
    }
    assert!(
        moved_to_the_top,
        "the cursor reached the bottom rows at least once"
    );
}
