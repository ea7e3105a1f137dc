//! `y` copies a quote with its citation as an effect the shell writes to the clipboard (OSC
//! 52), with every control character of the article neutralised; `Ctrl-t` and `mouse: false`
//! leave the mouse to the terminal.

use margin::app::action::Effect;
use margin::app::keymap::parse_keys;
use margin::app::{App, Mode};
use margin::config::Config;
use margin::corpus::Corpus;
use std::path::Path;

const TEXT: &str = "Trade talks stall\n\nJapan's envoy left. The US sent \u{1b}]52;c;ZXZpbA==\u{7} no\toutline.\n\nA second \u{9b}2J paragraph.\n";

/// A one-article corpus whose title and text hold escape sequences.
fn hostile() -> (tempfile::TempDir, Corpus) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("talks.txt"), TEXT).unwrap();
    std::fs::write(
        dir.path().join("index.ron"),
        r#"(articles: [(file: "talks.txt", title: "Talks \u{1b}[31mStall", source: "Firstpost", date: "2025-04-20")])"#,
    )
    .unwrap();
    let corpus = Corpus::open(&[dir.path().to_path_buf()]).unwrap();
    (dir, corpus)
}

fn app_with(config: Config) -> (tempfile::TempDir, App) {
    let (dir, corpus) = hostile();
    let mut app = App::new_sized(corpus, config, None, (80, 24));
    margin::app::background::settle(&mut app, Vec::new());
    (dir, app)
}

/// Presses `keys` and returns the effects of the last one.
fn press(app: &mut App, keys: &str) -> Vec<Effect> {
    let mut effects = Vec::new();
    for key in parse_keys(keys).unwrap() {
        effects = app.handle_key(key);
    }
    effects
}

fn copied(effects: &[Effect]) -> &str {
    match effects {
        [Effect::Copy(text)] => text,
        other => panic!("expected one copy, got {other:?}"),
    }
}

#[test]
fn y_copies_the_cursor_sentence_as_a_quote_with_title_source_date_and_place() {
    let (_dir, mut app) = app_with(Config::default());
    let effects = press(&mut app, "j j y");
    let text = copied(&effects);
    assert_eq!(
        text,
        "“The US sent ␛]52;c;ZXZpbA==␇ no outline.” — Talks ␛[31mStall, Firstpost, 2025-04-20, ¶2 sentence 2"
    );
    let message = app.message.as_ref().unwrap().text.clone();
    assert_eq!(
        message,
        format!(
            "copied {} characters: the sentence with its citation",
            text.chars().count()
        )
    );
}

#[test]
fn no_control_character_of_the_article_reaches_the_copied_text() {
    let (_dir, mut app) = app_with(Config::default());
    for keys in ["y", "j y", "j j y", "j j j y"] {
        let effects = press(&mut app, &format!("g g {keys}"));
        let text = copied(&effects);
        assert!(!text.chars().any(char::is_control), "{keys}: {text:?}");
    }
    let effects = press(&mut app, "g g j j j y");
    assert!(copied(&effects).starts_with("“A second \u{FFFD}2J paragraph.” — "));
}

#[test]
fn y_while_selecting_copies_the_selection_and_ends_it() {
    let (_dir, mut app) = app_with(Config::default());
    press(&mut app, "j v");
    let effects = press(&mut app, "y");
    let text = copied(&effects);
    assert!(matches!(app.mode, Mode::Reading));
    let quote = text
        .strip_prefix('“')
        .and_then(|t| t.split_once("” — "))
        .unwrap()
        .0;
    assert!(
        !quote.is_empty() && "Japan's envoy left.".starts_with(quote),
        "{text}"
    );
    assert!(quote.len() < "Japan's envoy left.".len(), "{text}");
    assert!(text.ends_with(", ¶2 sentence 1"), "{text}");
    assert!(app.message.as_ref().unwrap().text.contains("the selection"));
}

#[test]
fn the_mouse_starts_as_the_config_says_and_ctrl_t_toggles_it_through_the_shell() {
    let (_dir, app) = app_with(Config::default());
    assert!(app.mouse);
    let config = Config::from_ron("(mouse: false)", Path::new("config.ron")).unwrap();
    let (_dir, mut app) = app_with(config);
    assert!(!app.mouse);
    assert_eq!(press(&mut app, "ctrl-t"), [Effect::SetMouse(true)]);
    assert!(app.mouse);
    assert!(
        app.message
            .as_ref()
            .unwrap()
            .text
            .starts_with("mouse: margin's")
    );
    assert_eq!(press(&mut app, "ctrl-t"), [Effect::SetMouse(false)]);
    assert!(!app.mouse);
    let says = app.message.as_ref().unwrap().text.clone();
    assert_eq!(
        says,
        "mouse: the terminal's (select text with it) · Ctrl-t takes it back"
    );
}

#[test]
fn y_on_an_empty_article_says_there_is_nothing_to_copy() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/escapes");
    let corpus = Corpus::open(&[fixture]).unwrap();
    let mut app = App::new_sized(corpus, Config::default(), None, (80, 24));
    press(&mut app, "] ]");
    assert_eq!(app.article().unwrap().title, "Empty");
    assert_eq!(press(&mut app, "y"), []);
    assert_eq!(
        app.message.as_ref().unwrap().text,
        "nothing to copy: the article has no sentences"
    );
}
