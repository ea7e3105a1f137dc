//! Working as a team through real git: a repository and two clones in temporary folders,
//! `margin git-setup` in each, each clone annotating the same article differently through
//! the app's keys, then commit, push, pull. Git runs `margin merge-sidecar`: no conflict
//! markers, nothing lost, a deletion respected, and the merged file reads back and saves
//! unchanged. Git's own configuration is kept inside the temporary folder.

#[path = "support/fixture.rs"]
mod fixture;

use margin::annotations::sidecar;
use margin::annotations::{Annotations, Timestamp};
use margin::app::action::{Action, Effect};
use margin::app::effects::carry_out;
use margin::app::keymap::parse_keys;
use margin::app::session::Session;
use margin::app::{App, Mode, sidecars};
use margin::config::{Config, Folders};
use margin::corpus::Corpus;
use std::path::{Path, PathBuf};
use std::process::Command;

const MARGIN: &str = env!("CARGO_BIN_EXE_margin");

/// A temporary home for git and the repositories.
struct Team {
    dir: tempfile::TempDir,
}

impl Team {
    fn new() -> Self {
        let team = Team {
            dir: tempfile::tempdir().unwrap(),
        };
        team.git(
            team.root(),
            &["init", "--bare", "--initial-branch=main", "origin.git"],
        );
        team
    }

    fn root(&self) -> &Path {
        self.dir.path()
    }

    /// A command with git's configuration confined to the temporary folder.
    fn command(&self, program: &str, dir: &Path) -> Command {
        let mut command = Command::new(program);
        command
            .current_dir(dir)
            .env("HOME", self.root())
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", self.root().join("gitconfig"))
            .env("GIT_AUTHOR_NAME", "Tester")
            .env("GIT_AUTHOR_EMAIL", "tester@example.org")
            .env("GIT_COMMITTER_NAME", "Tester")
            .env("GIT_COMMITTER_EMAIL", "tester@example.org")
            .env("MARGIN_CONFIG_DIR", self.root().join("config"))
            .env("MARGIN_DATA_DIR", self.root().join("data"));
        command
    }

    fn git(&self, dir: &Path, args: &[&str]) -> String {
        let output = self.command("git", dir).args(args).output().unwrap();
        assert!(
            output.status.success(),
            "git {args:?} failed:\n{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    fn margin(&self, dir: &Path, args: &[&str]) -> (bool, String) {
        let output = self.command(MARGIN, dir).args(args).output().unwrap();
        let said = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        (output.status.success(), said)
    }

    /// A clone of the shared repository, set up for margin.
    fn clone(&self, name: &str) -> PathBuf {
        self.git(self.root(), &["clone", "-q", "origin.git", name]);
        let dir = self.root().join(name);
        let (ok, said) = self.margin(&dir, &["git-setup"]);
        assert!(ok, "{said}");
        dir
    }
}

/// The reader on a clone's corpus, its keys carried out as the shell does.
struct Reader {
    app: App,
    folders: Folders,
    session: Session,
}

impl Reader {
    fn on(corpus: &Path, data: &Path) -> Self {
        let folders = Folders {
            config: data.join("config"),
            data: data.join("data"),
        };
        let corpus = Corpus::open(&[corpus.to_path_buf()]).unwrap();
        let mut app = App::new(corpus, Config::default(), None);
        let (notes, messages) = sidecars::load(&app.corpus, &folders);
        app.set_sidecars(notes, messages);
        app.set_time(Timestamp(1_764_000_000));
        app.update(Action::Resize {
            width: 120,
            height: 40,
        });
        Reader {
            app,
            folders,
            session: Session::default(),
        }
    }

    fn press(&mut self, keys: &str) {
        for key in parse_keys(keys).unwrap() {
            let effects: Vec<Effect> = self.app.handle_key(key);
            for effect in effects {
                if let Some(action) = carry_out(&effect, &self.folders, &mut self.session) {
                    self.app.update(action);
                }
            }
        }
    }

    fn screen(&self) -> String {
        let theme = margin::ui::Theme::new(&Default::default(), true).unwrap();
        let backend = ratatui::backend::TestBackend::new(120, 40);
        let mut terminal = ratatui::Terminal::new(backend).unwrap();
        terminal
            .draw(|frame| margin::ui::render(&self.app, &theme, frame))
            .unwrap();
        let buffer = terminal.backend().buffer();
        (0..40)
            .map(|y| {
                (0..120)
                    .map(|x| buffer[(x, y)].symbol())
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Types `text` into the open note.
    fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            self.press(&if c == ' ' {
                "space".to_string()
            } else {
                c.to_string()
            });
        }
    }
}

fn sidecar_of(corpus: &Path) -> PathBuf {
    sidecar::sidecar_path(&corpus.join("talks.txt"))
}

fn annotations(corpus: &Path) -> Annotations {
    sidecar::read(&sidecar_of(corpus)).unwrap().unwrap()
}

#[test]
fn two_readers_annotate_one_article_and_git_merges_their_sidecars() {
    let team = Team::new();
    let alice = team.clone("alice");
    let corpus_a = fixture::copy_fixture_corpus(&alice);
    // The shared starting point: a claim with a note and a highlight, both on talks.txt.
    let mut reader = Reader::on(&corpus_a, &team.root().join("alice-home"));
    reader.press("j V a");
    reader.type_text("Checked.");
    reader.press("esc j j v w enter");
    assert_eq!(annotations(&corpus_a).highlights().len(), 1);
    team.git(&alice, &["add", "-A"]);
    team.git(&alice, &["commit", "-q", "-m", "corpus and first marks"]);
    team.git(&alice, &["push", "-q", "origin", "main"]);

    let bob = team.clone("bob");
    let corpus_b = bob.join("corpus");

    // Alice adds to the note and tags the claim, and disputes another sentence.
    let mut reader = Reader::on(&corpus_a, &team.root().join("alice-home"));
    reader.press("j a end");
    reader.type_text(" Alice: Kyodo agrees.");
    reader.press("esc t");
    reader.type_text("alice");
    reader.press("enter j j j j D");
    team.git(&alice, &["commit", "-q", "-am", "alice's marks"]);
    team.git(&alice, &["push", "-q", "origin", "main"]);

    // Bob, from the same start, adds to the same note, removes the highlight and verifies
    // a sentence of his own.
    let mut reader = Reader::on(&corpus_b, &team.root().join("bob-home"));
    reader.press("j a end");
    reader.type_text(" Bob: NHK too.");
    reader.press("esc j j x j j j j j V");
    team.git(&bob, &["commit", "-q", "-am", "bob's marks"]);
    team.git(
        &bob,
        &["pull", "-q", "--no-rebase", "--no-edit", "origin", "main"],
    );

    let text = std::fs::read_to_string(sidecar_of(&corpus_b)).unwrap();
    assert!(
        !text.contains("<<<<<<<") && !text.contains(">>>>>>>"),
        "{text}"
    );
    let merged = sidecar::from_ron_state(&text).unwrap();
    let claims = merged.annotations.claims();
    assert_eq!(
        claims.len(),
        3,
        "the first claim and one new claim from each side"
    );
    let first = claims
        .iter()
        .find(|c| c.note.starts_with("Checked."))
        .unwrap();
    assert!(
        first.note.contains("Alice: Kyodo agrees."),
        "{}",
        first.note
    );
    assert!(first.note.contains("Bob: NHK too."), "{}", first.note);
    assert_eq!(first.tags, ["alice"]);
    assert_eq!(first.conflict, "note changed on both sides");
    assert!(
        merged.annotations.highlights().is_empty(),
        "Bob's deletion stands"
    );
    assert_eq!(merged.removed.len(), 1);
    assert_eq!(
        sidecar::to_ron_state(&merged),
        text,
        "the merge saves unchanged"
    );
    let status = team.git(&bob, &["status", "--porcelain"]);
    assert_eq!(status, "", "merged and committed, nothing left over");

    // Alice pulls Bob's merge: a fast-forward, the same bytes.
    team.git(&bob, &["push", "-q", "origin", "main"]);
    team.git(
        &alice,
        &["pull", "-q", "--no-rebase", "--no-edit", "origin", "main"],
    );
    assert_eq!(
        std::fs::read_to_string(sidecar_of(&corpus_a)).unwrap(),
        text
    );

    // The reader sees the flag in C, and settles it by editing the claim.
    let mut reader = Reader::on(&corpus_b, &team.root().join("bob-home"));
    reader.press("C");
    let shown = reader.screen();
    assert!(
        shown.contains("MERGED: note changed on both sides"),
        "{shown}"
    );
    reader.press("f f f f f f f f f");
    let Mode::Overview(overview) = &reader.app.mode else {
        panic!("the overview is not open");
    };
    assert_eq!(overview.filter.name(), "flagged by a merge");
    assert_eq!(reader.app.overview_rows(overview).len(), 1);
    reader.press("esc j D");
    let settled = annotations(&corpus_b);
    let first = settled
        .claims()
        .iter()
        .find(|c| c.note.starts_with("Checked."))
        .unwrap();
    assert_eq!(first.conflict, "");
}

#[test]
fn git_setup_says_what_it_wrote_once_and_refuses_a_folder_outside_git() {
    let team = Team::new();
    let dir = team.root().join("work");
    team.git(team.root(), &["clone", "-q", "origin.git", "work"]);
    let (ok, said) = team.margin(&dir, &["git-setup"]);
    assert!(ok, "{said}");
    assert!(
        said.contains(".gitattributes: added “*.margin.ron merge=margin”"),
        "{said}"
    );
    assert!(said.contains(".gitignore: added “.margin.lock”"), "{said}");
    assert!(said.contains("git config merge.margin.driver"), "{said}");
    let driver = team.git(&dir, &["config", "merge.margin.driver"]);
    assert!(
        driver.trim().ends_with("merge-sidecar %O %A %B %P"),
        "{driver}"
    );

    let (ok, said) = team.margin(&dir, &["git-setup"]);
    assert!(ok, "{said}");
    assert!(
        said.contains("already set up for margin; nothing changed"),
        "{said}"
    );

    let outside = team.root().join("outside");
    std::fs::create_dir(&outside).unwrap();
    let (ok, said) = team.margin(&outside, &["git-setup", "."]);
    assert!(!ok);
    assert!(said.contains("not in a git repository"), "{said}");
}

#[test]
fn a_version_that_does_not_parse_leaves_ours_and_names_the_file() {
    let team = Team::new();
    let dir = team.root();
    let good = sidecar::to_ron_state(&sidecar::State::of(Annotations::new("a.txt", "Text.")));
    for (name, text) in [
        ("base", good.as_str()),
        ("ours", good.as_str()),
        ("theirs", "(version: 2,"),
    ] {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let (ok, said) = team.margin(
        dir,
        &[
            "merge-sidecar",
            "base",
            "ours",
            "theirs",
            "corpus/a.txt.margin.ron",
        ],
    );
    assert!(!ok);
    assert!(
        said.contains("corpus/a.txt.margin.ron (their version)"),
        "{said}"
    );
    assert_eq!(std::fs::read_to_string(dir.join("ours")).unwrap(), good);
}
