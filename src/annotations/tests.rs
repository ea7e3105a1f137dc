use super::*;

/// Inline span notation: `"The [U.S. Treasury] said"` -> the text without brackets and the
/// span of the bracketed part.
pub(crate) fn marked(source: &str) -> (String, ByteSpan) {
    let open = source.find('[').expect("a [");
    let close = source.find(']').expect("a ]");
    let text = format!(
        "{}{}{}",
        &source[..open],
        &source[open + 1..close],
        &source[close + 1..]
    );
    (text, ByteSpan::new(open, close - 1))
}

pub(crate) fn claim_on(text: &str, span: ByteSpan, id: &str, at: u64) -> Claim {
    Claim::new(
        AnnotationId::from_string(id),
        Anchor::new(text, span),
        Timestamp(at),
    )
}

pub(crate) fn highlight_on(text: &str, span: ByteSpan, id: &str, at: u64) -> Highlight {
    Highlight::new(
        AnnotationId::from_string(id),
        Anchor::new(text, span),
        Timestamp(at),
    )
}

const TEXT: &str =
    "Japan hinted at selling Treasuries. Tokyo firmly denied it. The deal was $8 billion.";

fn sentence(n: usize) -> ByteSpan {
    let bounds = [(0, 35), (36, 59), (60, 84)];
    ByteSpan::new(bounds[n].0, bounds[n].1)
}

#[test]
fn sentence_bounds_used_in_these_tests_are_the_sentences() {
    assert_eq!(sentence(1).slice(TEXT), "Tokyo firmly denied it.");
    assert_eq!(sentence(2).slice(TEXT), "The deal was $8 billion.");
}

#[test]
fn records_are_kept_sorted_by_start_then_id() {
    let mut a = Annotations::new("a.txt", TEXT);
    a.put(claim_on(TEXT, sentence(2), "b", 1));
    a.put(claim_on(TEXT, sentence(0), "z", 1));
    a.put(claim_on(TEXT, sentence(2), "a", 1));
    let ids: Vec<&str> = a.claims().iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["z", "a", "b"]);
}

#[test]
fn put_replaces_the_record_with_the_same_id_of_either_kind() {
    let mut a = Annotations::new("a.txt", TEXT);
    a.put(highlight_on(TEXT, sentence(0), "x", 1));
    let previous = a.put(claim_on(TEXT, sentence(1), "x", 2));
    assert!(matches!(previous, Some(Record::Highlight(_))));
    assert_eq!(a.len(), 1);
    assert_eq!(a.claims()[0].anchor.span, sentence(1));
}

#[test]
fn from_records_refuses_a_duplicate_id() {
    let records = [
        claim_on(TEXT, sentence(0), "x", 1).into(),
        highlight_on(TEXT, sentence(1), "x", 1).into(),
    ];
    let result = Annotations::from_records("a.txt", "", records);
    assert_eq!(result.err(), Some(AnnotationId::from_string("x")));
}

#[test]
fn claim_for_finds_the_claim_on_exactly_that_sentence() {
    let mut a = Annotations::new("a.txt", TEXT);
    a.put(claim_on(TEXT, sentence(1), "c1", 1));
    assert_eq!(a.claim_for(sentence(1)).map(|c| c.id.as_str()), Some("c1"));
    assert!(a.claim_for(sentence(0)).is_none());
}

#[test]
fn highlights_overlapping_a_span_are_found() {
    let (text, span) = marked("Japan hinted at [selling Treasuries]. Tokyo firmly denied it.");
    let mut a = Annotations::new("a.txt", &text);
    a.put(highlight_on(&text, span, "h1", 1));
    assert_eq!(a.highlights_overlapping(ByteSpan::new(0, 35)).count(), 1);
    assert_eq!(a.highlights_overlapping(ByteSpan::new(36, 40)).count(), 0);
}

#[test]
fn tags_lists_each_tag_once_in_order() {
    let mut a = Annotations::new("a.txt", TEXT);
    let mut c = claim_on(TEXT, sentence(0), "c", 1);
    c.tags = vec!["leverage".into(), "treasuries".into()];
    let mut h = highlight_on(TEXT, sentence(1), "h", 1);
    h.tags = vec!["denial".into(), "leverage".into()];
    a.put(c);
    a.put(h);
    assert_eq!(a.tags(), ["denial", "leverage", "treasuries"]);
}

#[test]
fn reanchor_follows_text_inserted_before_and_refreshes_the_hash() {
    let mut a = Annotations::new("a.txt", TEXT);
    a.put(claim_on(TEXT, sentence(1), "c", 1));
    let edited = format!("UPDATED: {TEXT}");
    let placements = a.reanchor(&edited);
    let moved = sentence(1).shifted(9);
    assert_eq!(
        placements,
        vec![(AnnotationId::from_string("c"), Placement::Exact(moved))]
    );
    assert_eq!(a.claims()[0].anchor.span, moved);
    assert!(a.matches_text(&edited));
}

#[test]
fn reanchor_moves_every_record_after_an_edit_and_keeps_them_sorted() {
    let mut a = Annotations::new("a.txt", TEXT);
    a.put(claim_on(TEXT, sentence(0), "c0", 1));
    a.put(claim_on(TEXT, sentence(2), "c2", 1));
    a.put(highlight_on(TEXT, sentence(1), "h1", 1));
    let edited = TEXT.replace("Japan hinted", "Japan, it seems, hinted");
    let placements = a.reanchor(&edited);
    let span = |id: &str| {
        let found = placements.iter().find(|(i, _)| i.as_str() == id);
        found.and_then(|(_, p)| p.span()).map(|s| s.slice(&edited))
    };
    assert!(matches!(placements[0].1, Placement::Moved { .. }));
    assert_eq!(
        span("c0"),
        Some("Japan, it seems, hinted at selling Treasuries.")
    );
    assert_eq!(span("c2"), Some("The deal was $8 billion."));
    assert_eq!(a.highlights()[0].anchor.span, sentence(1).shifted(11));
    // A moved record keeps its stored anchor until the reader confirms the new place.
    assert_eq!(a.claims()[0].anchor.span, sentence(0));
    assert_eq!(a.claims()[1].anchor.span, sentence(2).shifted(11));
    assert!(!a.matches_text(&edited));
}

#[test]
fn reanchor_keeps_an_orphan_byte_for_byte() {
    let mut a = Annotations::new("a.txt", TEXT);
    a.put(claim_on(TEXT, sentence(1), "c", 1));
    let before = a.clone();
    let placements = a.reanchor("Something else entirely, nothing in common with it.");
    assert!(placements[0].1.is_orphaned());
    assert_eq!(a, before);
}

#[test]
fn citations_of_lists_claims_citing_an_overlapping_passage() {
    let other = "Officials in Tokyo denied any plan to sell Treasuries.";
    let cited = ByteSpan::new(0, other.len());
    let mut a = Annotations::new("a.txt", TEXT);
    let mut c = claim_on(TEXT, sentence(0), "c", 1);
    c.evidence.push(Evidence {
        article: "b.txt".into(),
        relation: Relation::Contradicts,
        anchor: Anchor::new(other, cited),
    });
    a.put(c);
    let b = Annotations::new("b.txt", other);
    let all = [a, b];
    let found = citations_of(&all, "b.txt", ByteSpan::new(13, 18));
    assert_eq!(found.len(), 1);
    assert_eq!(
        (found[0].article, found[0].claim.id.as_str()),
        ("a.txt", "c")
    );
    assert_eq!(found[0].evidence.relation, Relation::Contradicts);
    assert!(citations_of(&all, "a.txt", ByteSpan::new(13, 18)).is_empty());
}
