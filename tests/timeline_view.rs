//! The timeline overlay (`T`) driven through keys: the chart with the articles as series, the
//! dates in time order below it with those not placed after, `Enter` to the sentence; small
//! terminals and a corpus without dates.

#[path = "support/reader.rs"]
mod support;

use margin::annotations::Timestamp;
use margin::app::action::Action;
use margin::app::keymap::parse_keys;
use margin::app::{App, Mode, background};
use margin::config::Config;
use margin::corpus::{ArticleId, Corpus};
use support::{reader, reader_sized};

#[test]
fn the_chart_has_a_series_per_dated_article_and_the_list_is_in_time_order() {
    let mut reader = reader();
    reader.press("T");
    assert!(matches!(reader.app.mode, Mode::Timeline { .. }));
    let screen = reader.screen();
    assert!(
        screen.contains("Timeline · 9 dates placed, 8 not"),
        "{screen}"
    );
    // The legend names the series: 000 is the only article with placed dates.
    assert!(screen.contains("│1 US–Japan Trade"), "{screen}");
    assert!(screen.contains("Dec 2003"), "the time axis: {screen}");
    let rows: Vec<&str> = screen.lines().collect();
    let at = |text: &str| {
        rows.iter()
            .position(|r| r.contains(text))
            .unwrap_or_else(|| panic!("no {text:?} in\n{screen}"))
    };
    assert!(at("2004 ") < at("1 Jan 2020"));
    assert!(at("1 Jan 2020") < at("20 Apr 2023 (year inferred)"));
    assert!(at("20 Apr 2023 (year inferred)") < at("Not on the calendar"));
    assert!(
        rows[at("yesterday")].contains("(relative: needs the article's date in index.ron)"),
        "{}",
        rows[at("yesterday")]
    );
}

#[test]
fn enter_reads_the_selected_date_in_its_article() {
    let mut reader = reader();
    reader.press("T");
    let rows = reader
        .app
        .findings()
        .unwrap()
        .timeline
        .dates
        .iter()
        .position(|d| d.words(&reader.app.corpus) == "yesterday")
        .unwrap();
    for _ in 0..rows {
        reader.press("j");
    }
    let selected = reader.app.timeline_selected().unwrap();
    assert_eq!(selected.words(&reader.app.corpus), "yesterday");
    reader.press("enter");
    assert_eq!(reader.app.mode, Mode::Reading);
    assert_eq!(reader.app.current, ArticleId(4));
    let sentence = reader
        .app
        .cursor_span()
        .unwrap()
        .slice(reader.app.article().unwrap().text())
        .to_string();
    assert!(sentence.contains("yesterday"), "{sentence}");
    assert_eq!(
        reader.status(),
        "“yesterday”: relative: needs the article's date in index.ron"
    );
    // Back with the jump list, as from any jump.
    reader.press("ctrl-o");
    assert_eq!(reader.app.current, ArticleId(0));
}

#[test]
fn small_terminals_show_the_list_without_the_chart() {
    for (width, height) in [(20, 10), (40, 12), (80, 18)] {
        let mut reader = reader_sized(width, height);
        reader.press("T j j");
        let screen = reader.screen();
        assert!(matches!(reader.app.mode, Mode::Timeline { .. }), "{screen}");
    }
    let mut reader = reader_sized(100, 14);
    reader.press("T");
    let screen = reader.screen();
    assert!(!screen.contains("Dec 2003"), "no chart axis: {screen}");
    assert!(screen.contains("1 Jan 2020"), "{screen}");
}

#[test]
fn a_corpus_without_dates_says_so() {
    let corpus = Corpus::from_texts(
        "test",
        vec![("a.txt".to_string(), "Nothing here is dated.\n".to_string())],
    );
    let mut app = App::new(corpus, Config::default(), None);
    app.set_time(Timestamp(1_764_000_000));
    app.update(Action::Resize {
        width: 100,
        height: 30,
    });
    let started = app.start();
    background::settle(&mut app, started);
    for key in parse_keys("T").unwrap() {
        app.handle_key(key);
    }
    assert_eq!(app.mode, Mode::Reading);
    let said = app
        .message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default();
    assert!(said.starts_with("no article gives a date"), "{said}");
}
