//! Annotating through keys: claims, highlights, notes, tags, undo, the overview, and the
//! sidecar files they write, on a copy of the fixture corpus in a temporary folder.

#[path = "support/fixture.rs"]
mod fixture;
use margin::annotations::{Timestamp, sidecar};
use margin::app::action::{Action, Effect};
use margin::app::effects::carry_out;
use margin::app::keymap::parse_keys;
use margin::app::session::Session;
use margin::app::sidecars;
use margin::app::{App, Mode};
use margin::config::{Config, Folders};
use margin::corpus::{ArticleId, Corpus};
use std::path::PathBuf;

struct Setup {
    _dir: tempfile::TempDir,
    corpus_dir: PathBuf,
    folders: Folders,
}

fn setup() -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let corpus_dir = fixture::copy_fixture_corpus(dir.path());
    let folders = Folders {
        config: dir.path().join("config"),
        data: dir.path().join("data"),
    };
    Setup {
        _dir: dir,
        corpus_dir,
        folders,
    }
}

impl Setup {
    fn app(&self) -> App {
        let corpus = Corpus::open(std::slice::from_ref(&self.corpus_dir)).unwrap();
        let mut app = App::new(corpus, Config::default(), None);
        let (notes, messages) = sidecars::load(&app.corpus, &self.folders);
        app.set_sidecars(notes, messages);
        app.set_time(Timestamp(1_764_000_000));
        app.update(Action::Resize {
            width: 120,
            height: 40,
        });
        app
    }

    fn sidecar(&self, article: &str) -> PathBuf {
        sidecar::sidecar_path(&self.corpus_dir.join(article))
    }

    fn sidecar_text(&self, article: &str) -> String {
        std::fs::read_to_string(self.sidecar(article)).unwrap_or_default()
    }

    /// Feeds keys as the shell does: each key's effects are carried out and their reports
    /// fed back.
    fn press(&self, app: &mut App, keys: &str) {
        let mut session = Session::default();
        for key in parse_keys(keys).unwrap() {
            let effects = app.handle_key(key);
            self.carry_out(app, effects, &mut session);
        }
    }

    fn carry_out(&self, app: &mut App, effects: Vec<Effect>, session: &mut Session) {
        for effect in effects {
            if let Some(action) = carry_out(&effect, &self.folders, session) {
                app.update(action);
            }
        }
    }
}

fn status(app: &App) -> String {
    app.message
        .as_ref()
        .map_or(String::new(), |m| m.text.clone())
}

#[test]
fn v_marks_the_sentence_verified_and_saves_at_once() {
    let s = setup();
    let mut app = s.app();
    s.press(&mut app, "j V");
    let text = s.sidecar_text("talks.txt");
    assert!(text.contains("status: Verified"), "{text}");
    assert!(
        text.contains(r#"quote: "Paragraph 1 opens here.""#),
        "{text}"
    );
    assert!(
        text.contains("version: 2") && text.contains(r#"offsets: "bytes""#),
        "{text}"
    );
    assert!(text.contains(r#"created: "2025-11-24T"#), "{text}");
}

#[test]
fn d_then_u_unmarks_and_removes_an_empty_claim() {
    let s = setup();
    let mut app = s.app();
    s.press(&mut app, "j D");
    assert!(s.sidecar_text("talks.txt").contains("status: Disputed"));
    s.press(&mut app, "U");
    assert!(!s.sidecar_text("talks.txt").contains("status:"));
    assert_eq!(app.notes().unwrap().annotations.claims().len(), 0);
}

#[test]
fn a_selection_becomes_a_highlight() {
    let s = setup();
    let mut app = s.app();
    s.press(&mut app, "j j v w w b");
    assert!(matches!(app.mode, Mode::Selecting(_)));
    s.press(&mut app, "enter");
    let highlights = app.notes().unwrap().annotations.highlights().to_vec();
    assert_eq!(highlights.len(), 1);
    assert_eq!(highlights[0].anchor.quote, "Mr. Akazawa");
    assert!(
        s.sidecar_text("talks.txt")
            .contains(r#"quote: "Mr. Akazawa""#)
    );
}

#[test]
fn a_note_is_written_in_the_editor_and_saved_with_ctrl_s() {
    let s = setup();
    let mut app = s.app();
    s.press(
        &mut app,
        "j a S l o w enter s o u r c e : space w i r e ctrl-s",
    );
    let claim = app.notes().unwrap().annotations.claims()[0].clone();
    assert_eq!(claim.note, "Slow\nsource: wire");
    assert_eq!(claim.status, None);
    assert!(
        s.sidecar_text("talks.txt")
            .contains(r#"note: "Slow\nsource: wire""#)
    );
    s.press(&mut app, "a x esc");
    assert_eq!(
        app.notes().unwrap().annotations.claims()[0].note,
        "Slow\nsource: wirex",
        "Esc keeps what was written: it saves"
    );
}

#[test]
fn tags_complete_from_tags_already_used() {
    let s = setup();
    let mut app = s.app();
    s.press(&mut app, "j t e c o n o m y , space s o u r c i n g enter");
    assert_eq!(
        app.notes().unwrap().annotations.claims()[0].tags,
        ["economy", "sourcing"]
    );
    s.press(&mut app, "j t e c tab s o tab enter");
    let claims = app.notes().unwrap().annotations.claims().to_vec();
    assert_eq!(claims[1].tags, ["economy", "sourcing"]);
    assert_eq!(app.all_tags(), ["economy", "sourcing"]);
}

#[test]
fn undo_and_redo_replay_every_change_and_save_it() {
    let s = setup();
    let mut app = s.app();
    s.press(&mut app, "j V D");
    assert!(s.sidecar_text("talks.txt").contains("status: Disputed"));
    s.press(&mut app, "u");
    assert!(s.sidecar_text("talks.txt").contains("status: Verified"));
    s.press(&mut app, "u");
    assert!(!s.sidecar_text("talks.txt").contains("status:"));
    s.press(&mut app, "ctrl-r ctrl-r");
    assert!(s.sidecar_text("talks.txt").contains("status: Disputed"));
    s.press(&mut app, "u u u");
    assert_eq!(status(&app), "nothing to undo");
}

#[test]
fn a_sidecar_that_does_not_parse_is_kept_and_annotating_is_refused() {
    let s = setup();
    let broken = "(\n    version: 1,\n    article: \"talks.txt\",\n    claims: [ oops\n";
    std::fs::write(s.sidecar("talks.txt"), broken).unwrap();
    let mut app = s.app();
    let message = status(&app);
    assert!(
        message.contains("talks.txt.margin.ron") && message.contains(":4:"),
        "{message}"
    );
    s.press(&mut app, "j V");
    assert!(
        status(&app).contains("talks.txt.margin.ron"),
        "{}",
        status(&app)
    );
    assert_eq!(
        std::fs::read_to_string(s.sidecar("talks.txt")).unwrap(),
        broken
    );
    // Other articles can still be annotated.
    s.press(&mut app, "] V");
    assert!(s.sidecar_text("bonds.txt").contains("status: Verified"));
}

#[test]
fn an_unwritable_article_folder_falls_back_to_the_data_folder_with_a_message() {
    let s = setup();
    let corpus = Corpus::open(std::slice::from_ref(&s.corpus_dir)).unwrap();
    let (path, why) =
        sidecars::sidecar_file_with(&s.folders, &corpus.origin, &corpus.articles[0], |_| false);
    assert!(path.starts_with(&s.folders.data), "{path:?}");
    assert!(path.ends_with("talks.txt.margin.ron"));
    assert!(why.unwrap().contains("cannot be written"));
}

#[test]
fn the_embedded_corpus_keeps_its_sidecars_in_the_data_folder() {
    let s = setup();
    let mut app = App::new(Corpus::embedded(), Config::default(), None);
    let (notes, _) = sidecars::load(&app.corpus, &s.folders);
    app.set_sidecars(notes, Vec::new());
    s.press(&mut app, "V");
    assert!(
        s.folders
            .data
            .join("seeds/000_30275bd4750cc261.txt.margin.ron")
            .is_file()
    );
}

#[test]
fn two_readers_annotating_the_same_article_both_keep_their_changes() {
    let s = setup();
    let mut first = s.app();
    let mut second = s.app();
    s.press(&mut first, "j V");
    s.press(&mut second, "j j j D");
    s.press(&mut first, "j j j j j t f i r s t enter");
    let text = s.sidecar_text("talks.txt");
    assert!(
        text.contains("status: Verified") && text.contains("status: Disputed"),
        "{text}"
    );
    assert!(text.contains("\"first\""), "{text}");
    assert_eq!(first.notes().unwrap().annotations.claims().len(), 3);
}

#[test]
fn annotations_follow_their_quote_when_the_article_changes_and_orphans_are_kept() {
    let s = setup();
    let mut app = s.app();
    s.press(&mut app, "j V G D");
    let path = s.corpus_dir.join("talks.txt");
    let original = std::fs::read_to_string(&path).unwrap();
    let edited = original
        .replacen(
            "Trade Talks Stall in Washington\n",
            "Trade Talks Stall in Washington\nAn editor's note was added here.\n",
            1,
        )
        .replacen("Nobody signed anything in the end.", "", 1);
    std::fs::write(&path, edited).unwrap();
    let app = s.app();
    let notes = app.notes().unwrap();
    let verified = &notes
        .annotations
        .claims()
        .iter()
        .find(|c| c.status.is_some() && !notes.is_orphaned(&c.id))
        .unwrap();
    let article = app.article().unwrap();
    assert_eq!(
        verified.anchor.span.slice(article.text()),
        "Paragraph 1 opens here."
    );
    assert_eq!(
        notes.orphans.len(),
        1,
        "the deleted sentence's claim is orphaned"
    );
    assert!(
        status(&app).contains("1 annotation could not be placed"),
        "{}",
        status(&app)
    );
    assert!(
        s.sidecar_text("talks.txt").contains("status: Disputed"),
        "the orphan stays in the file"
    );
}

#[test]
fn the_overview_lists_filters_and_jumps() {
    let s = setup();
    let mut app = s.app();
    s.press(&mut app, "j V ] D [ j j v e enter");
    s.press(&mut app, "C");
    let Mode::Overview(overview) = &app.mode else {
        panic!("{:?}", app.mode)
    };
    assert_eq!(app.overview_rows(overview).len(), 3);
    s.press(&mut app, "f f");
    let Mode::Overview(overview) = &app.mode else {
        panic!()
    };
    let rows = app.overview_rows(overview);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].article, ArticleId(1));
    s.press(&mut app, "enter");
    assert_eq!(app.current, ArticleId(1));
    assert_eq!(app.mode, Mode::Reading);
    s.press(&mut app, "C / p a r a enter");
    let Mode::Overview(overview) = &app.mode else {
        panic!()
    };
    assert_eq!(
        app.overview_rows(overview).len(),
        1,
        "the text filter keeps the one quoting “Paragraph”"
    );
}

#[test]
fn export_writes_a_markdown_report_and_web_annotation_json() {
    let s = setup();
    let mut app = s.app();
    s.press(
        &mut app,
        "j D a W r o n g space r o u n d ctrl-s j j v e enter",
    );
    let corpus = Corpus::open(std::slice::from_ref(&s.corpus_dir)).unwrap();
    let (notes, _) = sidecars::load(&corpus, &s.folders);
    let mut markdown = Vec::new();
    let (corrections, everything) = (Default::default(), Default::default());
    margin::commands::export(
        &corpus,
        &corrections,
        &notes,
        margin::cli::ExportFormat::Markdown,
        &everything,
        &mut markdown,
    )
    .unwrap();
    let markdown = String::from_utf8(markdown).unwrap();
    assert!(markdown.contains("Trade talks stall"), "{markdown}");
    assert!(
        markdown.contains("Paragraph 1 opens here.") && markdown.contains("Wrong round"),
        "{markdown}"
    );
    let mut json = Vec::new();
    margin::commands::export(
        &corpus,
        &corrections,
        &notes,
        margin::cli::ExportFormat::Json,
        &everything,
        &mut json,
    )
    .unwrap();
    let value: serde_json::Value = serde_json::from_slice(&json).unwrap();
    let text = value.to_string();
    assert!(
        text.contains("TextQuoteSelector") && text.contains("TextPositionSelector"),
        "{text}"
    );
    assert!(
        text.contains("\"assessing\"") && text.contains("\"commenting\""),
        "{text}"
    );
}

/// Rewords the last sentence of the fixture's first article, so a claim on it is orphaned.
fn reword_the_last_sentence(s: &Setup) {
    let path = s.corpus_dir.join("talks.txt");
    let edited = std::fs::read_to_string(&path).unwrap().replacen(
        "Nobody signed anything in the end.",
        "In the end, nobody signed a thing at all.",
        1,
    );
    std::fs::write(&path, edited).unwrap();
}

#[test]
fn an_orphan_is_re_attached_by_keyboard_from_the_overview() {
    let s = setup();
    let mut app = s.app();
    s.press(&mut app, "G D");
    reword_the_last_sentence(&s);
    let mut app = s.app();
    assert_eq!(app.notes().unwrap().orphans.len(), 1);
    s.press(&mut app, "C f f f f f f f f");
    let Mode::Overview(overview) = &app.mode else {
        panic!("{:?}", app.mode)
    };
    assert_eq!(
        app.overview_rows(overview).len(),
        1,
        "the orphaned filter shows it"
    );
    s.press(&mut app, "enter");
    let Mode::Reattach(picker) = &app.mode else {
        panic!("{:?} {}", app.mode, status(&app))
    };
    assert_eq!(picker.quote, "Nobody signed anything in the end.");
    let text = app.corpus.articles[0].text().to_string();
    assert!(
        picker.candidates[0]
            .0
            .slice(&text)
            .contains("nobody signed"),
        "{:?}",
        picker.candidates
    );
    s.press(&mut app, "enter");
    let notes = app.notes().unwrap();
    assert!(notes.orphans.is_empty());
    let claim = &notes.annotations.claims()[0];
    assert!(
        claim.anchor.quote.contains("nobody signed"),
        "{}",
        claim.anchor.quote
    );
    assert!(s.sidecar_text("talks.txt").contains("nobody signed"));
    assert!(status(&app).starts_with("re-attached"), "{}", status(&app));
}

/// Re-attaching is the reader's edit like any other: it settles the flag a git merge left.
#[test]
fn re_attaching_an_orphan_clears_a_merge_flag() {
    let s = setup();
    let mut app = s.app();
    s.press(&mut app, "G D");
    let sidecar = s.sidecar("talks.txt");
    let flagged = std::fs::read_to_string(&sidecar).unwrap().replacen(
        "created:",
        "conflict: \"note changed on both sides\", created:",
        1,
    );
    std::fs::write(&sidecar, flagged).unwrap();
    reword_the_last_sentence(&s);
    let mut app = s.app();
    let claim = &app.notes().unwrap().annotations.claims()[0];
    assert_eq!(claim.conflict, "note changed on both sides");
    s.press(&mut app, "C f f f f f f f f enter enter");
    assert!(status(&app).starts_with("re-attached"), "{}", status(&app));
    assert!(
        app.notes().unwrap().annotations.claims()[0]
            .conflict
            .is_empty()
    );
    assert!(
        !s.sidecar_text("talks.txt")
            .contains("changed on both sides")
    );
}

#[test]
fn a_re_attachment_is_undone_and_redone_and_the_orphan_comes_back() {
    let s = setup();
    let mut app = s.app();
    s.press(&mut app, "G D");
    reword_the_last_sentence(&s);
    let mut app = s.app();
    s.press(&mut app, "C f f f f f f f f enter enter");
    assert!(app.notes().unwrap().orphans.is_empty());
    let sentence = app.cursor;
    s.press(&mut app, "g g u");
    let place = format!("article 1, sentence {}", sentence + 1);
    assert_eq!(status(&app), format!("undone: re-attachment, {place}"));
    assert_eq!(app.notes().unwrap().orphans.len(), 1, "an orphan again");
    let text = s.sidecar_text("talks.txt");
    assert!(
        text.contains("Nobody signed anything") && !text.contains("nobody signed a thing"),
        "{text}"
    );
    s.press(&mut app, "ctrl-r");
    assert_eq!(status(&app), format!("redone: re-attachment, {place}"));
    assert!(app.notes().unwrap().orphans.is_empty());
    assert!(
        s.sidecar_text("talks.txt")
            .contains("nobody signed a thing")
    );
}

#[test]
fn the_overview_filter_finds_notes_and_tags_and_hash_filters_by_tag() {
    let s = setup();
    let mut app = s.app();
    // Two claims: one tagged "error" with a note about Abe, one tagged "numbers".
    s.press(
        &mut app,
        "j V t e r r o r enter a A b e space l e f t ctrl-s",
    );
    s.press(&mut app, "j j D t n u m b e r s enter");
    let rows = |app: &App| match &app.mode {
        Mode::Overview(overview) => app.overview_rows(overview),
        other => panic!("{other:?}"),
    };
    s.press(&mut app, "C / # e r r o r enter");
    let found = rows(&app);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].tags, ["error"]);
    s.press(&mut app, "esc C / a b e enter");
    assert_eq!(rows(&app).len(), 1, "a word of the note");
    s.press(&mut app, "esc C / # n u m b e r s space a b e enter");
    assert!(rows(&app).is_empty(), "a tag and a word must both hold");
    s.press(&mut app, "esc C / # e r r enter");
    assert!(rows(&app).is_empty(), "#tag is the whole tag, not a part");
    s.press(&mut app, "esc C / n u m enter");
    assert_eq!(rows(&app).len(), 1, "a word finds part of a tag");
}
