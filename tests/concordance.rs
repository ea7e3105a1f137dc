//! The concordance of an entity (`c` in the entities pane), driven through keys on the seed
//! corpus: what it shows, moving in it, `Enter` to a mention, `X` to split one off.

use margin::app::action::Action;
use margin::app::keymap::parse_keys;
use margin::app::{App, Mode, Pane};
use margin::config::{Colours, Config};
use margin::corpus::{ArticleId, Corpus};
use margin::entities::{Correction, Corrections};
use margin::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::PathBuf;

fn app() -> App {
    let mut app = App::new(Corpus::embedded(), Config::default(), None);
    app.set_corrections(
        Corrections::default(),
        Some(PathBuf::from("/nowhere/entities.margin.ron")),
        None,
    );
    app.update(Action::Resize {
        width: 150,
        height: 30,
    });
    let started = app.start();
    margin::app::background::settle(&mut app, started);
    app
}

/// Presses `keys`, running the background work they ask for (the index built again after a
/// correction) as the shell's workers would.
fn press(app: &mut App, keys: &str) {
    for key in parse_keys(keys).unwrap() {
        let effects = app.handle_key(key);
        margin::app::background::settle(app, effects);
    }
}

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

/// The entities pane in corpus scope with "Ryosei Akazawa" selected.
fn on_akazawa() -> App {
    let mut app = app();
    while app.focus != Pane::Entities {
        press(&mut app, "tab");
    }
    press(&mut app, "s");
    for _ in 0..200 {
        let selected = app
            .entities
            .selected_entity()
            .and_then(|id| app.entities.entity(id));
        if selected.is_some_and(|e| e.name == "Ryosei Akazawa") {
            return app;
        }
        press(&mut app, "j");
    }
    panic!("Ryosei Akazawa is not listed");
}

fn selected_text(app: &App) -> (ArticleId, String) {
    let Mode::Concordance(c) = &app.mode else {
        panic!("the concordance is not open: {:?}", app.mode.name());
    };
    let m = c.selected_mention().unwrap();
    let text = app.corpus.article(m.article).unwrap().text();
    (m.article, m.span.slice(text).to_string())
}

#[test]
fn c_opens_every_mention_in_context_grouped_by_article() {
    let mut app = on_akazawa();
    press(&mut app, "c");
    assert_eq!(app.mode.name(), "CONCORDANCE");
    insta::assert_snapshot!("concordance_open", screen(&app));
    assert_eq!(selected_text(&app), (ArticleId(0), "Ryosei Akazawa".into()));
}

#[test]
fn j_and_k_move_over_the_article_headings() {
    let mut app = on_akazawa();
    press(&mut app, "c j");
    assert_eq!(selected_text(&app), (ArticleId(0), "Akazawa".into()));
    press(&mut app, "j");
    // The next mention is in another article: the heading between is skipped.
    assert_eq!(selected_text(&app), (ArticleId(4), "Akazawa".into()));
    insta::assert_snapshot!("concordance_moved", screen(&app));
    press(&mut app, "j k k k");
    assert_eq!(selected_text(&app), (ArticleId(0), "Ryosei Akazawa".into()));
}

#[test]
fn enter_goes_to_the_mention_in_its_article() {
    let mut app = on_akazawa();
    press(&mut app, "c j j enter");
    assert_eq!(app.mode.name(), "READ");
    assert_eq!(app.current, ArticleId(4));
    assert_eq!(app.focus, Pane::Article);
    let text = app.corpus.article(ArticleId(4)).unwrap().text();
    let cursor = app.cursor_span().unwrap();
    assert!(
        cursor.slice(text).contains("Akazawa"),
        "{}",
        cursor.slice(text)
    );
    let active = app.entities.active.and_then(|id| app.entities.entity(id));
    assert_eq!(active.map(|e| e.name.as_str()), Some("Ryosei Akazawa"));
    insta::assert_snapshot!("concordance_enter_jumps", screen(&app));
}

#[test]
fn x_splits_the_selected_mention_off_and_the_concordance_follows() {
    let mut app = on_akazawa();
    press(&mut app, "c j j X");
    let doc = app.corpus.article(ArticleId(4)).unwrap().file.clone();
    let text = app.corpus.article(ArticleId(4)).unwrap().text();
    let start = match app.entities.corrections.corrections.last() {
        Some(Correction::Split {
            doc: d,
            start,
            end,
            name: None,
            ..
        }) if *d == doc => {
            assert_eq!(&text[*start..*end], "Akazawa");
            *start
        }
        other => panic!("no split of the mention: {other:?}"),
    };
    // The rebuilt index has the mention apart; the concordance lists only the others.
    let index = app.entities.index().unwrap();
    let split = index.entity_at(ArticleId(4), start).unwrap();
    assert_eq!(index.entity(split).unwrap().name, "Akazawa");
    let Mode::Concordance(c) = &app.mode else {
        panic!("the concordance closed");
    };
    assert_eq!(c.name, "Ryosei Akazawa");
    insta::assert_snapshot!("concordance_after_split", screen(&app));
}
