//! The fact-check aids in the reader, on the seed corpus: discrepancies, check-worthy
//! sentences and coverage, the evidence picker and citations seen from both ends.

use margin::annotations::{Relation, Timestamp};
use margin::app::action::{Action, Effect};
use margin::app::keymap::parse_keys;
use margin::app::{App, Mode, background};
use margin::config::Config;
use margin::corpus::{ArticleId, Corpus};
use margin::entities::Corrections;

/// The app on the seeds with the index and the findings ready, as the workers would leave it.
fn app() -> App {
    let mut app = App::new(Corpus::embedded(), Config::default(), None);
    app.set_time(Timestamp(1_764_000_000));
    app.update(Action::Resize {
        width: 160,
        height: 45,
    });
    let started = app.start();
    background::settle(&mut app, started);
    app
}

fn press(app: &mut App, keys: &str) -> Vec<Effect> {
    parse_keys(keys)
        .unwrap()
        .into_iter()
        .flat_map(|k| app.handle_key(k))
        .collect()
}

fn status(app: &App) -> String {
    app.message
        .as_ref()
        .map_or(String::new(), |m| m.text.clone())
}

fn cursor_text(app: &App) -> &str {
    app.cursor_span()
        .unwrap()
        .slice(app.article().unwrap().text())
}

#[test]
fn the_discrepancies_view_lists_the_two_purchase_figures_and_jumps_to_one() {
    let mut app = app();
    press(&mut app, "!");
    assert!(matches!(app.mode, Mode::Discrepancies { .. }));
    let findings = app.findings().unwrap();
    let amounts = &findings.discrepancies[0];
    let texts: Vec<&str> = amounts
        .members
        .iter()
        .map(|m| m.text(&app.corpus))
        .collect();
    assert_eq!(texts, ["$8 billion", "$7 billion+"]);
    assert!(
        findings
            .discrepancies
            .iter()
            .any(|d| d.members.iter().any(|m| m.text(&app.corpus) == "denies"))
    );
    press(&mut app, "j enter");
    assert_eq!(app.current, ArticleId(4));
    assert!(
        cursor_text(&app).contains("$7 billion+"),
        "{}",
        cursor_text(&app)
    );
    assert!(
        status(&app).starts_with("$8 billion vs $7 billion+"),
        "{}",
        status(&app)
    );
}

#[test]
fn c_goes_to_the_next_unreviewed_check_worthy_sentence_and_marking_it_counts() {
    let mut app = app();
    let before = app.coverage(ArticleId(0)).unwrap();
    assert!(before.checkworthy > 0 && before.reviewed == 0);
    press(&mut app, "c");
    let first = app.cursor;
    assert!(app.needs_review(first));
    assert!(
        status(&app).starts_with("check-worthy (score "),
        "{}",
        status(&app)
    );
    press(&mut app, "V");
    assert_eq!(app.coverage(ArticleId(0)).unwrap().reviewed, 1);
    press(&mut app, "g g c");
    assert_ne!(app.cursor, first, "a reviewed sentence is skipped");
}

#[test]
fn w_explains_why_a_sentence_is_check_worthy() {
    let mut app = app();
    press(&mut app, "c w");
    let why = status(&app);
    assert!(
        why.starts_with("check-worthy (score ") && why.contains("check-worthy sentences reviewed"),
        "{why}"
    );
    // The verdict is said once, not "check-worthy: 2 check-worthy:".
    assert_eq!(why.matches("check-worthy").count(), 2, "{why}");
}

#[test]
fn evidence_is_picked_from_any_sentence_but_the_claim_and_shows_from_both_ends() {
    let mut app = app();
    // 003's first sentence: Japan firmly denies employing its Treasury holdings as leverage.
    press(&mut app, "] ] ]");
    assert_eq!(app.current, ArticleId(3));
    press(&mut app, "e");
    let Mode::Evidence(picker) = &app.mode else {
        panic!("{:?} {}", app.mode, status(&app))
    };
    let claim = app.cursor_span().unwrap();
    assert!(
        picker
            .candidates
            .iter()
            .all(|c| c.article != ArticleId(3) || !c.span.overlaps(claim)),
        "never the claim itself"
    );
    let best = picker.candidates[0].clone();
    assert!(!best.shared.is_empty());
    let effects = press(&mut app, "c");
    assert_eq!(app.mode, Mode::Reading);
    assert!(
        status(&app).ends_with("as contradicting evidence"),
        "{}",
        status(&app)
    );
    let claim = app.notes().unwrap().annotations.claims()[0].clone();
    assert_eq!(claim.evidence.len(), 1);
    assert_eq!(claim.evidence[0].relation, Relation::Contradicts);
    assert!(
        effects
            .iter()
            .all(|e| matches!(e, Effect::WriteSidecar { .. }))
            || effects.is_empty()
    );
    // From the cited sentence, `o` leads back to the claim.
    let cited_file = claim.evidence[0].article.clone();
    let cited = app
        .corpus
        .articles
        .iter()
        .find(|a| a.file == cited_file)
        .unwrap()
        .id;
    let start = claim.evidence[0].anchor.span.start;
    press(&mut app, "g g");
    while app.current != cited {
        let key = if app.current < cited { "]" } else { "[" };
        press(&mut app, key);
    }
    while app.cursor_span().unwrap().end <= start {
        press(&mut app, "j");
    }
    press(&mut app, "o");
    assert_eq!(app.current, ArticleId(3));
    assert!(
        cursor_text(&app).starts_with("Japan firmly denies"),
        "{}",
        cursor_text(&app)
    );
}

#[test]
fn margin_check_prints_the_findings_for_scripts() {
    let corpus = Corpus::embedded();
    let notes: Vec<_> = corpus
        .articles
        .iter()
        .map(margin::app::sidecars::ArticleNotes::unsaved)
        .collect();
    let mut out = Vec::new();
    margin::commands::check(&corpus, &Corrections::default(), &notes, true, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(
        lines.len() >= 7,
        "two groups and five coverage lines: {text}"
    );
    assert!(
        text.contains("$8 billion") && text.contains("$7 billion+") && text.contains("denies"),
        "{text}"
    );
}

#[test]
fn a_cited_passage_names_the_claim_citing_it_in_the_status_bar() {
    let mut app = app();
    press(&mut app, "] ] ] e c");
    let cited = app.notes().unwrap().annotations.claims()[0].evidence[0].clone();
    let target = app
        .corpus
        .articles
        .iter()
        .find(|a| a.file == cited.article)
        .unwrap()
        .id;
    press(&mut app, "g g");
    while app.current != target {
        let key = if app.current < target { "]" } else { "[" };
        press(&mut app, key);
    }
    while app.cursor_span().unwrap().end <= cited.anchor.span.start {
        press(&mut app, "j");
    }
    app.message = None;
    let theme = margin::ui::Theme::new(&Default::default(), true).unwrap();
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(160, 45)).unwrap();
    terminal
        .draw(|frame| margin::ui::render(&app, &theme, frame))
        .unwrap();
    let buffer = terminal.backend().buffer();
    let status: String = (0..160)
        .map(|x| buffer[(x, 44)].symbol().to_string())
        .collect();
    assert!(
        status.contains("cited as contradiction by “Japan firmly denies"),
        "{status}"
    );
}
