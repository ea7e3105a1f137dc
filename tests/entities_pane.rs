//! The entities pane, `*` and `n`/`N` across articles, and the reader's corrections, driven
//! through keys on the seed corpus.

use margin::app::action::{Action, Effect};
use margin::app::background::{self, Job};
use margin::app::entities::{EntityRow, Scope};
use margin::app::indexing;
use margin::app::keymap::parse_keys;
use margin::app::{App, Pane};
use margin::config::Config;
use margin::corpus::{ArticleId, Corpus};
use margin::entities::{Correction, Corrections};
use std::path::PathBuf;

fn app_with(corrections: Corrections) -> App {
    let mut app = App::new(Corpus::embedded(), Config::default(), None);
    app.set_corrections(
        corrections.clone(),
        Some(PathBuf::from("/nowhere/entities.margin.ron")),
        None,
    );
    app.update(Action::Resize {
        width: 160,
        height: 45,
    });
    let built = indexing::build(&app.corpus, &corrections, |_, _| {});
    app.update(Action::IndexReady(built));
    app
}

fn app() -> App {
    app_with(Corrections::default())
}

/// Presses `keys`, running the background work they ask for (the index built again after
/// a correction) as the shell's workers would; returns the other effects.
fn press(app: &mut App, keys: &str) -> Vec<Effect> {
    let effects: Vec<Effect> = parse_keys(keys)
        .unwrap()
        .into_iter()
        .flat_map(|k| app.handle_key(k))
        .collect();
    background::settle(app, effects)
}

fn status(app: &App) -> String {
    app.message
        .as_ref()
        .map_or(String::new(), |m| m.text.clone())
}

fn active_name(app: &App) -> Option<String> {
    let id = app.entities.active?;
    Some(app.entities.entity(id)?.name.clone())
}

fn row_names(app: &App) -> Vec<String> {
    app.entities
        .rows
        .iter()
        .filter_map(|r| match r {
            EntityRow::Entity { id, .. } => Some(app.entities.entity(*id).unwrap().name.clone()),
            EntityRow::Header { .. } => None,
        })
        .collect()
}

#[test]
fn star_activates_the_first_entity_of_the_sentence_and_again_the_next() {
    let mut app = app();
    press(&mut app, "*");
    assert_eq!(active_name(&app).as_deref(), Some("Japan"));
    press(&mut app, "*");
    assert_eq!(active_name(&app).as_deref(), Some("Ryosei Akazawa"));
    assert!(
        status(&app).starts_with("Ryosei Akazawa: mention 1/"),
        "{}",
        status(&app)
    );
}

#[test]
fn n_follows_an_entity_into_the_next_article_that_mentions_it() {
    let mut app = app();
    press(&mut app, "* *");
    let total = app
        .entities
        .entity(app.entities.active.unwrap())
        .unwrap()
        .mention_count();
    press(&mut app, "n");
    assert_eq!(
        status(&app),
        format!("Ryosei Akazawa: mention 2/{total} · article 1/2")
    );
    let mut seen_other_article = false;
    for _ in 1..total {
        press(&mut app, "n");
        seen_other_article |= app.current == ArticleId(4);
    }
    assert!(seen_other_article, "Akazawa of 004 is the same entity");
    assert!(
        status(&app).ends_with("wrapped to the first"),
        "{}",
        status(&app)
    );
    assert_eq!(app.current, ArticleId(0));
    press(&mut app, "N");
    assert_eq!(app.current, ArticleId(4));
    press(&mut app, "ctrl-o");
    assert_eq!(app.current, ArticleId(0));
}

#[test]
fn the_pane_lists_the_article_or_the_corpus_and_filters() {
    let mut app = app();
    let article_rows = row_names(&app);
    assert!(article_rows.contains(&"Ryosei Akazawa".to_string()));
    assert!(!article_rows.contains(&"Shinzo Abe".to_string()));
    press(&mut app, "tab");
    assert_eq!(app.focus, Pane::Entities);
    press(&mut app, "s");
    assert_eq!(app.entities.scope, Scope::Corpus);
    assert!(row_names(&app).contains(&"Shinzo Abe".to_string()));
    press(&mut app, "/ a b e enter");
    assert_eq!(row_names(&app), ["Shinzo Abe"]);
    press(&mut app, "esc");
    assert!(row_names(&app).len() > 10);
}

#[test]
fn enter_in_the_pane_jumps_to_the_first_mention_and_highlights_it() {
    let mut app = app();
    press(&mut app, "tab s / a b e enter enter");
    assert_eq!(app.current, ArticleId(4));
    assert_eq!(app.focus, Pane::Article);
    let cursor = app.cursor_span().unwrap();
    assert!(
        cursor
            .slice(app.article().unwrap().text())
            .contains("Prime Minister Shinzo Abe")
    );
    assert_eq!(active_name(&app).as_deref(), Some("Shinzo Abe"));
}

#[test]
fn the_entity_commands_say_so_while_the_index_builds() {
    let mut app = App::new(Corpus::embedded(), Config::default(), None);
    app.update(Action::IndexProgress { done: 2, total: 5 });
    press(&mut app, "*");
    assert_eq!(
        status(&app),
        "the entity index is still building (2/5 articles)"
    );
    press(&mut app, "j ] k");
    assert_eq!(app.current, ArticleId(1), "reading keys work meanwhile");
}

#[test]
fn rename_applies_everywhere_and_is_saved() {
    let mut app = app();
    press(&mut app, "tab s / a k a z a w a enter");
    let effects = press(&mut app, "r ctrl-u A k a z a w a space R . enter");
    assert!(
        row_names(&app).contains(&"Akazawa R.".to_string()),
        "{:?}",
        row_names(&app)
    );
    let Some(Effect::SaveCorrections { corrections, .. }) = effects.last() else {
        panic!("{effects:?}")
    };
    assert_eq!(
        corrections.corrections,
        [Correction::Rename {
            by: Default::default(),
            entity: "Ryosei Akazawa".into(),
            to: "Akazawa R.".into()
        }]
    );
    // Rebuilt from the saved corrections, as on the next start, the name holds.
    let again = app_with(corrections.clone());
    assert!(again.entities.index().unwrap().find("Akazawa R.").is_some());
}

#[test]
fn merge_takes_two_presses_and_joins_the_mentions() {
    let mut app = app();
    press(&mut app, "tab s / b e s s e n t enter");
    let bessent = app.entities.selected_entity().unwrap();
    let before = app.entities.entity(bessent).unwrap().mention_count();
    press(&mut app, "m");
    assert!(status(&app).starts_with("merge “Bessent” into"));
    press(&mut app, "/ ctrl-u k a t a y a m a enter m");
    let merged = app.entities.index().unwrap().find("Katayama").unwrap();
    let katayama_alone = app_with(Corrections::default())
        .entities
        .index()
        .unwrap()
        .find("Katayama")
        .unwrap()
        .mention_count();
    assert_eq!(merged.mention_count(), katayama_alone + before);
    assert!(app.entities.index().unwrap().find("Bessent").is_none());
}

#[test]
fn ignore_removes_an_entity_everywhere() {
    let mut app = app();
    press(&mut app, "tab s / b i t c o i n enter x");
    assert!(app.entities.index().unwrap().find("Bitcoin").is_none());
    assert_eq!(status(&app), "ignoring “Bitcoin”: it is not an entity");
}

/// The index jobs among `effects`, not yet run.
fn index_jobs(effects: Vec<Effect>) -> Vec<Job> {
    effects
        .into_iter()
        .filter_map(|e| match e {
            Effect::Background(job @ Job::Index { .. }) => Some(job),
            _ => None,
        })
        .collect()
}

#[test]
fn the_index_shown_stays_usable_until_the_rebuild_after_a_correction_arrives() {
    let mut app = app();
    let keys = parse_keys("tab s / b i t c o i n enter x").unwrap();
    let effects: Vec<Effect> = keys.into_iter().flat_map(|k| app.handle_key(k)).collect();
    let jobs = index_jobs(effects);
    assert_eq!(jobs.len(), 1, "a correction asks for the index again");
    assert_eq!(status(&app), "ignoring “Bitcoin”: it is not an entity");
    assert!(app.entities.index().unwrap().find("Bitcoin").is_some());
    assert!(
        app.entities.progress.is_some(),
        "the pane says it is indexing"
    );

    let done = background::run(jobs.into_iter().next().unwrap(), |_| {});
    let findings = app.update(done);
    assert!(app.entities.index().unwrap().find("Bitcoin").is_none());
    assert!(app.entities.progress.is_none());
    assert!(matches!(
        findings.as_slice(),
        [Effect::Background(Job::Factcheck { .. })]
    ));
}

#[test]
fn a_build_older_than_the_newest_correction_is_dropped_with_its_findings() {
    let mut app = app();
    let mut correct = |keys: &str| {
        let effects: Vec<Effect> = parse_keys(keys)
            .unwrap()
            .into_iter()
            .flat_map(|k| app.handle_key(k))
            .collect();
        index_jobs(effects)
    };
    let first = correct("tab s / b i t c o i n enter x");
    let second = correct("/ ctrl-u b e s s e n t enter x");
    assert_eq!((first.len(), second.len()), (1, 1));

    // The worker answers the newest request first, then the stale one.
    let newest = background::run(second.into_iter().next().unwrap(), |_| {});
    let factcheck = app.update(newest);
    let stale = background::run(first.into_iter().next().unwrap(), |_| {});
    assert!(
        app.update(stale).is_empty(),
        "a stale build asks for nothing"
    );
    let index = app.entities.index().unwrap();
    assert!(index.find("Bitcoin").is_none() && index.find("Bessent").is_none());

    // Findings computed on an index that is no longer shown are dropped too.
    let shown = app.entities.built.clone().unwrap();
    let old = indexing::build(&app.corpus, &Corrections::default(), |_, _| {});
    let stale_findings = background::run(
        Job::Factcheck {
            corpus: app.corpus.clone(),
            index: old.index,
            generation: shown.generation - 1,
        },
        |_| {},
    );
    app.update(stale_findings);
    assert!(app.findings().is_none());
    background::settle(&mut app, factcheck);
    assert!(app.findings().is_some());
}

#[test]
fn split_makes_the_mention_under_the_cursor_its_own_entity() {
    let mut app = app();
    // Sentence 2 of 000: "However, the visit ended without a breakthrough." has none; sentence 3 has Akazawa.
    press(&mut app, "j j * *");
    assert!(
        status(&app).starts_with("Ryosei Akazawa") || active_name(&app).is_some(),
        "{}",
        status(&app)
    );
    let name = active_name(&app).unwrap();
    let count = app
        .entities
        .index()
        .unwrap()
        .find(&name)
        .unwrap()
        .mention_count();
    press(&mut app, "X");
    let after = app
        .entities
        .index()
        .unwrap()
        .find(&name)
        .map_or(0, |e| e.mention_count());
    assert_eq!(after, count - 1);
}

#[test]
fn a_corrections_file_that_does_not_parse_refuses_corrections() {
    let mut app = App::new(Corpus::embedded(), Config::default(), None);
    app.set_corrections(
        Corrections::default(),
        None,
        Some("entities.margin.ron: line 3, column 1: oops".into()),
    );
    app.update(Action::Resize {
        width: 160,
        height: 45,
    });
    let built = indexing::build(&app.corpus, &Corrections::default(), |_, _| {});
    app.update(Action::IndexReady(built));
    let effects = press(&mut app, "tab s / b i t c o i n enter x");
    assert!(effects.is_empty());
    assert!(
        status(&app).contains("line 3, column 1"),
        "{}",
        status(&app)
    );
    assert!(app.entities.index().unwrap().find("Bitcoin").is_some());
}

#[test]
fn margin_entities_prints_json_lines_with_byte_offsets_and_honours_corrections() {
    let corpus = Corpus::embedded();
    let mut out = Vec::new();
    let corrections = Corrections {
        corrections: vec![Correction::Ignore {
            by: Default::default(),
            entity: "Bitcoin".into(),
        }],
        ..Default::default()
    };
    margin::commands::entities(&corpus, &corrections, true, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let first: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    assert_eq!(first["doc"], "000_30275bd4750cc261.txt");
    let (start, end) = (
        first["start"].as_u64().unwrap() as usize,
        first["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        &corpus.articles[0].text()[start..end],
        first["text"].as_str().unwrap()
    );
    assert!(!text.contains("\"Bitcoin\""));
    assert!(text.contains(r#""text":"Akazawa","label":"PERSON","entity":"Ryosei Akazawa""#));
}

#[test]
fn a_selected_span_is_marked_as_a_new_entity_with_a_label() {
    let mut app = app();
    // "Last week, Japan’s top trade negotiator, Economic Revitalisation Minister ..."
    press(&mut app, "v");
    assert!(matches!(app.mode, margin::app::Mode::Selecting(_)));
    press(&mut app, "w w w w w w b");
    let effects = press(&mut app, "E o r g enter");
    let index = app.entities.index().unwrap();
    let mention = index.article_mentions(ArticleId(0))[0];
    assert_eq!(mention.label(), margin::entities::Label::Org);
    let text = &app.corpus.articles[0].text();
    assert_eq!(
        mention.span().slice(text),
        "Last week, Japan’s top trade negotiator"
    );
    let Some(Effect::SaveCorrections { corrections, .. }) = effects.last() else {
        panic!("{effects:?}")
    };
    assert!(matches!(
        &corrections.corrections[0],
        Correction::Mark {
            label: margin::entities::Label::Org,
            ..
        }
    ));
    assert!(
        status(&app).starts_with("marked “Last week"),
        "{}",
        status(&app)
    );
}

#[test]
fn problems_reading_a_lazily_opened_corpus_are_shown_once_the_index_has_read_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "Japan and the U.S. met on Monday.\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("b.txt"), b"Caf\xe9 prices rose.\n").unwrap();
    let corpus = Corpus::open_lazily(&[dir.path().to_path_buf()]).unwrap();
    let mut app = App::new(corpus, Config::default(), None);
    app.update(Action::Resize {
        width: 120,
        height: 40,
    });
    assert!(
        app.message.is_none(),
        "nothing is known before the texts are read"
    );
    let started = app.start();
    background::settle(&mut app, started);
    let shown = status(&app);
    assert!(
        shown.starts_with("b.txt: not valid UTF-8"),
        "the file and its problem: {shown}"
    );
}
