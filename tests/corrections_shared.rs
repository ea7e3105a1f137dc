//! Two margin processes correcting entities of one corpus at once lose nothing: each save
//! replays that process's own corrections onto the file as it is on disk, and each app takes
//! in what the other saved when it checks the file.

#[path = "support/fixture.rs"]
mod fixture;
use margin::app::action::Effect;
use margin::app::background;
use margin::app::effects::carry_out;
use margin::app::entities::EntityRow;
use margin::app::keymap::parse_keys;
use margin::app::session::Session;
use margin::app::{App, sidecars};
use margin::config::{Config, Folders};
use margin::corpus::Corpus;
use margin::entities::{Correction, Corrections, load_corrections, save_corrections_merged};
use std::collections::BTreeSet;
use std::path::PathBuf;

fn ignore(name: &str) -> Correction {
    Correction::Ignore {
        by: Default::default(),
        entity: name.to_string(),
    }
}

/// Threads, each with corrections of its own (what it holds and what it last saw on disk),
/// add corrections to one file and take some of their own away again, at once; every
/// correction added and not taken away is in the file at the end, and no other.
#[test]
fn threads_saving_corrections_into_one_file_lose_none() {
    const THREADS: usize = 4;
    const ROUNDS: usize = 40;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("margin-entities.ron");
    let kept: Vec<Vec<String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..THREADS)
            .map(|t| {
                let path = &path;
                scope.spawn(move || {
                    let mut mine = Corrections::default();
                    let mut base = Corrections::default();
                    let mut kept = Vec::new();
                    for round in 0..ROUNDS {
                        let name = format!("t{t}-r{round}");
                        mine.push(ignore(&name));
                        kept.push(name);
                        // Every third round, take away this thread's previous correction.
                        if round % 3 == 2 {
                            let gone = kept.remove(kept.len() - 2);
                            let at = mine
                                .corrections
                                .iter()
                                .position(|c| *c == ignore(&gone))
                                .expect("this thread's correction is held");
                            mine.corrections.remove(at);
                        }
                        let saved = save_corrections_merged(path, &mine, &base).unwrap();
                        mine = saved.corrections.clone();
                        base = saved.corrections;
                    }
                    kept
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let expected: BTreeSet<String> = kept.into_iter().flatten().collect();
    let on_disk = load_corrections(&path).unwrap();
    let found: Vec<String> = on_disk
        .corrections
        .iter()
        .map(|c| match c {
            Correction::Ignore { entity, .. } => entity.clone(),
            other => panic!("unexpected {other:?}"),
        })
        .collect();
    assert_eq!(found.len(), expected.len(), "no correction doubled");
    assert_eq!(found.into_iter().collect::<BTreeSet<_>>(), expected);
    assert_eq!(expected.len(), THREADS * (ROUNDS - ROUNDS / 3));
}

struct Setup {
    _dir: tempfile::TempDir,
    corpus_dir: PathBuf,
    folders: Folders,
}

fn setup() -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let corpus_dir = fixture::copy_fixture_corpus(dir.path());
    Setup {
        folders: Folders {
            config: dir.path().join("config"),
            data: dir.path().join("data"),
        },
        _dir: dir,
        corpus_dir,
    }
}

impl Setup {
    /// An app as `margin <corpus>` starts it, with its corrections file in the data folder.
    fn app(&self) -> App {
        let corpus = Corpus::open(std::slice::from_ref(&self.corpus_dir)).unwrap();
        let (file, _) = self.folders.corrections_place(&corpus.origin);
        let mut app = App::new(corpus, Config::default(), None);
        let (notes, messages) = sidecars::load(&app.corpus, &self.folders);
        app.set_sidecars(notes, messages);
        app.set_corrections(load_corrections(&file).unwrap(), Some(file), None);
        app.update(margin::app::action::Action::Resize {
            width: 160,
            height: 45,
        });
        let started = app.start();
        background::settle(&mut app, started);
        app
    }

    fn file(&self, app: &App) -> PathBuf {
        app.entities.corrections_file.clone().unwrap()
    }

    fn run(&self, app: &mut App, effects: Vec<Effect>) {
        let mut session = Session::default();
        let mut queue = background::settle(app, effects);
        while !queue.is_empty() {
            let mut next = Vec::new();
            for effect in queue {
                if let Some(action) = carry_out(&effect, &self.folders, &mut session) {
                    next.extend(app.update(action));
                }
            }
            queue = background::settle(app, next);
        }
    }

    fn press(&self, app: &mut App, keys: &str) {
        for key in parse_keys(keys).unwrap() {
            let effects = app.handle_key(key);
            self.run(app, effects);
        }
    }

    /// The shell's idle check of the corrections file.
    fn check(&self, app: &mut App) {
        if let Some(action) = app.corrections_changed_on_disk() {
            let effects = app.update(action);
            self.run(app, effects);
        }
    }
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
fn two_apps_correcting_one_corpus_keep_both_corrections_and_show_each_others() {
    let s = setup();
    let mut a = s.app();
    let mut b = s.app();
    s.press(&mut a, "tab s");
    s.press(&mut b, "tab s");
    let names = row_names(&a);
    assert!(names.len() >= 3, "{names:?}");
    assert_eq!(row_names(&b), names);
    let (first, second, third) = (names[0].clone(), names[1].clone(), names[2].clone());

    // A renames the first entity; B, not having seen that, merges the second into the third.
    s.press(&mut a, "r ctrl-u Z e d enter");
    s.press(&mut b, "j m j m");
    let rename = Correction::Rename {
        by: Default::default(),
        entity: first.clone(),
        to: "Zed".into(),
    };
    let merge = Correction::Merge {
        by: Default::default(),
        entity: second.clone(),
        into: third.clone(),
    };
    let on_disk = load_corrections(&s.file(&a)).unwrap();
    assert_eq!(on_disk.corrections, vec![rename.clone(), merge.clone()]);
    assert_eq!(b.entities.corrections.corrections, on_disk.corrections);
    assert!(
        row_names(&b).contains(&"Zed".to_string()),
        "{:?}",
        row_names(&b)
    );

    // A has not seen B's merge until it checks the file, as the shell does when idle.
    assert!(row_names(&a).contains(&second));
    s.check(&mut a);
    assert_eq!(a.entities.corrections.corrections, on_disk.corrections);
    assert!(!row_names(&a).contains(&second), "{:?}", row_names(&a));
    assert!(row_names(&a).contains(&"Zed".to_string()));
    assert!(s.check_is_quiet(&mut a));

    // Undoing the rename in A takes away only the rename; B takes that in at its check.
    s.press(&mut a, "u");
    let on_disk = load_corrections(&s.file(&a)).unwrap();
    assert_eq!(on_disk.corrections, vec![merge.clone()]);
    s.check(&mut b);
    assert_eq!(b.entities.corrections.corrections, vec![merge]);
    assert!(row_names(&b).contains(&first), "{:?}", row_names(&b));
    assert!(!row_names(&b).contains(&second));
}

impl Setup {
    /// True when the check finds nothing new (the app's own save is not read again).
    fn check_is_quiet(&self, app: &mut App) -> bool {
        app.corrections_changed_on_disk().is_none()
    }
}

/// A corrections file another process left unreadable is reported once at the check, and a
/// correction made then does not overwrite it.
#[test]
fn a_corrections_file_broken_on_disk_is_reported_and_not_overwritten() {
    let s = setup();
    let mut a = s.app();
    s.press(&mut a, "tab s");
    let file = s.file(&a);
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, "(corrections: [Ignore(").unwrap();
    s.check(&mut a);
    let status = a
        .message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default();
    assert!(status.contains("margin-entities.ron"), "{status}");
    assert!(status.contains("cannot be read"), "{status}");
    assert!(a.corrections_changed_on_disk().is_none(), "reported once");

    s.press(&mut a, "x");
    let status = a
        .message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default();
    assert!(
        status.contains("cannot save the entity corrections"),
        "{status}"
    );
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "(corrections: [Ignore(",
        "the broken file is left for the reader to mend"
    );
}
