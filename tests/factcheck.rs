//! Fact-check aids on the seed corpus: the discrepancies the issue names are found, silly
//! ones are not, coverage counts reviewed claims, evidence ranks the other articles, and the
//! `margin check` report carries every member.

use margin::annotations::{Anchor, AnnotationId, Annotations, Claim, Status, Timestamp};
use margin::corpus::{ArticleId, Corpus};
use margin::entities::{Corrections, EntityIndex, Label};
use margin::factcheck::coverage::next_unreviewed;
use margin::factcheck::{
    Amount, Discrepancy, DiscrepancyKind, Findings, SharedKind, Stance, Value, findings, report,
};
use margin::text::ByteSpan;
use std::sync::Arc;

fn seeds() -> (Corpus, Arc<EntityIndex>) {
    let corpus = Corpus::embedded();
    let built = margin::app::indexing::build(&corpus, &Corrections::default(), |_, _| {});
    (corpus, built.index)
}

fn seed_findings() -> (Corpus, Arc<EntityIndex>, Findings) {
    let (corpus, index) = seeds();
    let found = findings(&corpus, &index, &[]);
    (corpus, index, found)
}

fn texts<'a>(corpus: &'a Corpus, group: &Discrepancy) -> Vec<&'a str> {
    group.members.iter().map(|m| m.text(corpus)).collect()
}

fn sentence_starting(corpus: &Corpus, article: usize, start: &str) -> (usize, ByteSpan) {
    let a = &corpus.articles[article];
    a.structure()
        .sentences
        .iter()
        .enumerate()
        .find(|(_, s)| s.span().slice(a.text()).starts_with(start))
        .map(|(i, s)| (i, s.span()))
        .unwrap_or_else(|| panic!("no sentence starts with {start:?}"))
}

#[test]
fn the_eight_and_seven_billion_agricultural_purchase_stand_side_by_side() {
    let (corpus, _, found) = seed_findings();
    let group = found
        .discrepancies
        .iter()
        .find(|g| texts(&corpus, g).contains(&"$8 billion"))
        .expect("a group holds $8 billion");
    assert_eq!(group.kind, DiscrepancyKind::Amounts);
    assert_eq!(texts(&corpus, group), ["$8 billion", "$7 billion+"]);
    assert!(
        group
            .members
            .iter()
            .all(|m| m.file(&corpus).starts_with("004_"))
    );
    let values: Vec<String> = group.members.iter().map(|m| m.value.to_string()).collect();
    assert_eq!(values, ["$8 bn", "≥ $7 bn"]);
    for word in ["agricultural", "purchase", "Japan"] {
        assert!(
            group.shared.iter().any(|s| s == word),
            "{word} in {:?}",
            group.shared
        );
    }
    assert_eq!(
        group.explanation,
        "$8 billion vs $7 billion+ in one article: both about purchase, agricultural, Japan, \
         United States"
    );
}

#[test]
fn japan_hints_and_japan_denies_are_opposite_reports_of_one_statement() {
    let (corpus, _, found) = seed_findings();
    let group = found
        .discrepancies
        .iter()
        .find(|g| {
            g.kind == DiscrepancyKind::ReportingVerbs && texts(&corpus, g).contains(&"denies")
        })
        .expect("a reporting-verb group holds “denies”");
    let hints = group
        .members
        .iter()
        .find(|m| m.text(&corpus) == "Hints")
        .expect("the headline's “Hints” is in the group");
    assert!(hints.file(&corpus).starts_with("001_"));
    assert_eq!(hints.value, Value::Verb(Stance::Asserting));
    let denies = group.members.iter().find(|m| m.text(&corpus) == "denies");
    assert!(denies.is_some_and(|m| m.file(&corpus).starts_with("003_")));
    assert!(
        group.explanation.contains("what Japan said"),
        "{}",
        group.explanation
    );
    assert!(group.shared.iter().any(|s| s == "holdings"));
}

#[test]
fn no_group_is_the_same_value_twice_or_mixes_kinds_or_one_sentence() {
    let (_, _, found) = seed_findings();
    for group in &found.discrepancies {
        assert!(group.members.len() >= 2);
        let amounts: Vec<(Amount, usize, ArticleId)> = group
            .members
            .iter()
            .filter_map(|m| match m.value {
                Value::Amount(a) => Some((a, m.sentence(), m.article())),
                _ => None,
            })
            .collect();
        if group.kind == DiscrepancyKind::Superlatives {
            let degrees: std::collections::BTreeSet<String> =
                group.members.iter().map(|m| m.value.to_string()).collect();
            assert!(degrees.len() >= 2, "{}", group.explanation);
            continue;
        }
        if group.kind == DiscrepancyKind::ReportingVerbs {
            let stances: Vec<Value> = group.members.iter().map(|m| m.value.clone()).collect();
            assert!(stances.contains(&Value::Verb(Stance::Asserting)));
            assert!(stances.contains(&Value::Verb(Stance::Denying)));
            continue;
        }
        if matches!(
            group.kind,
            DiscrepancyKind::OfficeHolders | DiscrepancyKind::PersonOffices
        ) {
            // Two different people for one office, or two different offices for one person.
            let values: std::collections::BTreeSet<String> =
                group.members.iter().map(|m| m.value.to_string()).collect();
            assert!(values.len() >= 2, "{}", group.explanation);
            continue;
        }
        assert!(
            amounts
                .iter()
                .all(|(a, _, _)| a.is_comparable(&amounts[0].0)),
            "{}",
            group.explanation
        );
        assert!(
            amounts.iter().any(|(a, _, _)| !a.same_value(&amounts[0].0)),
            "same value twice: {}",
            group.explanation
        );
        for (i, (_, s, art)) in amounts.iter().enumerate() {
            assert!(
                amounts[i + 1..].iter().all(|(_, t, b)| (s, art) != (t, b)),
                "one sentence: {}",
                group.explanation
            );
        }
    }
}

#[test]
fn no_silly_groups_on_the_seeds() {
    let (corpus, _, found) = seed_findings();
    let silly: [&[&str]; 5] = [
        &["24%", "22 per cent"],
        &["70 per cent", "22 per cent"],
        &["¥2.18 trillion", "$15.5 billion"],
        &["¥2.18 trillion", "¥6.03 trillion"],
        &["$1 trillion", "trillion-dollar"],
    ];
    for group in &found.discrepancies {
        let texts = texts(&corpus, group);
        for pair in silly {
            assert!(
                !pair.iter().all(|t| texts.iter().any(|m| m.contains(t))),
                "silly group: {}",
                group.explanation
            );
        }
    }
    // Exactly the findings the issues name, and nothing else: the amounts and reporting verbs
    // of issue 6; "the largest" and "one of the largest", the two prime ministers and
    // Akazawa's two offices of issue 15.
    let kinds: Vec<&str> = found
        .discrepancies
        .iter()
        .map(|d| d.kind.as_str())
        .collect();
    assert_eq!(
        kinds,
        [
            "amounts",
            "reporting-verbs",
            "superlatives",
            "office-holders",
            "person-offices"
        ],
        "{}",
        report::text(&found, &corpus)
    );
}

#[test]
fn every_member_is_its_span_of_the_article_and_every_group_explains_itself_in_one_line() {
    let (corpus, _, found) = seed_findings();
    for group in &found.discrepancies {
        assert!(!group.explanation.is_empty() && !group.explanation.contains('\n'));
        for m in &group.members {
            let article = &corpus.articles[m.article().0];
            assert_eq!(m.file(&corpus), article.file);
            assert!(!m.text(&corpus).is_empty());
            assert!(
                article.structure().sentences[m.sentence()]
                    .span()
                    .contains(m.span().start)
            );
        }
    }
}

#[test]
fn every_seed_amount_mention_normalises() {
    let (corpus, index) = seeds();
    for article in &corpus.articles {
        for m in index.article_mentions(article.id) {
            if matches!(m.label(), Label::Money | Label::Percent) {
                let text = m.span().slice(article.text());
                let amount = Amount::parse_as(text, m.label() == Label::Percent);
                assert!(amount.is_some(), "{text}");
            }
        }
    }
}

fn claim(text: &str, span: ByteSpan, id: &str, status: Option<Status>) -> Claim {
    let mut claim = Claim::new(
        AnnotationId::from_string(id),
        Anchor::new(text, span),
        Timestamp(0),
    );
    claim.status = status;
    claim
}

#[test]
fn coverage_counts_check_worthy_sentences_with_a_marked_claim() {
    let (corpus, index) = seeds();
    let article = &corpus.articles[4];
    let (eight, eight_span) = sentence_starting(&corpus, 4, "Japan has agreed to buy");
    let (seven, seven_span) = sentence_starting(&corpus, 4, "As the largest agricultural");
    let mut notes = Annotations::new(&article.file, article.text());
    notes.put(claim(
        article.text(),
        eight_span,
        "c1",
        Some(Status::Verified),
    ));
    notes.put(claim(article.text(), seven_span, "c2", None));
    let per_article = [None, None, None, None, Some(&notes)];
    let found = findings(&corpus, &index, &per_article);
    let check = found.article(article.id).expect("article 4 is checked");
    assert!(check.checkworthy[eight] && check.checkworthy[seven]);
    let unmarked = findings(&corpus, &index, &[]);
    let before = unmarked.articles[4].coverage;
    assert_eq!(before.reviewed, 0);
    assert_eq!(check.coverage.checkworthy, before.checkworthy);
    assert_eq!(check.coverage.reviewed, 1);
    assert_eq!(
        check.coverage.to_string(),
        format!(
            "1 of {} check-worthy sentences reviewed",
            before.checkworthy
        )
    );
    // The unmarked claim does not count: the next sentence to review after the verified one
    // is the $7 billion+ sentence.
    let next = next_unreviewed(article, &check.checkworthy, Some(&notes), Some(eight - 1));
    assert_eq!(next, Some(seven));
}

#[test]
fn every_sentence_has_a_score_that_explains_itself() {
    let (corpus, index, found) = seed_findings();
    for (article, check) in corpus.articles.iter().zip(&found.articles) {
        let sentences = article.structure().sentences.len();
        assert_eq!(check.checkworthy.len(), sentences);
        let mentions = index.article_mentions(article.id);
        for (i, &worthy) in check.checkworthy.iter().enumerate() {
            let score = found.score(article, mentions, i).expect("a sentence");
            assert_eq!(score.checkworthy, worthy);
            let sum: f64 = score.reasons.iter().map(|r| r.weight).sum();
            assert!((sum - score.value).abs() < 1e-9);
            assert!(!score.explain(article.text()).contains('\n'));
        }
        assert!(margin::factcheck::score(article, mentions, sentences).is_none());
    }
    let (i, _) = sentence_starting(&corpus, 0, "Foreign investors poured a record");
    let first = &corpus.articles[0];
    let score = margin::factcheck::score(first, index.article_mentions(first.id), i);
    let explained = score.map(|s| s.explain(first.text())).unwrap_or_default();
    assert!(explained.contains("comparative “record”"), "{explained}");
    assert!(explained.contains("amount “¥2.18 trillion”"), "{explained}");
}

#[test]
fn a_score_asked_for_again_is_the_one_scoring_the_article_gave() {
    let (corpus, index, found) = seed_findings();
    let cues = margin::factcheck::Cues::embedded();
    for (article, check) in corpus.articles.iter().zip(&found.articles) {
        let mentions = index.article_mentions(article.id);
        let whole = margin::factcheck::checkworthy::score_article(article, mentions, cues);
        let again: Vec<_> = (0..whole.len())
            .filter_map(|i| margin::factcheck::score(article, mentions, i))
            .collect();
        assert_eq!(again, whole);
        // The findings' score is the cues' plus any finding in the sentence.
        let rated: Vec<_> = (0..whole.len())
            .filter_map(|i| found.score(article, mentions, i))
            .collect();
        for (i, (cues_only, rated)) in whole.iter().zip(&rated).enumerate() {
            if found.findings_in(article.id, i).next().is_none() {
                assert_eq!(cues_only, rated);
            } else {
                assert!(
                    rated.checkworthy,
                    "a finding makes sentence {i} check-worthy"
                );
            }
        }
        let worthy: Vec<bool> = rated.iter().map(|s| s.checkworthy).collect();
        assert_eq!(check.checkworthy, worthy);
    }
}

#[test]
fn evidence_for_the_denial_comes_from_the_other_articles_best_first() {
    let (corpus, index, found) = seed_findings();
    let (_, span) = sentence_starting(&corpus, 3, "Japan firmly denies");
    let candidates = found.evidence(&corpus, &index, ArticleId(3), span, 10);
    assert!(!candidates.is_empty());
    assert!(candidates.iter().all(|c| c.article != ArticleId(3)));
    assert!(candidates.windows(2).all(|w| w[0].score >= w[1].score));
    let best = &candidates[0];
    assert_eq!(best.article, ArticleId(1));
    let text = &corpus.articles[1].text();
    let words: Vec<&str> = best.shared.iter().map(|p| p.span.slice(text)).collect();
    assert!(words.contains(&"holdings"), "{words:?}");
    for c in &candidates {
        assert!(
            c.shared
                .iter()
                .all(|p| p.span.start >= c.span.start && p.span.end <= c.span.end)
        );
    }
    assert_eq!(
        candidates,
        found.evidence(&corpus, &index, ArticleId(3), span, 10)
    );
}

#[test]
fn evidence_marks_an_equal_amount_and_leaves_unrelated_sentences_out() {
    let (corpus, index, found) = seed_findings();
    let (_, span) = sentence_starting(&corpus, 1, "Japan holds one of the largest");
    let candidates = found.evidence(&corpus, &index, ArticleId(1), span, 50);
    let stake = candidates
        .iter()
        .find(|c| c.shared.iter().any(|p| p.kind == SharedKind::Amount))
        .expect("the trillion-dollar stake is a candidate");
    let text = &corpus.articles[stake.article.0].text();
    assert!(stake.span.slice(text).contains("trillion-dollar stake"));
    let total: usize = corpus
        .articles
        .iter()
        .map(|a| a.structure().sentences.len())
        .sum();
    assert!(
        candidates.len() < total / 4,
        "{} candidates",
        candidates.len()
    );
}

#[test]
fn the_text_report_lists_groups_members_and_coverage() {
    let (corpus, _, found) = seed_findings();
    let text = report::text(&found, &corpus);
    assert!(text.starts_with("Discrepancies: 5\n"), "{text}");
    assert!(text.contains("\nRoles: "), "{text}");
    assert!(text.contains("“$7 billion+”  ≥ $7 bn"), "{text}");
    assert!(text.contains("check-worthy sentences reviewed"), "{text}");
    for article in &found.articles {
        assert!(text.contains(&article.file));
    }
}

#[test]
fn the_json_report_is_one_object_a_line_with_byte_ranges() {
    let (corpus, _, found) = seed_findings();
    let lines = report::json_lines(&found, &corpus);
    let values: Vec<serde_json::Value> = lines
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(
        values.len(),
        found.discrepancies.len()
            + found.roles.roles.len()
            + found.timeline.dates.len()
            + corpus.articles.len()
    );
    let first = &values[0];
    assert_eq!(first["type"], "discrepancy");
    assert_eq!(first["kind"], "amounts");
    let member = &first["members"][1];
    assert_eq!(member["text"], "$7 billion+");
    assert_eq!(member["value"], "≥ $7 bn");
    assert_eq!(member["amount"]["approx"], "at_least");
    assert_eq!(member["amount"]["value"], 7e9);
    let (start, end) = (
        member["start"].as_u64().unwrap_or(0) as usize,
        member["end"].as_u64().unwrap_or(0) as usize,
    );
    assert_eq!(&corpus.articles[4].text()[start..end], "$7 billion+");
    let coverage = values.last().expect("coverage lines");
    assert_eq!(coverage["type"], "coverage");
    assert!(coverage["checkworthy"].as_u64().is_some());
    assert_eq!(lines, report::json_lines(&findings_again(), &corpus));
}

fn findings_again() -> Findings {
    let (_, _, found) = seed_findings();
    found
}

#[test]
fn findings_can_be_computed_on_a_worker_thread() {
    fn send_and_sync<T: Send + Sync + 'static>() {}
    send_and_sync::<Findings>();
    let (corpus, index) = seeds();
    let corpus = Arc::new(corpus);
    let worker = {
        let corpus = Arc::clone(&corpus);
        let index = Arc::clone(&index);
        std::thread::spawn(move || findings(&corpus, &index, &[]))
    };
    let found = worker.join().expect("the worker finishes");
    assert_eq!(found.articles.len(), corpus.articles.len());
}
