//! Several margin processes annotating one article at once, and how many annotations are lost.
//!
//! ```text
//! cargo run --release --example concurrency_trial -- spread   --processes 2 --rounds 20
//! cargo run --release --example concurrency_trial -- spread   --processes 3 --rounds 30
//! cargo run --release --example concurrency_trial -- same-record --trials 20
//! cargo run --release --example concurrency_trial -- same-claim  --processes 3 --trials 30
//! ```
//!
//! Each worker is this program started again; it drives an `App` through its keys exactly as
//! the terminal shell does (the clock set before each key, each effect carried out, and what
//! other processes saved taken in before each key), on a corpus of one article in a temporary
//! folder. The coordinator then reads the sidecar and counts what is missing.
//!
//! - `spread`: per round, each worker marks 10 new sentences of its own (verified or
//!   disputed) and appends a word to the notes of 10 of its claims; 20 annotations per worker
//!   per round. Lost: a claim missing, a status not the one set, a note word missing.
//! - `same-record`: two workers take turns on one claim, 100–300 ms apart (within one second):
//!   one appends a word to its note, the other toggles its status and appends a word. Lost: a
//!   word missing or the last status not kept.
//! - `same-claim`: each trial, every worker presses `a` on the same sentence at the same
//!   instant and writes its own word. Lost: a word missing from every claim of that sentence.

use margin::annotations::{Status, Timestamp, sidecar};
use margin::app::App;
use margin::app::action::{Action, Effect};
use margin::app::effects::carry_out;
use margin::app::keymap::Key;
use margin::app::session::Session;
use margin::config::{Config, Folders};
use margin::corpus::{ArticleId, Corpus};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

const PER_ROUND: usize = 20;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |name: &str, default: usize| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let mode = args.first().cloned().unwrap_or_else(|| "spread".into());
    if let Some(at) = args.iter().position(|a| a == "--worker") {
        let index: usize = args[at + 1].parse().expect("worker index");
        let dir = PathBuf::from(&args[at + 2]);
        let start: u64 = args[at + 3].parse().expect("start time");
        let (rounds, processes, trials) = (
            flag("--rounds", 20),
            flag("--processes", 2),
            flag("--trials", 20),
        );
        let mut worker = Worker::new(&dir);
        wait_until(start);
        match mode.as_str() {
            "spread" => worker.spread(index, processes, rounds),
            "same-record" => worker.same_record(index, trials, start),
            "same-claim" => worker.same_claim(index, trials, start),
            other => panic!("unknown mode {other}"),
        }
        return ExitCode::SUCCESS;
    }
    let (processes, rounds, trials) = match mode.as_str() {
        "same-record" => (2, 0, flag("--trials", 20)),
        _ => (
            flag("--processes", 2),
            flag("--rounds", 20),
            flag("--trials", 30),
        ),
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let sentences = match mode.as_str() {
        "spread" => processes * rounds * PER_ROUND / 2 + 10,
        _ => trials + 10,
    };
    write_corpus(dir.path(), sentences);
    let start = now_millis() + 1500;
    let exe = std::env::current_exe().expect("exe");
    let children: Vec<_> = (0..processes)
        .map(|index| {
            Command::new(&exe)
                .arg(&mode)
                .args(["--rounds", &rounds.to_string()])
                .args(["--processes", &processes.to_string()])
                .args(["--trials", &trials.to_string()])
                .arg("--worker")
                .arg(index.to_string())
                .arg(dir.path())
                .arg(start.to_string())
                .env("MARGIN_DATA_DIR", dir.path().join("data"))
                .env("MARGIN_CONFIG_DIR", dir.path().join("config"))
                .spawn()
                .expect("spawn a worker")
        })
        .collect();
    for mut child in children {
        assert!(child.wait().expect("wait").success(), "a worker failed");
    }
    let file = sidecar_of(dir.path());
    let annotations = sidecar::read(&file)
        .expect("the sidecar parses")
        .expect("the sidecar exists");
    let claims: Vec<(usize, Option<Status>, String)> = annotations
        .claims()
        .iter()
        .map(|c| (sentence_number(&c.anchor.quote), c.status, c.note.clone()))
        .collect();
    let report = match mode.as_str() {
        "spread" => count_spread(&claims, processes, rounds),
        "same-record" => count_same_record(&claims, trials),
        _ => count_same_claim(&claims, processes, trials),
    };
    println!("{mode}: processes={processes} rounds={rounds} trials={trials}: {report}");
    ExitCode::SUCCESS
}

/// One article of `count` sentences, five to a paragraph.
fn write_corpus(dir: &Path, count: usize) {
    let corpus = dir.join("corpus");
    std::fs::create_dir_all(&corpus).expect("corpus folder");
    let mut text = String::from("A trial of concurrent readers\n\n");
    for i in 0..count {
        text.push_str(&format!("Sentence {i} reports a figure of {i} units."));
        text.push(if i % 5 == 4 { '\n' } else { ' ' });
    }
    text.push('\n');
    std::fs::write(corpus.join("trial.txt"), text).expect("article");
}

/// The sidecar of the trial article under either naming (before and after version 2).
fn sidecar_of(dir: &Path) -> PathBuf {
    let corpus = dir.join("corpus");
    ["trial.txt.margin.ron", "trial.margin.ron"]
        .into_iter()
        .map(|name| corpus.join(name))
        .find(|p| p.exists())
        .expect("a sidecar was written")
}

fn sentence_number(quote: &str) -> usize {
    quote
        .split_whitespace()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(usize::MAX)
}

fn now_millis() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

fn wait_until(millis: u64) {
    let now = now_millis();
    if millis > now {
        std::thread::sleep(Duration::from_millis(millis - now));
    }
}

/// A small deterministic jitter per worker, so the workers interleave differently.
fn jitter(seed: &mut u64, max_millis: u64) {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    std::thread::sleep(Duration::from_millis(*seed % (max_millis + 1)));
}

struct Worker {
    app: App,
    folders: Folders,
    session: Session,
    /// Sentence index -> the claim text's sentence, for the cursor.
    first_sentence: usize,
}

impl Worker {
    fn new(dir: &Path) -> Self {
        let folders = Folders::from_env().expect("folders");
        let corpus = Corpus::open(&[dir.join("corpus")]).expect("corpus");
        let mut app = App::new(corpus, Config::default(), None);
        let (notes, messages) = margin::app::sidecars::load(&app.corpus, &folders);
        app.set_sidecars(notes, messages);
        app.update(Action::Resize {
            width: 120,
            height: 40,
        });
        // Lay the whole article out, so every sentence can take the cursor.
        app.update(Action::ToEnd);
        while !app.is_laid_out() {
            app.update(Action::ContinueLayout);
        }
        app.update(Action::ToStart);
        let first_sentence = (0..10)
            .find(|&i| {
                app.cursor = i;
                app.cursor_span()
                    .and_then(|s| {
                        app.article()
                            .map(|a| s.slice(a.text()).starts_with("Sentence 0 "))
                    })
                    .unwrap_or(false)
            })
            .expect("sentence 0");
        Worker {
            app,
            folders,
            session: Session::default(),
            first_sentence,
        }
    }

    /// What the shell does before handling keys: take in what others saved.
    fn take_in(&mut self) {
        take_in(&mut self.app);
    }

    fn press(&mut self, keys: &[Key]) {
        self.take_in();
        for &key in keys {
            self.app.set_time(Timestamp::from(SystemTime::now()));
            let effects = self.app.handle_key(key);
            self.carry_out(effects);
        }
    }

    fn carry_out(&mut self, effects: Vec<Effect>) {
        for effect in effects {
            if let Some(action) = carry_out(&effect, &self.folders, &mut self.session) {
                let more = self.app.update(action);
                self.carry_out(more);
            }
        }
    }

    fn go_to(&mut self, sentence: usize) {
        self.app.cursor = self.first_sentence + sentence;
    }

    fn mark(&mut self, sentence: usize, status: Status) {
        self.go_to(sentence);
        let key = match status {
            Status::Verified => 'v',
            Status::Disputed => 'd',
            Status::Misleading => 'm',
            Status::Unverifiable => 'u',
            Status::NotAClaim => 'n',
        };
        self.press(&[Key::char('m'), Key::char(key)]);
    }

    /// `a`, a space and `word` at the end of the note, `Ctrl-s`.
    fn append_note(&mut self, sentence: usize, word: &str) {
        self.go_to(sentence);
        self.press(&[Key::char('a')]);
        let mut keys: Vec<Key> = Vec::new();
        keys.extend(" ".chars().chain(word.chars()).map(Key::char));
        keys.push(Key::ctrl('s'));
        // The editor is open now: no taking in until it is saved, as in the shell a note is
        // typed between two checks.
        for key in keys {
            self.app.set_time(Timestamp::from(SystemTime::now()));
            let effects = self.app.handle_key(key);
            self.carry_out(effects);
        }
    }

    fn spread(&mut self, me: usize, processes: usize, rounds: usize) {
        let mut seed = 0x9e37_79b9_7f4a_7c15 ^ (me as u64 + 1);
        let half = PER_ROUND / 2;
        for round in 0..rounds {
            for k in 0..half {
                let sentence = (round * half + k) * processes + me;
                self.mark(sentence, expected_status(round, k));
                jitter(&mut seed, 5);
            }
            let earlier = round.saturating_sub(1);
            for k in 0..half {
                let sentence = (earlier * half + k) * processes + me;
                self.append_note(sentence, &format!("w{me}r{round}k{k}"));
                jitter(&mut seed, 5);
            }
        }
    }

    fn same_record(&mut self, me: usize, trials: usize, start: u64) {
        for trial in 0..trials {
            // Worker 0 at +0 ms, worker 1 at +100..300 ms: within one second.
            let offset = if me == 0 {
                0
            } else {
                100 + (trial as u64 * 37) % 200
            };
            wait_until(start + trial as u64 * 1000 + offset);
            if me == 1 {
                let status = if trial.is_multiple_of(2) {
                    Status::Verified
                } else {
                    Status::Disputed
                };
                self.mark(0, status);
            }
            self.append_note(0, &format!("w{me}t{trial}"));
        }
        std::thread::sleep(Duration::from_millis(300));
        self.take_in();
    }

    fn same_claim(&mut self, me: usize, trials: usize, start: u64) {
        for trial in 0..trials {
            wait_until(start + trial as u64 * 400);
            self.append_note(trial, &format!("w{me}t{trial}"));
        }
    }
}

/// Takes in every change another process saved to the article's sidecar, as the shell does.
fn take_in(app: &mut App) {
    let actions = margin::app::sidecars::changed_on_disk(&app.annotations.notes, [ArticleId(0)]);
    for action in actions {
        app.update(action);
    }
}

fn expected_status(round: usize, k: usize) -> Status {
    if (round + k).is_multiple_of(2) {
        Status::Verified
    } else {
        Status::Disputed
    }
}

fn count_spread(
    claims: &[(usize, Option<Status>, String)],
    processes: usize,
    rounds: usize,
) -> String {
    let half = PER_ROUND / 2;
    let (mut missing, mut status_wrong, mut words_missing) = (0, 0, 0);
    for me in 0..processes {
        for round in 0..rounds {
            for k in 0..half {
                let sentence = (round * half + k) * processes + me;
                let found: Vec<_> = claims.iter().filter(|c| c.0 == sentence).collect();
                if found.is_empty() {
                    missing += 1;
                } else if !found.iter().any(|c| c.1 == Some(expected_status(round, k))) {
                    status_wrong += 1;
                }
                let earlier = round.saturating_sub(1);
                let target = (earlier * half + k) * processes + me;
                let word = format!("w{me}r{round}k{k}");
                let has = claims
                    .iter()
                    .any(|c| c.0 == target && c.2.split_whitespace().any(|w| w == word));
                if !has {
                    words_missing += 1;
                }
            }
        }
    }
    let total = processes * rounds * PER_ROUND;
    let lost = missing + status_wrong + words_missing;
    format!(
        "{total} annotations, {lost} lost ({missing} claims missing, {status_wrong} statuses not as set, {words_missing} note edits missing)"
    )
}

fn count_same_record(claims: &[(usize, Option<Status>, String)], trials: usize) -> String {
    let on_zero: Vec<_> = claims.iter().filter(|c| c.0 == 0).collect();
    let mut lost = 0;
    for trial in 0..trials {
        let words = [format!("w0t{trial}"), format!("w1t{trial}")];
        let kept = words.iter().all(|w| {
            on_zero
                .iter()
                .any(|c| c.2.split_whitespace().any(|x| x == w))
        });
        if !kept {
            lost += 1;
        }
    }
    let last = if (trials - 1).is_multiple_of(2) {
        Status::Verified
    } else {
        Status::Disputed
    };
    let status_kept = on_zero.iter().any(|c| c.1 == Some(last));
    format!(
        "{trials} trials, {lost} with an edit lost; last status kept: {status_kept}; {} claim(s) on the sentence",
        on_zero.len()
    )
}

fn count_same_claim(
    claims: &[(usize, Option<Status>, String)],
    processes: usize,
    trials: usize,
) -> String {
    let mut lost = 0;
    for trial in 0..trials {
        for me in 0..processes {
            let word = format!("w{me}t{trial}");
            let kept = claims
                .iter()
                .any(|c| c.0 == trial && c.2.split_whitespace().any(|w| w == word));
            if !kept {
                lost += 1;
            }
        }
    }
    format!("{} claims made, {lost} lost", processes * trials)
}
