//! Where the app keeps each article's sidecar: names that cannot collide, old names read and
//! moved, symlinks and folders leading outside the corpus never written through, temporary
//! files of a killed save removed at start, and what another reader saved taken in.

use margin::annotations::{Timestamp, sidecar};
use margin::app::App;
use margin::app::action::{Action, Effect};
use margin::app::effects::carry_out;
use margin::app::keymap::parse_keys;
use margin::app::session::Session;
use margin::app::sidecars;
use margin::config::{Config, Folders};
use margin::corpus::{ArticleId, Corpus};
use std::fs;
use std::path::{Path, PathBuf};

struct Setup {
    dir: tempfile::TempDir,
    corpus: PathBuf,
    folders: Folders,
}

/// A corpus folder (without an index) holding `articles` (name, text).
fn setup(articles: &[(&str, &str)]) -> Setup {
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = dir.path().join("corpus");
    fs::create_dir(&corpus).expect("corpus");
    for (name, text) in articles {
        fs::write(corpus.join(name), text).expect("article");
    }
    let folders = Folders {
        config: dir.path().join("config"),
        data: dir.path().join("data"),
    };
    Setup {
        dir,
        corpus,
        folders,
    }
}

const REPORT: &str = "Report\n\nThe first sentence is here. The second one follows it.\n";

impl Setup {
    fn app(&self) -> (App, Vec<String>) {
        let corpus = Corpus::open(std::slice::from_ref(&self.corpus)).expect("corpus");
        let mut app = App::new(corpus, Config::default(), None);
        let (notes, messages) = sidecars::load(&app.corpus, &self.folders);
        app.set_sidecars(notes, messages.clone());
        app.set_time(Timestamp(1_764_000_000));
        app.update(Action::Resize {
            width: 120,
            height: 40,
        });
        (app, messages)
    }

    fn press(&self, app: &mut App, keys: &str) {
        let mut session = Session::default();
        for key in parse_keys(keys).expect("keys") {
            let effects = app.handle_key(key);
            self.carry_out(app, effects, &mut session);
        }
    }

    fn carry_out(&self, app: &mut App, effects: Vec<Effect>, session: &mut Session) {
        for effect in effects {
            if let Some(action) = carry_out(&effect, &self.folders, session) {
                let more = app.update(action);
                self.carry_out(app, more, session);
            }
        }
    }

    fn open(&self, app: &mut App, file: &str) {
        let id = app
            .corpus
            .articles
            .iter()
            .position(|a| a.file == file)
            .expect("article");
        while app.current.0 < id {
            self.press(app, "]");
        }
        while app.current.0 > id {
            self.press(app, "[");
        }
    }
}

fn claims_in(path: &Path) -> usize {
    sidecar::read(path)
        .expect("parses")
        .map_or(0, |a| a.claims().len())
}

#[test]
fn articles_that_share_a_stem_get_sidecars_of_their_own() {
    let s = setup(&[("report.txt", REPORT), ("report.md", REPORT)]);
    let (mut app, _) = s.app();
    s.open(&mut app, "report.md");
    s.press(&mut app, "j V");
    s.open(&mut app, "report.txt");
    s.press(&mut app, "j D j D");
    assert_eq!(claims_in(&s.corpus.join("report.md.margin.ron")), 1);
    assert_eq!(claims_in(&s.corpus.join("report.txt.margin.ron")), 2);
    assert!(!s.corpus.join("report.margin.ron").exists());
}

#[test]
fn an_old_shared_sidecar_goes_to_the_article_it_names_and_is_moved_on_save() {
    let s = setup(&[("report.txt", REPORT), ("report.md", REPORT)]);
    // A version-1 file under the old name, written for report.md.
    let (mut app, _) = s.app();
    s.open(&mut app, "report.md");
    s.press(&mut app, "j V");
    let old = s.corpus.join("report.margin.ron");
    fs::rename(s.corpus.join("report.md.margin.ron"), &old).expect("rename");
    let (mut app, _) = s.app();
    s.open(&mut app, "report.txt");
    assert_eq!(
        app.notes().expect("notes").annotations.len(),
        0,
        "not report.txt's"
    );
    s.open(&mut app, "report.md");
    assert_eq!(app.notes().expect("notes").annotations.len(), 1);
    s.press(&mut app, "j j D");
    assert!(!old.exists(), "moved to the new name");
    assert_eq!(claims_in(&s.corpus.join("report.md.margin.ron")), 2);
}

#[test]
fn an_article_named_entities_works_beside_the_corrections_file() {
    let s = setup(&[("entities.txt", REPORT)]);
    // The corrections file under its old name, and a correction saved under the new one.
    fs::write(
        s.corpus.join("entities.margin.ron"),
        "(version: 1, corrections: [])\n",
    )
    .expect("legacy corrections");
    let (mut app, messages) = s.app();
    assert!(messages.is_empty(), "{messages:?}");
    assert!(app.notes().expect("notes").error.is_none());
    let file = s.folders.corrections_file(&app.corpus.origin);
    assert!(file.ends_with("margin-entities.ron"), "{file:?}");
    let mut corrections = margin::entities::load_corrections(&file).expect("legacy read");
    corrections.push(margin::entities::Correction::Ignore {
        by: Default::default(),
        entity: "Report".into(),
    });
    margin::entities::save_corrections(&file, &corrections).expect("save");
    assert!(!s.corpus.join("entities.margin.ron").exists(), "moved");
    s.press(&mut app, "j V");
    assert_eq!(claims_in(&s.corpus.join("entities.txt.margin.ron")), 1);
    let (app, messages) = s.app();
    assert!(messages.is_empty(), "{messages:?}");
    assert!(app.notes().expect("notes").error.is_none());
    assert_eq!(
        margin::entities::load_corrections(&file)
            .expect("read")
            .len(),
        1
    );
}

#[test]
fn a_byte_order_mark_before_the_corrections_file_is_accepted() {
    let s = setup(&[("a.txt", REPORT)]);
    let file = s.corpus.join("margin-entities.ron");
    fs::write(
        &file,
        "\u{feff}(version: 1, corrections: [Ignore(entity: \"X\")])\n",
    )
    .expect("write");
    assert_eq!(
        margin::entities::load_corrections(&file)
            .expect("read")
            .len(),
        1
    );
}

#[cfg(unix)]
#[test]
fn a_symlinked_sidecar_keeps_the_work_in_the_data_folder_and_says_so() {
    let s = setup(&[("a.txt", REPORT), ("b.txt", REPORT), ("c.txt", REPORT)]);
    let outside = s.dir.path().join("outside");
    fs::create_dir(&outside).expect("outside");
    let target = outside.join("x.sh");
    // a: dangling absolute link; b: relative link into a parent; c: old name is a link.
    std::os::unix::fs::symlink(&target, s.corpus.join("a.txt.margin.ron")).expect("link");
    std::os::unix::fs::symlink("../outside/x.sh", s.corpus.join("b.txt.margin.ron")).expect("link");
    std::os::unix::fs::symlink("../outside/x.sh", s.corpus.join("c.margin.ron")).expect("link");
    let (mut app, messages) = s.app();
    let first = messages.first().expect("a message");
    assert!(
        first.contains("a.txt.margin.ron") && first.contains("symbolic link"),
        "{first}"
    );
    for file in ["a.txt", "b.txt", "c.txt"] {
        s.open(&mut app, file);
        s.press(&mut app, "j V");
        let notes = app.notes().expect("notes");
        let path = notes.path.clone().expect("saved somewhere");
        assert!(path.starts_with(&s.folders.data), "{file}: {path:?}");
        assert_eq!(claims_in(&path), 1, "{file}");
    }
    assert!(!target.exists(), "nothing written through a link");
    assert_eq!(fs::read_dir(&outside).expect("list").count(), 0);
}

#[cfg(unix)]
#[test]
fn a_subfolder_leading_outside_the_corpus_is_not_written() {
    let s = setup(&[]);
    let outside = s.dir.path().join("outside");
    fs::create_dir(&outside).expect("outside");
    fs::write(outside.join("a.txt"), REPORT).expect("article");
    std::os::unix::fs::symlink(&outside, s.corpus.join("sub")).expect("link");
    fs::write(
        s.corpus.join("index.ron"),
        "[(id: \"a\", file: \"sub/a.txt\", title: \"A\")]",
    )
    .expect("index");
    let Ok(corpus) = Corpus::open(std::slice::from_ref(&s.corpus)) else {
        // The corpus refuses the link itself: nothing can be written there either.
        return;
    };
    if corpus.articles.is_empty() {
        return;
    }
    let (path, why) = sidecars::sidecar_file(&s.folders, &corpus.origin, &corpus.articles[0]);
    assert!(path.starts_with(&s.folders.data), "{path:?}");
    assert!(why.expect("a reason").contains("outside the corpus"));
}

#[cfg(unix)]
#[test]
fn a_symlinked_corrections_file_is_not_written_through() {
    let s = setup(&[("a.txt", REPORT)]);
    let target = s.dir.path().join("x.sh");
    std::os::unix::fs::symlink(&target, s.corpus.join("margin-entities.ron")).expect("link");
    let corpus = Corpus::open(std::slice::from_ref(&s.corpus)).expect("corpus");
    let (file, why) = s.folders.corrections_place(&corpus.origin);
    assert!(file.starts_with(&s.folders.data), "{file:?}");
    assert!(why.expect("reason").contains("margin-entities.ron"));
    // And saving through a link is refused even if asked.
    let err = margin::entities::save_corrections(
        &s.corpus.join("margin-entities.ron"),
        &margin::entities::Corrections::default(),
    )
    .expect_err("refused");
    assert!(err.contains("symbolic link"), "{err}");
    assert!(!target.exists());
}

#[test]
fn temporary_files_of_a_killed_save_are_removed_at_the_next_start() {
    let s = setup(&[("a.txt", REPORT)]);
    let left = s.corpus.join(".a.txt.margin.ron.4999999.Xy12Ab.tmp");
    let not_ours = s.corpus.join(".a.txt.4999999.Xy12Ab.tmp");
    fs::write(&left, "(version: 2, half").expect("left");
    fs::write(&not_ours, "keep").expect("other");
    let _ = s.app();
    if Path::new("/proc/self").exists() {
        assert!(!left.exists());
    }
    assert!(not_ours.exists());
}

#[test]
fn what_another_reader_saved_is_taken_in_and_shown() {
    let s = setup(&[("a.txt", REPORT)]);
    let (mut first, _) = s.app();
    let (mut second, _) = s.app();
    s.press(&mut first, "j V");
    // Nothing changed for the second reader until it looks.
    assert_eq!(second.notes().expect("notes").annotations.len(), 0);
    let actions = sidecars::changed_on_disk(&second.annotations.notes, [ArticleId(0)]);
    assert_eq!(actions.len(), 1);
    for action in actions {
        second.update(action);
    }
    let claim = second.notes().expect("notes").annotations.claims()[0].clone();
    assert_eq!(claim.status, Some(margin::annotations::Status::Verified));
    // Looking again finds nothing new: its own fingerprint is known.
    assert!(sidecars::changed_on_disk(&second.annotations.notes, [ArticleId(0)]).is_empty());
    // The second reader's edit of that claim keeps the first reader's status.
    s.press(&mut second, "j t x enter");
    let saved = sidecar::read(&s.corpus.join("a.txt.margin.ron"))
        .expect("parses")
        .expect("exists");
    let claim = &saved.claims()[0];
    assert_eq!(claim.status, Some(margin::annotations::Status::Verified));
    assert_eq!(claim.tags, ["x"]);
    // The first reader takes in the tag; its own save did not make it look changed.
    let actions = sidecars::changed_on_disk(&first.annotations.notes, [ArticleId(0)]);
    for action in actions {
        first.update(action);
    }
    assert_eq!(
        first.notes().expect("notes").annotations.claims()[0].tags,
        ["x"]
    );
}
