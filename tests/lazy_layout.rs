//! The lazy layout of a large article: the app splits and wraps only what the view needs,
//! does the rest in slices when the shell is idle (`Action::ContinueLayout`), and must then
//! behave exactly as if the whole article had been laid out before the first frame.

use margin::app::App;
use margin::app::action::{Action, Dir};
use margin::app::keymap::parse_keys;
use margin::config::{Colours, Config};
use margin::corpus::Corpus;
use margin::text::Structure;
use margin::text::layout::{ArticleLayout, Row};
use margin::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The last sentence of the large article, found nowhere else.
const LAST: &str = "The zebra crossing closes this article.";

/// About 1.2 MB of news text (the seed articles over and over), several slices long, with
/// one sentence of its own at the end.
fn large_corpus() -> Corpus {
    let seeds = Corpus::embedded();
    let mut text = String::new();
    while text.len() < 1_200_000 {
        for article in &seeds.articles {
            text.push_str(article.text());
            text.push_str("\n\n");
        }
    }
    text.push_str(LAST);
    text.push('\n');
    let small = seeds.articles[0].text().to_string();
    Corpus::from_texts(
        "large",
        vec![("large.txt".into(), text), ("small.txt".into(), small)],
    )
}

fn app_at(width: u16, height: u16) -> App {
    let mut app = App::new(large_corpus(), Config::default(), None);
    app.update(Action::Resize { width, height });
    app
}

/// What the shell does while no key comes: slices until the article is laid out.
fn lay_out_all(app: &mut App) {
    while !app.is_laid_out() {
        app.update(Action::ContinueLayout);
    }
}

fn press(app: &mut App, keys: &str) {
    for key in parse_keys(keys).unwrap() {
        app.handle_key(key);
    }
}

fn rows(layout: &ArticleLayout) -> Vec<Row> {
    layout.rows_from(0).collect()
}

fn screen(app: &App) -> String {
    let size = (app.areas.status.width, app.areas.status.y + 1);
    let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
    let theme = Theme::new(&Colours::default(), false).unwrap();
    terminal
        .draw(|frame| ui::render(app, &theme, frame))
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

fn text_of(app: &App) -> &str {
    app.article().unwrap().text()
}

#[test]
fn a_large_article_opens_with_only_its_top_laid_out_and_counts_its_sentences_later() {
    let mut app = app_at(120, 40);
    let height = app.areas.text.height as usize;
    assert!(!app.is_laid_out());
    assert!(app.layout().len() >= 2 * height);
    assert!(app.layout().len() < 200, "{} rows", app.layout().len());
    assert!(app.article().unwrap().structure_if_split().is_none());
    assert!(screen(&app).contains("sentence 1/… "));

    lay_out_all(&mut app);
    let whole = Structure::of(text_of(&app));
    let count = format!("sentence 1/{} ", whole.sentences.len());
    assert!(screen(&app).contains(&count), "{}", screen(&app));
    // The structure split in slices is handed to the article, and is the whole one.
    assert_eq!(app.article().unwrap().structure_if_split(), Some(&whole));
}

#[test]
fn the_finished_layout_is_the_whole_layout_at_every_width() {
    for (width, height) in [(50, 20), (80, 24), (120, 40), (200, 50)] {
        let mut app = app_at(width, height);
        press(&mut app, "ctrl-d j");
        lay_out_all(&mut app);
        let text = text_of(&app);
        let whole = ArticleLayout::new(text, &Structure::of(text), app.areas.text.width as usize);
        assert_eq!(app.layout().len(), whole.len(), "{width}x{height}");
        assert_eq!(rows(app.layout()), rows(&whole), "{width}x{height}");
        assert_eq!(app.structure(), &Structure::of(text));
    }
}

#[test]
fn end_of_article_before_the_layout_is_complete_lands_on_the_true_last_row() {
    let mut lazy = app_at(120, 40);
    assert!(!lazy.is_laid_out());
    press(&mut lazy, "G");

    let text = text_of(&lazy).to_string();
    let whole = Structure::of(&text);
    let last = whole.sentences.len() - 1;
    assert_eq!(lazy.cursor, last);
    assert_eq!(whole.sentences[last].span().slice(&text), LAST);
    let layout = ArticleLayout::new(&text, &whole, lazy.areas.text.width as usize);
    let height = lazy.areas.text.height as usize;
    assert_eq!(lazy.scroll_top, layout.len() - height);
    assert!(screen(&lazy).contains(LAST));

    let mut eager = app_at(120, 40);
    lay_out_all(&mut eager);
    press(&mut eager, "G");
    assert_eq!(screen(&lazy), screen(&eager));

    press(&mut lazy, "g g");
    assert_eq!((lazy.cursor, lazy.scroll_top), (0, 0));
}

#[test]
fn a_search_for_text_near_the_end_finds_it_before_the_layout_gets_there() {
    let mut app = app_at(120, 40);
    press(&mut app, "/ z e b r a enter");
    let text = text_of(&app);
    assert_eq!(app.cursor_span().unwrap().slice(text), LAST);
    assert!(screen(&app).contains(LAST));
}

#[test]
fn resizing_while_the_layout_is_incomplete_keeps_the_first_visible_byte() {
    let mut app = app_at(120, 40);
    press(&mut app, "pgdn pgdn pgdn ctrl-d");
    assert!(!app.is_laid_out());
    let mut eager = app_at(120, 40);
    lay_out_all(&mut eager);
    press(&mut eager, "pgdn pgdn pgdn ctrl-d");
    let byte = app
        .layout()
        .rows_from(app.scroll_top)
        .find_map(|r| r.span())
        .unwrap()
        .start;
    for (width, height) in [(70, 30), (200, 50), (120, 40)] {
        app.update(Action::Resize { width, height });
        eager.update(Action::Resize { width, height });
        lay_out_all(&mut eager);
        let row = app.layout().row_of_byte(byte);
        let height = app.areas.text.height as usize;
        assert!(
            (app.scroll_top..app.scroll_top + height).contains(&row),
            "{width}x{height}: byte {byte} is on row {row}, the view starts at {}",
            app.scroll_top
        );
        assert_eq!(
            (app.scroll_top, app.cursor),
            (eager.scroll_top, eager.cursor)
        );
        assert!(!app.is_laid_out());
    }
    lay_out_all(&mut app);
    let text = text_of(&app);
    let whole = ArticleLayout::new(text, &Structure::of(text), app.areas.text.width as usize);
    assert_eq!(rows(app.layout()), rows(&whole));
}

/// Every key does on a partly laid out article what it does on a wholly laid out one: the
/// same cursor, view and screen after each, with idle slices coming in between.
#[test]
fn keys_do_the_same_before_and_after_the_layout_is_complete() {
    let mut lazy = app_at(120, 40);
    let mut eager = app_at(120, 40);
    lay_out_all(&mut eager);
    let script = [
        "j j j",
        "ctrl-d ctrl-d pgdn space",
        "k k pgup ctrl-u",
        "v w w j j enter",
        "/ y e n enter n n N esc",
        "V ctrl-o ctrl-i",
        "] [",
        "g",
    ];
    let mut step = 0;
    let mut check = |lazy: &mut App, eager: &mut App, what: &str| {
        lay_out_all(eager);
        assert_eq!(lazy.cursor, eager.cursor, "cursor after {what}");
        assert_eq!(lazy.scroll_top, eager.scroll_top, "view after {what}");
        assert_eq!(lazy.mode, eager.mode, "mode after {what}");
        assert_eq!(lazy.message, eager.message, "message after {what}");
        let height = lazy.areas.text.height as usize;
        let shown = |app: &App| -> Vec<Row> {
            app.layout()
                .rows_from(app.scroll_top)
                .take(height)
                .collect()
        };
        assert_eq!(shown(lazy), shown(eager), "screen after {what}");
        // An idle slice now and then, as the shell would run.
        step += 1;
        if step % 3 == 0 {
            lazy.update(Action::ContinueLayout);
        }
    };
    for keys in script {
        for key in parse_keys(keys).unwrap() {
            lazy.handle_key(key);
            eager.handle_key(key);
            check(&mut lazy, &mut eager, &format!("{key} in \"{keys}\""));
        }
    }
    assert!(
        !lazy.is_laid_out(),
        "the keys above ran on a partial layout"
    );
    for action in [
        Action::Scroll(Dir::Next),
        Action::Scroll(Dir::Next),
        Action::Click {
            column: 40,
            row: 10,
        },
        Action::Resize {
            width: 90,
            height: 30,
        },
        Action::HalfPage(Dir::Next),
        Action::ToEnd,
        Action::Page(Dir::Prev),
        Action::ToStart,
    ] {
        let what = format!("{action:?}");
        lazy.update(action.clone());
        eager.update(action);
        check(&mut lazy, &mut eager, &what);
    }
    lay_out_all(&mut lazy);
    assert_eq!(screen(&lazy), screen(&eager));
}

#[test]
fn reopening_far_down_a_large_article_lands_on_the_saved_sentence() {
    let corpus = large_corpus();
    let text = corpus.articles[0].text().to_string();
    let whole = Structure::of(&text);
    let saved = whole.sentences[whole.sentences.len() * 2 / 3];
    let place = margin::app::session::Place {
        article: "large.txt".into(),
        byte: saved.span().start,
    };
    let app = App::new_sized(corpus, Config::default(), Some(&place), (120, 40));
    assert!(!app.is_laid_out());
    assert_eq!(app.cursor_span(), Some(saved.span()));
    let layout = ArticleLayout::new(&text, &whole, app.areas.text.width as usize);
    let (first, _) = layout.rows_of_span(saved.span());
    let height = app.areas.text.height as usize;
    assert!((app.scroll_top..app.scroll_top + height).contains(&first));
    assert_eq!(
        app.layout()
            .rows_from(app.scroll_top)
            .take(height)
            .collect::<Vec<_>>(),
        layout
            .rows_from(app.scroll_top)
            .take(height)
            .collect::<Vec<_>>()
    );
}
