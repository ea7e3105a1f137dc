//! The timeline (issue 15, item 4): dates read into days against the article's date, every
//! dated sentence in time order, and one event dated differently across articles as a
//! finding; on the seeds and on small corpora written here.

#[path = "support/small_corpus.rs"]
mod small_corpus;

use margin::corpus::Corpus;
use margin::entities::Corrections;
use margin::factcheck::timeline::{self, reading::Unplaced};
use margin::factcheck::{DiscrepancyKind, Findings, findings};
use small_corpus::{dated_corpus, index};

fn check(texts: &[(&str, Option<&str>)]) -> (Corpus, Findings) {
    let corpus = dated_corpus(texts);
    let found = findings(&corpus, &index(&corpus), &[]);
    (corpus, found)
}

/// (date as written, as the timeline reads it or why it is not placed), in timeline order.
fn read(corpus: &Corpus, found: &Findings) -> Vec<(String, String)> {
    found
        .timeline
        .dates
        .iter()
        .map(|d| {
            let when = match &d.when {
                Ok(w) => timeline::describe(w),
                Err(why) => why.as_str().to_string(),
            };
            (d.words(corpus).to_string(), when)
        })
        .collect()
}

fn date_findings(found: &Findings) -> Vec<String> {
    found
        .discrepancies
        .iter()
        .filter(|d| d.kind == DiscrepancyKind::Dates)
        .map(|d| d.explanation.clone())
        .collect()
}

#[test]
fn weekdays_and_last_week_are_read_against_the_articles_date() {
    let (corpus, found) = check(&[(
        "Talks resumed on Tuesday in Geneva.\n\
         Negotiators met last week as well.\n\
         The previous round was held on March 3, 2025.\n",
        Some("2025-04-18"),
    )]);
    assert_eq!(
        read(&corpus, &found),
        [
            ("March 3, 2025".to_string(), "3 Mar 2025".to_string()),
            ("last week".to_string(), "week of 7 Apr 2025".to_string()),
            ("Tuesday".to_string(), "15 Apr 2025".to_string()),
        ]
    );
    // `margin check --json` lists each date with its days.
    let lines = margin::factcheck::report::json_values(&found, &corpus);
    let week = lines
        .iter()
        .find(|l| l["type"] == "date" && l["text"] == "last week")
        .expect("a date line");
    assert_eq!(week["first"], "2025-04-07");
    assert_eq!(week["last"], "2025-04-13");
    assert_eq!(week["year_inferred"], false);
}

#[test]
fn without_the_articles_date_relative_dates_are_listed_but_not_placed() {
    let (corpus, found) = check(&[(
        "Talks resumed on Tuesday in Geneva, a year after the 2024 summit.\n\
         Negotiators met last week as well.\n",
        None,
    )]);
    let dates = &found.timeline.dates;
    assert_eq!(dates[0].words(&corpus), "2024");
    let lines = margin::factcheck::report::json_values(&found, &corpus);
    let tuesday = lines
        .iter()
        .find(|l| l["type"] == "date" && l["text"] == "Tuesday")
        .expect("a date line");
    assert_eq!(
        tuesday["unplaced"],
        "relative: needs the article's date in index.ron"
    );
    let unplaced: Vec<(&str, Unplaced)> = dates
        .iter()
        .filter_map(|d| d.when.err().map(|e| (d.words(&corpus), e)))
        .collect();
    assert_eq!(
        unplaced,
        [
            ("Tuesday", Unplaced::NeedsArticleDate),
            ("last week", Unplaced::NeedsArticleDate)
        ]
    );
}

/// Sentences about other things, so that what the summit sentences share is telling.
const OTHER_NEWS: &str = "Rain is expected over the weekend.\n\
    The city council approved a new library budget.\n\
    A local football club won its third match in a row.\n\
    Museum visitors praised the new sculpture garden.\n";

const SUMMIT_A: &str = "Trade ministers of Japan and Canada signed the fisheries accord \
    in Ottawa on March 3, 2025, officials said.\n";
const SUMMIT_B: &str = "Trade ministers of Japan and Canada signed the fisheries accord \
    in Ottawa on March 10, 2025, according to the ministry.\n";

#[test]
fn one_event_dated_differently_in_two_articles_is_a_finding() {
    let a = format!("{SUMMIT_A}{OTHER_NEWS}");
    let b = format!("{OTHER_NEWS}{SUMMIT_B}");
    let (_, found) = check(&[(&a, None), (&b, None)]);
    let said = date_findings(&found);
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(
        said[0].starts_with("3 Mar 2025 vs 10 Mar 2025 across 2 articles: both about "),
        "{}",
        said[0]
    );
    assert!(said[0].contains("Ottawa"), "{}", said[0]);
    // Each summit sentence is check-worthy now.
    assert!(found.articles[0].checkworthy[0]);
    assert!(found.articles[1].checkworthy[4]);
}

#[test]
fn the_same_date_or_another_matter_is_no_finding() {
    let pair = |a: &str, b: &str| {
        let a = format!("{a}{OTHER_NEWS}");
        let b = format!("{OTHER_NEWS}{b}");
        date_findings(&check(&[(&a, None), (&b, None)]).1)
    };
    assert_eq!(
        pair(SUMMIT_A, SUMMIT_B).len(),
        1,
        "the pair below differs only so"
    );
    let same = SUMMIT_B.replace("March 10", "March 3");
    assert!(pair(SUMMIT_A, &same).is_empty());
    let other = "Shares of carmakers fell sharply in Tokyo on March 10, 2025.\n";
    assert!(pair(SUMMIT_A, other).is_empty());
    // Years are periods, not events.
    let years_a = SUMMIT_A.replace("on March 3, 2025", "in 2024");
    let years_b = SUMMIT_B.replace("on March 10, 2025", "in 2025");
    assert!(pair(&years_a, &years_b).is_empty());
}

#[test]
fn the_seeds_dates_in_time_order() {
    let corpus = Corpus::embedded();
    let built = margin::app::indexing::build(&corpus, &Corrections::default(), |_, _| {});
    let found = findings(&corpus, &built.index, &[]);
    let dates = read(&corpus, &found);
    let years: Vec<&(String, String)> = dates
        .iter()
        .filter(|(t, _)| t == "January 1, 2020")
        .collect();
    assert_eq!(years[0].1, "1 Jan 2020");
    // 000's "20 April" takes the year 000 is inferred to be from.
    assert!(
        dates.contains(&("20 April".to_string(), "20 Apr 2023".to_string())),
        "{dates:?}"
    );
    // "Last week" opens 000, which has no date in index.ron.
    assert!(
        dates.contains(&(
            "Last week".to_string(),
            Unplaced::NeedsArticleDate.as_str().to_string()
        )),
        "{dates:?}"
    );
    assert!(
        date_findings(&found).is_empty(),
        "the seeds date no event twice"
    );
}

#[test]
fn a_relative_phrase_inside_a_tagged_date_is_that_date_only() {
    let (corpus, found) = check(&[(
        "Talks began in March last year in Geneva.\n\
         Negotiators met again last week.\n",
        Some("2025-04-18"),
    )]);
    let written: Vec<String> = read(&corpus, &found).into_iter().map(|(w, _)| w).collect();
    assert_eq!(written, ["March last year", "last week"]);
}
