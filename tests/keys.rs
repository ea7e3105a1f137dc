//! Key tests: the app on a fixture corpus, fed key strings, checked on state and effects.

use margin::app::action::{Action, Effect};
use margin::app::keymap::parse_keys;
use margin::app::session::Place;
use margin::app::{App, Mode, Pane};
use margin::config::Config;
use margin::corpus::{ArticleId, Corpus};
use std::path::Path;

fn fixture_corpus() -> Corpus {
    Corpus::open(&[Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus")]).unwrap()
}

fn app_at(corpus: Corpus, width: u16, height: u16) -> App {
    let mut app = App::new(corpus, Config::default(), None);
    app.update(Action::Resize { width, height });
    app
}

fn press(app: &mut App, keys: &str) -> Vec<Effect> {
    parse_keys(keys)
        .unwrap()
        .into_iter()
        .flat_map(|k| app.handle_key(k))
        .collect()
}

fn cursor_text(app: &App) -> &str {
    app.cursor_span()
        .unwrap()
        .slice(app.article().unwrap().text())
}

fn status(app: &App) -> &str {
    app.message.as_ref().map_or("", |m| m.text.as_str())
}

#[test]
fn j_and_k_move_the_sentence_cursor() {
    let mut app = app_at(fixture_corpus(), 120, 40);
    assert_eq!(cursor_text(&app), "Trade Talks Stall in Washington");
    press(&mut app, "j j");
    assert_eq!(
        cursor_text(&app),
        "Mr. Akazawa met U.S. Treasury officials on Friday for round 1."
    );
    press(&mut app, "k down up up up");
    assert_eq!(app.cursor, 0);
}

#[test]
fn gg_and_capital_g_go_to_the_ends_and_the_cursor_stays_visible() {
    let mut app = app_at(fixture_corpus(), 80, 24);
    press(&mut app, "G");
    assert_eq!(cursor_text(&app), "Nobody signed anything in the end.");
    let (first, last) = app.layout().rows_of_span(app.cursor_span().unwrap());
    assert!(app.scroll_top <= first && last < app.scroll_top + app.areas.text.height as usize);
    press(&mut app, "g");
    assert_eq!(app.pending.display(), "g", "g waits for the rest of gg");
    press(&mut app, "g");
    assert_eq!((app.cursor, app.scroll_top), (0, 0));
    assert!(app.pending.is_empty());
}

#[test]
fn a_count_repeats_a_move_and_goes_to_a_sentence_with_g() {
    let mut app = app_at(fixture_corpus(), 120, 40);
    press(&mut app, "2 j");
    assert_eq!(
        cursor_text(&app),
        "Mr. Akazawa met U.S. Treasury officials on Friday for round 1."
    );
    press(&mut app, "1");
    assert_eq!(
        app.pending.display(),
        "1",
        "the count shows while it is typed"
    );
    press(&mut app, "k");
    assert_eq!(app.cursor, 1);
    press(&mut app, "3 G");
    assert_eq!(app.cursor, 2, "3G is the third sentence");
    press(&mut app, "9 9 9 G");
    assert_eq!(cursor_text(&app), "Nobody signed anything in the end.");
    press(&mut app, "1 g g");
    assert_eq!(app.cursor, 0);
}

#[test]
fn esc_drops_a_count_or_a_half_typed_sequence() {
    let mut app = app_at(fixture_corpus(), 120, 40);
    press(&mut app, "5 esc j");
    assert_eq!(app.cursor, 1, "the 5 was dropped");
    press(&mut app, "z esc");
    assert!(app.pending.is_empty());
    assert_eq!(status(&app), "");
    press(&mut app, "z q");
    assert_eq!(status(&app), "no action for z q · ? lists the keys");
}

#[test]
fn zt_zz_zb_place_the_cursor_sentence_on_the_screen() {
    let mut app = app_at(fixture_corpus(), 80, 10);
    let rows = |app: &App| app.layout().rows_of_span(app.cursor_span().unwrap());
    press(&mut app, "G");
    let middle = app.cursor / 2;
    let digits: Vec<String> = (middle + 1).to_string().chars().map(String::from).collect();
    press(&mut app, &format!("{} G z t", digits.join(" ")));
    assert_eq!(app.cursor, middle);
    assert_eq!(
        app.scroll_top,
        rows(&app).0,
        "zt: the cursor sentence on the first row"
    );
    press(&mut app, "z b");
    let height = app.areas.text.height as usize;
    assert_eq!(
        app.scroll_top + height,
        rows(&app).1 + 1,
        "zb: on the last row"
    );
    press(&mut app, "z z");
    let (first, last) = rows(&app);
    let middle = app.scroll_top + height / 2;
    assert!(
        first <= middle + 1 && middle <= last + 1,
        "zz: around the middle"
    );
}

#[test]
fn paging_scrolls_and_keeps_the_cursor_on_screen() {
    let mut app = app_at(fixture_corpus(), 80, 24);
    let height = app.areas.text.height as usize;
    press(&mut app, "ctrl-d");
    assert_eq!(app.scroll_top, height / 2);
    press(&mut app, "pgdn");
    assert!(app.scroll_top > height / 2);
    let (first, _) = app.layout().rows_of_span(app.cursor_span().unwrap());
    assert!(first >= app.scroll_top && first < app.scroll_top + height);
    press(&mut app, "ctrl-u pgup pgup");
    assert_eq!(app.scroll_top, 0);
}

#[test]
fn brackets_change_article_and_stop_at_the_ends() {
    let mut app = app_at(fixture_corpus(), 120, 40);
    let effects = press(&mut app, "]");
    assert_eq!(app.current, ArticleId(1));
    assert!(
        matches!(&effects[..], [Effect::SaveSession { place, .. }] if place.article == "bonds.txt")
    );
    press(&mut app, "] ]");
    assert_eq!(app.current, ArticleId(2));
    assert_eq!(status(&app), "this is the last article");
    press(&mut app, "[ [ [");
    assert_eq!(app.current, ArticleId(0));
    assert_eq!(status(&app), "this is the first article");
}

#[test]
fn an_unbound_key_says_so_and_points_at_help() {
    let mut app = app_at(fixture_corpus(), 120, 40);
    press(&mut app, "K");
    assert_eq!(status(&app), "no action for K · ? lists the keys");
    // A key that does something clears the note.
    press(&mut app, "j");
    assert_eq!(status(&app), "");
}

#[test]
fn ctrl_n_goes_forward_in_the_jump_list_where_ctrl_i_arrives_as_tab() {
    let mut app = app_at(fixture_corpus(), 120, 40);
    press(&mut app, "] ctrl-o");
    assert_eq!(app.current, ArticleId(0));
    press(&mut app, "ctrl-n");
    assert_eq!(app.current, ArticleId(1));
    press(&mut app, "ctrl-o ctrl-i");
    assert_eq!(app.current, ArticleId(1));
}

#[test]
fn search_highlights_every_match_and_counts_them() {
    let mut app = app_at(fixture_corpus(), 120, 40);
    press(&mut app, "/ f r i d a y enter");
    let search = app.search.as_ref().unwrap();
    assert_eq!(search.matches.len(), 12);
    assert_eq!(status(&app), "match 1/12");
    assert!(cursor_text(&app).contains("Friday for round 1"));
    press(&mut app, "n n");
    assert_eq!(status(&app), "match 3/12");
    assert!(cursor_text(&app).contains("round 3"));
    press(&mut app, "N");
    assert_eq!(status(&app), "match 2/12");
    press(&mut app, "G n");
    assert_eq!(
        status(&app),
        "no more in this article: continued in “Bond markets react” (article 2/3), match 1/1"
    );
    assert_eq!(app.current, ArticleId(1));
    assert!(cursor_text(&app).to_lowercase().contains("friday"));
    press(&mut app, "N");
    assert_eq!(app.current, ArticleId(0));
    assert!(
        status(&app).ends_with("(article 1/3), match 12/12"),
        "{}",
        status(&app)
    );
}

#[test]
fn a_search_is_a_regular_expression_with_quotes_and_dashes_folded() {
    let mut app = app_at(fixture_corpus(), 120, 40);
    press(&mut app, "/ r o u n d space \\ d enter");
    assert_eq!(status(&app), "match 1/12");
    assert!(cursor_text(&app).contains("round 1"));
    // A broken expression is searched as text, and says so.
    press(&mut app, "/ ( r o u n d enter");
    assert!(
        status(&app).ends_with("searched as text"),
        "{}",
        status(&app)
    );
}

#[test]
fn up_and_down_in_the_search_prompt_recall_earlier_searches() {
    let mut app = app_at(fixture_corpus(), 120, 40);
    press(&mut app, "/ f r i d a y enter / r o u n d enter / up");
    let typed = |app: &App| match &app.mode {
        Mode::Prompt(prompt) => prompt.input.clone(),
        other => panic!("no prompt: {other:?}"),
    };
    assert_eq!(typed(&app), "round");
    press(&mut app, "up");
    assert_eq!(typed(&app), "friday");
    press(&mut app, "down down");
    assert_eq!(typed(&app), "");
}

#[test]
fn a_search_found_nowhere_says_pattern_not_found() {
    let mut app = app_at(fixture_corpus(), 120, 40);
    press(&mut app, "/ z q x enter");
    assert_eq!(status(&app), "Pattern not found: zqx");
    press(&mut app, "n");
    assert_eq!(status(&app), "Pattern not found: zqx");
}

#[test]
fn escape_in_the_search_prompt_restores_the_cursor_and_search() {
    let mut app = app_at(fixture_corpus(), 120, 40);
    press(&mut app, "j / t a l k s");
    assert_eq!(app.mode.name(), "SEARCH");
    press(&mut app, "esc");
    assert_eq!(
        (app.cursor, app.search.is_none(), &app.mode),
        (1, true, &Mode::Reading)
    );
}

#[test]
fn a_search_with_a_capital_is_case_sensitive() {
    let mut app = app_at(fixture_corpus(), 120, 40);
    press(&mut app, "/ T h e enter");
    let lower = app.search.as_ref().unwrap().matches.len();
    press(&mut app, "/ t h e enter");
    assert!(app.search.as_ref().unwrap().matches.len() > lower);
}

#[test]
fn corpus_search_lists_sentences_of_every_article_and_enter_jumps() {
    let mut app = app_at(fixture_corpus(), 120, 40);
    press(&mut app, "S t r e a s u r y enter");
    let Mode::Results(results) = &app.mode else {
        panic!("no results: {:?}", app.mode)
    };
    let articles: Vec<usize> = results.hits.iter().map(|h| h.article.0).collect();
    assert_eq!(articles.first(), Some(&0));
    assert!(articles.contains(&1));
    let to_bonds = articles.iter().position(|&a| a == 1).unwrap();
    press(&mut app, &"j ".repeat(to_bonds));
    press(&mut app, "enter");
    assert_eq!(app.current, ArticleId(1));
    assert_eq!(
        cursor_text(&app),
        "Japan holds more than $1 trillion of U.S. Treasury securities."
    );
    press(&mut app, "ctrl-o");
    assert_eq!((app.current, app.cursor), (ArticleId(0), 0));
    press(&mut app, "ctrl-i");
    assert_eq!(app.current, ArticleId(1));
}

#[test]
fn tab_moves_focus_to_the_list_where_j_and_enter_open_an_article() {
    let mut app = app_at(fixture_corpus(), 120, 40);
    press(&mut app, "tab");
    assert_eq!(app.focus, Pane::Entities);
    press(&mut app, "tab");
    assert_eq!(app.focus, Pane::List);
    press(&mut app, "shift-tab shift-tab tab tab");
    assert_eq!(app.focus, Pane::List);
    press(&mut app, "j j enter");
    assert_eq!((app.current, app.focus), (ArticleId(2), Pane::Article));
}

#[test]
fn help_opens_and_closes() {
    let mut app = app_at(fixture_corpus(), 120, 40);
    press(&mut app, "?");
    assert!(matches!(&app.mode, Mode::Help(view) if view.scroll == 0));
    press(&mut app, "j esc");
    assert_eq!(app.mode, Mode::Reading);
}

fn help_scroll(app: &App) -> usize {
    match &app.mode {
        Mode::Help(view) => view.scroll,
        other => panic!("help is not open: {other:?}"),
    }
}

#[test]
fn help_scrolls_like_a_pager_and_stops_at_its_end() {
    let mut app = app_at(fixture_corpus(), 80, 24);
    press(&mut app, "? space");
    let page = help_scroll(&app);
    assert!(page >= 15, "Space scrolls a page: {page}");
    press(&mut app, "pgup");
    assert_eq!(help_scroll(&app), 0);
    press(&mut app, "G");
    let end = help_scroll(&app);
    let (lines, visible) = app.help_view();
    assert_eq!(
        end,
        lines.len() - visible,
        "G shows the last line at the bottom"
    );
    press(&mut app, "j j space");
    assert_eq!(help_scroll(&app), end, "never past the end");
    press(&mut app, "g g");
    assert_eq!(help_scroll(&app), 0);
}

#[test]
fn help_is_searched_with_slash_and_n() {
    let mut app = app_at(fixture_corpus(), 80, 24);
    press(&mut app, "? /");
    for c in "claim".chars() {
        app.handle_key(margin::app::keymap::Key::char(c));
    }
    let (lines, visible) = app.help_view();
    let found = |app: &App| match &app.mode {
        Mode::Help(view) => view.found.expect("a line was found"),
        _ => panic!("help closed"),
    };
    let first = found(&app);
    assert!(lines[first].text.contains("claim"), "{:?}", lines[first]);
    let top = help_scroll(&app);
    assert!(
        (top..top + visible).contains(&first),
        "the line found is on screen"
    );
    press(&mut app, "enter");
    assert!(matches!(&app.mode, Mode::Help(view) if !view.typing && view.query == "claim"));
    press(&mut app, "n");
    let second = found(&app);
    assert_ne!(second, first);
    assert!(second > first && lines[second].text.contains("claim"));
    press(&mut app, "N");
    assert_eq!(found(&app), first);
    press(&mut app, "/ x y z z y enter");
    assert_eq!(status(&app), "Pattern not found: xyzzy");
    press(&mut app, "esc");
    assert_eq!(app.mode, Mode::Reading);
}

#[test]
fn q_saves_the_place_and_quits() {
    let mut app = app_at(fixture_corpus(), 120, 40);
    let effects = press(&mut app, "] j q");
    let place = Place {
        article: "bonds.txt".into(),
        byte: app.cursor_span().unwrap().start,
    };
    assert_eq!(effects.last(), Some(&Effect::Quit));
    assert!(effects.contains(&Effect::SaveSession {
        corpus: app.corpus.origin.key(),
        place
    }));
    assert!(app.is_quitting());
}

#[test]
fn reopening_at_a_saved_place_restores_article_and_sentence() {
    let mut first = app_at(fixture_corpus(), 120, 40);
    press(&mut first, "] j");
    let place = first.place();
    let second = App::new(fixture_corpus(), Config::default(), Some(&place));
    assert_eq!((second.current, second.cursor), (ArticleId(1), 1));
}

#[test]
fn a_click_on_a_sentence_moves_the_cursor_there() {
    let mut app = app_at(fixture_corpus(), 120, 40);
    let text = app.areas.text;
    // Row 2 of the text is paragraph 1's first line: "Paragraph 1 opens here. Mr. Akazawa ..."
    app.update(Action::Click {
        column: text.x + 30,
        row: text.y + 2,
    });
    assert!(
        cursor_text(&app).starts_with("Mr. Akazawa"),
        "{}",
        cursor_text(&app)
    );
    app.update(Action::Click {
        column: text.x + 2,
        row: text.y + 2,
    });
    assert_eq!(cursor_text(&app), "Paragraph 1 opens here.");
}

#[test]
fn a_click_in_the_list_opens_that_article() {
    let mut app = app_at(fixture_corpus(), 120, 40);
    let list = app.areas.list.unwrap();
    app.update(Action::Click {
        column: list.x + 3,
        row: list.y + 3,
    });
    assert_eq!(app.current, ArticleId(2));
}

#[test]
fn the_wheel_scrolls_and_drags_the_cursor_along() {
    let mut app = app_at(fixture_corpus(), 80, 24);
    for _ in 0..5 {
        app.update(Action::Scroll(margin::app::action::Dir::Next));
    }
    assert_eq!(app.scroll_top, 15);
    let (first, last) = app.layout().rows_of_span(app.cursor_span().unwrap());
    assert!(last >= app.scroll_top && first < app.scroll_top + app.areas.text.height as usize);
}

#[test]
fn resizing_keeps_the_first_visible_text_on_screen() {
    let mut app = app_at(fixture_corpus(), 80, 40);
    press(&mut app, "ctrl-d");
    let byte = app
        .layout()
        .row(app.scroll_top)
        .unwrap()
        .span()
        .unwrap()
        .start;
    app.update(Action::Resize {
        width: 66,
        height: 40,
    });
    assert!(
        app.areas.list.is_none(),
        "a 66-column terminal hides the list"
    );
    let shown = app
        .layout()
        .rows_from(app.scroll_top)
        .find_map(|r| r.span())
        .unwrap();
    assert!(
        shown.start <= byte && byte < shown.end,
        "{shown:?} should hold byte {byte}"
    );
}

#[test]
fn a_remapped_key_does_what_the_config_says() {
    let config = Config::from_ron(
        r#"(keys: {"article": {"x": ToEnd}})"#,
        Path::new("config.ron"),
    )
    .unwrap();
    let mut app = App::new(fixture_corpus(), config, None);
    press(&mut app, "x");
    assert_eq!(cursor_text(&app), "Nobody signed anything in the end.");
}

#[test]
fn changing_article_while_selecting_drops_the_selection() {
    let mut app = app_at(fixture_corpus(), 120, 40);
    press(&mut app, "G v w w ]");
    assert_eq!(app.current, ArticleId(1));
    assert_eq!(app.mode, Mode::Reading);
    press(&mut app, "v enter");
    assert_eq!(app.mode, Mode::Reading);
}
