//! `margin entities --explain`: every mention printed with the rule that gave its label.

use margin::corpus::Corpus;
use margin::entities::{Correction, Corrections, Label};

fn explain(corrections: &Corrections) -> String {
    let corpus = Corpus::embedded();
    let mut out = Vec::new();
    margin::commands::explain_entities(&corpus, corrections, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

/// The "because" line printed under the first mention whose line contains `needle`.
fn reason_after<'a>(text: &'a str, needle: &str) -> &'a str {
    let mut lines = text.lines();
    lines
        .find(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no line with {needle:?}"));
    lines.next().unwrap().trim()
}

#[test]
fn each_mention_is_followed_by_the_rule_that_labelled_it() {
    let text = explain(&Corrections::default());
    assert_eq!(
        reason_after(&text, "PERSON   Akazawa "),
        "because: repeats a person's name found in the article"
    );
    assert_eq!(
        reason_after(&text, "PERSON   Ryosei Akazawa"),
        "because: name after a title"
    );
    assert_eq!(
        reason_after(&text, "GPE      Japan "),
        "because: known name (gazetteer)"
    );
    assert_eq!(
        reason_after(&text, "DATE     Friday"),
        "because: amount, percentage or date pattern"
    );
    let mentions = text.lines().filter(|l| l.contains(" → ")).count();
    let reasons = text
        .lines()
        .filter(|l| l.trim().starts_with("because: "))
        .count();
    assert!(mentions > 100);
    assert_eq!(mentions, reasons);
}

#[test]
fn a_mention_the_reader_marked_says_so() {
    let corpus = Corpus::embedded();
    let article = &corpus.articles[0];
    let at = article.text().find("top trade negotiator").unwrap();
    let corrections = Corrections {
        corrections: vec![Correction::Mark {
            by: Default::default(),
            doc: article.file.clone(),
            start: at,
            end: at + "top trade negotiator".len(),
            quote: "top trade negotiator".into(),
            label: Label::Org,
            name: None,
        }],
        ..Default::default()
    };
    let text = explain(&corrections);
    assert_eq!(
        reason_after(&text, "ORG      top trade negotiator"),
        "because: a name found in another article, or the reader's correction"
    );
}
