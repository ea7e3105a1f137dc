//! The entities pane follows the article shown, whichever way the reader gets there: after
//! each way of changing article, the pane drawn on screen lists that article's entities,
//! keeps the selection when the entity is there, and the mentions drawn as the selected
//! entity's are in the text shown.

use margin::annotations::Timestamp;
use margin::app::action::{Action, Effect};
use margin::app::background;
use margin::app::entities::EntityRow;
use margin::app::keymap::parse_keys;
use margin::app::{App, Mode, Pane};
use margin::config::{Colours, Config};
use margin::corpus::{ArticleId, Corpus};
use margin::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;
use std::collections::BTreeSet;

#[path = "support/cells.rs"]
mod cells;

use cells::runs_where;

const WIDTH: u16 = 160;
const HEIGHT: u16 = 45;

/// The app on the seeds with the index and the findings ready, as the workers leave it.
fn app() -> App {
    let mut app = App::new(Corpus::embedded(), Config::default(), None);
    app.set_time(Timestamp(1_764_000_000));
    app.update(Action::Resize {
        width: WIDTH,
        height: HEIGHT,
    });
    let started = app.start();
    background::settle(&mut app, started);
    app
}

fn press(app: &mut App, keys: &str) -> Vec<Effect> {
    let effects: Vec<Effect> = parse_keys(keys)
        .unwrap()
        .into_iter()
        .flat_map(|k| app.handle_key(k))
        .collect();
    background::settle(app, effects)
}

fn draw(app: &App) -> Buffer {
    let theme = Theme::new(&Colours::default(), false).unwrap();
    let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).unwrap();
    terminal
        .draw(|frame| ui::render(app, &theme, frame))
        .unwrap();
    terminal.backend().buffer().clone()
}

/// The text of the entities pane as drawn, a line per row, without the border.
fn pane_lines(app: &App) -> Vec<String> {
    let buffer = draw(app);
    let area = app
        .areas
        .entities
        .expect("the pane is shown at 160 columns");
    (area.y..area.y + area.height)
        .map(|y| {
            (area.x + 1..area.x + area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
                .trim()
                .to_string()
        })
        .collect()
}

fn name(app: &App, id: margin::entities::EntityId) -> String {
    app.entities.entity(id).unwrap().name.clone()
}

/// The names of the entities the index gives for the article shown.
fn shown_article_entities(app: &App) -> BTreeSet<String> {
    let index = app.entities.index().unwrap();
    index
        .article_entities(app.current)
        .into_iter()
        .map(|(id, _)| name(app, id))
        .collect()
}

fn selected_name(app: &App) -> String {
    name(
        app,
        app.entities
            .selected_entity()
            .expect("an entity is selected"),
    )
}

/// The pane on screen is the shown article's: its heading counts that article's entities,
/// every entity line names one of them, and the selection is one of them.
fn assert_pane_follows(app: &App) {
    let expected = shown_article_entities(app);
    let lines = pane_lines(app);
    assert_eq!(
        lines[0],
        format!("Entities · this article ({})", expected.len()),
        "article {:?}",
        app.current
    );
    let entity_lines = app
        .entities
        .rows
        .iter()
        .zip(&lines[1..])
        .filter(|(row, _)| matches!(row, EntityRow::Entity { .. }))
        .map(|(_, line)| line);
    for line in entity_lines {
        // "● Ryosei Akazawa 17": marker, name, count.
        let text = line.trim_start_matches(['●', '⇢']).trim();
        let shown = text.rsplit_once(' ').map_or(text, |(name, _)| name);
        let shown = shown.trim_end().trim_end_matches('…');
        assert!(
            expected.iter().any(|e| e.starts_with(shown)),
            "{line:?} is not an entity of article {:?}: {expected:?}",
            app.current
        );
    }
    assert!(
        expected.contains(&selected_name(app)),
        "the selection {:?} is not in article {:?}",
        selected_name(app),
        app.current
    );
}

/// Runs of text drawn as the highlighted entity's mentions (bold and underlined) in the
/// article's text area.
fn highlighted_runs(app: &App) -> Vec<String> {
    let wanted = Modifier::BOLD | Modifier::UNDERLINED;
    runs_where(&draw(app), app.areas.text, |m| m.contains(wanted))
}

/// With the pane focused, the selected entity's mentions on screen are drawn highlighted,
/// and nothing else is: the highlights are this article's.
fn assert_highlights_follow(app: &mut App) {
    while app.focus != Pane::Entities {
        press(app, "tab");
    }
    let id = app.entities.selected_entity().unwrap();
    let index = app.entities.index().unwrap();
    let article = app.article().unwrap();
    let surfaces: BTreeSet<String> = index
        .article_mentions(app.current)
        .iter()
        .filter(|m| m.entity() == id)
        .map(|m| m.span().slice(article.text()).to_string())
        .collect();
    assert!(
        !surfaces.is_empty(),
        "the selected entity is mentioned here"
    );
    let runs = highlighted_runs(app);
    for run in &runs {
        assert!(
            surfaces
                .iter()
                .any(|s| s.contains(run.as_str()) || run.contains(s.as_str())),
            "{run:?} is highlighted but is no mention of {:?} here: {surfaces:?}",
            selected_name(app)
        );
    }
    let screen_text: String = {
        let buffer = draw(app);
        let t = app.areas.text;
        (t.y..t.y + t.height)
            .map(|y| {
                (t.x..t.x + t.width)
                    .map(|x| buffer[(x, y)].symbol())
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    if surfaces.iter().any(|s| screen_text.contains(s.as_str())) {
        assert!(
            !runs.is_empty(),
            "a mention of {:?} is on screen but not highlighted",
            selected_name(app)
        );
    }
}

/// Selects `entity` in the pane (by filtering to it and clearing the filter, which keeps
/// the selection), leaving the pane focused.
fn select(app: &mut App, entity: &str) {
    while app.focus != Pane::Entities {
        press(app, "tab");
    }
    let keys: String = entity
        .to_lowercase()
        .chars()
        .map(|c| {
            if c == ' ' {
                "space".to_string()
            } else {
                c.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    press(app, &format!("/ {keys} enter"));
    while selected_name(app) != entity {
        press(app, "j");
    }
    press(app, "esc");
    assert_eq!(selected_name(app), entity);
}

#[test]
fn bracket_keys_change_the_pane_to_the_next_and_previous_article() {
    let mut app = app();
    assert_pane_follows(&app);
    let first = pane_lines(&app);
    press(&mut app, "]");
    assert_eq!(app.current, ArticleId(1));
    assert_pane_follows(&app);
    assert_ne!(pane_lines(&app), first);
    insta::assert_snapshot!(pane_lines(&app).join("\n"));
    assert_highlights_follow(&mut app);
    press(&mut app, "[");
    assert_eq!(app.current, ArticleId(0));
    assert_pane_follows(&app);
    assert_highlights_follow(&mut app);
}

#[test]
fn the_selection_stays_on_an_entity_the_next_article_mentions_too() {
    let mut app = app();
    select(&mut app, "Japan");
    press(&mut app, "]");
    assert!(shown_article_entities(&app).contains("Japan"));
    assert_eq!(selected_name(&app), "Japan");
    assert_pane_follows(&app);
    assert_highlights_follow(&mut app);
}

#[test]
fn a_rename_from_the_pane_after_changing_article_renames_the_entity_shown() {
    let mut app = app();
    press(&mut app, "tab ] ] ] ]");
    assert_eq!(app.current, ArticleId(4));
    assert_pane_follows(&app);
    let selected = selected_name(&app);
    press(&mut app, "r ctrl-u R e n a m e d enter");
    let index = app.entities.index().unwrap();
    assert!(index.find(&selected).is_none(), "{selected} was renamed");
    assert!(index.find("Renamed").is_some());
    assert_pane_follows(&app);
}

#[test]
fn enter_in_the_article_list_opens_the_article_and_its_entities() {
    let mut app = app();
    while app.focus != Pane::List {
        press(&mut app, "tab");
    }
    press(&mut app, "j j enter");
    assert_eq!(app.current, ArticleId(2));
    assert_pane_follows(&app);
    assert_highlights_follow(&mut app);
}

#[test]
fn a_click_in_the_article_list_opens_the_article_and_its_entities() {
    let mut app = app();
    let list = app.areas.list.unwrap();
    // Row 0 is the list's title; article 3 is on row 4.
    app.update(Action::Click {
        column: list.x + 2,
        row: list.y + 4,
    });
    assert_eq!(app.current, ArticleId(3));
    assert_pane_follows(&app);
    assert_highlights_follow(&mut app);
}

#[test]
fn n_and_shift_n_across_articles_change_the_pane_with_them() {
    let mut app = app();
    press(&mut app, "* *");
    assert_eq!(
        app.entities.active.map(|id| name(&app, id)).as_deref(),
        Some("Ryosei Akazawa")
    );
    while app.current == ArticleId(0) {
        press(&mut app, "n");
    }
    assert_eq!(app.current, ArticleId(4));
    assert_pane_follows(&app);
    assert_eq!(
        selected_name(&app),
        "Ryosei Akazawa",
        "kept: it is here too"
    );
    assert_highlights_follow(&mut app);
    press(&mut app, "esc");
    while app.current == ArticleId(4) {
        press(&mut app, "N");
    }
    assert_eq!(app.current, ArticleId(0));
    assert_pane_follows(&app);
}

#[test]
fn the_jump_list_changes_the_pane_back_and_forth() {
    let mut app = app();
    press(&mut app, "] ] ]");
    press(&mut app, "ctrl-o");
    assert_eq!(app.current, ArticleId(2));
    assert_pane_follows(&app);
    press(&mut app, "ctrl-o ctrl-o");
    assert_eq!(app.current, ArticleId(0));
    assert_pane_follows(&app);
    press(&mut app, "ctrl-i");
    assert_eq!(app.current, ArticleId(1));
    assert_pane_follows(&app);
    assert_highlights_follow(&mut app);
}

#[test]
fn a_corpus_search_result_opens_its_article_and_its_entities() {
    let mut app = app();
    press(&mut app, "S S h i n z o enter");
    let Mode::Results(results) = &app.mode else {
        panic!("{:?}", app.mode)
    };
    let elsewhere = results
        .hits
        .iter()
        .position(|h| h.article != ArticleId(0))
        .expect("a hit in another article");
    let target = results.hits[elsewhere].article;
    for _ in 0..elsewhere {
        press(&mut app, "ctrl-n");
    }
    press(&mut app, "enter");
    assert_eq!(app.current, target);
    assert_pane_follows(&app);
    assert_highlights_follow(&mut app);
}

#[test]
fn enter_in_the_evidence_picker_opens_the_candidate_and_its_entities() {
    let mut app = app();
    press(&mut app, "] ] ] e");
    let Mode::Evidence(picker) = &app.mode else {
        panic!("{:?}", app.mode)
    };
    let target = picker.candidates[0].article;
    press(&mut app, "enter");
    assert_eq!(app.current, target);
    assert_pane_follows(&app);
    assert_highlights_follow(&mut app);
}

#[test]
fn o_to_the_citing_claim_opens_its_article_and_its_entities() {
    let mut app = app();
    // 003 cites a passage of another article; Enter in the picker reads that passage.
    press(&mut app, "] ] ] e c e enter");
    assert_ne!(app.current, ArticleId(3));
    assert_pane_follows(&app);
    press(&mut app, "o");
    assert_eq!(app.current, ArticleId(3));
    assert_pane_follows(&app);
    assert_highlights_follow(&mut app);
}

#[test]
fn the_overview_opens_an_annotation_of_another_article_and_its_entities() {
    let mut app = app();
    press(&mut app, "] ] V [ [");
    assert_eq!(app.current, ArticleId(0));
    press(&mut app, "C enter");
    assert_eq!(app.current, ArticleId(2));
    assert_pane_follows(&app);
    assert_highlights_follow(&mut app);
}

#[test]
fn a_discrepancy_opens_its_article_and_its_entities() {
    let mut app = app();
    press(&mut app, "! j enter");
    assert_eq!(app.current, ArticleId(4));
    assert_pane_follows(&app);
    assert_highlights_follow(&mut app);
}

#[test]
fn the_next_check_worthy_sentence_keeps_the_pane_on_the_article_shown() {
    let mut app = app();
    press(&mut app, "] c");
    assert_eq!(app.current, ArticleId(1));
    assert!(
        app.message
            .as_ref()
            .unwrap()
            .text
            .starts_with("check-worthy"),
        "{:?}",
        app.message
    );
    assert_pane_follows(&app);
    assert_highlights_follow(&mut app);
}

#[test]
fn an_undo_or_redo_that_opens_another_article_brings_its_entities() {
    let mut app = app();
    press(&mut app, "] ] V [ [");
    assert_eq!(app.current, ArticleId(0));
    press(&mut app, "u");
    assert_eq!(app.current, ArticleId(2));
    assert_pane_follows(&app);
    assert_highlights_follow(&mut app);
    press(&mut app, "[ [ ctrl-r");
    assert_eq!(app.current, ArticleId(2));
    assert_pane_follows(&app);
}

#[test]
fn the_corpus_scope_lists_the_whole_corpus_whatever_the_article() {
    let mut app = app();
    press(&mut app, "tab s");
    let corpus_rows = app.entities.rows.clone();
    press(&mut app, "] ]");
    assert_eq!(app.entities.rows, corpus_rows);
    assert!(pane_lines(&app)[0].starts_with("Entities · whole corpus"));
    press(&mut app, "s");
    assert_pane_follows(&app);
}
