use super::*;
use crate::annotations::tests::{claim_on, highlight_on};
use crate::annotations::{Anchor, Evidence, Relation, Status};
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
    claim.updated = Timestamp(1_795_612_000);
    a.put(claim);
    let mut highlight = highlight_on(TEXT, ByteSpan::new(6, 34), "a71c09e4b2f0", 1_795_611_900);
    highlight.tags = vec!["leverage".into()];
    a.put(highlight);
    a
}

#[test]
fn to_ron_prints_one_record_per_annotation_in_the_documented_format() {
    insta::assert_snapshot!(to_ron(&sample()), @r#"
    (
        version: 1,
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
                created: "2026-11-25T13:04:05Z",
                updated: "2026-11-25T13:06:40Z",
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
                created: "2026-11-25T13:05:00Z",
                updated: "2026-11-25T13:05:00Z",
            ),
        ],
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
    let text = to_ron(&sample()).replace("version: 1,", "version: 2,");
    let err = from_ron(&text).expect_err("refused");
    assert!(matches!(
        err,
        SidecarError::UnsupportedVersion {
            found: 2,
            line: 2,
            ..
        }
    ));
    assert!(
        err.to_string().contains("version 2 is not supported"),
        "{err}"
    );
}

#[test]
fn a_future_version_with_new_fields_is_still_reported_as_a_version_problem() {
    let text = to_ron(&sample())
        .replace("version: 1,", "version: 3,")
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
    assert_eq!(line, 41);
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
fn sidecar_path_puts_the_margin_ron_file_beside_the_article() {
    assert_eq!(
        sidecar_path(Path::new("corpus/nikkei.txt")),
        Path::new("corpus/nikkei.margin.ron")
    );
    assert_eq!(
        sidecar_path(Path::new("notes.v2.md")),
        Path::new("notes.v2.margin.ron")
    );
    assert_eq!(
        sidecar_path(Path::new("README")),
        Path::new("README.margin.ron")
    );
}

#[test]
fn merge_keeps_records_only_on_disk_unless_removed() {
    let ours = Annotations::new("a.txt", TEXT);
    let theirs = sample();
    assert_eq!(merge(&ours, &theirs, &[]).len(), 2);
    let removed = [AnnotationId::from_string("3f9a0c1b2d4e")];
    let merged = merge(&ours, &theirs, &removed);
    assert_eq!(merged.len(), 1);
    assert!(merged.claims().is_empty());
}

#[test]
fn merge_takes_the_newer_version_of_a_record_and_ours_on_a_tie() {
    let theirs = sample();
    let mut ours = sample();
    let mut claim = ours.claims()[0].clone();
    claim.note = "ours".into();
    ours.put(claim.clone());
    assert_eq!(merge(&ours, &theirs, &[]).claims()[0].note, "ours");
    claim.updated = Timestamp(0);
    ours.put(claim);
    assert_eq!(merge(&ours, &theirs, &[]), theirs);
}
