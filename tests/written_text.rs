//! Written text is never lost by a key: `Esc` (and `Ctrl-c`) in the note editor, the tags
//! prompt and the rename prompt keep what was typed (they save it, checked in the files on
//! disk); discarding takes `Ctrl-x` and a `y`. Searches still cancel.

#[path = "support/fixture.rs"]
mod fixture;
use margin::annotations::{Timestamp, sidecar};
use margin::app::action::Effect;
use margin::app::background;
use margin::app::effects::carry_out;
use margin::app::keymap::parse_keys;
use margin::app::session::Session;
use margin::app::{App, Confirm, Mode, sidecars};
use margin::config::{Config, Folders};
use margin::corpus::Corpus;
use margin::entities::{Correction, Corrections};
use std::path::PathBuf;

struct Setup {
    _dir: tempfile::TempDir,
    corpus_dir: PathBuf,
    folders: Folders,
    corrections: PathBuf,
}

fn setup() -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let corpus_dir = fixture::copy_fixture_corpus(dir.path());
    Setup {
        corrections: dir.path().join("entities.margin.ron"),
        folders: Folders {
            config: dir.path().join("config"),
            data: dir.path().join("data"),
        },
        _dir: dir,
        corpus_dir,
    }
}

impl Setup {
    fn app(&self) -> App {
        let corpus = Corpus::open(std::slice::from_ref(&self.corpus_dir)).unwrap();
        let mut app = App::new(corpus, Config::default(), None);
        let (notes, messages) = sidecars::load(&app.corpus, &self.folders);
        app.set_sidecars(notes, messages);
        app.set_corrections(Corrections::default(), Some(self.corrections.clone()), None);
        app.set_time(Timestamp(1_764_000_000));
        app.update(margin::app::action::Action::Resize {
            width: 120,
            height: 40,
        });
        let started = app.start();
        background::settle(&mut app, started);
        app
    }

    /// Feeds keys as the shell does: background work run, file effects carried out.
    fn press(&self, app: &mut App, keys: &str) {
        let mut session = Session::default();
        for key in parse_keys(keys).unwrap() {
            let effects = app.handle_key(key);
            let effects: Vec<Effect> = background::settle(app, effects);
            for effect in effects {
                if let Some(action) = carry_out(&effect, &self.folders, &mut session) {
                    app.update(action);
                }
            }
        }
    }

    fn sidecar_text(&self) -> String {
        std::fs::read_to_string(sidecar::sidecar_path(&self.corpus_dir.join("talks.txt")))
            .unwrap_or_default()
    }

    /// The tags of the first claim, as read back from the sidecar on disk.
    fn saved_tags(&self) -> Vec<String> {
        let path = sidecar::sidecar_path(&self.corpus_dir.join("talks.txt"));
        let annotations = sidecar::read(&path).unwrap().unwrap();
        annotations.claims()[0].tags.clone()
    }

    fn corrections_text(&self) -> String {
        std::fs::read_to_string(&self.corrections).unwrap_or_default()
    }
}

fn status(app: &App) -> String {
    app.message
        .as_ref()
        .map_or(String::new(), |m| m.text.clone())
}

#[test]
fn esc_in_the_note_editor_saves_the_note() {
    let s = setup();
    let mut app = s.app();
    s.press(&mut app, "j a S l o w esc");
    assert_eq!(app.mode, Mode::Reading);
    assert!(
        s.sidecar_text().contains(r#"note: "Slow""#),
        "{}",
        s.sidecar_text()
    );
    assert_eq!(status(&app), "note saved");
    // `a` reopens it, and Esc again keeps the added text.
    s.press(&mut app, "a space s o u r c e esc");
    assert!(s.sidecar_text().contains(r#"note: "Slow source""#));
}

#[test]
fn ctrl_c_in_the_note_editor_types_nothing_and_loses_nothing() {
    let s = setup();
    let mut app = s.app();
    s.press(&mut app, "j a W i r e ctrl-c esc");
    assert!(!app.is_quitting());
    assert!(s.sidecar_text().contains(r#"note: "Wire""#));
}

#[test]
fn discarding_a_note_asks_first_and_n_goes_back_to_writing() {
    let s = setup();
    let mut app = s.app();
    s.press(&mut app, "j a D r a f t ctrl-x");
    assert_eq!(app.confirm, Some(Confirm::DiscardNote));
    // q is not quit while a question waits; n goes back to the text as it was.
    s.press(&mut app, "q n");
    assert!(!app.is_quitting());
    let Mode::Note(editor) = &app.mode else {
        panic!("{:?}", app.mode)
    };
    assert_eq!(editor.text, "Draft");
    s.press(&mut app, "ctrl-x esc");
    assert!(matches!(app.mode, Mode::Note(_)), "Esc answers no");
    s.press(&mut app, "ctrl-x y");
    assert_eq!(app.mode, Mode::Reading);
    assert_eq!(s.sidecar_text(), "", "nothing was written");
    assert_eq!(status(&app), "note discarded: nothing was changed");
}

#[test]
fn an_unchanged_note_closes_without_a_question_or_a_save() {
    let s = setup();
    let mut app = s.app();
    s.press(&mut app, "j a esc");
    assert_eq!(app.mode, Mode::Reading);
    s.press(&mut app, "a ctrl-x");
    assert_eq!((app.confirm, &app.mode), (None, &Mode::Reading));
    assert_eq!(s.sidecar_text(), "");
    s.press(&mut app, "u");
    assert_eq!(status(&app), "nothing to undo");
}

/// Every cell's symbol of the screen at 80×24, row after row.
fn drawn(app: &App) -> String {
    let theme = margin::ui::Theme::default();
    let backend = ratatui::backend::TestBackend::new(80, 24);
    let mut terminal = ratatui::Terminal::new(backend).unwrap();
    terminal
        .draw(|frame| margin::ui::render(app, &theme, frame))
        .unwrap();
    let buffer = terminal.backend().buffer();
    buffer.content().iter().map(|c| c.symbol()).collect()
}

#[test]
fn the_note_editor_and_its_question_say_what_the_keys_do_at_80_columns() {
    let s = setup();
    let mut app = s.app();
    app.update(margin::app::action::Action::Resize {
        width: 80,
        height: 24,
    });
    s.press(&mut app, "j a");
    let all = drawn(&app);
    assert!(all.contains("Esc or Ctrl-s save · Ctrl-x discard"), "{all}");
    s.press(&mut app, "x ctrl-x");
    let all = drawn(&app);
    assert!(all.contains("Discard the note you wrote?"), "{all}");
    assert!(all.contains("y discard · n or Esc keep writing"), "{all}");
}

#[test]
fn esc_in_the_tags_prompt_saves_the_tags() {
    let s = setup();
    let mut app = s.app();
    s.press(&mut app, "j t e c o n o m y esc");
    assert_eq!(s.saved_tags(), ["economy"]);
    assert_eq!(status(&app), "tags saved");
    // Ctrl-c keeps them too.
    s.press(&mut app, "t s o u r c i n g ctrl-c");
    assert_eq!(s.saved_tags(), ["economy", "sourcing"]);
}

#[test]
fn discarding_typed_tags_asks_first() {
    let s = setup();
    let mut app = s.app();
    s.press(&mut app, "j t e c o n o m y enter");
    let saved = s.sidecar_text();
    s.press(&mut app, "t o o p s ctrl-x");
    assert_eq!(app.confirm, Some(Confirm::DiscardTags));
    s.press(&mut app, "n");
    let Mode::Prompt(prompt) = &app.mode else {
        panic!("{:?}", app.mode)
    };
    assert_eq!(prompt.input, "economy, oops");
    s.press(&mut app, "ctrl-x y");
    assert_eq!(app.mode, Mode::Reading);
    assert_eq!(s.sidecar_text(), saved);
    assert_eq!(status(&app), "tags discarded: nothing was changed");
}

#[test]
fn esc_in_the_rename_prompt_renames_and_saves_the_correction() {
    let s = setup();
    let mut app = s.app();
    s.press(&mut app, "tab s / a k a z a w a enter");
    let old = app
        .entities
        .entity(app.entities.selected_entity().unwrap())
        .unwrap()
        .name
        .clone();
    s.press(&mut app, "r ctrl-u R . space A k a z a w a esc");
    assert_eq!(app.mode, Mode::Reading);
    let text = s.corrections_text();
    assert!(
        text.contains("Rename") && text.contains("R. Akazawa"),
        "{text}"
    );
    let corrections = Corrections::from_ron(&text).unwrap();
    assert_eq!(
        corrections.corrections,
        [Correction::Rename {
            by: Default::default(),
            entity: old,
            to: "R. Akazawa".into()
        }]
    );
}

#[test]
fn discarding_a_new_name_asks_first_and_leaves_the_corrections_alone() {
    let s = setup();
    let mut app = s.app();
    s.press(&mut app, "tab s / a k a z a w a enter r ctrl-u X ctrl-x");
    assert_eq!(app.confirm, Some(Confirm::DiscardName));
    s.press(&mut app, "y");
    assert_eq!(app.mode, Mode::Reading);
    assert_eq!(s.corrections_text(), "");
    assert_eq!(status(&app), "rename discarded: the entity keeps its name");
    // Esc with the name unchanged renames nothing.
    s.press(&mut app, "r esc");
    assert_eq!(s.corrections_text(), "");
}

#[test]
fn searches_and_filters_still_cancel_with_esc() {
    let s = setup();
    let mut app = s.app();
    s.press(&mut app, "/ t a l k s esc");
    assert_eq!(app.mode, Mode::Reading);
    assert!(app.search.is_none());
    s.press(&mut app, "S a b c ctrl-x");
    assert_eq!((app.confirm, &app.mode), (None, &Mode::Reading));
}

#[test]
fn a_wrong_label_keeps_the_label_prompt_open_with_what_was_typed() {
    let s = setup();
    let mut app = s.app();
    s.press(&mut app, "j v w E P E R enter");
    let Mode::Prompt(prompt) = &app.mode else {
        panic!("{:?}", app.mode)
    };
    assert_eq!(prompt.input, "PER");
    assert!(
        status(&app).starts_with("“PER” is not a label"),
        "{}",
        status(&app)
    );
    s.press(&mut app, "S O N enter");
    assert_eq!(app.mode, Mode::Reading);
    assert!(
        s.corrections_text().contains("PERSON"),
        "{}",
        s.corrections_text()
    );
}
