//! More discrepancies (issue 15, item 7): counts of things, percentages about one subject and
//! superlatives, on small corpora written here and on the seeds.

use margin::corpus::Corpus;
use margin::entities::Corrections;
use margin::factcheck::{DiscrepancyKind, Findings, findings, report};

fn findings_of(texts: &[&str]) -> (Corpus, Findings) {
    let corpus = Corpus::from_texts(
        "test",
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| (format!("{i}.txt"), format!("{FILLER}{t}\n")))
            .collect(),
    );
    let built = margin::app::indexing::build(&corpus, &Corrections::default(), |_, _| {});
    let found = findings(&corpus, &built.index, &[]);
    (corpus, found)
}

/// Sentences about other things, so that the test sentences' words are telling.
const FILLER: &str = "The weather in the region stayed mild for most of the spring.\n\
    Farmers planted early and markets opened on time.\n\
    Local schools announced new timetables for the autumn term.\n";

fn of_kind(corpus: &Corpus, found: &Findings, kind: DiscrepancyKind) -> Vec<(String, Vec<String>)> {
    found
        .discrepancies
        .iter()
        .filter(|d| d.kind == kind)
        .map(|d| {
            (
                d.explanation.clone(),
                d.members
                    .iter()
                    .map(|m| m.text(corpus).to_string())
                    .collect(),
            )
        })
        .collect()
}

#[test]
fn two_counts_of_the_same_jobs_are_a_discrepancy() {
    let (corpus, found) = findings_of(&[
        "Toyota said the Kentucky plant will create 11,000 jobs in assembly.",
        "The Kentucky plant of Toyota will bring 12,000 jobs to assembly lines.",
    ]);
    let counts = of_kind(&corpus, &found, DiscrepancyKind::Counts);
    assert_eq!(counts.len(), 1, "{}", report::text(&found, &corpus));
    let (explanation, members) = &counts[0];
    assert_eq!(members, &["11,000 jobs", "12,000 jobs"]);
    assert!(
        explanation.starts_with("11,000 jobs vs 12,000 jobs across 2 articles: both about"),
        "{explanation}"
    );
    assert!(explanation.contains("Kentucky"), "{explanation}");
}

#[test]
fn counts_of_different_things_or_far_apart_are_not() {
    let (corpus, found) = findings_of(&[
        "Toyota said the Kentucky plant will create 11,000 jobs in assembly.",
        "The Kentucky plant of Toyota will build 12,000 cars on assembly lines.",
        "Toyota said the Kentucky plant will create 50,000 jobs in assembly by then.",
    ]);
    let counts = of_kind(&corpus, &found, DiscrepancyKind::Counts);
    assert!(counts.is_empty(), "{counts:?}");
}

#[test]
fn qualified_counts_keep_their_words() {
    let (corpus, found) = findings_of(&[
        "Toyota said the Kentucky plant will create more than 11,000 jobs in assembly.",
        "The Kentucky plant of Toyota will bring 8,000 jobs to assembly lines.",
    ]);
    let counts = of_kind(&corpus, &found, DiscrepancyKind::Counts);
    assert_eq!(counts[0].1, ["more than 11,000 jobs", "8,000 jobs"]);
    let json = report::json_lines(&found, &corpus);
    assert!(json.contains(r#""kind":"count""#), "{json}");
    assert!(json.contains(r#""noun":"jobs""#), "{json}");
}

#[test]
fn two_percentages_about_one_subject_are_a_discrepancy() {
    let (corpus, found) = findings_of(&[
        "Unemployment in Portugal rose to 6.5% among young workers last quarter.",
        "Portugal reported unemployment among young workers at 7.2% last quarter.",
        "Portugal’s tourism revenue grew 12% as visitors returned.",
    ]);
    let amounts = of_kind(&corpus, &found, DiscrepancyKind::Amounts);
    assert_eq!(amounts.len(), 1, "{}", report::text(&found, &corpus));
    assert_eq!(amounts[0].1, ["6.5%", "7.2%"]);
    assert!(amounts[0].0.contains("unemployment"), "{}", amounts[0].0);
}

#[test]
fn the_largest_and_one_of_the_largest_about_one_subject_are_a_discrepancy() {
    let (corpus, found) = findings_of(&[
        "Norway is the largest foreign investor in Icelandic fisheries.",
        "Norway is one of the largest investors in Icelandic fisheries.",
        "Norway has the largest sovereign fund, officials said.",
    ]);
    let superlatives = of_kind(&corpus, &found, DiscrepancyKind::Superlatives);
    assert_eq!(superlatives.len(), 1, "{}", report::text(&found, &corpus));
    let (explanation, members) = &superlatives[0];
    assert_eq!(members, &["the largest", "one of the largest"]);
    assert!(
        explanation
            .starts_with("the largest vs one of the largest across 2 articles: both about Norway"),
        "{explanation}"
    );
}

#[test]
fn the_same_degree_or_another_subject_is_no_superlative_discrepancy() {
    let (corpus, found) = findings_of(&[
        "Norway is the largest foreign investor in Icelandic fisheries.",
        "Norway remains the largest investor in Icelandic fisheries.",
        "Denmark is one of the largest investors in Icelandic fisheries.",
    ]);
    assert!(of_kind(&corpus, &found, DiscrepancyKind::Superlatives).is_empty());
}

#[test]
fn the_seeds_largest_holder_and_one_of_the_largest_stand_side_by_side() {
    let corpus = Corpus::embedded();
    let built = margin::app::indexing::build(&corpus, &Corrections::default(), |_, _| {});
    let found = findings(&corpus, &built.index, &[]);
    let superlatives = of_kind(&corpus, &found, DiscrepancyKind::Superlatives);
    assert_eq!(
        superlatives,
        [(
            "one of the largest vs the largest across 2 articles: both about Japan, holdings"
                .to_string(),
            vec!["one of the largest".to_string(), "the largest".to_string()]
        )]
    );
    // No count of the seeds disagrees with another.
    assert!(of_kind(&corpus, &found, DiscrepancyKind::Counts).is_empty());
}
