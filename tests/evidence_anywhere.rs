//! Evidence from anywhere (issue 15, item 6), on the seed corpus: a sentence of the claim's
//! own article, a search inside the picker over every sentence, and a passage held while
//! reading; each candidate shown whole.

use margin::annotations::{Relation, Timestamp};
use margin::app::action::Action;
use margin::app::keymap::parse_keys;
use margin::app::{App, Mode, background};
use margin::config::Config;
use margin::corpus::{ArticleId, Corpus};

fn app() -> App {
    let mut app = App::new(Corpus::embedded(), Config::default(), None);
    app.set_time(Timestamp(1_764_000_000));
    app.update(Action::Resize {
        width: 160,
        height: 45,
    });
    let started = app.start();
    background::settle(&mut app, started);
    app
}

fn press(app: &mut App, keys: &str) {
    for key in parse_keys(keys).unwrap() {
        let effects = app.handle_key(key);
        background::settle(app, effects);
    }
}

/// Types `text` into whatever takes typing.
fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        let key = if c == ' ' {
            "space".to_string()
        } else {
            c.to_string()
        };
        press(app, &key);
    }
}

fn status(app: &App) -> String {
    app.message
        .as_ref()
        .map_or(String::new(), |m| m.text.clone())
}

fn screen(app: &App) -> String {
    let theme = margin::ui::Theme::new(&Default::default(), true).unwrap();
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(160, 45)).unwrap();
    terminal
        .draw(|frame| margin::ui::render(app, &theme, frame))
        .unwrap();
    let buffer = terminal.backend().buffer();
    (0..45)
        .map(|y| {
            (0..160)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Moves to article `article` and the first sentence that contains `words`.
fn go_to(app: &mut App, article: usize, words: &str) {
    while app.current.0 != article {
        press(app, if app.current.0 < article { "]" } else { "[" });
    }
    press(app, "g g");
    for _ in 0..200 {
        let text = app.article().unwrap().text();
        if app.cursor_span().unwrap().slice(text).contains(words) {
            return;
        }
        press(app, "j");
    }
    panic!("no sentence with {words:?} in article {article}");
}

fn picker(app: &App) -> &margin::app::checks::EvidencePicker {
    let Mode::Evidence(picker) = &app.mode else {
        panic!("no picker: {:?} {}", app.mode.name(), status(app))
    };
    picker
}

fn candidate_text(app: &App, i: usize) -> String {
    let c = &picker(app).candidates[i];
    c.span
        .slice(app.corpus.articles[c.article.0].text())
        .to_string()
}

#[test]
fn the_two_purchase_figures_of_one_article_cite_each_other() {
    let mut app = app();
    go_to(&mut app, 4, "$8 billion");
    press(&mut app, "e");
    let own = picker(&app)
        .candidates
        .iter()
        .position(|c| {
            c.article == ArticleId(4) && candidate_text_of(&app, c).contains("$7 billion+")
        })
        .expect("the $7 billion+ sentence of the same article is a candidate");
    for _ in 0..own {
        press(&mut app, "j");
    }
    press(&mut app, "c");
    let claim = app.notes().unwrap().annotations.claims()[0].clone();
    assert_eq!(claim.evidence.len(), 1);
    assert_eq!(claim.evidence[0].article, app.corpus.articles[4].file);
    assert_eq!(claim.evidence[0].relation, Relation::Contradicts);

    // And the other way round.
    go_to(&mut app, 4, "$7 billion+");
    press(&mut app, "e");
    assert!(
        picker(&app)
            .candidates
            .iter()
            .any(|c| c.article == ArticleId(4) && candidate_text_of(&app, c).contains("$8 billion"))
    );
}

fn candidate_text_of(app: &App, c: &margin::factcheck::Candidate) -> String {
    c.span
        .slice(app.corpus.articles[c.article.0].text())
        .to_string()
}

#[test]
fn a_search_in_the_picker_lists_every_sentence_that_matches() {
    let mut app = app();
    go_to(&mut app, 0, "Ishiba");
    press(&mut app, "e");
    let ranked = picker(&app).candidates.len();
    press(&mut app, "/");
    type_text(&mut app, "soybeans");
    let p = picker(&app);
    assert!(p.typing);
    assert!(!p.candidates.is_empty());
    for i in 0..p.candidates.len() {
        assert!(candidate_text(&app, i).to_lowercase().contains("soybeans"));
    }
    assert!(
        (0..p.candidates.len()).any(|i| p.is_found(i)),
        "sentences outside the ranked list are found"
    );
    let shown = screen(&app);
    assert!(shown.contains("Search: soybeans▏"), "{shown}");
    assert!(shown.contains("found "), "{shown}");

    // Enter keeps the search and picks from it; Esc while typing drops it.
    press(&mut app, "enter");
    assert!(!picker(&app).typing);
    assert_eq!(picker(&app).query, "soybeans");
    press(&mut app, "s");
    let claim = app.notes().unwrap().annotations.claims()[0].clone();
    let cited = &claim.evidence[0];
    let cited_article = app
        .corpus
        .articles
        .iter()
        .find(|a| a.file == cited.article)
        .unwrap();
    assert!(
        cited
            .anchor
            .span
            .slice(cited_article.text())
            .contains("soybeans")
    );

    go_to(&mut app, 0, "Ishiba");
    press(&mut app, "e /");
    type_text(&mut app, "zzzz");
    assert!(picker(&app).candidates.is_empty());
    press(&mut app, "esc");
    assert!(!picker(&app).typing);
    assert_eq!(picker(&app).query, "");
    assert_eq!(picker(&app).candidates.len(), ranked);
}

#[test]
fn a_passage_held_while_reading_is_cited_from_the_next_picker() {
    let mut app = app();
    go_to(&mut app, 2, "");
    press(&mut app, "v w w p");
    assert!(matches!(app.mode, Mode::Reading));
    let held = app.held_passage.expect("the selection is held");
    assert!(status(&app).starts_with("held "), "{}", status(&app));
    assert!(
        status(&app)
            .ends_with("as evidence: on a claim, e lists it first (s supports, c contradicts)"),
        "{}",
        status(&app)
    );

    go_to(&mut app, 0, "Ishiba");
    press(&mut app, "e");
    assert!(picker(&app).held);
    assert_eq!(picker(&app).candidates[0].span, held.span);
    assert!(screen(&app).contains("held "));
    press(&mut app, "s");
    let claim = app.notes().unwrap().annotations.claims()[0].clone();
    assert_eq!(claim.evidence[0].anchor.span, held.span);
    assert_eq!(claim.evidence[0].article, app.corpus.articles[2].file);
    assert_eq!(app.held_passage, None, "a cited passage is no longer held");
}

#[test]
fn each_candidate_is_shown_whole() {
    let mut app = app();
    go_to(&mut app, 0, "Ishiba");
    press(&mut app, "e");
    let shown = screen(&app);
    // The first candidate's last words are on screen, however long it is.
    let text = candidate_text(&app, 0);
    let tail: String = text
        .split_whitespace()
        .rev()
        .take(3)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(shown.contains(&tail), "{tail:?} not in\n{shown}");
    assert!(text.len() > 100, "a long candidate tests wrapping: {text}");
}
