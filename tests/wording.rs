//! Wording read at 80 columns: counts agree with their nouns, overlay titles and hints say
//! what they mean.

use margin::app::action::Action;
use margin::app::keymap::parse_keys;
use margin::app::{App, Mode};
use margin::config::Config;
use margin::corpus::{ArticleId, Corpus};
use margin::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn seeds(width: u16, height: u16, keys: &str) -> App {
    let mut app = App::new(Corpus::embedded(), Config::default(), None);
    app.update(Action::Resize { width, height });
    let started = app.start();
    margin::app::background::settle(&mut app, started);
    for key in parse_keys(keys).unwrap() {
        app.handle_key(key);
    }
    app
}

fn all_text(app: &App) -> String {
    let mut terminal = Terminal::new(TestBackend::new(
        app.areas.status.width,
        app.areas.status.y + 1,
    ))
    .unwrap();
    terminal
        .draw(|frame| ui::render(app, &Theme::default(), frame))
        .unwrap();
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_evidence_picker_counts_one_candidate_in_the_singular() {
    let mut app = seeds(120, 40, "] ] ] e");
    assert_eq!(app.current, ArticleId(3));
    let Mode::Evidence(picker) = &mut app.mode else {
        panic!("{:?}", app.mode)
    };
    let many = picker.candidates.len();
    assert!(many > 1);
    assert!(all_text(&app).contains(&format!("· {many} candidates")));
    if let Mode::Evidence(picker) = &mut app.mode {
        picker.candidates.truncate(1);
    }
    let text = all_text(&app);
    assert!(
        text.contains("· 1 candidate ") && !text.contains("1 candidates"),
        "{text}"
    );
}

#[test]
fn corpus_search_results_agree_with_their_count() {
    let mut app = seeds(120, 40, "S a k a z a w a enter");
    let Mode::Results(results) = &app.mode else {
        panic!("{:?}", app.mode)
    };
    let many = results.hits.len();
    assert!(all_text(&app).contains(&format!(" {many} sentences match “akazawa” ")));
    if let Mode::Results(results) = &mut app.mode {
        results.hits.truncate(1);
    }
    assert!(all_text(&app).contains(" 1 sentence matches “akazawa” "));
}

#[test]
fn citing_evidence_says_supporting_or_contradicting() {
    let app = seeds(120, 40, "] ] ] e s");
    let text = app.message.clone().unwrap().text;
    assert!(text.ends_with("as supporting evidence"), "{text}");
}

#[test]
fn help_at_80_columns_says_what_esc_does_in_the_note_editor_and_while_selecting() {
    let mut app = seeds(80, 24, "?");
    let mut seen = String::new();
    for _ in 0..200 {
        seen.push_str(&all_text(&app));
        app.update(Action::MoveSelection(margin::app::action::Dir::Next));
    }
    assert!(
        seen.contains("save the note and close (as Ctrl-s)"),
        "{seen}"
    );
    assert!(seen.contains("cancel the selection"), "{seen}");
    assert!(
        seen.contains("discard the note written (asks first)"),
        "{seen}"
    );
    assert!(seen.contains("every message of the session"), "{seen}");
}
