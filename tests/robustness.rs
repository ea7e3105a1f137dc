//! Any sequence of keys, at any terminal size, must neither panic nor leave the cursor off
//! its article: the app is driven with random keys and drawn after each one.

use margin::annotations::Timestamp;
use margin::app::App;
use margin::app::action::{Action, Dir, Effect};
use margin::app::background::Job;
use margin::app::checks::FindingsHandle;
use margin::app::indexing::{self, BuiltIndex};
use margin::app::keymap::{Key, KeyCode};
use margin::config::Config;
use margin::corpus::Corpus;
use margin::ui::{self, Theme};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::sync::{Arc, OnceLock};

/// Every key margin binds somewhere, and a few it does not.
fn keys() -> Vec<Key> {
    let mut keys: Vec<Key> = "jkgGnNvVDUatxecwo*X[]/S?C!qwbehlEsrmfz1y "
        .chars()
        .map(Key::char)
        .collect();
    keys.extend(['d', 'u', 'o', 'i', 'r', 's', 'c', 'w', 't'].map(Key::ctrl));
    keys.extend(
        [
            KeyCode::Enter,
            KeyCode::Esc,
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::Backspace,
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::Left,
            KeyCode::Right,
            KeyCode::PageUp,
            KeyCode::PageDown,
            KeyCode::Home,
            KeyCode::End,
        ]
        .map(Key::plain),
    );
    keys
}

/// The seed corpus's index and findings, built once for all cases.
fn ready() -> &'static (BuiltIndex, FindingsHandle) {
    static READY: OnceLock<(BuiltIndex, FindingsHandle)> = OnceLock::new();
    READY.get_or_init(|| {
        let corpus = Corpus::embedded();
        let built = indexing::build(&corpus, &Default::default(), |_, _| {});
        let findings = margin::factcheck::findings(&corpus, &built.index, &[]);
        let generation = built.generation;
        let findings = FindingsHandle {
            findings: Arc::new(findings),
            generation,
        };
        (built, findings)
    })
}

proptest! {
    #[test]
    fn random_keys_at_random_sizes_never_panic(
        presses in prop::collection::vec(0usize..512, 0..60),
        width in 1u16..180,
        height in 1u16..60,
        resize_to in (1u16..180, 1u16..60),
    ) {
        let keys = keys();
        let mut app = App::new(Corpus::embedded(), Config::default(), None);
        app.set_time(Timestamp(1_764_000_000));
        app.update(Action::Resize { width, height });
        let (built, findings) = ready();
        let started = app.update(Action::IndexReady(built.clone()));
        let factcheck = matches!(started.as_slice(), [Effect::Background(Job::Factcheck { .. })]);
        prop_assert!(factcheck, "the index asks for the findings");
        app.update(Action::FindingsReady(findings.clone()));
        let theme = Theme::new(&Default::default(), false).unwrap();
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        for (i, press) in presses.iter().enumerate() {
            if i == presses.len() / 2 {
                app.update(Action::Resize { width: resize_to.0, height: resize_to.1 });
                terminal = Terminal::new(TestBackend::new(resize_to.0, resize_to.1)).unwrap();
            }
            // Most presses are keys; some are clicks and wheel turns anywhere on the screen.
            match press % 8 {
                0 => {
                    let (column, row) = ((press * 7) as u16 % width.max(1), (press * 3) as u16 % height.max(1));
                    app.update(Action::Click { column, row });
                }
                1 => {
                    app.update(Action::Scroll(if press % 2 == 0 { Dir::Next } else { Dir::Prev }));
                }
                _ => {
                    app.handle_key(keys[press % keys.len()]);
                }
            }
            if app.is_quitting() {
                break;
            }
            terminal.draw(|frame| ui::render(&app, &theme, frame)).unwrap();
            let sentences = app.article().unwrap().structure().sentences.len();
            prop_assert!(app.cursor < sentences.max(1));
        }
    }
}

proptest! {
    /// The same on hostile input (escape sequences, non-UTF-8, an empty article) while the
    /// entity index is still building.
    #[test]
    fn random_keys_on_hostile_articles_while_indexing_never_panic(
        presses in prop::collection::vec(0usize..64, 0..40),
        width in 1u16..140,
        height in 1u16..40,
    ) {
        let keys = keys();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/escapes");
        let mut app = App::new(Corpus::open(&[dir]).unwrap(), Config::default(), None);
        app.update(Action::Resize { width, height });
        app.update(Action::IndexProgress { done: 1, total: 3 });
        let theme = Theme::new(&Default::default(), true).unwrap();
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        for press in presses {
            app.handle_key(keys[press % keys.len()]);
            if app.is_quitting() {
                break;
            }
            terminal.draw(|frame| ui::render(&app, &theme, frame)).unwrap();
            let all: String = terminal.backend().buffer().content().iter().map(|c| c.symbol()).collect();
            let raw_control = all.contains(['\u{1b}', '\u{7}']);
            prop_assert!(!raw_control, "a control character reached the screen");
        }
    }
}

/// About 320 KB of news text, more than one slice of the lazy layout, and a short article.
fn large_corpus() -> Corpus {
    static TEXT: OnceLock<String> = OnceLock::new();
    let text = TEXT.get_or_init(|| {
        let seeds = Corpus::embedded();
        let mut text = String::new();
        while text.len() < 320_000 {
            for article in &seeds.articles {
                text.push_str(article.text());
                text.push_str("\n\n");
            }
        }
        text
    });
    let short = Corpus::embedded().articles[1].text().to_string();
    Corpus::from_texts(
        "large",
        vec![
            ("large.txt".into(), text.clone()),
            ("short.txt".into(), short),
        ],
    )
}

proptest! {
    // Each case lays out a 320 KB article two or three times in a debug build: a quarter of
    // the default cases keeps this test as quick as the others, unless PROPTEST_CASES says.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(64),
        ..ProptestConfig::default()
    })]

    /// Any keys do on a partly laid out article what they do on a wholly laid out one, with
    /// idle slices coming in between at random.
    #[test]
    fn random_keys_on_a_partly_laid_out_article_act_as_on_a_whole_one(
        presses in prop::collection::vec(0usize..512, 0..40),
        width in 30u16..180,
        height in 6u16..60,
        resize_to in (1u16..180, 1u16..60),
    ) {
        let keys = keys();
        let mut lazy = App::new_sized(large_corpus(), Config::default(), None, (width, height));
        let mut eager = App::new_sized(large_corpus(), Config::default(), None, (width, height));
        let lay_out_all = |app: &mut App| {
            while !app.is_laid_out() {
                app.update(Action::ContinueLayout);
            }
        };
        lay_out_all(&mut eager);
        prop_assert!(!lazy.is_laid_out());
        let theme = Theme::new(&Default::default(), false).unwrap();
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        for (i, press) in presses.iter().enumerate() {
            let action = if i == presses.len() / 2 {
                terminal = Terminal::new(TestBackend::new(resize_to.0, resize_to.1)).unwrap();
                Some(Action::Resize { width: resize_to.0, height: resize_to.1 })
            } else {
                match press % 8 {
                    0 => Some(Action::Click {
                        column: (press * 7) as u16 % width,
                        row: (press * 3) as u16 % height,
                    }),
                    1 => Some(Action::Scroll(if press % 2 == 0 { Dir::Next } else { Dir::Prev })),
                    2 => Some(Action::ContinueLayout),
                    _ => None,
                }
            };
            match action {
                Some(Action::ContinueLayout) => {
                    lazy.update(Action::ContinueLayout);
                }
                Some(action) => {
                    lazy.update(action.clone());
                    eager.update(action);
                }
                None => {
                    let key = keys[press % keys.len()];
                    lazy.handle_key(key);
                    eager.handle_key(key);
                }
            }
            lay_out_all(&mut eager);
            prop_assert_eq!(lazy.current, eager.current);
            prop_assert_eq!(lazy.cursor, eager.cursor);
            prop_assert_eq!(lazy.scroll_top, eager.scroll_top);
            // Annotation ids are random, so two apps differ there: compare the kind of mode.
            prop_assert_eq!(lazy.mode.name(), eager.mode.name());
            let rows = lazy.areas.text.height as usize;
            let shown = |app: &App| -> Vec<_> { app.layout().rows_from(app.scroll_top).take(rows).collect() };
            prop_assert_eq!(shown(&lazy), shown(&eager));
            if lazy.is_quitting() {
                break;
            }
            terminal.draw(|frame| ui::render(&lazy, &theme, frame)).unwrap();
        }
    }
}

/// An app laid out for one size, with the seed corpus's index and findings in.
fn ready_app(width: u16, height: u16) -> App {
    let mut app = App::new_sized(Corpus::embedded(), Config::default(), None, (width, height));
    app.set_time(Timestamp(1_764_000_000));
    let (built, findings) = ready();
    app.update(Action::IndexReady(built.clone()));
    app.update(Action::FindingsReady(findings.clone()));
    app
}

fn screen_text(terminal: &Terminal<TestBackend>) -> String {
    let buffer = terminal.backend().buffer();
    let width = buffer.area.width as usize;
    let symbols: Vec<&str> = buffer.content().iter().map(|c| c.symbol()).collect();
    symbols
        .chunks(width.max(1))
        .map(|row| row.concat())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The terminal can change size between the app's last resize and the next draw (a resize
/// event still on its way): the frame is then drawn with the frame's own panes, inside its
/// bounds, in both directions and in every mode the keys reach.
#[test]
fn a_frame_of_another_size_than_the_app_last_saw_is_drawn_inside_it() {
    let theme = Theme::new(&Default::default(), false).unwrap();
    let sizes = [
        (160, 50),
        (60, 15),
        (200, 60),
        (30, 6),
        (29, 5),
        (1, 1),
        (100, 30),
    ];
    let modes = ["", "?", "E", "o", "v", "x", "/"];
    for (app_width, app_height) in sizes {
        for (frame_width, frame_height) in sizes {
            for keys in modes {
                let mut app = ready_app(app_width, app_height);
                for _ in 0..40 {
                    app.handle_key(Key::char('j'));
                }
                for c in keys.chars() {
                    app.handle_key(Key::char(c));
                }
                let mut terminal =
                    Terminal::new(TestBackend::new(frame_width, frame_height)).unwrap();
                terminal
                    .draw(|frame| ui::render(&app, &theme, frame))
                    .unwrap();
            }
        }
    }
}

/// A resize that never reached the app (tmux can lose one) must not leave "margin needs
/// 30×6" on a terminal that is big enough: the frame's size decides.
#[test]
fn a_missed_resize_does_not_leave_the_too_small_message_on_a_big_terminal() {
    let theme = Theme::new(&Default::default(), false).unwrap();
    let app = ready_app(20, 5);
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    terminal
        .draw(|frame| ui::render(&app, &theme, frame))
        .unwrap();
    let screen = screen_text(&terminal);
    assert!(!screen.contains("margin needs"), "{screen}");
    assert!(screen.contains("article 1/5"), "{screen}");
    // And the other way: a terminal too small shows the message, whatever the app saw.
    let app = ready_app(100, 30);
    let mut terminal = Terminal::new(TestBackend::new(29, 5)).unwrap();
    terminal
        .draw(|frame| ui::render(&app, &theme, frame))
        .unwrap();
    let screen = screen_text(&terminal);
    assert!(screen.contains("margin needs 30×6 (now 29×5)"), "{screen}");
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(64),
        ..ProptestConfig::default()
    })]

    /// Random actions with the terminal resized between every one: sometimes the app hears
    /// of it before the draw, sometimes only after (as when the event is still queued), and
    /// the backend may change again between the two. No draw may panic, and once the app has
    /// the frame's size the screen shows the status bar whenever the frame is big enough.
    #[test]
    fn resizes_between_every_action_never_panic(
        steps in prop::collection::vec((0usize..512, 1u16..200, 1u16..60, 0u8..3), 1..50),
        width in 1u16..200,
        height in 1u16..60,
    ) {
        let keys = keys();
        let theme = Theme::new(&Default::default(), false).unwrap();
        let mut app = ready_app(width, height);
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        for (press, new_width, new_height, when) in steps {
            match press % 8 {
                0 => {
                    let (column, row) = ((press * 7) as u16 % new_width, (press * 3) as u16 % new_height);
                    app.update(Action::Click { column, row });
                }
                1 => {
                    app.update(Action::Scroll(if press % 2 == 0 { Dir::Next } else { Dir::Prev }));
                }
                _ => {
                    let key = keys[press % keys.len()];
                    if key == Key::char('q') {
                        continue;
                    }
                    app.handle_key(key);
                }
            }
            terminal.backend_mut().resize(new_width, new_height);
            if when == 0 {
                app.update(Action::Resize { width: new_width, height: new_height });
            }
            terminal.draw(|frame| ui::render(&app, &theme, frame)).unwrap();
            if when == 1 {
                // The backend changes again after the app heard of the first size.
                app.update(Action::Resize { width: new_width, height: new_height });
                terminal.backend_mut().resize(new_height.max(1), new_width.min(60));
                terminal.draw(|frame| ui::render(&app, &theme, frame)).unwrap();
            }
            let (frame_width, frame_height) = (terminal.backend().buffer().area.width, terminal.backend().buffer().area.height);
            app.update(Action::Resize { width: frame_width, height: frame_height });
            terminal.draw(|frame| ui::render(&app, &theme, frame)).unwrap();
            let screen = screen_text(&terminal);
            // Too small, only the message is drawn; big enough, never the message.
            let big_enough = frame_width >= 30 && frame_height >= 6;
            if big_enough {
                prop_assert!(!screen.contains("margin needs"), "{}", screen);
            } else {
                prop_assert!(!screen.contains("article "), "{}", screen);
            }
        }
    }
}
