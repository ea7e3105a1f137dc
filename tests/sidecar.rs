//! The sidecar on disk: round trips, determinism, bad files kept byte for byte, crash safety,
//! merging concurrent writers (threads and processes), old names and versions, permissions,
//! symlinks and temporary files.

#[path = "sidecar/concurrency.rs"]
mod concurrency;
#[path = "sidecar/files.rs"]
mod files;

use margin::annotations::sidecar::{
    self, Sidecar, SidecarError, from_ron, to_ron, write_atomic_with,
};
use margin::annotations::{
    Anchor, AnnotationId, Annotations, Claim, ClaimStamps, Evidence, Highlight, HighlightStamps,
    MAX_TIMESTAMP, Relation, Stamp, Status, Timestamp,
};
use margin::text::ByteSpan;
use proptest::prelude::*;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

pub(crate) const TEXT: &str = "Japan hinted at selling Treasuries. Prime Minister Shinzo Abe said the deal was worth $8 billion.";
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

pub(crate) fn claim(id: &str, span: ByteSpan, at: u64) -> Claim {
    Claim::new(
        AnnotationId::from_string(id),
        Anchor::new(TEXT, span),
        Timestamp(at),
    )
}

/// Nothing read yet: the base of a first save.
fn nothing() -> Annotations {
    Annotations::new("nikkei-2025-05.txt", TEXT)
}

/// `a` without its stamps, to compare contents.
fn unstamped(a: &Annotations) -> Annotations {
    let records = a.records().map(|mut r| {
        match &mut r {
            margin::annotations::Record::Claim(c) => c.stamps = ClaimStamps::default(),
            margin::annotations::Record::Highlight(h) => h.stamps = HighlightStamps::default(),
        }
        r
    });
    Annotations::from_records(a.article(), a.text_sha256(), records).expect("unique ids")
}

#[test]
fn the_valid_fixture_is_exactly_what_to_ron_prints_for_it() {
    let source = fs::read_to_string(fixture("valid-v2")).expect("fixture");
    let annotations = from_ron(&source).expect("parses");
    assert_eq!(to_ron(&annotations), source);
    assert_eq!(annotations.claims()[0].status, Some(Status::Disputed));
    assert_eq!(annotations.highlights()[0].tags, ["leverage"]);
}

#[test]
fn a_version_1_sidecar_still_reads_and_is_rewritten_as_version_2_on_save() {
    let (_dir, path) = copy_of("valid");
    let v1 = fs::read_to_string(&path).expect("read");
    assert!(v1.contains("version: 1,") && !v1.contains("stamps"));
    let loaded = sidecar::read(&path).expect("read").expect("exists");
    let v2 = from_ron(&fs::read_to_string(fixture("valid-v2")).expect("v2")).expect("v2");
    assert_eq!(loaded, v2);
    let mut edited = loaded.clone();
    edited.put(claim("c", ByteSpan::new(0, 35), 5));
    sidecar::write(&path, &edited, &loaded).expect("write");
    let text = fs::read_to_string(&path).expect("read");
    assert!(
        text.contains("version: 2,") && text.contains("stamps: ("),
        "{text}"
    );
    assert_eq!(
        sidecar::read(&path).expect("read").expect("exists").len(),
        3
    );
}

#[test]
fn a_byte_order_mark_at_the_start_of_a_sidecar_is_accepted() {
    let (_dir, path) = copy_of("valid");
    let text = fs::read_to_string(&path).expect("read");
    fs::write(&path, format!("\u{feff}{text}")).expect("write");
    assert_eq!(
        sidecar::read(&path).expect("read").expect("exists").len(),
        2
    );
}

#[test]
fn write_then_read_gives_the_same_annotations() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("nikkei.txt.margin.ron");
    let mut a = Annotations::new("nikkei.txt", TEXT);
    a.put(claim("c1", ByteSpan::new(36, TEXT.len()), 100));
    let saved = sidecar::write(&path, &a, &nothing()).expect("write");
    assert_eq!(unstamped(&saved), a);
    assert!(!saved.claims()[0].stamps.latest().is_zero());
    assert_eq!(sidecar::read(&path).expect("read"), Some(saved));
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
    sidecar::write(&one, &a, &a).expect("write one");
    sidecar::write(&two, &a.clone(), &a).expect("write two");
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
        let err = sidecar::write(&path, &a, &nothing()).expect_err(name);
        assert_eq!(err.file(), Some(path.as_path()), "{name}");
        assert_eq!(fs::read(&path).expect("read"), before, "{name} was changed");
        let names: Vec<_> = fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .filter(|n| n != sidecar::LOCK_FILE)
            .collect();
        assert_eq!(names.len(), 1, "{name}: stray files {names:?}");
    }
}

#[test]
fn an_unknown_version_is_refused_with_a_clear_message() {
    let path = fixture("unknown-version");
    let err = sidecar::read(&path).expect_err("refused");
    assert!(matches!(
        err,
        SidecarError::UnsupportedVersion { found: 3, .. }
    ));
    let expected = format!(
        "{}:2: sidecar format version 3 is not supported",
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
    let (mut first, mut second) = (loaded.clone(), loaded.clone());
    first.put(claim("first", ByteSpan::new(0, 35), 200));
    second.put(claim("second", ByteSpan::new(36, 61), 201));
    let after_first = sidecar::write(&path, &first, &loaded).expect("first write");
    assert_eq!(after_first.len(), 3);
    let after_second = sidecar::write(&path, &second, &loaded).expect("second write");
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
fn a_stale_copy_never_reverts_a_newer_edit_even_within_the_same_second() {
    let (_dir, path) = copy_of("valid");
    let loaded = sidecar::read(&path).expect("read").expect("exists");
    let id = AnnotationId::from_string("3f9a0c1b2d4e");
    // Writer A changes the note; writer B, which never saw that, then saves something else.
    let mut a = loaded.clone();
    let mut edited = a.claim(&id).expect("claim").clone();
    edited.note = "A's note".into();
    a.put(edited);
    sidecar::write(&path, &a, &loaded).expect("A saves");
    let mut b = loaded.clone();
    b.put(claim("b", ByteSpan::new(0, 35), 1));
    let merged = sidecar::write(&path, &b, &loaded).expect("B saves");
    assert_eq!(merged.claim(&id).expect("claim").note, "A's note");
    // The later of two edits of one field wins, with the same `updated` second.
    let mut later = merged.clone();
    let mut edited = later.claim(&id).expect("claim").clone();
    edited.note = "B's later note".into();
    later.put(edited);
    sidecar::write(&path, &later, &merged).expect("B edits");
    let stale = sidecar::write(&path, &a, &a).expect("A saves its stale copy");
    assert_eq!(stale.claim(&id).expect("claim").note, "B's later note");
}

#[test]
fn concurrent_edits_of_different_fields_of_one_claim_are_both_kept() {
    let (_dir, path) = copy_of("valid");
    let loaded = sidecar::read(&path).expect("read").expect("exists");
    let id = AnnotationId::from_string("3f9a0c1b2d4e");
    let (mut a, mut b) = (loaded.clone(), loaded.clone());
    let mut status = a.claim(&id).expect("claim").clone();
    status.status = Some(Status::Verified);
    a.put(status);
    let mut note = b.claim(&id).expect("claim").clone();
    note.note = "B's note".into();
    b.put(note);
    sidecar::write(&path, &a, &loaded).expect("A saves");
    let merged = sidecar::write(&path, &b, &loaded).expect("B saves");
    let claim = merged.claim(&id).expect("claim");
    assert_eq!(
        (claim.status, claim.note.as_str()),
        (Some(Status::Verified), "B's note")
    );
}

#[test]
fn a_deletion_is_kept_as_a_tombstone_that_stale_copies_cannot_undo() {
    let (_dir, path) = copy_of("valid");
    let loaded = sidecar::read(&path).expect("read").expect("exists");
    let id = AnnotationId::from_string("a71c09e4b2f0");
    let mut a = loaded.clone();
    a.remove(&id).expect("was there");
    let saved = sidecar::write(&path, &a, &loaded).expect("write");
    assert!(saved.get(&id).is_none());
    let text = fs::read_to_string(&path).expect("read");
    assert!(
        text.contains("removed: [") && text.contains("a71c09e4b2f0"),
        "{text}"
    );
    // Another writer still holding the highlight (unchanged) saves: it stays deleted.
    let mut other = loaded.clone();
    other.put(claim("other", ByteSpan::new(0, 35), 9));
    let merged = sidecar::write(&path, &other, &loaded).expect("other saves");
    assert!(merged.get(&id).is_none());
    assert_eq!(merged.len(), 2);
    // An edit of the highlight made after the deletion is not erased by it.
    let mut late = loaded.clone();
    let mut highlight = late.highlight(&id).expect("there").clone();
    highlight.note = "still wanted".into();
    late.put(highlight);
    let merged = sidecar::write(&path, &late, &loaded).expect("late edit");
    assert_eq!(merged.highlight(&id).expect("back").note, "still wanted");
}

#[test]
fn a_held_sidecar_still_merges_what_another_writer_saved_in_between() {
    let (_dir, path) = copy_of("valid");
    let mut held = Sidecar::new(&path);
    let base = held.read().expect("read").expect("exists");
    let mut mine = base.clone();
    mine.put(claim("mine", ByteSpan::new(0, 35), 300));
    let base = held.write(&mine, &base).expect("first save");

    let theirs_base = sidecar::read(&path).expect("read").expect("exists");
    let mut theirs = theirs_base.clone();
    theirs.put(claim("theirs", ByteSpan::new(36, 61), 301));
    sidecar::write(&path, &theirs, &theirs_base).expect("their save");

    let mut mine = base.clone();
    mine.put(claim("mine-too", ByteSpan::new(62, 70), 302));
    let saved = held.write(&mine, &base).expect("second save");
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
    let path = dir.path().join("a.txt.margin.ron");
    let mut held = Sidecar::new(&path);
    let mut a = Annotations::new("a.txt", TEXT);
    a.put(claim("c", ByteSpan::new(0, 35), 1));
    let saved = held
        .write(&a, &Annotations::new("a.txt", TEXT))
        .expect("save");
    fs::remove_file(&path).expect("delete");
    held.write(&saved, &Annotations::new("a.txt", TEXT))
        .expect("save again");
    assert_eq!(
        sidecar::read(&path).expect("read").map(|a| unstamped(&a)),
        Some(a)
    );
}

#[test]
fn the_legacy_name_is_read_and_moved_on_the_first_save_without_losing_a_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let legacy = dir.path().join("nikkei.margin.ron");
    fs::copy(fixture("valid"), &legacy).expect("copy");
    let path = dir.path().join("nikkei.txt.margin.ron");
    let mut held = Sidecar::new(&path).with_legacy(Some(legacy.clone()));
    let base = held.read().expect("read").expect("from the legacy file");
    assert_eq!(base.len(), 2);
    let mut mine = base.clone();
    mine.put(claim("new", ByteSpan::new(0, 35), 1));
    held.write(&mine, &base).expect("save");
    assert!(!legacy.exists(), "the legacy file is moved");
    assert_eq!(
        sidecar::read(&path).expect("read").expect("exists").len(),
        3
    );

    // A file already at the new name is never replaced by the legacy one.
    fs::copy(fixture("valid"), &legacy).expect("copy");
    let mut held = Sidecar::new(&path).with_legacy(Some(legacy.clone()));
    let base = held.read().expect("read").expect("exists");
    assert_eq!(base.len(), 3);
    held.write(&base, &base).expect("save");
    assert!(legacy.exists());
    assert_eq!(
        sidecar::read(&path).expect("read").expect("exists").len(),
        3
    );
}

#[cfg(unix)]
#[test]
fn saving_keeps_the_files_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let (_dir, path) = copy_of("valid");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).expect("chmod");
    let loaded = sidecar::read(&path).expect("read").expect("exists");
    let mut a = loaded.clone();
    a.put(claim("c", ByteSpan::new(0, 35), 5));
    sidecar::write(&path, &a, &loaded).expect("write");
    let mode = fs::metadata(&path).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
}

#[cfg(unix)]
#[test]
fn a_new_sidecar_gets_its_permissions_from_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("a.txt.margin.ron");
    let mut a = nothing();
    a.put(claim("c", ByteSpan::new(0, 35), 5));
    sidecar::write(&path, &a, &nothing()).expect("write");
    // What the process's umask leaves of 0666, as an editor's new file: ask the system by
    // creating a plain file the same way.
    let plain = dir.path().join("plain");
    fs::write(&plain, b"").expect("plain");
    let expected = fs::metadata(&plain).expect("meta").permissions().mode() & 0o777;
    let mode = fs::metadata(&path).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode, expected);
}

#[cfg(unix)]
#[test]
fn a_symlinked_sidecar_is_never_written_through() {
    let (dir, real) = copy_of("valid");
    let before = fs::read(&real).expect("read");
    let outside = tempfile::tempdir().expect("outside");
    let cases = [
        ("absolute.margin.ron", real.clone()),
        ("relative.margin.ron", PathBuf::from("valid.margin.ron")),
        ("dangling.margin.ron", outside.path().join("x.sh")),
        ("parent.margin.ron", PathBuf::from("../x.sh")),
    ];
    for (name, target) in cases {
        let link = dir.path().join(name);
        std::os::unix::fs::symlink(&target, &link).expect("symlink");
        let mut a = nothing();
        a.put(claim("c", ByteSpan::new(0, 35), 5));
        let err = sidecar::write(&link, &a, &nothing()).expect_err(name);
        assert!(matches!(err, SidecarError::Symlink { .. }), "{name}: {err}");
        assert!(err.to_string().contains(name), "{err}");
        assert!(
            fs::symlink_metadata(&link)
                .expect("meta")
                .file_type()
                .is_symlink(),
            "{name}"
        );
    }
    assert_eq!(fs::read(&real).expect("read"), before);
    assert!(!outside.path().join("x.sh").exists());
    assert!(!dir.path().parent().expect("parent").join("x.sh").exists());
    // No temporary file is left anywhere.
    let stray: Vec<_> = fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(stray.is_empty(), "{stray:?}");
    assert_eq!(fs::read_dir(outside.path()).expect("list").count(), 0);
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

fn any_stamp() -> impl Strategy<Value = Stamp> {
    (0..=MAX_TIMESTAMP.0 * 1000, any::<u32>(), 1..=u32::MAX).prop_map(
        |(millis, counter, replica)| Stamp {
            millis,
            counter,
            replica,
        },
    )
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
        (any_time(), any_time(), any_stamp(), any_text()),
    )
        .prop_map(
            |(id, status, anchor, note, tags, evidence, (created, updated, stamp, author))| Claim {
                id: AnnotationId::from_string(id),
                status,
                anchor,
                note,
                tags,
                evidence,
                author,
                created,
                updated,
                stamps: ClaimStamps {
                    note: Stamp {
                        counter: 1,
                        ..stamp
                    },
                    ..ClaimStamps::all(stamp)
                },
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
        (any_stamp(), any_text()),
    )
        .prop_map(
            |(id, anchor, note, tags, created, updated, (stamp, author))| Highlight {
                id: AnnotationId::from_string(id),
                anchor,
                note,
                tags,
                author,
                created,
                updated,
                stamps: HighlightStamps::all(stamp),
            },
        )
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
