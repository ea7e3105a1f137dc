//! The reference check (issue 15, item 2): roles against a table of office holders with date
//! ranges, with the article's date from index.ron or inferred from its dated mentions; the
//! reader's own `reference.ron`; on small corpora written here and on the seeds.

#[path = "support/small_corpus.rs"]
mod small_corpus;

use margin::corpus::{ArticleId, Corpus};
use margin::entities::Corrections;
use margin::factcheck::{DiscrepancyKind, Findings, Reference, findings_with};
use small_corpus::{dated_corpus, index};
use std::path::Path;

const TABLE: &str = r#"(
    offices: [
        (country: "Japan", office: "Prime Minister", holders: [
            ("Shigeru Ishiba", "2024-10-01", "2025-10-21"),
            ("Fumio Kishida", "2021-10-04", "2024-10-01"),
            ("Shinzo Abe", "2012-12-26", "2020-09-16"),
        ]),
        (country: "United States", office: "Secretary of Defense", holders: [
            ("Pete Hegseth", "2025-01-25", ""),
        ]),
    ],
)"#;

fn table() -> Reference {
    Reference::from_ron(TABLE, Path::new("test.ron")).expect("the test table parses")
}

fn check(texts: &[(&str, Option<&str>)], reference: &Reference) -> (Corpus, Findings) {
    let corpus = dated_corpus(texts);
    let found = findings_with(&corpus, &index(&corpus), &[], reference);
    (corpus, found)
}

fn reference_findings(corpus: &Corpus, found: &Findings) -> Vec<(String, String)> {
    found
        .discrepancies
        .iter()
        .filter(|d| d.kind == DiscrepancyKind::Reference)
        .map(|d| (d.members[0].text(corpus).to_string(), d.explanation.clone()))
        .collect()
}

#[test]
fn a_former_prime_minister_named_prime_minister_in_a_dated_article_is_a_finding() {
    let (corpus, found) = check(
        &[(
            "Markets were calm.\nIn Japan, Prime Minister Shinzo Abe is promising investments.\n",
            Some("2025-04-20"),
        )],
        &table(),
    );
    assert_eq!(
        reference_findings(&corpus, &found),
        [(
            "Prime Minister Shinzo Abe".to_string(),
            "Shinzo Abe was Prime Minister of Japan 2012–2020; the article is from 2025-04-20 \
             (its date in index.ron), when it was Shigeru Ishiba"
                .to_string()
        )]
    );
    // The sentence counts as check-worthy, and says why.
    let article = &found.articles[0];
    assert!(article.checkworthy[1]);
}

#[test]
fn without_an_index_date_the_latest_year_mentioned_dates_the_article_and_it_says_so() {
    let (corpus, found) = check(
        &[(
            "The 2023 talks failed.\nJapanese Prime Minister Shinzo Abe met the delegates.\n",
            None,
        )],
        &table(),
    );
    assert_eq!(
        reference_findings(&corpus, &found)[0].1,
        "Shinzo Abe was Prime Minister of Japan 2012–2020; the article is from 2023 or later \
         (inferred from the latest year it mentions)"
    );
}

#[test]
fn the_holder_at_the_articles_date_is_no_finding_and_an_undated_article_gives_none() {
    let (corpus, found) = check(
        &[
            (
                "Markets were calm.\nJapanese Prime Minister Shigeru Ishiba spoke.\n",
                Some("2025-04"),
            ),
            (
                "Markets were calm.\nJapanese Prime Minister Shinzo Abe spoke.\n",
                None,
            ),
        ],
        &table(),
    );
    assert!(
        reference_findings(&corpus, &found).is_empty(),
        "{:?}",
        reference_findings(&corpus, &found)
    );
}

#[test]
fn a_name_close_to_the_holders_is_a_finding_whatever_the_date() {
    let (corpus, found) = check(
        &[(
            "Markets were calm.\nU.S. Secretary of Defense Robert Hegseth met his counterpart.\n",
            None,
        )],
        &table(),
    );
    assert_eq!(
        reference_findings(&corpus, &found),
        [(
            "U.S. Secretary of Defense Robert Hegseth".to_string(),
            "Robert Hegseth is not a name the reference has: Pete Hegseth was Secretary of \
             Defense of United States 2025–"
                .to_string()
        )]
    );
}

#[test]
fn someone_else_in_the_office_at_the_articles_date_is_a_finding() {
    let (corpus, found) = check(
        &[(
            "Markets were calm.\nJapanese Prime Minister Taro Yamada spoke in Osaka.\n",
            Some("2022-05-01"),
        )],
        &table(),
    );
    assert_eq!(
        reference_findings(&corpus, &found)[0].1,
        "the reference names Fumio Kishida as Prime Minister of Japan on 2022-05-01 (the \
         article’s date in index.ron), not Taro Yamada"
    );
}

#[test]
fn the_readers_reference_file_extends_the_shipped_table() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let plain = Reference::load_user(dir.path()).expect("no file: the shipped table");
    let shipped = plain.offices().count();
    assert!(
        plain
            .offices()
            .any(|o| o.country == "Japan" && o.office == "Prime Minister")
    );
    std::fs::write(dir.path().join("reference.ron"), TABLE).expect("written");
    let extended = Reference::load_user(dir.path()).expect("parses");
    // Japan's prime ministers join the shipped office; the Secretary of Defense is new.
    assert_eq!(extended.offices().count(), shipped + 1);
    let japan = extended
        .offices()
        .find(|o| o.country == "Japan" && o.office == "Prime Minister")
        .expect("Japan's prime ministers");
    assert!(japan.terms.iter().any(|t| t.name == "Shinzo Abe"));
    assert!(japan.terms.iter().any(|t| t.name == "Sanae Takaichi"));
}

#[test]
fn a_bad_reference_file_is_named_with_its_line_and_column() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = dir.path().join("reference.ron");
    std::fs::write(&file, "(offices: [(country: \"Japan\", office: 3)])").expect("written");
    let err = Reference::load_user(dir.path()).expect_err("a bad file");
    let message = err.to_string();
    assert!(
        message.starts_with(&format!("{}:1:", file.display())),
        "{message}"
    );
}

#[test]
fn the_seeds_with_dates_and_the_test_table_flag_abe_and_robert_hegseth() {
    // The seeds' index gives no dates; with 2025 dates (as the corpus is) the check finds
    // Abe in 004, and the Secretary of Defense's near-miss name whatever the date.
    let mut corpus = Corpus::embedded();
    for article in &mut corpus.articles {
        article.date = Some("2025-07-01".to_string());
    }
    let built = margin::app::indexing::build(&corpus, &Corrections::default(), |_, _| {});
    let found = findings_with(&corpus, &built.index, &[], &table());
    let findings = reference_findings(&corpus, &found);
    assert_eq!(findings.len(), 2, "{findings:?}");
    assert_eq!(findings[0].0, "Prime Minister Shinzo Abe");
    assert!(
        findings[0]
            .1
            .starts_with("Shinzo Abe was Prime Minister of Japan 2012–2020")
    );
    assert_eq!(findings[1].0, "U.S. Secretary of Defense Robert Hegseth");
    let flagged = found
        .discrepancies
        .iter()
        .find(|d| d.kind == DiscrepancyKind::Reference)
        .map(|d| d.members[0].article());
    assert_eq!(flagged, Some(ArticleId(4)));
}
