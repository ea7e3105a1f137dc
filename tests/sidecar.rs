//! The sidecar on disk: round trips, determinism, bad files kept byte for byte, crash safety,
//! merging two writers, and permissions.

use margin::annotations::sidecar::{
    self, Sidecar, SidecarError, from_ron, to_ron, write_atomic_with,
};
use margin::annotations::{
    Anchor, AnnotationId, Annotations, Claim, Evidence, Highlight, MAX_TIMESTAMP, Relation, Status,
    Timestamp,
};
use margin::text::ByteSpan;
use proptest::prelude::*;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

const TEXT: &str = "Japan hinted at selling Treasuries. Prime Minister Shinzo Abe said the deal was worth $8 billion.";
const FIXTURES: &str = "tests/fixtures/sidecar";

fn fixture(name: &str) -> PathBuf {
    Path::new(FIXTURES).join(format!("{name}.margin.ron"))
}

/// A copy of fixture `name` in a fresh temporary folder.
fn copy_of(name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(format!("{name}.margin.ron"));
    fs::copy(fixture(name), &path).expect("copy fixture");
    (dir, path)
}

fn claim(id: &str, span: ByteSpan, at: u64) -> Claim {
    Claim::new(
        AnnotationId::from_string(id),
        Anchor::new(TEXT, span),
        Timestamp(at),
    )
}

#[test]
fn the_valid_fixture_is_exactly_what_to_ron_prints_for_it() {
    let source = fs::read_to_string(fixture("valid")).expect("fixture");
    let annotations = from_ron(&source).expect("parses");
    assert_eq!(to_ron(&annotations), source);
    assert_eq!(annotations.claims()[0].status, Some(Status::Disputed));
    assert_eq!(annotations.highlights()[0].tags, ["leverage"]);
}

#[test]
fn write_then_read_gives_the_same_annotations() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("nikkei.margin.ron");
    let mut a = Annotations::new("nikkei.txt", TEXT);
    a.put(claim("c1", ByteSpan::new(36, TEXT.len()), 100));
    let saved = sidecar::write(&path, &a, &[]).expect("write");
    assert_eq!(saved, a);
    assert_eq!(sidecar::read(&path).expect("read"), Some(a));
}

#[test]
fn a_missing_sidecar_reads_as_none() {
    let dir = tempfile::tempdir().expect("tempdir");
    assert_eq!(
        sidecar::read(&dir.path().join("none.margin.ron")).expect("read"),
        None
    );
}

#[test]
fn the_same_annotations_always_give_the_same_bytes() {
    let source = fs::read_to_string(fixture("valid")).expect("fixture");
    let a = from_ron(&source).expect("parses");
    let dir = tempfile::tempdir().expect("tempdir");
    let (one, two) = (
        dir.path().join("one.margin.ron"),
        dir.path().join("two.margin.ron"),
    );
    sidecar::write(&one, &a, &[]).expect("write one");
    sidecar::write(&two, &a.clone(), &[]).expect("write two");
    assert_eq!(fs::read(&one).expect("one"), fs::read(&two).expect("two"));
    assert_eq!(to_ron(&a), to_ron(&a));
}

/// (fixture, expected line, expected column, part of the message)
const BAD: &[(&str, usize, usize, &str)] = &[
    ("unterminated-string", 19, 18, "Expected comma"),
    ("missing-comma", 23, 13, "Expected comma"),
    ("misspelt-field", 9, 13, "`stauts`"),
    ("duplicate-id", 28, 17, "id 3f9a0c1b2d4e is used twice"),
    ("impossible-date", 39, 23, "no such date"),
    ("unknown-status", 9, 21, "`Maybe`"),
    ("not-utf8", 8, 17, "not valid UTF-8"),
    ("empty", 1, 1, "Expected opening `(`"),
];

#[test]
fn a_sidecar_that_does_not_parse_names_its_file_line_and_column() {
    for &(name, line, column, message) in BAD {
        let path = fixture(name);
        let err = sidecar::read(&path).expect_err(name);
        let text = err.to_string();
        let location = format!("{}:{line}:{column}: ", path.display());
        assert!(text.starts_with(&location), "{name}: {text}");
        assert!(text.contains(message), "{name}: {text}");
        assert!(err.is_unreadable_content(), "{name}");
    }
}

#[test]
fn a_sidecar_that_does_not_parse_is_never_overwritten() {
    let mut a = Annotations::new("nikkei-2025-05.txt", TEXT);
    a.put(claim("new", ByteSpan::new(0, 35), 1));
    for &(name, ..) in BAD.iter().chain(&[("unknown-version", 0, 0, "")]) {
        let (dir, path) = copy_of(name);
        let before = fs::read(&path).expect("read");
        let err = sidecar::write(&path, &a, &[]).expect_err(name);
        assert_eq!(err.file(), Some(path.as_path()), "{name}");
        assert_eq!(fs::read(&path).expect("read"), before, "{name} was changed");
        assert_eq!(
            fs::read_dir(dir.path()).expect("list").count(),
            1,
            "{name}: stray files"
        );
    }
}

#[test]
fn an_unknown_version_is_refused_with_a_clear_message() {
    let path = fixture("unknown-version");
    let err = sidecar::read(&path).expect_err("refused");
    assert!(matches!(
        err,
        SidecarError::UnsupportedVersion { found: 2, .. }
    ));
    let expected = format!(
        "{}:2: sidecar format version 2 is not supported",
        path.display()
    );
    assert!(err.to_string().starts_with(&expected), "{err}");
}

#[test]
fn a_crash_between_write_and_rename_leaves_the_old_file_and_no_temporary_file() {
    let (dir, path) = copy_of("valid");
    let before = fs::read(&path).expect("read");
    let crash = || Err(io::Error::other("power cut"));
    let err = write_atomic_with(&path, b"(version: 1, half written", crash).expect_err("failed");
    assert!(err.to_string().contains("power cut"), "{err}");
    assert_eq!(fs::read(&path).expect("read"), before);
    let names: Vec<_> = fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(names, ["valid.margin.ron"]);
}

#[test]
fn two_writers_from_the_same_file_both_keep_their_changes() {
    let (_dir, path) = copy_of("valid");
    let loaded = sidecar::read(&path).expect("read").expect("exists");
    let (mut first, mut second) = (loaded.clone(), loaded);
    first.put(claim("first", ByteSpan::new(0, 35), 200));
    second.put(claim("second", ByteSpan::new(36, 61), 201));
    let after_first = sidecar::write(&path, &first, &[]).expect("first write");
    assert_eq!(after_first.len(), 3);
    let after_second = sidecar::write(&path, &second, &[]).expect("second write");
    let on_disk = sidecar::read(&path).expect("read").expect("exists");
    assert_eq!(after_second, on_disk);
    for id in ["first", "second", "3f9a0c1b2d4e", "a71c09e4b2f0"] {
        assert!(
            on_disk.get(&AnnotationId::from_string(id)).is_some(),
            "{id} lost"
        );
    }
}

#[test]
fn the_newer_edit_of_the_same_record_wins_the_merge() {
    let (_dir, path) = copy_of("valid");
    let loaded = sidecar::read(&path).expect("read").expect("exists");
    let id = AnnotationId::from_string("3f9a0c1b2d4e");
    let (mut stale, mut fresh) = (loaded.clone(), loaded);
    let mut newer = fresh.claim(&id).expect("claim").clone();
    newer.status = Some(Status::Verified);
    newer.updated = Timestamp(1_900_000_000);
    fresh.put(newer);
    sidecar::write(&path, &fresh, &[]).expect("fresh write");
    let mut older = stale.claim(&id).expect("claim").clone();
    older.note = "an edit from before".into();
    older.updated = Timestamp(1_800_000_000);
    stale.put(older);
    let merged = sidecar::write(&path, &stale, &[]).expect("stale write");
    assert_eq!(
        merged.claim(&id).expect("claim").status,
        Some(Status::Verified)
    );
}

#[test]
fn removing_a_record_is_not_undone_by_the_merge() {
    let (_dir, path) = copy_of("valid");
    let mut a = sidecar::read(&path).expect("read").expect("exists");
    let id = AnnotationId::from_string("a71c09e4b2f0");
    a.remove(&id).expect("was there");
    let saved = sidecar::write(&path, &a, std::slice::from_ref(&id)).expect("write");
    assert!(saved.get(&id).is_none());
    let on_disk = sidecar::read(&path).expect("read").expect("exists");
    assert!(on_disk.get(&id).is_none());
    assert_eq!(on_disk.len(), 1);
}

#[test]
fn a_held_sidecar_still_merges_what_another_writer_saved_in_between() {
    let (_dir, path) = copy_of("valid");
    let mut held = Sidecar::new(&path);
    let mut mine = held.read().expect("read").expect("exists");
    mine.put(claim("mine", ByteSpan::new(0, 35), 300));
    held.write(&mine, &[]).expect("first save");

    let mut theirs = sidecar::read(&path).expect("read").expect("exists");
    theirs.put(claim("theirs", ByteSpan::new(36, 61), 301));
    sidecar::write(&path, &theirs, &[]).expect("their save");

    mine.put(claim("mine-too", ByteSpan::new(62, 70), 302));
    let saved = held.write(&mine, &[]).expect("second save");
    for id in ["mine", "mine-too", "theirs"] {
        assert!(
            saved.get(&AnnotationId::from_string(id)).is_some(),
            "{id} lost"
        );
    }
    assert_eq!(sidecar::read(&path).expect("read"), Some(saved));
}

#[test]
fn a_held_sidecar_recreates_a_file_deleted_behind_its_back() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("a.margin.ron");
    let mut held = Sidecar::new(&path);
    let mut a = Annotations::new("a.txt", TEXT);
    a.put(claim("c", ByteSpan::new(0, 35), 1));
    held.write(&a, &[]).expect("save");
    fs::remove_file(&path).expect("delete");
    held.write(&a, &[]).expect("save again");
    assert_eq!(sidecar::read(&path).expect("read"), Some(a));
}

#[cfg(unix)]
#[test]
fn saving_keeps_the_files_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let (_dir, path) = copy_of("valid");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).expect("chmod");
    let mut a = sidecar::read(&path).expect("read").expect("exists");
    a.put(claim("c", ByteSpan::new(0, 35), 5));
    sidecar::write(&path, &a, &[]).expect("write");
    let mode = fs::metadata(&path).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
}

#[cfg(unix)]
#[test]
fn saving_through_a_symlinked_sidecar_updates_its_target() {
    let (dir, real) = copy_of("valid");
    let link = dir.path().join("link.margin.ron");
    std::os::unix::fs::symlink(&real, &link).expect("symlink");
    let mut a = sidecar::read(&link).expect("read").expect("exists");
    a.put(claim("c", ByteSpan::new(0, 35), 5));
    sidecar::write(&link, &a, &[]).expect("write");
    assert!(
        fs::symlink_metadata(&link)
            .expect("meta")
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        sidecar::read(&real).expect("read").expect("exists").len(),
        3
    );
}

fn any_text() -> impl Strategy<Value = String> {
    let chars = prop_oneof![
        4 => prop::char::range('a', 'z'),
        1 => prop::sample::select(vec![
            ' ', '"', '\\', '\n', '\r', '\t', '\'', '#', '(', ')', ',', '\u{0}', '\u{1b}', '\u{7f}',
            '\u{9b}', '\u{202e}', '\u{301}', 'é', '日', '本', '語', '😀', '👩', '\u{200d}', '💻', '¥',
        ]),
        1 => any::<char>(),
    ];
    prop::collection::vec(chars, 0..24).prop_map(|c| c.into_iter().collect())
}

fn any_anchor() -> impl Strategy<Value = Anchor> {
    (
        0usize..100_000,
        0usize..100_000,
        any_text(),
        any_text(),
        any_text(),
    )
        .prop_map(|(start, end, quote, prefix, suffix)| Anchor {
            span: ByteSpan::new(start, end),
            quote,
            prefix,
            suffix,
        })
}

fn any_time() -> impl Strategy<Value = Timestamp> {
    (0..=MAX_TIMESTAMP.0).prop_map(Timestamp)
}

fn any_claim() -> impl Strategy<Value = Claim> {
    let evidence =
        (any_text(), any::<bool>(), any_anchor()).prop_map(|(article, supports, anchor)| {
            Evidence {
                article,
                relation: if supports {
                    Relation::Supports
                } else {
                    Relation::Contradicts
                },
                anchor,
            }
        });
    let status = prop::option::of(prop::sample::select(vec![
        Status::Verified,
        Status::Disputed,
    ]));
    (
        any_text(),
        status,
        any_anchor(),
        any_text(),
        prop::collection::vec(any_text(), 0..3),
        prop::collection::vec(evidence, 0..3),
        any_time(),
        any_time(),
    )
        .prop_map(
            |(id, status, anchor, note, tags, evidence, created, updated)| Claim {
                id: AnnotationId::from_string(id),
                status,
                anchor,
                note,
                tags,
                evidence,
                created,
                updated,
            },
        )
}

fn any_highlight() -> impl Strategy<Value = Highlight> {
    (
        any_text(),
        any_anchor(),
        any_text(),
        prop::collection::vec(any_text(), 0..3),
        any_time(),
        any_time(),
    )
        .prop_map(|(id, anchor, note, tags, created, updated)| Highlight {
            id: AnnotationId::from_string(id),
            anchor,
            note,
            tags,
            created,
            updated,
        })
}

fn any_annotations() -> impl Strategy<Value = Annotations> {
    (
        any_text(),
        any_text(),
        prop::collection::vec(any_claim(), 0..4),
        prop::collection::vec(any_highlight(), 0..4),
    )
        .prop_map(|(article, hash, claims, highlights)| {
            let mut a = Annotations::with_hash(article, hash);
            claims.into_iter().for_each(|c| drop(a.put(c)));
            highlights.into_iter().for_each(|h| drop(a.put(h)));
            a
        })
}

proptest! {
    #[test]
    fn from_ron_of_to_ron_is_the_identity(a in any_annotations()) {
        let text = to_ron(&a);
        prop_assert_eq!(from_ron(&text).map_err(|e| e.to_string()), Ok(a));
    }

    #[test]
    fn every_string_in_a_sidecar_is_escaped_onto_its_own_line(a in any_annotations()) {
        let text = to_ron(&a);
        prop_assert!(text.chars().all(|c| c == '\n' || !c.is_control()));
        for line in text.lines() {
            let line = line.trim_start();
            let field = line.split_once(':').is_some_and(|(name, _)| {
                !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_' || b.is_ascii_digit())
            });
            prop_assert!(field || line.starts_with(['(', ')', ']', '"']), "stray line {:?}", line);
        }
    }
}
