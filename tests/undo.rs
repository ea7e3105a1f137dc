//! Undo and redo as one history of every change: each kind of annotation and of entity
//! correction is undone and redone through keys, and checked in the files written to a
//! temporary data folder (`<article>.margin.ron`, `entities.margin.ron`), in the place the
//! app goes to and in what the screen says.

use margin::annotations::{Annotations, Status, Timestamp, sidecar};
use margin::app::action::{Action, Effect};
use margin::app::effects::carry_out;
use margin::app::keymap::parse_keys;
use margin::app::session::Session;
use margin::app::{App, Pane, background, sidecars};
use margin::config::{Colours, Config, Folders};
use margin::corpus::{ArticleId, Corpus};
use margin::entities::{Correction, Corrections};
use margin::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::collections::VecDeque;

const WIDTH: u16 = 160;
const HEIGHT: u16 = 45;

/// A reader of the seed corpus whose data folder (as `MARGIN_DATA_DIR` names it) is a
/// temporary folder; effects are carried out as the shell does, workers run inline.
struct Reader {
    _dir: tempfile::TempDir,
    folders: Folders,
    session: Session,
    app: App,
}

fn reader() -> Reader {
    let dir = tempfile::tempdir().unwrap();
    let folders = Folders {
        config: dir.path().join("config"),
        data: dir.path().join("data"),
    };
    let mut app = App::new(Corpus::embedded(), Config::default(), None);
    let (notes, messages) = sidecars::load(&app.corpus, &folders);
    app.set_sidecars(notes, messages);
    let file = folders.corrections_file(&app.corpus.origin);
    app.set_corrections(Corrections::default(), Some(file), None);
    app.set_time(Timestamp(1_764_000_000));
    app.update(Action::Resize {
        width: WIDTH,
        height: HEIGHT,
    });
    let mut reader = Reader {
        _dir: dir,
        folders,
        session: Session::default(),
        app,
    };
    let started = reader.app.start();
    reader.run(started);
    reader
}

impl Reader {
    fn run(&mut self, effects: Vec<Effect>) {
        let mut queue: VecDeque<Effect> = effects.into();
        while let Some(effect) = queue.pop_front() {
            let action = match effect {
                Effect::Background(job) => Some(background::run(job, |_| {})),
                Effect::Quit => None,
                other => carry_out(&other, &self.folders, &mut self.session),
            };
            if let Some(action) = action {
                queue.extend(self.app.update(action));
            }
        }
    }

    fn press(&mut self, keys: &str) {
        for key in parse_keys(keys).unwrap() {
            let effects = self.app.handle_key(key);
            self.run(effects);
        }
    }

    /// The sidecar of `article` as written on disk (empty when none was written).
    fn sidecar(&self, article: usize) -> Annotations {
        let path = self.app.annotations.notes[article].path.clone().unwrap();
        assert!(path.starts_with(&self.folders.data), "{path:?}");
        match std::fs::read_to_string(&path) {
            Ok(text) => sidecar::from_ron(&text).unwrap(),
            Err(_) => Annotations::new(&self.app.corpus.articles[article].file, ""),
        }
    }

    /// The corrections as written to `entities.margin.ron`.
    fn corrections(&self) -> Vec<Correction> {
        let path = self.folders.corrections_file(&self.app.corpus.origin);
        assert!(path.starts_with(&self.folders.data));
        match std::fs::read_to_string(path) {
            Ok(text) => Corrections::from_ron(&text).unwrap().corrections,
            Err(_) => Vec::new(),
        }
    }

    fn status(&self) -> String {
        self.app
            .message
            .as_ref()
            .map_or(String::new(), |m| m.text.clone())
    }

    /// The screen's symbols, a line per row.
    fn screen(&self) -> String {
        let theme = Theme::new(&Colours::default(), false).unwrap();
        let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).unwrap();
        terminal
            .draw(|frame| ui::render(&self.app, &theme, frame))
            .unwrap();
        let buffer = terminal.backend().buffer();
        (0..HEIGHT)
            .map(|y| {
                let mut line = String::new();
                let mut x = 0;
                while x < WIDTH {
                    let symbol = buffer[(x, y)].symbol();
                    line.push_str(symbol);
                    x += (unicode_width::UnicodeWidthStr::width(symbol) as u16).max(1);
                }
                line
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Asserts the message is `expected` and the screen shows it (its start: how a long
    /// message is laid out is the status bar's business).
    fn says(&self, expected: &str) {
        assert_eq!(self.status(), expected);
        let start: String = expected.chars().take(60).collect();
        let screen = self.screen();
        assert!(
            screen.contains(&start),
            "{start:?} is not on screen:\n{screen}"
        );
    }

    /// The entities pane as drawn.
    fn pane(&self) -> String {
        let area = self.app.areas.entities.unwrap();
        let screen = self.screen();
        screen
            .lines()
            .take((area.y + area.height) as usize)
            .map(|l| l.chars().skip(area.x as usize).collect::<String>())
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Focuses the entities pane and selects `entity` there.
    fn select(&mut self, entity: &str) {
        while self.app.focus != Pane::Entities {
            self.press("tab");
        }
        let keys: Vec<String> = entity
            .to_lowercase()
            .chars()
            .map(|c| match c {
                ' ' => "space".to_string(),
                c => c.to_string(),
            })
            .collect();
        self.press(&format!("/ {} enter", keys.join(" ")));
        while self.selected() != entity {
            self.press("j");
        }
        // Esc clears the filter, but while merging it would cancel the merge instead.
        if self.app.entities.merging.is_none() {
            self.press("esc");
        }
        assert_eq!(self.selected(), entity);
    }

    fn selected(&self) -> String {
        let id = self.app.entities.selected_entity().unwrap();
        self.app.entities.entity(id).unwrap().name.clone()
    }

    fn has_entity(&self, name: &str) -> bool {
        self.app.entities.index().unwrap().find(name).is_some()
    }
}

/// One kind of annotation change: the keys that make it (from the start of the seeds), how
/// the undo message names it, and whether it is in effect in the sidecar on disk.
struct Case {
    keys: &'static str,
    what: &'static str,
    in_effect: fn(&Annotations) -> bool,
}

fn status_of_first(a: &Annotations) -> Option<Status> {
    a.claims().first().and_then(|c| c.status)
}

const ANNOTATION_CASES: &[Case] = &[
    Case {
        keys: "j V",
        what: "verified mark",
        in_effect: |a| status_of_first(a) == Some(Status::Verified),
    },
    Case {
        keys: "j j D",
        what: "disputed mark",
        in_effect: |a| status_of_first(a) == Some(Status::Disputed),
    },
    Case {
        keys: "j V U",
        what: "removal of the verified mark",
        in_effect: |a| a.claims().is_empty(),
    },
    Case {
        keys: "j a W i r e ctrl-s",
        what: "note",
        in_effect: |a| a.claims().first().is_some_and(|c| c.note == "Wire"),
    },
    Case {
        keys: "j t e c o n o m y enter",
        what: "tags",
        in_effect: |a| a.tags().contains(&"economy"),
    },
    Case {
        keys: "] ] ] e s",
        what: "evidence",
        in_effect: |a| a.claims().first().is_some_and(|c| c.evidence.len() == 1),
    },
    Case {
        keys: "j v w w enter",
        what: "highlight",
        in_effect: |a| a.highlights().len() == 1,
    },
    Case {
        keys: "j v w w enter x",
        what: "highlight removal",
        in_effect: |a| a.highlights().is_empty(),
    },
];

#[test]
fn every_kind_of_annotation_is_undone_and_redone_in_its_sidecar_and_in_its_place() {
    for case in ANNOTATION_CASES {
        let mut r = reader();
        r.press(case.keys);
        let (article, sentence) = (r.app.current, r.app.cursor);
        let on_disk = || r.sidecar(article.0);
        assert!((case.in_effect)(&on_disk()), "{}: not saved", case.what);
        let place = format!("article {}, sentence {}", article.0 + 1, sentence + 1);

        // Elsewhere, `u` goes back to the change and takes it back.
        r.press(if article.0 < 4 { "] g" } else { "[ g" });
        assert_ne!(r.app.current, article);
        r.press("u");
        assert_eq!(
            (r.app.current, r.app.cursor),
            (article, sentence),
            "{}",
            case.what
        );
        r.says(&format!("undone: {}, {place}", case.what));
        assert!(!(case.in_effect)(&r.sidecar(article.0)), "{}", case.what);

        r.press(if article.0 < 4 { "] g" } else { "[ g" });
        r.press("ctrl-r");
        assert_eq!(
            (r.app.current, r.app.cursor),
            (article, sentence),
            "{}",
            case.what
        );
        r.says(&format!("redone: {}, {place}", case.what));
        assert!((case.in_effect)(&r.sidecar(article.0)), "{}", case.what);
    }
}

#[test]
fn u_after_a_merge_takes_the_merge_back_and_leaves_a_tag_of_another_article_alone() {
    let mut r = reader();
    r.press("] ] t e c o n o m y enter [ [");
    assert!(r.sidecar(2).tags().contains(&"economy"));
    r.select("Tokyo");
    r.press("m");
    r.select("Japan");
    r.press("m");
    let merge = Correction::Merge {
        entity: "Tokyo".into(),
        into: "Japan".into(),
    };
    assert_eq!(r.corrections(), std::slice::from_ref(&merge));
    assert!(!r.has_entity("Tokyo"));

    r.press("u");
    assert_eq!(r.corrections(), [], "the merge is gone from the file");
    assert!(
        r.sidecar(2).tags().contains(&"economy"),
        "the tag of article 3 stays"
    );
    r.says("undone: merge of “Tokyo” into “Japan”");
    assert!(r.has_entity("Tokyo"));
    assert_eq!(r.selected(), "Tokyo", "the pane selects the entity undone");
    assert!(r.pane().contains("Tokyo"), "{}", r.pane());
    assert_eq!(r.app.current, ArticleId(0));

    r.press("ctrl-r");
    assert_eq!(r.corrections(), [merge]);
    r.says("redone: merge of “Tokyo” into “Japan”");
    assert!(!r.pane().contains("Tokyo"), "{}", r.pane());
    assert_eq!(r.selected(), "Japan");

    // Then the tag, in its article.
    r.press("u u");
    assert_eq!(r.corrections(), []);
    assert_eq!(r.app.current, ArticleId(2));
    r.says("undone: tags, article 3, sentence 1");
    assert!(!r.sidecar(2).tags().contains(&"economy"));
    r.press("u");
    r.says("nothing to undo");
}

#[test]
fn a_rename_is_undone_and_redone_in_the_corrections_file_and_the_pane() {
    let mut r = reader();
    r.select("Tokyo");
    r.press("r ctrl-u T o k y o space C i t y enter");
    let rename = Correction::Rename {
        entity: "Tokyo".into(),
        to: "Tokyo City".into(),
    };
    assert_eq!(r.corrections(), std::slice::from_ref(&rename));
    assert!(r.pane().contains("Tokyo City"));
    r.press("u");
    assert_eq!(r.corrections(), []);
    r.says("undone: rename of “Tokyo” to “Tokyo City”");
    assert!(!r.pane().contains("Tokyo City"), "{}", r.pane());
    assert_eq!(r.selected(), "Tokyo");
    r.press("ctrl-r");
    assert_eq!(r.corrections(), [rename]);
    r.says("redone: rename of “Tokyo” to “Tokyo City”");
    assert_eq!(r.selected(), "Tokyo City");
}

#[test]
fn ignoring_an_entity_is_undone_and_redone_in_the_corrections_file_and_the_pane() {
    let mut r = reader();
    r.select("Bitcoin");
    r.press("x");
    let ignore = Correction::Ignore {
        entity: "Bitcoin".into(),
    };
    assert_eq!(r.corrections(), std::slice::from_ref(&ignore));
    assert!(!r.pane().contains("Bitcoin"));
    r.press("u");
    assert_eq!(r.corrections(), []);
    r.says("undone: ignoring “Bitcoin”");
    assert!(r.pane().contains("Bitcoin"));
    assert_eq!(r.selected(), "Bitcoin");
    r.press("ctrl-r");
    assert_eq!(r.corrections(), [ignore]);
    r.says("redone: ignoring “Bitcoin”");
    assert!(!r.has_entity("Bitcoin"));
}

#[test]
fn a_split_is_undone_and_redone_from_another_article_at_its_mention() {
    let mut r = reader();
    // Sentence 3 of 000 names "Akazawa".
    r.press("j j * *");
    let sentence = r.app.cursor;
    r.press("X");
    let corrections = r.corrections();
    let [
        Correction::Split {
            doc, start, end, ..
        },
    ] = corrections.as_slice()
    else {
        panic!("{corrections:?}")
    };
    let text = r.app.corpus.articles[0].text();
    assert_eq!(doc, &r.app.corpus.articles[0].file);
    let quote = text[*start..*end].to_string();
    r.press("] ]");
    r.press("u");
    assert_eq!(r.corrections(), []);
    assert_eq!((r.app.current, r.app.cursor), (ArticleId(0), sentence));
    r.says(&format!(
        "undone: split of “{quote}”, article 1, sentence {}",
        sentence + 1
    ));
    r.press("] ctrl-r");
    assert_eq!(r.corrections().len(), 1);
    assert_eq!((r.app.current, r.app.cursor), (ArticleId(0), sentence));
    r.says(&format!(
        "redone: split of “{quote}”, article 1, sentence {}",
        sentence + 1
    ));
}

#[test]
fn marking_a_span_as_an_entity_is_undone_and_redone_at_its_place() {
    let mut r = reader();
    r.press("v w w w w w w b E o r g enter");
    assert!(matches!(
        r.corrections().as_slice(),
        [Correction::Mark { quote, .. }] if quote == "Last week, Japan’s top trade negotiator"
    ));
    let marked = |r: &Reader| {
        let index = r.app.entities.index().unwrap();
        let first = index.article_mentions(ArticleId(0))[0].span();
        first.slice(r.app.corpus.articles[0].text()) == "Last week, Japan’s top trade negotiator"
    };
    assert!(marked(&r));
    r.press("] ] ]");
    r.press("u");
    assert_eq!(r.corrections(), []);
    assert_eq!((r.app.current, r.app.cursor), (ArticleId(0), 0));
    let what = "marking “Last week, Japan’s top trade negotiator” as ORG, article 1, sentence 1";
    r.says(&format!("undone: {what}"));
    assert!(!marked(&r));
    r.press("[ ctrl-r");
    assert_eq!(r.corrections().len(), 1);
    r.says(&format!("redone: {what}"));
    assert!(marked(&r));
}

#[test]
fn annotations_and_corrections_are_undone_newest_first_in_one_history() {
    let mut r = reader();
    r.press("j V");
    r.select("Bitcoin");
    r.press("x");
    r.press("tab tab ] D");
    assert_eq!(r.app.current, ArticleId(1));
    r.press("u");
    r.says("undone: disputed mark, article 2, sentence 1");
    assert!(r.sidecar(1).claims().is_empty());
    assert_eq!(r.corrections().len(), 1);
    r.press("u");
    r.says("undone: ignoring “Bitcoin”");
    assert_eq!(r.corrections(), []);
    assert_eq!(status_of_first(&r.sidecar(0)), Some(Status::Verified));
    r.press("u");
    assert_eq!(r.app.current, ArticleId(0));
    r.says("undone: verified mark, article 1, sentence 2");
    assert!(r.sidecar(0).claims().is_empty());
    r.press("ctrl-r ctrl-r ctrl-r");
    r.says("redone: disputed mark, article 2, sentence 1");
    assert_eq!(status_of_first(&r.sidecar(0)), Some(Status::Verified));
    assert_eq!(status_of_first(&r.sidecar(1)), Some(Status::Disputed));
    assert_eq!(r.corrections().len(), 1);
}

#[test]
fn an_undo_that_opens_another_article_brings_the_entities_pane_with_it() {
    let mut r = reader();
    r.press("] ] V");
    r.press("[ [ u");
    assert_eq!(r.app.current, ArticleId(2));
    let index = r.app.entities.index().unwrap();
    let expected = index.article_entities(ArticleId(2)).len();
    assert!(
        r.pane()
            .contains(&format!("Entities · this article ({expected})")),
        "{}",
        r.pane()
    );
    let selected = r.app.entities.selected_entity().unwrap();
    assert!(
        index
            .article_entities(ArticleId(2))
            .iter()
            .any(|(id, _)| *id == selected)
    );
    r.press("[ [ ctrl-r");
    assert_eq!(r.app.current, ArticleId(2));
    let expected = index_count(&r, ArticleId(2));
    assert!(
        r.pane()
            .contains(&format!("Entities · this article ({expected})"))
    );
}

fn index_count(r: &Reader, article: ArticleId) -> usize {
    r.app
        .entities
        .index()
        .unwrap()
        .article_entities(article)
        .len()
}

#[test]
fn ignored_entities_are_listed_in_the_pane_and_restored_undoably() {
    let mut r = reader();
    r.press("tab I");
    r.says("no entity is ignored (x in this pane ignores one)");
    assert!(r.pane().contains("Ignored entities (0)"), "{}", r.pane());
    r.press("I");
    r.select("Bitcoin");
    r.press("x");
    r.select("Tokyo");
    r.press("x");
    let ignore = |name: &str| Correction::Ignore {
        entity: name.into(),
    };
    assert_eq!(r.corrections(), [ignore("Bitcoin"), ignore("Tokyo")]);

    r.press("I");
    let pane = r.pane();
    assert!(pane.contains("Ignored entities (2)"), "{pane}");
    assert!(pane.contains("Enter: restore · I: back"), "{pane}");
    let bitcoin = pane.find("Bitcoin").unwrap();
    assert!(
        bitcoin < pane.find("Tokyo").unwrap(),
        "in the order ignored"
    );
    // Keys meant for the index's entities do nothing to a hidden selection meanwhile.
    r.press("x r");
    assert_eq!(r.corrections().len(), 2);

    r.press("j enter");
    assert_eq!(r.corrections(), [ignore("Bitcoin")]);
    r.says("restored “Tokyo” (u undoes)");
    assert!(r.has_entity("Tokyo"));
    assert!(r.pane().contains("Ignored entities (1)"), "{}", r.pane());
    assert!(!r.pane().contains("Tokyo"));

    r.press("u");
    assert_eq!(r.corrections(), [ignore("Bitcoin"), ignore("Tokyo")]);
    r.says("undone: restoring “Tokyo”");
    assert!(!r.has_entity("Tokyo"));
    assert!(r.pane().contains("Ignored entities (2)"));

    r.press("ctrl-r");
    assert_eq!(r.corrections(), [ignore("Bitcoin")]);
    r.says("redone: restoring “Tokyo”");

    r.press("I");
    assert!(r.pane().contains("Entities · this article"), "{}", r.pane());
    assert_eq!(r.selected(), "Tokyo", "the restored entity is selected");
    r.press("I esc");
    assert!(
        r.pane().contains("Entities · this article"),
        "Esc closes the list"
    );
    assert_eq!(r.app.focus, Pane::Entities);
}

#[test]
fn help_lists_the_ignored_entities_key_of_the_entities_pane() {
    let keymap = margin::app::keymap::Keymap::default();
    let entities = keymap
        .describe()
        .into_iter()
        .find(|(context, _)| *context == margin::app::keymap::Context::Entities)
        .unwrap()
        .1;
    assert!(entities.contains(&(
        "I".to_string(),
        "list the ignored entities (Enter restores one)"
    )));
}
