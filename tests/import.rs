//! `margin export` and `margin import` as a user runs them: W3C JSON written with
//! `--output`, read back into a fresh data folder (the same annotations, authors and times),
//! another tool's annotations placed by quote, what cannot be placed reported, and the
//! export's filters.

use margin::annotations::{Annotations, Record, sidecar};
use std::path::Path;

#[path = "support/binary.rs"]
mod binary;
#[path = "support/reader.rs"]
mod reader;

use binary::{margin, stderr};
use reader::{Reader, reader};

/// A reader of the seeds who marks, notes, tags, cites and highlights in two articles, as
/// two people.
fn annotated() -> Reader {
    let mut r = reader();
    r.app.config.author = Some("Ana Lima".into());
    r.press("j V t e r r o r enter");
    r.press("j a F i r s t space l i n e enter S e c o n d ctrl-s");
    r.app.config.author = Some("Ben Ode".into());
    r.press("] j D v e e enter");
    r
}

/// The records of a sidecar without their version stamps (an import stamps anew).
fn records(data: &Path, file: &str) -> Vec<Record> {
    let path = data.join("seeds").join(format!("{file}.margin.ron"));
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Vec::new();
    };
    let annotations: Annotations = sidecar::from_ron(&text).expect("the sidecar parses");
    annotations
        .records()
        .map(|record| match record {
            Record::Claim(mut c) => {
                c.stamps = Default::default();
                Record::Claim(c)
            }
            Record::Highlight(mut h) => {
                h.stamps = Default::default();
                Record::Highlight(h)
            }
        })
        .collect()
}

#[test]
fn export_then_import_into_a_fresh_data_folder_gives_the_same_annotations() {
    let r = annotated();
    let files: Vec<String> = r
        .app
        .corpus
        .articles
        .iter()
        .map(|a| a.file.clone())
        .collect();
    let total: usize = files.iter().map(|f| records(r.data_dir(), f).len()).sum();
    assert_eq!(
        total, 4,
        "the reader made two claims and a highlight, and one more claim"
    );
    let out = tempfile::tempdir().expect("temp dir");
    let json = out.path().join("team.json");
    let json_arg = json.to_str().expect("utf-8 path");
    let written = margin(
        r.data_dir(),
        &["export", "--format", "json", "--output", json_arg],
    );
    assert!(stderr(&written).contains("wrote"), "{}", stderr(&written));
    let fresh = out.path().join("fresh");
    let imported = margin(&fresh, &["import", json_arg]);
    assert!(
        stderr(&imported).contains("imported 4 annotations into 2 articles"),
        "{}",
        stderr(&imported)
    );
    for file in &files {
        assert_eq!(records(&fresh, file), records(r.data_dir(), file), "{file}");
    }
    let again = margin(&fresh, &["import", json_arg]);
    assert!(
        stderr(&again).contains("imported 0 annotations into 0 articles (4 already there)"),
        "{}",
        stderr(&again)
    );
    // And the fresh folder exports the very same JSON.
    let second = out.path().join("again.json");
    margin(
        &fresh,
        &[
            "export",
            "--format",
            "json",
            "-o",
            second.to_str().expect("utf-8"),
        ],
    );
    assert_eq!(
        std::fs::read_to_string(&second).expect("written"),
        std::fs::read_to_string(&json).expect("written")
    );
}

#[test]
fn another_tools_annotations_are_placed_by_quote_and_the_rest_reported() {
    let dir = tempfile::tempdir().expect("temp dir");
    let json = dir.path().join("other.json");
    let foreign = serde_json::json!([
        {
            "@context": "http://www.w3.org/ns/anno.jsonld",
            "id": "https://annotations.example/a/17",
            "type": "Annotation",
            "motivation": "commenting",
            "creator": { "type": "Person", "nickname": "cleo" },
            "created": "2025-06-01T10:00:00Z",
            "body": [
                { "type": "TextualBody", "value": "Is this sourced?" },
                { "type": "TextualBody", "purpose": "tagging", "value": "sourcing" }
            ],
            "target": {
                "source": "https://elsewhere.example/mirror/001_0250830679b74e50.txt",
                "selector": { "type": "TextQuoteSelector", "exact": "Japan’s finance minister" }
            }
        },
        {
            "id": "https://annotations.example/a/18",
            "type": "Annotation",
            "target": {
                "source": "https://elsewhere.example/mirror/001_0250830679b74e50.txt",
                "selector": { "type": "TextQuoteSelector", "exact": "words this article never had" }
            }
        }
    ]);
    std::fs::write(&json, foreign.to_string()).expect("write");
    let data = dir.path().join("data");
    let run = margin(&data, &["import", json.to_str().expect("utf-8")]);
    let said = stderr(&run);
    assert!(
        said.contains("imported 1 annotation into 1 article"),
        "{said}"
    );
    assert!(
        said.contains("001_0250830679b74e50.txt: “words this article never had” (the quote is not in the text)"),
        "{said}"
    );
    let placed = records(&data, "001_0250830679b74e50.txt");
    let [Record::Claim(claim)] = placed.as_slice() else {
        panic!("one claim: {placed:?}")
    };
    assert_eq!(claim.anchor.quote, "Japan’s finance minister");
    assert_eq!(claim.note, "Is this sourced?");
    assert_eq!(claim.tags, ["sourcing"]);
    assert_eq!(claim.author, "cleo");
    assert_eq!(claim.status, None);
}

#[test]
fn the_markdown_export_filters_by_tag_status_author_and_article() {
    let r = annotated();
    let report = |args: &[&str]| {
        let mut all = vec!["export"];
        all.extend(args);
        String::from_utf8(margin(r.data_dir(), &all).stdout).expect("utf-8")
    };
    let whole = report(&[]);
    assert!(
        whole.contains("— Ana Lima") && whole.contains("— Ben Ode"),
        "{whole}"
    );
    assert!(whole.contains("## Discrepancies"), "{whole}");
    assert!(whole.contains("## Check-worthy coverage"), "{whole}");
    let ben = report(&["--author", "ben"]);
    assert!(
        ben.contains("— Ben Ode") && !ben.contains("— Ana Lima"),
        "{ben}"
    );
    let tagged = report(&["--tag", "error"]);
    assert!(
        tagged.contains("1 claim (1 verified, 0 disputed, 0 unmarked) · 0 highlights"),
        "{tagged}"
    );
    let disputed = report(&["--status", "disputed"]);
    assert!(
        disputed.contains("**Disputed**") && !disputed.contains("**Verified**"),
        "{disputed}"
    );
    let second = &r.app.corpus.articles[1];
    let only = report(&["--article", &second.file]);
    assert!(only.contains("1 article annotated"), "{only}");
    assert!(only.contains(&format!("## {}", second.title)), "{only}");
}

#[test]
fn a_position_selector_alone_places_an_annotation_and_full_iri_relations_are_read() {
    let corpus = margin::corpus::Corpus::embedded();
    let text = corpus.articles[0].text();
    let first_sentence_chars = text
        .find('.')
        .map(|b| text[..=b].chars().count())
        .expect("a full stop");
    let json = serde_json::json!({
        "type": "AnnotationPage",
        "items": [{
            "id": "urn:margin:annotation:abc123def456",
            "type": "Annotation",
            "motivation": "assessing",
            "creator": "Dee",
            "body": [
                { "type": "TextualBody", "purpose": "assessing", "value": "Verified" },
                {
                    "type": "SpecificResource",
                    "purpose": "linking",
                    "urn:margin:vocab:relation": "urn:margin:vocab:supports",
                    "source": format!("urn:margin:seeds:{}", corpus.articles[1].file),
                    "selector": { "type": "TextQuoteSelector", "exact": "Japan’s finance minister" }
                }
            ],
            "target": {
                "source": format!("urn:margin:seeds:{}", corpus.articles[0].file),
                "selector": { "type": "TextPositionSelector", "start": 0, "end": first_sentence_chars }
            }
        }]
    });
    let now = margin::annotations::Timestamp(1_800_000_000);
    let imported = margin::import::read(&json.to_string(), &corpus, now).expect("reads");
    assert!(imported.unplaced.is_empty(), "{:?}", imported.unplaced);
    let [placed] = imported.placed.as_slice() else {
        panic!("{imported:?}")
    };
    let Record::Claim(claim) = &placed.record else {
        panic!("a claim")
    };
    assert_eq!(claim.id.as_str(), "abc123def456");
    assert_eq!(claim.status, Some(margin::annotations::Status::Verified));
    assert_eq!(claim.author, "Dee");
    assert_eq!(claim.created, now, "no time given: the import's");
    assert!(claim.anchor.quote.ends_with('.') && text.starts_with(&claim.anchor.quote));
    assert_eq!(claim.evidence.len(), 1);
    assert_eq!(
        claim.evidence[0].relation,
        margin::annotations::Relation::Supports
    );
    assert_eq!(claim.evidence[0].article, corpus.articles[1].file);
}

#[test]
fn a_file_that_is_not_web_annotation_json_is_refused_with_its_place() {
    let corpus = margin::corpus::Corpus::embedded();
    let now = margin::annotations::Timestamp(0);
    let error = margin::import::read("{\"type\": \"Annotation\",", &corpus, now).expect_err("cut");
    assert!(error.to_string().starts_with("line 1, column "), "{error}");
    let error = margin::import::read("{\"type\": \"Thing\"}", &corpus, now).expect_err("shape");
    assert!(
        error
            .to_string()
            .contains("expected an AnnotationCollection"),
        "{error}"
    );
}

#[test]
fn the_json_names_each_article_by_its_url_or_a_percent_encoded_file_iri() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("news 100%");
    std::fs::create_dir_all(&corpus).expect("folder");
    let index = r#"(articles: [
        (file: "a.txt", title: "On the web", url: "https://news.example/a?id=1"),
        (file: "b c.txt", title: "On disk"),
    ])"#;
    std::fs::write(corpus.join("index.ron"), index).expect("write");
    std::fs::write(
        corpus.join("a.txt"),
        "Japan hinted at selling Treasuries.\n",
    )
    .expect("write");
    std::fs::write(corpus.join("b c.txt"), "Japan firmly denied it.\n").expect("write");
    let data = dir.path().join("data");
    let folder = corpus.to_str().expect("utf-8");
    // Mark each article's first sentence through the app's keys, as a reader would.
    let mut app = margin::app::App::new(
        margin::corpus::Corpus::open(std::slice::from_ref(&corpus)).expect("opens"),
        margin::config::Config::default(),
        None,
    );
    let folders = margin::config::Folders {
        config: data.join("no-config"),
        data: data.clone(),
    };
    let (notes, _) = margin::app::sidecars::load(&app.corpus, &folders);
    app.set_sidecars(notes, Vec::new());
    let mut session = margin::app::session::Session::default();
    for key in margin::app::keymap::parse_keys("V ] D").expect("keys") {
        for effect in app.handle_key(key) {
            margin::app::effects::carry_out(&effect, &folders, &mut session);
        }
    }
    let json = margin(&data, &["export", "--format", "json", folder]).stdout;
    let value: serde_json::Value = serde_json::from_slice(&json).expect("JSON");
    let sources: Vec<&str> = value["first"]["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|a| a["target"]["source"].as_str())
        .collect();
    let absolute = std::path::absolute(&corpus).expect("absolute");
    let encoded = absolute
        .to_str()
        .expect("utf-8")
        .replace('%', "%25")
        .replace(' ', "%20");
    assert_eq!(
        sources,
        [
            "https://news.example/a?id=1".to_owned(),
            format!("file://{encoded}/b%20c.txt")
        ]
    );
    let report = String::from_utf8(margin(&data, &["export", folder]).stdout).expect("utf-8");
    assert!(
        report.contains("## [On the web](<https://news.example/a?id=1>)")
            && report.contains("## On disk"),
        "{report}"
    );
}
