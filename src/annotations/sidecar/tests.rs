use super::*;
use crate::annotations::tests::{claim_on, highlight_on};
use crate::annotations::{
    Anchor, AnnotationId, ClaimStamps, Evidence, HighlightStamps, Relation, Stamp, Status,
    Timestamp,
};
use crate::text::ByteSpan;

const TEXT: &str = "Japan hinted at selling Treasuries. Prime Minister Shinzo Abe said the deal was worth $8 billion.";

pub(crate) fn sample() -> Annotations {
    let mut a = Annotations::new("nikkei-2025-05.txt", TEXT);
    let mut claim = claim_on(
        TEXT,
        ByteSpan::new(36, TEXT.len()),
        "3f9a0c1b2d4e",
        1_795_611_845,
    );
    claim.status = Some(Status::Disputed);
    claim.note = "Abe left office in 2020; \"Ishiba\" in other reports.".into();
    claim.tags = vec!["error".into(), "people".into()];
    let other = "Prime Minister Shigeru Ishiba met the delegation.";
    claim.evidence.push(Evidence {
        article: "kyodo-2025-05.txt".into(),
        relation: Relation::Contradicts,
        anchor: Anchor::new(other, ByteSpan::new(0, other.len())),
    });
    claim.author = "Ana Lima".into();
    claim.updated = Timestamp(1_795_612_000);
    claim.stamps = ClaimStamps::all(stamp(1_795_611_845_120, 0, 0x7c3e_91d2));
    claim.stamps.note = stamp(1_795_612_000_310, 0, 0x7c3e_91d2);
    a.put(claim);
    let mut highlight = highlight_on(TEXT, ByteSpan::new(6, 34), "a71c09e4b2f0", 1_795_611_900);
    highlight.tags = vec!["leverage".into()];
    highlight.author = "Ben Ode".into();
    highlight.stamps = HighlightStamps::all(stamp(1_795_611_900_005, 0, 0x7c3e_91d2));
    a.put(highlight);
    a
}

fn stamp(millis: u64, counter: u32, replica: u32) -> Stamp {
    Stamp {
        millis,
        counter,
        replica,
    }
}

#[test]
fn to_ron_prints_one_record_per_annotation_in_the_documented_format() {
    insta::assert_snapshot!(to_ron(&sample()), @r#"
    (
        version: 2,
        article: "nikkei-2025-05.txt",
        text_sha256: "9885241e4ce6345c9ddfc8d384e873f1759a6a1d3403b3f587126657eddc2ba3",
        offsets: "bytes",
        claims: [
            (
                id: "3f9a0c1b2d4e",
                status: Disputed,
                anchor: (
                    start: 36,
                    end: 97,
                    prefix: "n hinted at selling Treasuries. ",
                    quote: "Prime Minister Shinzo Abe said the deal was worth $8 billion.",
                    suffix: "",
                ),
                note: "Abe left office in 2020; \"Ishiba\" in other reports.",
                tags: [
                    "error",
                    "people",
                ],
                evidence: [
                    (
                        article: "kyodo-2025-05.txt",
                        relation: Contradicts,
                        anchor: (
                            start: 0,
                            end: 49,
                            prefix: "",
                            quote: "Prime Minister Shigeru Ishiba met the delegation.",
                            suffix: "",
                        ),
                    ),
                ],
                author: "Ana Lima",
                created: "2026-11-25T13:04:05Z",
                updated: "2026-11-25T13:06:40Z",
                stamps: (
                    status: "2026-11-25T13:04:05.120Z 0 7c3e91d2",
                    anchor: "2026-11-25T13:04:05.120Z 0 7c3e91d2",
                    note: "2026-11-25T13:06:40.310Z 0 7c3e91d2",
                    tags: "2026-11-25T13:04:05.120Z 0 7c3e91d2",
                    evidence: "2026-11-25T13:04:05.120Z 0 7c3e91d2",
                    author: "2026-11-25T13:04:05.120Z 0 7c3e91d2",
                ),
            ),
        ],
        highlights: [
            (
                id: "a71c09e4b2f0",
                anchor: (
                    start: 6,
                    end: 34,
                    prefix: "Japan ",
                    quote: "hinted at selling Treasuries",
                    suffix: ". Prime Minister Shinzo Abe said",
                ),
                tags: [
                    "leverage",
                ],
                author: "Ben Ode",
                created: "2026-11-25T13:05:00Z",
                updated: "2026-11-25T13:05:00Z",
                stamps: (
                    anchor: "2026-11-25T13:05:00.005Z 0 7c3e91d2",
                    note: "2026-11-25T13:05:00.005Z 0 7c3e91d2",
                    tags: "2026-11-25T13:05:00.005Z 0 7c3e91d2",
                    author: "2026-11-25T13:05:00.005Z 0 7c3e91d2",
                ),
            ),
        ],
        removed: [],
    )
    "#);
}

#[test]
fn from_ron_reads_back_what_to_ron_wrote() {
    let a = sample();
    assert_eq!(from_ron(&to_ron(&a)).expect("parses"), a);
}

fn parse_error(source: &str) -> (usize, usize, String) {
    match from_ron(source) {
        Err(SidecarError::Parse {
            line,
            column,
            message,
            ..
        }) => (line, column, message),
        other => panic!("expected a parse error, got {other:?}"),
    }
}

#[test]
fn an_unknown_version_is_refused_with_a_clear_message() {
    let text = to_ron(&sample()).replace("version: 2,", "version: 3,");
    let err = from_ron(&text).expect_err("refused");
    assert!(matches!(
        err,
        SidecarError::UnsupportedVersion {
            found: 3,
            line: 2,
            ..
        }
    ));
    assert!(
        err.to_string().contains("version 3 is not supported"),
        "{err}"
    );
}

#[test]
fn a_future_version_with_new_fields_is_still_reported_as_a_version_problem() {
    let text = to_ron(&sample())
        .replace("version: 2,", "version: 3,")
        .replace(
            "offsets: \"bytes\",",
            "offsets: \"bytes\",\n    colour: \"red\",",
        );
    assert!(matches!(
        from_ron(&text),
        Err(SidecarError::UnsupportedVersion { found: 3, .. })
    ));
}

#[test]
fn offsets_in_another_unit_are_refused() {
    let text = to_ron(&sample()).replace("offsets: \"bytes\"", "offsets: \"utf16\"");
    let (line, column, message) = parse_error(&text);
    assert_eq!((line, column), (5, 5));
    assert!(message.contains("utf16"), "{message}");
}

#[test]
fn a_duplicate_id_is_refused_at_its_second_occurrence() {
    let text = to_ron(&sample()).replace("a71c09e4b2f0", "3f9a0c1b2d4e");
    let (line, _, message) = parse_error(&text);
    assert_eq!(line, 50);
    assert!(message.contains("3f9a0c1b2d4e is used twice"), "{message}");
}

#[test]
fn a_misspelt_field_is_refused_with_its_line() {
    let text = to_ron(&sample()).replace("status: Disputed", "stauts: Disputed");
    let (line, _, message) = parse_error(&text);
    assert_eq!(line, 9);
    assert!(message.contains("stauts"), "{message}");
}

#[test]
fn records_out_of_order_in_the_file_are_sorted_on_reading() {
    let mut text = to_ron(&sample());
    // Swap the claim's start with a later one by hand.
    text = text.replacen("start: 36", "start: 1", 1);
    let a = from_ron(&text).expect("parses");
    assert_eq!(a.claims()[0].anchor.span.start, 1);
    assert_eq!(to_ron(&from_ron(&to_ron(&a)).expect("parses")), to_ron(&a));
}

#[test]
fn a_sidecar_without_records_is_valid() {
    let a = Annotations::new("empty.txt", "");
    let text = to_ron(&a);
    assert!(text.contains("claims: [],"), "{text}");
    assert_eq!(from_ron(&text).expect("parses"), a);
}

#[test]
fn sidecar_path_puts_the_whole_file_name_before_margin_ron() {
    assert_eq!(
        sidecar_path(Path::new("corpus/nikkei.txt")),
        Path::new("corpus/nikkei.txt.margin.ron")
    );
    assert_eq!(
        sidecar_path(Path::new("notes.v2.md")),
        Path::new("notes.v2.md.margin.ron")
    );
    assert_eq!(
        sidecar_path(Path::new("README")),
        Path::new("README.margin.ron")
    );
    // report.txt and report.md no longer share one file; the old name is still known.
    assert_ne!(
        sidecar_path(Path::new("report.txt")),
        sidecar_path(Path::new("report.md"))
    );
    assert_eq!(
        legacy_sidecar_path(Path::new("corpus/report.md")),
        Path::new("corpus/report.margin.ron")
    );
}

#[test]
fn a_byte_order_mark_before_a_sidecar_is_accepted() {
    let text = format!("\u{feff}{}", to_ron(&sample()));
    assert_eq!(from_ron(&text).expect("parses"), sample());
}

#[test]
fn a_version_1_sidecar_reads_with_stamps_from_its_updated_times() {
    let v1 = to_ron(&sample())
        .replace("version: 2,", "version: 1,")
        .replace("        removed: [],\n", "");
    let v1: String = v1
        .split_inclusive('\n')
        .scan(false, |in_stamps, line| {
            let t = line.trim();
            let keep = !*in_stamps && t != "stamps: (";
            if t == "stamps: (" {
                *in_stamps = true;
            } else if *in_stamps && t == ")," {
                *in_stamps = false;
            }
            Some(if keep { line } else { "" })
        })
        .collect();
    assert!(!v1.contains("stamps") && v1.contains("version: 1"), "{v1}");
    let a = from_ron(&v1).expect("parses");
    let claim = &a.claims()[0];
    let expected = ClaimStamps {
        author: Stamp::default(),
        ..ClaimStamps::all(Stamp::from_seconds(claim.updated))
    };
    assert_eq!(claim.stamps, expected, "no author was kept then");
    assert!(to_ron(&a).contains("version: 2"));
}

fn at(millis: u64, replica: u32) -> Stamp {
    stamp(millis, 0, replica)
}

#[test]
fn local_changes_stamp_only_the_fields_that_changed_and_the_deletions() {
    let base = sample();
    let mut ours = base.clone();
    let mut claim = ours.claims()[0].clone();
    claim.status = Some(Status::Verified);
    ours.put(claim);
    ours.remove(&AnnotationId::from_string("a71c09e4b2f0"));
    let now = at(1_900_000_000_000, 9);
    let state = local_changes(&ours, &base, now);
    let stamps = state.annotations.claims()[0].stamps;
    assert_eq!(stamps.status, now);
    assert_eq!(stamps.note, base.claims()[0].stamps.note);
    assert_eq!(
        state
            .removed
            .get(&AnnotationId::from_string("a71c09e4b2f0")),
        Some(&now)
    );
}

#[test]
fn concurrent_edits_of_different_fields_of_one_record_are_both_kept() {
    let base = sample();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    let mut claim = mine.claims()[0].clone();
    claim.status = Some(Status::Verified);
    mine.put(claim);
    let mut claim = theirs.claims()[0].clone();
    claim.note = "theirs".into();
    theirs.put(claim);
    // Same millisecond, two replicas: both edits survive, in either order of merging.
    let a = local_changes(&mine, &base, at(2_000_000_000_000, 1));
    let b = local_changes(&theirs, &base, at(2_000_000_000_000, 2));
    for merged in [join(&a, &b), join(&b, &a)] {
        let claim = &merged.annotations.claims()[0];
        assert_eq!(claim.status, Some(Status::Verified));
        assert_eq!(claim.note, "theirs");
    }
    assert_eq!(join(&a, &b).annotations, join(&b, &a).annotations);
}

#[test]
fn a_deletion_beats_older_copies_and_loses_to_a_later_edit() {
    let base = sample();
    let id = AnnotationId::from_string("a71c09e4b2f0");
    let mut deleted = base.clone();
    deleted.remove(&id);
    let deletion = local_changes(&deleted, &base, at(3_000_000_000_000, 1));
    // A stale copy (unchanged since the base) does not bring it back.
    let stale = State::of(base.clone());
    assert!(join(&deletion, &stale).annotations.get(&id).is_none());
    assert!(join(&stale, &deletion).annotations.get(&id).is_none());
    // An edit made after the deletion is not erased by it.
    let mut edited = base.clone();
    let mut highlight = edited.highlight(&id).expect("there").clone();
    highlight.note = "kept".into();
    edited.put(highlight);
    let edit = local_changes(&edited, &base, at(3_000_000_000_001, 2));
    let merged = join(&deletion, &edit);
    assert_eq!(
        merged.annotations.highlight(&id).expect("kept").note,
        "kept"
    );
    assert!(merged.removed.is_empty());
    // The deletion is written out, and reads back.
    let text = to_ron_state(&deletion);
    assert!(text.contains("removed: ["), "{text}");
    assert_eq!(from_ron_state(&text).expect("parses"), deletion);
}

#[test]
fn three_writers_appending_to_one_note_from_the_same_base_keep_every_word() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("nikkei-2025-05.txt.margin.ron");
    let base = sample();
    write(&path, &base, &base).expect("first save");
    // Each writer saw the same file, then appended its word and saved, one after another.
    for word in ["first", "second", "third"] {
        let mut ours = base.clone();
        let mut claim = ours.claims()[0].clone();
        claim.note.push_str(&format!(" {word}"));
        claim.tags.push(word.to_owned());
        ours.put(claim);
        write(&path, &ours, &base).expect("save");
    }
    let saved = read(&path).expect("parses").expect("exists");
    let claim = &saved.claims()[0];
    for word in ["first", "second", "third"] {
        assert!(
            claim.note.split_whitespace().any(|w| w == word),
            "{word}: {}",
            claim.note
        );
        assert!(
            claim.tags.iter().any(|t| t == word),
            "{word}: {:?}",
            claim.tags
        );
    }
    assert!(
        claim.note.starts_with(&base.claims()[0].note),
        "{}",
        claim.note
    );
}

#[test]
fn a_sidecar_from_before_authors_reads_with_no_author_and_re_saves_unchanged() {
    let mut old = sample();
    let text = to_ron(&old)
        .lines()
        .filter(|l| !l.trim_start().starts_with("author:"))
        .map(|l| format!("{l}\n"))
        .collect::<String>();
    let read = from_ron(&text).expect("an older file still reads");
    let claim = &read.claims()[0];
    assert_eq!(claim.author, "");
    assert!(claim.stamps.author.is_zero());
    assert_eq!(to_ron(&read), text);
    let Some(Record::Claim(mut expected)) = old.remove(&claim.id) else {
        panic!("the sample has this claim")
    };
    expected.author = String::new();
    expected.stamps.author = claim.stamps.author;
    assert_eq!(*claim, expected);
}

#[test]
fn the_author_merges_field_by_field_with_its_stamp() {
    let base = sample();
    let mut ours = base.clone();
    let id = ours.claims()[0].id.clone();
    let Some(Record::Claim(mut claim)) = ours.remove(&id) else {
        panic!("the sample has this claim")
    };
    claim.author = "Cleo".into();
    ours.put(claim);
    let later = stamp(1_795_700_000_000, 0, 9);
    let ours = local_changes(&ours, &base, later);
    let theirs = State::of(base.clone());
    for merged in [join(&ours, &theirs), join(&theirs, &ours)] {
        let claim = merged.annotations.claim(&id).expect("kept");
        assert_eq!(claim.author, "Cleo");
        assert_eq!(claim.stamps.author, later);
        assert_eq!(
            claim.note,
            base.claims()[0].note,
            "other fields are untouched"
        );
    }
}
