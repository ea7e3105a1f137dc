//! Many writers on one sidecar at once, each with its own in-memory state and clock, as
//! several margin processes are: threads in this process, then processes of this test binary.
//! Every record and every field is counted at the end.

use super::{TEXT, claim};
use margin::annotations::sidecar::{self, Sidecar};
use margin::annotations::{AnnotationId, Annotations, Clock, Status};
use margin::text::ByteSpan;
use std::path::{Path, PathBuf};

const WRITERS: usize = 4;
const ROUNDS: usize = 12;
const WORKER: &str = "MARGIN_SIDECAR_TEST_WORKER";

fn id(text: &str) -> AnnotationId {
    AnnotationId::from_string(text)
}

/// A sidecar holding the shared claims `shared-0` .. `shared-{n-1}` and `common`.
fn seed(path: &Path, writers: usize) {
    let empty = Annotations::new("a.txt", TEXT);
    let mut a = empty.clone();
    a.put(claim("common", ByteSpan::new(0, 35), 1));
    for k in 0..writers {
        a.put(claim(&format!("shared-{k}"), ByteSpan::new(0, 35), 1));
    }
    sidecar::write(path, &a, &empty).expect("seed");
}

fn status_of(round: usize) -> Status {
    if round.is_multiple_of(2) {
        Status::Verified
    } else {
        Status::Disputed
    }
}

/// One writer: each round it creates a claim of its own, appends a word to the note of an
/// earlier one, appends a word to the note of shared claim `me` and to the note every writer
/// appends to (`common`), sets the status of shared
/// claim `me + 1` and the tags of shared claim `me + 2`, makes a scratch claim and deletes
/// the one before, and saves after each change. Now and then it takes in what the others
/// saved, as the app does when idle; otherwise it works from a stale copy.
fn writer(path: &Path, me: usize, writers: usize, rounds: usize) {
    let mut file = Sidecar::new(path).with_clock(Clock::new(me as u32 + 1));
    let mut base = file.read().expect("read").expect("seeded");
    let mut ours = base.clone();
    let mut save = |ours: &mut Annotations, base: &mut Annotations| {
        let saved = file.write(ours, base).expect("save");
        *ours = saved.clone();
        *base = saved;
    };
    for round in 0..rounds {
        ours.put(claim(&format!("w{me}-{round}"), ByteSpan::new(36, 61), 2));
        save(&mut ours, &mut base);

        let mut own = ours
            .claim(&id(&format!("w{me}-{}", round / 2)))
            .expect("own")
            .clone();
        own.note.push_str(&format!(" r{round}"));
        ours.put(own);
        save(&mut ours, &mut base);

        let mut shared = ours
            .claim(&id(&format!("shared-{me}")))
            .expect("shared")
            .clone();
        shared.note.push_str(&format!(" w{me}r{round}"));
        ours.put(shared);
        save(&mut ours, &mut base);

        let mut common = ours.claim(&id("common")).expect("common").clone();
        common.note.push_str(&format!(" w{me}c{round}"));
        ours.put(common);
        save(&mut ours, &mut base);

        let next = (me + 1) % writers;
        let mut shared = ours
            .claim(&id(&format!("shared-{next}")))
            .expect("shared")
            .clone();
        shared.status = Some(status_of(round));
        ours.put(shared);
        save(&mut ours, &mut base);

        let after = (me + 2) % writers;
        let mut shared = ours
            .claim(&id(&format!("shared-{after}")))
            .expect("shared")
            .clone();
        shared.tags = vec![format!("w{me}r{round}")];
        ours.put(shared);
        save(&mut ours, &mut base);

        ours.put(claim(
            &format!("w{me}-scratch-{round}"),
            ByteSpan::new(62, 70),
            3,
        ));
        if round > 0 {
            ours.remove(&id(&format!("w{me}-scratch-{}", round - 1)));
        }
        save(&mut ours, &mut base);

        if round.is_multiple_of(3) {
            let mut reader = Sidecar::new(path);
            base = reader.read().expect("read").expect("exists");
            ours = base.clone();
        }
    }
}

/// Every record and field the writers made, as it must be; the problems found, if any.
fn check(path: &Path, writers: usize, rounds: usize) -> Vec<String> {
    let a = sidecar::read(path).expect("read").expect("exists");
    let mut lost = Vec::new();
    for me in 0..writers {
        for round in 0..rounds {
            let name = format!("w{me}-{round}");
            let Some(own) = a.claim(&id(&name)) else {
                lost.push(format!("{name} is gone"));
                continue;
            };
            let words: Vec<String> = [2 * round, 2 * round + 1]
                .into_iter()
                .filter(|&r| r < rounds)
                .map(|r| format!("r{r}"))
                .collect();
            for word in words {
                if !own.note.split_whitespace().any(|w| w == word) {
                    lost.push(format!("{name}: note word {word} lost"));
                }
            }
            if round + 1 < rounds && a.claim(&id(&format!("w{me}-scratch-{round}"))).is_some() {
                lost.push(format!(
                    "w{me}-scratch-{round} came back after its deletion"
                ));
            }
        }
        if a.claim(&id(&format!("w{me}-scratch-{}", rounds - 1)))
            .is_none()
        {
            lost.push(format!("w{me}'s last scratch claim is gone"));
        }
        let common = a.claim(&id("common")).expect("common");
        for round in 0..rounds {
            let word = format!("w{me}c{round}");
            if !common.note.split_whitespace().any(|w| w == word) {
                lost.push(format!("common: note word {word} lost"));
            }
        }
        let shared = a.claim(&id(&format!("shared-{me}"))).expect("shared");
        for round in 0..rounds {
            let word = format!("w{me}r{round}");
            if !shared.note.split_whitespace().any(|w| w == word) {
                lost.push(format!("shared-{me}: note word {word} lost"));
            }
        }
        let next = a
            .claim(&id(&format!("shared-{}", (me + 1) % writers)))
            .expect("shared");
        if next.status != Some(status_of(rounds - 1)) {
            lost.push(format!(
                "shared-{}: status {:?}",
                (me + 1) % writers,
                next.status
            ));
        }
        let after = a
            .claim(&id(&format!("shared-{}", (me + 2) % writers)))
            .expect("shared");
        if after.tags != [format!("w{me}r{}", rounds - 1)] {
            lost.push(format!(
                "shared-{}: tags {:?}",
                (me + 2) % writers,
                after.tags
            ));
        }
    }
    let expected = 1 + writers + writers * rounds + writers;
    if a.len() != expected {
        lost.push(format!("{} records, expected {expected}", a.len()));
    }
    lost
}

#[test]
fn writers_on_threads_hammering_one_sidecar_lose_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("a.txt.margin.ron");
    seed(&path, WRITERS);
    std::thread::scope(|scope| {
        for me in 0..WRITERS {
            let path = path.clone();
            scope.spawn(move || writer(&path, me, WRITERS, ROUNDS));
        }
    });
    let lost = check(&path, WRITERS, ROUNDS);
    assert!(lost.is_empty(), "{} lost: {lost:#?}", lost.len());
}

/// Runs one writer when started by the test below; does nothing in a normal test run.
#[test]
fn worker_process() {
    let Ok(spec) = std::env::var(WORKER) else {
        return;
    };
    let (me, path) = spec.split_once(':').expect("index:path");
    let me: usize = me.parse().expect("index");
    writer(Path::new(path), me, 3, ROUNDS);
}

#[test]
fn three_processes_writing_one_sidecar_lose_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path: PathBuf = dir.path().join("a.txt.margin.ron");
    seed(&path, 3);
    let exe = std::env::current_exe().expect("test binary");
    let children: Vec<_> = (0..3)
        .map(|me| {
            std::process::Command::new(&exe)
                .args(["--exact", "concurrency::worker_process", "--test-threads=1"])
                .env(WORKER, format!("{me}:{}", path.display()))
                .stdout(std::process::Stdio::null())
                .spawn()
                .expect("start a writer process")
        })
        .collect();
    for mut child in children {
        assert!(child.wait().expect("wait").success(), "a writer failed");
    }
    let lost = check(&path, 3, ROUNDS);
    assert!(lost.is_empty(), "{} lost: {lost:#?}", lost.len());
}
