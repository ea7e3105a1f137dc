//! Export: the Markdown report and W3C Web Annotation JSON, including char offsets after
//! emoji and other multibyte text.

use margin::annotations::{
    Anchor, AnnotationId, Annotations, Claim, Evidence, Highlight, Relation, Status, Timestamp,
};
use margin::export::{
    ExportArticle, ExportFilter, markdown, web_annotation_json, web_annotation_json_string,
};
use margin::text::ByteSpan;
use serde_json::{Value, json};

const NIKKEI: &str = "😀 日本 hinted at selling Treasuries. Prime Minister Shinzo Abe said the deal was worth $8 billion.";
const KYODO: &str =
    "Tokyo — Japan firmly denied it. Prime Minister Shigeru Ishiba met the delegation.";

fn span_of(text: &str, quote: &str) -> ByteSpan {
    let start = text.find(quote).expect("quote in text");
    ByteSpan::new(start, start + quote.len())
}

struct Corpus {
    nikkei: Annotations,
    kyodo: Annotations,
}

fn corpus() -> Corpus {
    let mut nikkei = Annotations::new("nikkei.txt", NIKKEI);
    let abe = span_of(
        NIKKEI,
        "Prime Minister Shinzo Abe said the deal was worth $8 billion.",
    );
    let mut claim = Claim::new(
        AnnotationId::from_string("c0ffee000001"),
        Anchor::new(NIKKEI, abe),
        Timestamp(1_795_611_845),
    );
    claim.status = Some(Status::Disputed);
    claim.note = "Abe left office in 2020; *Ishiba* is PM.".into();
    claim.tags = vec!["error".into(), "people".into()];
    claim.evidence.push(Evidence {
        article: "kyodo.txt".into(),
        relation: Relation::Contradicts,
        anchor: Anchor::new(
            KYODO,
            span_of(KYODO, "Prime Minister Shigeru Ishiba met the delegation."),
        ),
    });
    claim.updated = Timestamp(1_795_612_000);
    claim.author = "Ana Lima".into();
    nikkei.put(claim);
    let hinted = span_of(NIKKEI, "hinted at selling Treasuries");
    let mut highlight = Highlight::new(
        AnnotationId::from_string("beef00000002"),
        Anchor::new(NIKKEI, hinted),
        Timestamp(1_795_611_900),
    );
    highlight.tags = vec!["leverage".into()];
    nikkei.put(highlight);

    let mut kyodo = Annotations::new("kyodo.txt", KYODO);
    let denied = span_of(KYODO, "Japan firmly denied it.");
    let mut verified = Claim::new(
        AnnotationId::from_string("facade000003"),
        Anchor::new(KYODO, denied),
        Timestamp(1_795_611_845),
    );
    verified.status = Some(Status::Verified);
    kyodo.put(verified);
    Corpus { nikkei, kyodo }
}

fn articles(c: &Corpus) -> [ExportArticle<'_>; 2] {
    [
        ExportArticle {
            file: "nikkei.txt",
            title: "Japan hints at leverage",
            iri: "https://news.example/nikkei",
            url: Some("https://news.example/nikkei"),
            text: NIKKEI,
            annotations: &c.nikkei,
        },
        ExportArticle {
            file: "kyodo.txt",
            title: "Tokyo denies",
            iri: "file:///corpus/kyodo.txt",
            url: None,
            text: KYODO,
            annotations: &c.kyodo,
        },
    ]
}

#[test]
fn markdown_groups_claims_and_highlights_by_article_under_linked_titles() {
    let mut c = corpus();
    let hinted = c.nikkei.highlights()[0].clone();
    let mut hinted = hinted;
    hinted.note = "Line one\nline two".into();
    hinted.author = "Ben Ode".into();
    c.nikkei.put(hinted);
    insta::assert_snapshot!(markdown(&articles(&c), None, &ExportFilter::default()), @r"
    # Fact-check report

    2 articles annotated · 2 claims (1 verified, 1 disputed, 0 unmarked) · 1 highlight

    ## [Japan hints at leverage](<https://news.example/nikkei>)

    `nikkei.txt` · 1 claim · 1 highlight

    ### Claims

    - **Disputed**: “Prime Minister Shinzo Abe said the deal was worth $8 billion.” — Ana Lima
      - Note: Abe left office in 2020; \*Ishiba\* is PM.
      - Tags: `error`, `people`
      - Contradicts Tokyo denies: “Prime Minister Shigeru Ishiba met the delegation.”

    ### Highlights

    - “hinted at selling Treasuries” — Ben Ode · Tags: `leverage`
      - Note: Line one\
        line two

    ## Tokyo denies

    `kyodo.txt` · 1 claim · 0 highlights

    ### Claims

    - **Verified**: “Japan firmly denied it.”
    ");
}

#[test]
fn markdown_leaves_out_articles_without_annotations() {
    let c = corpus();
    let empty = Annotations::new("kyodo.txt", KYODO);
    let mut list = articles(&c);
    list[1].annotations = &empty;
    let report = markdown(&list, None, &ExportFilter::default());
    assert!(report.contains("1 article annotated"), "{report}");
    assert!(!report.contains("## Tokyo denies"), "{report}");
    assert!(!report.contains("No annotations"), "{report}");
}

#[test]
fn markdown_marks_annotations_that_moved_or_were_orphaned() {
    let c = corpus();
    let edited = NIKKEI
        .replace("hinted at selling Treasuries", "made no comment")
        .replace("Shinzo Abe", "Ishiba");
    let mut list = articles(&c);
    list[0].text = &edited;
    let report = markdown(&list, None, &ExportFilter::default());
    assert!(
        report.contains("$8 billion.” *(moved; match 76%)*"),
        "{report}"
    );
    assert!(
        report
            .contains("“hinted at selling Treasuries” *(orphaned: not found in the current text)*"),
        "{report}"
    );
}

#[test]
fn markdown_never_passes_escape_sequences_through() {
    let text = "Evil \u{1b}]52;c;aGVsbG8=\u{7} text";
    let mut a = Annotations::new("evil.txt", text);
    let span = ByteSpan::new(0, text.len());
    a.put(Highlight::new(
        AnnotationId::from_string("h"),
        Anchor::new(text, span),
        Timestamp(0),
    ));
    let report = markdown(
        &[ExportArticle {
            file: "evil.txt",
            title: "Evil\u{9b}2J",
            iri: "file:///evil.txt",
            url: None,
            text,
            annotations: &a,
        }],
        None,
        &ExportFilter::default(),
    );
    assert!(
        !report.chars().any(|c| c.is_control() && c != '\n'),
        "{report:?}"
    );
    assert!(report.contains("Evil ␛\\]52;c;aGVsbG8=␇ text"), "{report}");
    assert!(report.contains("## Evil\u{fffd}2J"), "{report}");
}

fn annotation<'a>(all: &'a Value, id: &str) -> &'a Value {
    let id = format!("urn:margin:annotation:{id}");
    all["first"]["items"]
        .as_array()
        .and_then(|list| list.iter().find(|a| a["id"] == id.as_str()))
        .expect("annotation present")
}

#[test]
fn web_annotation_json_has_one_annotation_per_claim_and_highlight() {
    let c = corpus();
    let all = web_annotation_json("Test", &articles(&c));
    assert_eq!(all["type"], "AnnotationCollection");
    assert_eq!(all["total"], 3);
    assert_eq!(all["first"]["type"], "AnnotationPage");
    assert_eq!(all["first"]["items"].as_array().map(Vec::len), Some(3));
    let claim = annotation(&all, "c0ffee000001");
    assert_eq!(claim["@context"][0], "http://www.w3.org/ns/anno.jsonld");
    assert_eq!(claim["type"], "Annotation");
    assert_eq!(claim["motivation"], "assessing");
    assert_eq!(
        claim["creator"],
        json!({"type": "Person", "name": "Ana Lima"})
    );
    assert_eq!(claim["created"], "2026-11-25T13:04:05Z");
    assert_eq!(claim["modified"], "2026-11-25T13:06:40Z");
    assert_eq!(claim["target"]["source"], "https://news.example/nikkei");
    assert_eq!(claim["target"]["format"], "text/plain");
    let bodies = claim["body"].as_array().expect("bodies");
    let purposes: Vec<&str> = bodies
        .iter()
        .filter_map(|b| b["purpose"].as_str())
        .collect();
    assert_eq!(
        purposes,
        ["tagging", "tagging", "assessing", "commenting", "linking"]
    );
    assert_eq!(bodies[2]["value"], "disputed");
    assert_eq!(
        bodies[0],
        json!({"type": "TextualBody", "purpose": "tagging", "value": "error", "format": "text/plain"})
    );
    assert_eq!(bodies[4]["type"], "SpecificResource");
    assert_eq!(bodies[4]["source"], "file:///corpus/kyodo.txt");
    assert_eq!(bodies[4]["relation"], "contradicts");
    // margin's context gives `relation` and its values full IRIs.
    assert_eq!(
        claim["@context"][1]["relation"]["@id"],
        "urn:margin:vocab:relation"
    );
    assert_eq!(
        claim["@context"][1]["contradicts"],
        "urn:margin:vocab:contradicts"
    );
    let highlight = annotation(&all, "beef00000002");
    assert_eq!(highlight["motivation"], "highlighting");
    assert_eq!(
        highlight["creator"]["name"], "unknown",
        "an author not recorded"
    );
}

#[test]
fn an_assessing_annotation_always_carries_its_assessment() {
    let mut c = corpus();
    let mut unmarked = c.kyodo.claims()[0].clone();
    unmarked.status = None;
    unmarked.note = "who said so?".into();
    c.kyodo.put(unmarked);
    let all = web_annotation_json("Test", &articles(&c));
    for item in all["first"]["items"].as_array().expect("items") {
        if item["motivation"] == "assessing" {
            let bodies = item["body"].as_array().expect("bodies");
            assert!(bodies.iter().any(|b| b["purpose"] == "assessing"), "{item}");
        }
    }
    assert_eq!(
        annotation(&all, "facade000003")["motivation"],
        "questioning"
    );
}

#[test]
fn text_positions_count_characters_not_bytes() {
    let c = corpus();
    let all = web_annotation_json("Test", &articles(&c));
    let selectors = &annotation(&all, "beef00000002")["target"]["selector"];
    assert_eq!(
        selectors[0],
        json!({"type": "TextQuoteSelector", "exact": "hinted at selling Treasuries", "prefix": "😀 日本 ", "suffix": ". Prime Minister Shinzo Abe said"})
    );
    // "😀 日本 " is 5 chars but 12 bytes.
    assert_eq!(
        selectors[1],
        json!({"type": "TextPositionSelector", "start": 5, "end": 33})
    );
    let chars: Vec<char> = NIKKEI.chars().collect();
    assert_eq!(
        chars[5..33].iter().collect::<String>(),
        "hinted at selling Treasuries"
    );
    // Evidence is placed in the cited article's text, where "—" is one char but three bytes.
    let evidence = &annotation(&all, "c0ffee000001")["body"][4]["selector"][1];
    let byte = KYODO.find("Prime").expect("there");
    assert_eq!((byte, KYODO[..byte].chars().count()), (34, 32));
    assert_eq!(evidence["start"], 32);
}

#[test]
fn an_orphaned_annotation_keeps_its_quote_but_has_no_position() {
    let c = corpus();
    let mut list = articles(&c);
    list[1].text = "Entirely rewritten.";
    let all = web_annotation_json("Test", &list);
    let selectors = annotation(&all, "facade000003")["target"]["selector"]
        .as_array()
        .expect("list");
    assert_eq!(selectors.len(), 1);
    assert_eq!(selectors[0]["exact"], "Japan firmly denied it.");
}

#[test]
fn the_json_string_escapes_c1_controls_and_parses_to_the_same_value() {
    let text = "Bad \u{9b}31m and \u{202e}reversed";
    let mut a = Annotations::new("bad.txt", text);
    a.put(Highlight::new(
        AnnotationId::from_string("h"),
        Anchor::new(text, ByteSpan::new(0, text.len())),
        Timestamp(0),
    ));
    let list = [ExportArticle {
        file: "bad.txt",
        title: "Bad",
        iri: "file:///bad.txt",
        url: None,
        text,
        annotations: &a,
    }];
    let printed = web_annotation_json_string("Test", &list);
    assert!(
        !printed.contains('\u{9b}') && !printed.contains('\u{202e}'),
        "{printed}"
    );
    assert!(printed.contains("\\u009b"), "{printed}");
    let parsed: Value = serde_json::from_str(&printed).expect("valid JSON");
    assert_eq!(parsed, web_annotation_json("Test", &list));
}
