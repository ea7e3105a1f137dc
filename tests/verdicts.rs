//! Verdicts beyond verified and disputed (misleading, unverifiable, not a claim) and the
//! check-worthy queue across the corpus, driven through keys on the seeds: the `m` keys and
//! their hint, the gutter, the status bar, the overview, the sidecar on disk, and what
//! `margin check --json`, `margin export` and `margin import` make of them.

#[path = "support/binary.rs"]
mod binary;
#[path = "support/reader.rs"]
mod support;

use binary::{margin, stdout};
use margin::annotations::{Annotations, Status};
use margin::app::Mode;
use margin::corpus::ArticleId;
use serde_json::Value;
use support::{Reader, reader};

/// The verdicts of the claims of `annotations`, in order.
fn verdicts(annotations: &Annotations) -> Vec<Option<Status>> {
    annotations.claims().iter().map(|c| c.status).collect()
}

/// The text of the status bar's last row.
fn status_bar(reader: &Reader) -> String {
    reader.screen().lines().last().unwrap_or("").to_string()
}

#[test]
fn m_lists_the_verdicts_while_it_waits_and_each_is_drawn_and_saved() {
    let mut reader = reader();
    reader.press("m");
    let screen = reader.screen();
    for line in [
        "v  mark the claim verified",
        "d  mark the claim disputed",
        "m  mark the claim misleading",
        "u  mark the claim unverifiable",
        "n  not a claim: dismiss it from the check-worthy queue",
        "x  unmark the claim",
    ] {
        assert!(screen.contains(line), "no hint {line:?} in\n{screen}");
    }
    reader.press("m");
    assert_eq!(reader.status(), "marked misleading");
    assert!(
        !reader.screen().contains("v  mark the claim verified"),
        "the hint goes once the sequence is complete"
    );
    reader.press("j k");
    assert!(
        status_bar(&reader).contains("≈ misleading"),
        "{}",
        status_bar(&reader)
    );
    reader.press("j m u j k");
    assert!(status_bar(&reader).contains("? unverifiable"));
    reader.press("j m n");
    assert_eq!(
        reader.status(),
        "marked not a claim: out of the check-worthy queue"
    );
    // The gutter signs the first claim starting on a row; 1 and 2 start on one row.
    let screen = reader.screen();
    for sign in ["│≈ Last week", "│?"] {
        assert!(screen.contains(sign), "no {sign} in the gutter:\n{screen}");
    }
    let saved = reader.sidecar(0);
    assert_eq!(
        verdicts(&saved),
        [
            Some(Status::Misleading),
            Some(Status::Unverifiable),
            Some(Status::NotAClaim)
        ]
    );
    let path = reader.app.annotations.notes[0].path.clone().unwrap();
    let written = std::fs::read_to_string(path).unwrap();
    assert!(written.contains("NotAClaim"), "{written}");
    // `V` stays the one-key verdict; `m x` unmarks.
    reader.press("k k V");
    assert_eq!(verdicts(&reader.sidecar(0))[0], Some(Status::Verified));
    reader.press("m x");
    assert_eq!(reader.status(), "unmarked");
    assert_eq!(verdicts(&reader.sidecar(0)).len(), 2);
}

#[test]
fn a_selection_takes_any_verdict() {
    let mut reader = reader();
    reader.press("v e e m m");
    assert_eq!(reader.app.mode, Mode::Reading);
    let claim = reader.sidecar(0).claims()[0].clone();
    assert_eq!(claim.status, Some(Status::Misleading));
    assert_eq!(
        claim.anchor.quote, "Last week, Japan’s",
        "the selection, not the sentence"
    );
}

#[test]
fn the_overview_filters_by_each_verdict() {
    let mut reader = reader();
    reader.press("m m j m n j V");
    reader.press("C f f f");
    let Mode::Overview(overview) = &reader.app.mode else {
        panic!("{:?}", reader.app.mode.name());
    };
    assert_eq!(overview.filter.name(), "misleading");
    assert_eq!(reader.app.overview_rows(overview).len(), 1);
    let screen = reader.screen();
    assert!(screen.contains("≈ misleading"), "{screen}");
    reader.press("f f");
    let Mode::Overview(overview) = &reader.app.mode else {
        panic!()
    };
    assert_eq!(overview.filter.name(), "not a claim");
    assert!(reader.screen().contains("– not a claim"));
}

/// Gives the verdict `keys` to the cursor sentence when it waits for review, then presses
/// `c`, until `c` leaves article `from` (or finds nothing left); returns how many sentences
/// it reviewed.
fn review_article(reader: &mut Reader, from: usize, keys: &str) -> usize {
    let mut reviewed = 0;
    while reader.app.current == ArticleId(from) {
        if reader.app.needs_review(reader.app.cursor) {
            reader.press(keys);
            reviewed += 1;
        }
        reader.press("c");
        if reader.status().starts_with("every ") {
            break;
        }
        assert!(reviewed < 200, "c never leaves the article");
    }
    reviewed
}

#[test]
fn c_walks_the_queue_into_the_next_article_and_a_note_alone_is_not_a_review() {
    let mut reader = reader();
    reader.press("c");
    let first = reader.app.cursor;
    // A note is not a verdict: `c` from the top comes back to the sentence.
    reader.press("a");
    reader.press("w o r t h space i t");
    reader.press("ctrl-s g g c");
    assert_eq!(reader.app.cursor, first, "{}", reader.status());
    assert!(reader.app.needs_review(first));
    reader.press("g g");
    let reviewed = review_article(&mut reader, 0, "m n");
    let coverage = reader.app.coverage(ArticleId(0)).unwrap();
    assert_eq!(coverage.reviewed, coverage.checkworthy);
    assert_eq!(reviewed, coverage.checkworthy);
    assert_eq!(coverage.with_verdict(Status::NotAClaim), reviewed);
    assert_eq!(reader.app.current, ArticleId(1));
    let title = reader.app.article().unwrap().title.clone();
    assert!(
        reader
            .status()
            .starts_with(&format!("next article: {title} · check-worthy")),
        "{}",
        reader.status()
    );
    assert!(reader.app.needs_review(reader.app.cursor));
    // Back in the reviewed article, `c` goes on to the next one, not round this one.
    reader.press("[ g g c");
    assert_eq!(reader.app.current, ArticleId(1), "{}", reader.status());
}

#[test]
fn c_wraps_to_the_first_article_and_says_when_the_whole_corpus_is_reviewed() {
    let mut reader = reader();
    reader.press("] ] ]");
    review_article(&mut reader, 3, "m v");
    review_article(&mut reader, 4, "m u");
    assert_eq!(reader.app.current, ArticleId(0), "{}", reader.status());
    assert!(
        reader
            .status()
            .starts_with("wrapped to the first article: "),
        "{}",
        reader.status()
    );
    for article in 0..3 {
        review_article(&mut reader, article, "m d");
    }
    let done = reader.status();
    assert!(
        done.starts_with("every check-worthy sentence of the corpus has a verdict ("),
        "{done}"
    );
    let total = reader.app.corpus_coverage().unwrap();
    assert_eq!(total.reviewed, total.checkworthy);
    assert!(done.contains(&total.to_string()), "{done}");
}

#[test]
fn check_export_and_import_carry_every_verdict() {
    let mut reader = reader();
    // The first three check-worthy sentences of the first article.
    reader.press("c m m c m u c m n");
    let data = reader.data_dir().to_path_buf();

    let lines: Vec<Value> = stdout(&margin(&data, &["check", "--json"]))
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let said: Vec<&str> = lines
        .iter()
        .filter(|l| l["type"] == "verdict")
        .map(|l| l["status"].as_str().unwrap())
        .collect();
    assert_eq!(said, ["misleading", "unverifiable", "not a claim"]);
    let first = lines
        .iter()
        .find(|l| l["type"] == "coverage")
        .expect("coverage lines");
    assert_eq!(first["reviewed"], 3);
    assert_eq!(first["verdicts"]["not a claim"], 1);
    assert_eq!(first["verdicts"]["verified"], 0);

    let report = stdout(&margin(&data, &["export"]));
    assert!(
        report.contains("3 claims (0 verified, 0 disputed, 1 misleading, 1 unverifiable, 1 not a claim, 0 unmarked)"),
        "{report}"
    );
    assert!(report.contains("- **Not a claim**: "), "{report}");
    let dismissed = stdout(&margin(&data, &["export", "--status", "not-a-claim"]));
    assert_eq!(dismissed.matches("- **").count(), 1, "{dismissed}");
    assert!(
        dismissed.contains("Only annotations not a claim claims."),
        "{dismissed}"
    );

    let exported = data.join("export.json");
    margin(
        &data,
        &[
            "export",
            "--format",
            "json",
            "--output",
            exported.to_str().unwrap(),
        ],
    );
    let json: Value = serde_json::from_str(&std::fs::read_to_string(&exported).unwrap()).unwrap();
    let assessed: Vec<&str> = json["first"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|a| a["body"].as_array().into_iter().flatten())
        .filter(|b| b["purpose"] == "assessing")
        .map(|b| b["value"].as_str().unwrap())
        .collect();
    assert_eq!(assessed, ["misleading", "unverifiable", "not a claim"]);

    let elsewhere = tempfile::tempdir().unwrap();
    margin(elsewhere.path(), &["import", exported.to_str().unwrap()]);
    let again = stdout(&margin(elsewhere.path(), &["check", "--json"]));
    assert_eq!(again.matches(r#""type":"verdict""#).count(), 3, "{again}");
    assert!(again.contains(r#""status":"not a claim""#), "{again}");
}
